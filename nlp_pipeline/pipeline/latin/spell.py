"""Which graphone model spells a word that nobody attested: the ANETAC one (mostly foreign names: Frederick,
Williams) or the one trained on attested Arab names (`translit_arab.json.gz`: Mashriq units of
arabic-name-romanizer's index, where "w", "i" and "a" are written as agencies write Arab names).

Both are joint models of (Arabic letters, Latin letters): the one under which the word's best spelling is
likelier says which kind of name the word is. The Arab model must win by ARAB_MARGIN (log10), chosen on the
dev splits of both pair sets (`nlp-pipeline translit eval`): the ANETAC model keeps its held-out accuracy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp_pipeline.models import TRANSLIT_ARAB_MODEL, models_dir
from nlp_pipeline.pipeline.latin.graphone import TranslitModel, load_model
from nlp_pipeline.pipeline.latin.known import known_spelling

ARAB_MARGIN = 1.0
# An Arab name's consonants (spelled by the model) may not open a word two at a time or follow three in a
# row; digraphs are one consonant, as are doubled letters.
DIGRAPHS = re.compile(r"[sktdgz]h")
DOUBLED = re.compile(r"(.)\1")
CLUSTER = re.compile(r"^CC|CCC")
MAX_SYLLABLE_COST = 3.0
VOWELS = frozenset("aeiou")


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
                return arab_syllables(self.arab, word, arab_latin)
        if not foreign_name:
            return arab_syllables(self.foreign, word, latin)
        return known_spelling(self.foreign, word, latin) if self.snap else latin

    def is_arab(self, word: str) -> bool:
        """Whether the Arab-name model finds the word at least as likely as the foreign-name one: what
        tells «ال» + «هادي» (al-Hadi) from a foreign given name that opens with the same letters (اليكسي
        Aleksey, البرتو Alberto)."""
        # without the Arab model (a models folder that lacks it) keep the article reading, as before
        return self.arab is None or self.arab.best(word)[0] >= self.foreign.best(word)[0]


def arab_syllables(model: TranslitModel, word: str, latin: str) -> str:
    """An Arab name's spelling whose consonants an Arabic syllable can hold: no name opens with two
    consonants and no three follow one another (CVC syllables), so where the model's first choice has
    such a cluster («الدلبحي» "Dalbhi", «الفلو» "Flo") its likeliest spelling that only puts vowels in
    (Dalbahi, Fallo), if the beam has one close enough (MAX_SYLLABLE_COST, log10)."""
    spellings = model.spellings(word) if CLUSTER.search(_consonants(latin)) else []
    for score, spelled in spellings:
        if spellings[0][0] - score > MAX_SYLLABLE_COST:
            break
        if not CLUSTER.search(_consonants(spelled)) and adds_vowels(latin, spelled):
            return spelled
    return latin


def adds_vowels(latin: str, spelled: str) -> bool:
    """Whether `spelled` is `latin` with vowels or doubled letters put in, and nothing else changed: the
    syllables are what is wrong, not the letters ("Dalbhi" -> "Dalbahi", "Flo" -> "Fallo"; not "Jendby"
    -> "Janadbe", which loses its nisba)."""
    i = 0
    for n, c in enumerate(spelled):
        if i < len(latin) and c == latin[i]:
            i += 1
        elif c not in VOWELS and not (n and spelled[n - 1] == c):
            return False
    return i == len(latin)


def _consonants(latin: str) -> str:
    """The spelling as C (a consonant: a digraph or a doubled letter is one) and V (a vowel, or a glide
    w/y, which may stand for one)."""
    single = DIGRAPHS.sub("C", DOUBLED.sub(r"\1", latin.casefold()))
    return "".join("V" if c in "aeiouwy" else "C" for c in single)


def speller(model: TranslitModel | None = None) -> Speller:
    return Speller(model or load_model(), arab_model())
