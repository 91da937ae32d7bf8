"""Latin-script names for speakers (`speaker.latin`): the usual news-agency spelling of a name.

People: a short table of conventional spellings (`lang/ar/data/latin_spellings.tsv`), then spellings attested
in arabic-name-romanizer's index (attested.py), then our graphone model for what nobody attested (foreign and
rare names), with fixed spellings of the particles عبد/أبو/بن and of the article ال ("al-"). One-word
organisations (Reuters, Kommersant): the table or the graphone model. Descriptions get no Latin form.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import table
from nlp_pipeline.lang.ar.wordforms import ARTICLE, is_definite, words_of
from nlp_pipeline.pipeline.latin.attested import attested
from nlp_pipeline.pipeline.latin.graphone import TranslitModel, clean_arabic, load_model

SPELLINGS = {arabic: latin for arabic, latin in table("latin_spellings.tsv")}
PARTICLES = {arabic: latin for arabic, latin in table("latin_particles.tsv")}
TEH_MARBUTA = "ة"


def latin_name(name: str, label: str) -> str | None:
    """Latin spelling for people and one-word names of organisations; None for other names."""
    key = " ".join(words_of(name))
    if key in SPELLINGS:
        return SPELLINGS[key]
    if label == "PER":
        return person_latin(name)
    if len(key.split()) == 1 and not is_definite(key):
        return to_latin(name)
    return None


def person_latin(name: str, model: TranslitModel | None = None) -> str:
    """A person's name: our table, else the spelling attested for the whole name, else unit by unit the
    attested spelling or, for a unit nobody attested, our graphone model (foreign names, rare names)."""
    whole = " ".join(w for w in (clean_arabic(t) for t in name.split()) if w)
    if whole in SPELLINGS:
        return SPELLINGS[whole]
    found = attested(name)
    words = whole.split()
    if found.whole is not None:
        spelled = found.whole.split()
        if len(spelled) == len(words):  # word for word: our table's spelling of a word wins
            spelled = [SPELLINGS.get(w, latin) for w, latin in zip(words, spelled)]
        return agency_style(" ".join(spelled))
    parts = [
        SPELLINGS.get(clean_arabic(unit)) or spelling or to_latin(unit, model)
        for unit, spelling in found.units
    ]
    return agency_style(" ".join(parts))


def agency_style(latin: str) -> str:
    """The article inside a name in lower case, as agencies write it: "Adel Al-Jubeir" -> "Adel al-Jubeir"."""
    words = latin.split()
    return " ".join(words[:1] + ["al-" + w[3:] if w.startswith("Al-") else w for w in words[1:]])


def to_latin(name: str, model: TranslitModel | None = None) -> str:
    """Our own rendering of an Arabic name, word by word: the table, the particles, the graphone model."""
    words = [w for w in (clean_arabic(t) for t in name.split()) if w]
    whole = " ".join(words)
    if whole in SPELLINGS:
        return SPELLINGS[whole]
    model = model or load_model()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "عبد" and nxt.startswith(ARTICLE):
            # عبد الرحمن -> Abdul Rahman: the article is absorbed in "Abdul".
            out.append("Abdul " + _word_latin(nxt[len(ARTICLE) :], model))
            i += 2
            continue
        out.append(PARTICLES.get(word) or _word_latin(word, model))
        i += 1
    return " ".join(out)


def _word_latin(word: str, model: TranslitModel) -> str:
    if word in SPELLINGS:
        return SPELLINGS[word]
    if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
        rest = word[len(ARTICLE) :]
        return "al-" + (SPELLINGS.get(rest) or _model_latin(rest, model))
    return _model_latin(word, model)


def _model_latin(word: str, model: TranslitModel) -> str:
    # Word-final ة is "a" in agency spellings (Qasra, Hamza); the training names, mostly foreign, rarely
    # have it, so the model often drops it.
    if word.endswith(TEH_MARBUTA) and len(word) > 2:
        stem = model.transliterate(word[:-1])
        return (stem if stem.endswith("a") else stem + "a").capitalize()
    return model.transliterate(word).capitalize()
