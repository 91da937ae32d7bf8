"""Which graphone model spells a word that nobody attested: the ANETAC one (mostly foreign names: Frederick,
Williams) or the one trained on attested Arab names (`translit_arab.json.gz`: Mashriq units of
arabic-name-romanizer's index, where "w", "i" and "a" are written as agencies write Arab names).

Both are joint models of (Arabic letters, Latin letters): the one under which the word's best spelling is
likelier says which kind of name the word is. The Arab model must win by ARAB_MARGIN (log10), chosen on the
dev splits of both pair sets (`nlp-pipeline translit eval`): the ANETAC model keeps its held-out accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nlp_pipeline.models import TRANSLIT_ARAB_MODEL, models_dir
from nlp_pipeline.pipeline.latin.graphone import TranslitModel, load_model
from nlp_pipeline.pipeline.latin.known import known_spelling

ARAB_MARGIN = 1.0


@lru_cache(maxsize=1)
def arab_model() -> TranslitModel | None:
    """The Arab-name model, None when the models folder has none (then the ANETAC model spells all)."""
    path = models_dir() / TRANSLIT_ARAB_MODEL
    return load_model(path) if path.is_file() else None


@dataclass
class Speller:
    foreign: TranslitModel
    arab: TranslitModel | None
    margin: float = ARAB_MARGIN
    snap: bool = True  # a foreign name's spelling snapped to a frequent written word (known.py)

    def transliterate(self, word: str, foreign_name: bool = True) -> str:
        """Lower-case Latin spelling of one Arabic word by the model that finds it likelier; when the
        foreign-name model spells it and it may be a foreign name, snapped to a frequent written word."""
        score, latin = self.foreign.best(word)
        if self.arab is not None:
            arab_score, arab_latin = self.arab.best(word)
            if arab_score - self.margin > score:
                return arab_latin
        return known_spelling(self.foreign, word, latin) if self.snap and foreign_name else latin

    def is_arab(self, word: str) -> bool:
        """Whether the Arab-name model finds the word at least as likely as the foreign-name one: what
        tells «ال» + «هادي» (al-Hadi) from a foreign given name that opens with the same letters (اليكسي
        Aleksey, البرتو Alberto)."""
        # without the Arab model (a models folder that lacks it) keep the article reading, as before
        return self.arab is None or self.arab.best(word)[0] >= self.foreign.best(word)[0]


def speller(model: TranslitModel | None = None) -> Speller:
    return Speller(model or load_model(), arab_model())
