"""Latin-script names for speakers (`speaker.latin`): the usual news-agency spelling of a name.

People: a short table of conventional spellings (`lang/ar/data/latin_spellings.tsv`), then spellings attested
in arabic-name-romanizer's index (attested.py), then our graphone model for what nobody attested (foreign and
rare names), with fixed spellings of the particles عبد/أبو/بن and of the article ال ("al-"). Organisations and
places: their English name from a glossary when every word is known (orgs.py: "Saudi Ministry of Health"),
else for one word the table or the graphone model (Reuters, Kommersant). Descriptions get no Latin form.
"""

from __future__ import annotations

import math
import re
import unicodedata

from nlp_pipeline.lang.ar.lexicon import PERSON_TITLES, SOURCE_HEADS, table
from nlp_pipeline.lang.ar.wordforms import ARTICLE, is_definite, words_of
from nlp_pipeline.pipeline.latin.attested import (
    ARTICLE_FORMS,
    MASHRIQ,
    likeliest_region,
    ranked,
    split_units,
    unit_rows,
    units_support,
    whole_rows,
)
from nlp_pipeline.pipeline.latin.graphone import TranslitModel, clean_arabic, load_model
from nlp_pipeline.pipeline.latin.known import is_written_word
from nlp_pipeline.pipeline.latin.orgs import org_english, place_name
from nlp_pipeline.pipeline.latin.spell import speller

SPELLINGS = {arabic: latin for arabic, latin in table("latin_spellings.tsv")}
PARTICLES = {arabic: latin for arabic, latin in table("latin_particles.tsv")}
TEH_MARBUTA = "ة"
MAX_TRIED = 4  # attested spellings of a unit tried, most frequent first
MAX_MISFIT = 20.0  # log10: this much less likely than our model's own spelling: a letter is misaligned
ARTICLE_LATIN = re.compile(r"(?<![\w'])" + ARTICLE_FORMS + "([a-zA-Z])")  # the article before a name
ABDUL = re.compile(r"Abdul[a-z]+$")
JOINED_ARTICLE = re.compile(r"(?i)[ae]l[a-z]{3}")
# The article joined in camel case inside a whole name: "Ali AlGhamdi", "Saad ElSayed" -> "al-Ghamdi".
CAMEL_ARTICLE = re.compile(r"(?<![\w'])[AE]l(?=[A-Z][a-z])")
TITLE_NAME = 50
# The ayn or hamza some attested rows mark with an apostrophe ("Barba'a", "al-Zo'bi", "Mut'ab"): agencies
# write none ("Barbaa", "al-Zobi"); a European "O'Brien" or "D'Alema" keeps its own.
AYN_MARK = re.compile(r"['’ʿʾ`]")
IRISH = re.compile(r"^[OD]'[A-Z]")
# «بن»/«ابن»/«بنت» inside a name: agencies write "bin"/"bint" (Ibn only opens a name: "Ibn Khaldun").
LINEAGE = {"bin": "bin", "Ibn": "bin", "bint": "bint"}
MIDDLE_BIN = frozenset({"Ben", "Bin", "Ibn", "ibn", "ben"})
LOWER = frozenset(p for p in PARTICLES.values() if p.islower())


def latin_name(name: str, label: str) -> str | None:
    """Latin spelling for people and one-word names of organisations; None for other names."""
    key = " ".join(words_of(name))
    if key in SPELLINGS:
        return SPELLINGS[key]
    words = key.split()
    while words and _is_title(words[0]):
        words = words[1:]  # «الأمير فيصل»: the title has no Latin form
    if not words or words[0].removeprefix(ARTICLE) in SOURCE_HEADS:
        return None  # a description («مصادر», «المتحدث»), not a name
    if len(words) < len(key.split()):
        return latin_name(" ".join(words), label)
    place = place_name(key, article=label != "PER")  # a person's name is a place only as the place is written
    if place:
        return place
    if label == "PER":
        return person_latin(name)
    english = org_english(key)
    if english:
        return english
    if len(key.split()) == 1 and not is_definite(key):
        return to_latin(name)
    if any(is_definite(w) for w in key.split()):
        return None
    # a foreign name written in Arabic letters: «هيومن رايتس ووتش» Human Rights Watch
    spelled = to_latin(name)
    return spelled if all(is_written_word(w) for w in spelled.split()) else None


def _is_title(word: str) -> bool:
    """A title before a name: «الأمير», «الشيخ»; without the article only when it is not also a common given
    name (أمين Amin, عماد Imad, رائد Raed: attested as name units at least TITLE_NAME times)."""
    bare = word.removeprefix(ARTICLE)
    if bare not in PERSON_TITLES:
        return False
    return bare != word or sum(count for _, _, count in unit_rows(bare)) < TITLE_NAME


def person_latin(name: str, model: TranslitModel | None = None) -> str:
    """A person's name: our table, else the spelling attested for the whole name, else unit by unit (in the
    name's likeliest region) our table, the attested spelling that our model finds plausible, or our model."""
    words = [split_abu(w) for w in (clean_arabic(t) for t in name.split()) if w]
    whole = " ".join(words)
    if whole in SPELLINGS:
        return SPELLINGS[whole]
    units = _families(split_units(whole))
    # A whole name's spelling with more words than the name (its «عبد» and «أبو» split off) adds one
    # ("Mohammed Naser Ali" for «محمد ناصر»).
    size = len(" ".join(units).split())
    rows = [row for row in whole_rows(whole) if len(unit_style(whole, row[0]).split()) <= size]
    region = likeliest_region(units)
    # rows attested equally often: the one written as the name's units usually are first
    spelled = ranked(rows, None, lambda s: unit_style(whole, s), units_support(units, region))
    if spelled:
        return agency_style(spelled[0])  # a whole name's spelling keeps its article form ("Habib Essid")
    first = _given_latin if len(units) > 1 else _unit_latin
    parts = [first(units[0], region, model)]
    parts += [_lineage_latin(unit, region, model) for unit in units[1:]]
    if len(units) > 2:
        # «عادل بن أحمد الجبير»: the name without its middle parts may be attested ("Adel al-Jubeir").
        ends = f"{units[0]} {units[-1]}"
        spelled = ranked(list(whole_rows(ends)), None, lambda s: unit_style(ends, s))
        if spelled and len(spelled[0].split()) == 2:
            first, last = spelled[0].split()
            # A given name of our table keeps its usual spelling ("Abdullah", not an attested "Abdulla").
            parts[0] = parts[0] if _in_table(units[0], region) else first
            parts[-1] = parts[-1] if _is_family(units[-1]) else last
    return agency_style(" ".join(parts))


def _given_latin(unit: str, region: str, model: TranslitModel | None) -> str:
    """A given name that opens with «ال» but is not Arab is a foreign name, not the article + a name:
    «اليكسي» Aleksey, «ألبرتو» (its hamza folded away) Alberto, not "al-Yeksi", "al-Berto"."""
    key = clean_arabic(unit)
    rest = key.removeprefix(ARTICLE)
    if " " in unit or rest == key or len(rest) < 2 or _in_table(unit, region) or speller(model).is_arab(rest):
        return _unit_latin(unit, region, model)
    model = model or load_model()
    for latin, _, _ in sorted(unit_rows(unit), key=lambda row: -row[2])[:MAX_TRIED]:
        if " " not in latin and "-" not in latin and fits(key, latin, model):
            return latin[:1].upper() + latin[1:]  # attested as one word: "Alexander"
    return _model_latin(key, model)


def _lineage_latin(unit: str, region: str, model: TranslitModel | None) -> str:
    """A unit after the first: «بن X» is "bin X" in agency style whatever the index attests for the unit
    ("Ben Soltane", "Ibn Hammud", or a bare "Bin" that loses X), X spelled as a unit of its own."""
    particle, _, rest = unit.partition(" ")
    if rest and PARTICLES.get(clean_arabic(particle)) in LINEAGE:
        return f"{LINEAGE[PARTICLES[clean_arabic(particle)]]} {_unit_latin(rest, region, model)}"
    if _is_family(unit):
        # «آل سعود»، «آل الشيخ»: the family "Al Saud", "Al al-Sheikh": a family name with its own article
        # keeps it, as the index and the wires write it (the index has "Al Saoud" for the first).
        family = _unit_latin(rest, region, model)
        return f"Al {family}" if family.startswith("al-") else f"Al {family[:1].upper()}{family[1:]}"
    return _unit_latin(unit, region, model)


def _families(units: list[str]) -> list[str]:
    """«آل» (cleaned to «ال») is a unit of its own in the index's split: joined to the family after it."""
    out: list[str] = []
    for unit in units:
        if out and out[-1] == ARTICLE:
            out[-1] = f"{ARTICLE} {unit}"
        else:
            out.append(unit)
    return out


def _is_family(unit: str) -> bool:
    """«آل X»: a family's name (the normalized «آل» is the article's letters, as a word of its own)."""
    particle, _, rest = unit.partition(" ")
    return bool(rest) and clean_arabic(particle) == ARTICLE


def _table_key(unit: str) -> str:
    """The unit as our table may list it: the index splits «عبدالله» as the unit «عبد الله»."""
    key = " ".join(clean_arabic(w) for w in unit.split())
    return key if key in SPELLINGS else key.replace(" ", "")


def _in_table(unit: str, region: str) -> bool:
    """Whether our table spells the unit: it is the Mashriq agencies' spelling."""
    return region == MASHRIQ and _table_key(unit) in SPELLINGS


def _unit_latin(unit: str, region: str, model: TranslitModel | None) -> str:
    key = " ".join(clean_arabic(w) for w in unit.split())
    if key in PARTICLES:
        return PARTICLES[key]
    if _in_table(unit, region):
        return SPELLINGS[_table_key(unit)]
    model = model or load_model()
    # Spellings attested equally often: the one our model finds likelier first ("al-Yafei" before
    # "al-Yafaee"), not the alphabetical first.
    spellings = ranked(
        list(unit_rows(unit)), region, lambda s: unit_style(key, s), lambda s: misfit(key, s, model)
    )
    if region == MASHRIQ and key.startswith("عبد ال"):
        # «عبد ال…» as one word "Abdul…" (Abdulaziz, Abdullatif): the most frequent of the index's Mashriq
        # ways of writing these names, ahead of "Abdel Aziz", "Abdul Aziz", "Abd al-Aziz".
        spellings.sort(key=lambda latin: not ABDUL.match(latin))
    for latin in spellings[:MAX_TRIED]:
        if fits(key, latin, model):
            return latin
    return to_latin(key, model)


def fits(arabic: str, latin: str, model: TranslitModel) -> bool:
    """Whether our model finds `latin` a plausible spelling of `arabic` (the article left out of both): the
    index aligns units of whole names automatically, and sometimes wrongly (الثبيتي as "Al-Otaibi")."""
    return misfit(arabic, latin, model) <= MAX_MISFIT


def misfit(arabic: str, latin: str, model: TranslitModel) -> float:
    """How much less likely (log10) than its own best spelling our model finds `latin` for `arabic`, the
    article left out of both; infinite when no alignment can produce it."""
    letters = arabic.replace(" ", "")
    if letters.startswith(ARTICLE) and latin.startswith("al-"):
        letters, latin = letters[len(ARTICLE) :], latin[3:]
    worse = model.fit(letters, latin_letters(latin))
    return math.inf if worse is None else worse


def latin_letters(latin: str) -> str:
    """Lower-case ASCII letters of a spelling, accents folded (the model's output alphabet)."""
    folded = unicodedata.normalize("NFKD", latin.casefold())
    return "".join(c for c in folded if "a" <= c <= "z")


def unit_style(arabic: str, latin: str) -> str:
    """An attested spelling in agency style: in a unit with the article, the article as "al-" ("Al Hamdan",
    "ath-Thubaity", "El-Sayed" -> "al-…"); each word capitalized, except particles (bin, de) in lower case."""
    if any(w.startswith(ARTICLE) and len(w) > 3 for w in arabic.split()):
        latin = ARTICLE_LATIN.sub(lambda m: "al-" + m.group(1).upper(), latin)
        latin = CAMEL_ARTICLE.sub("al-", latin)
        if " " not in arabic and " " not in latin and not latin.startswith("al-"):
            # One word with the article: "Alqahtani", "Baghdadi" -> "al-Qahtani", "al-Baghdadi".
            latin = "al-" + (latin[2:] if JOINED_ARTICLE.match(latin) else latin)
    return " ".join(_word_style(w) for w in latin.split())


def _word_style(word: str) -> str:
    if word.casefold() in LOWER:
        return word.casefold()
    if word.startswith("al-"):
        return "al-" + word[3:4].upper() + word[4:]
    return word[:1].upper() + word[1:]


def split_abu(word: str) -> str:
    """«أبوزاهرة» is «أبو زاهرة» (the particle written joined)."""
    return "ابو " + word[3:] if word.startswith("ابو") and len(word) >= 6 else word


def agency_style(latin: str) -> str:
    """The article inside a name in lower case, as agencies write it: "Adel Al-Jubeir" -> "Adel al-Jubeir"; a
    «بن» inside it "bin". A family name's "-y" ("al-Harthy") stays as the attested row writes it: rewriting
    every one to "-i" won 9 statements on the read sets and lost 13 on the dev second half."""
    words = [_unmarked(w) for w in latin.split()]
    inner = ["al-" + w[3:] if w.startswith("Al-") else w for w in words[1:]]
    # "Tamim Ben Hamad", "Mohammed Ibn Salman": «بن» inside a name is "bin" ("Ibn" only opens a name)
    inner = ["bin" if w in MIDDLE_BIN and i < len(inner) - 1 else w for i, w in enumerate(inner)]
    return " ".join(words[:1] + inner)


def _unmarked(word: str) -> str:
    """A word without ayn/hamza apostrophes; one that opened with a mark is capitalized ("'A'id" -> "Aid")."""
    if IRISH.match(word) or not AYN_MARK.search(word):
        return word
    bare = AYN_MARK.sub("", word)
    return bare[:1].upper() + bare[1:] if AYN_MARK.match(word) else bare


def to_latin(name: str, model: TranslitModel | None = None) -> str:
    """Our own rendering of an Arabic name, word by word: the table, the particles, the graphone model."""
    words = " ".join(split_abu(w) for w in (clean_arabic(t) for t in name.split()) if w).split()
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
            # عبد الرحمن -> Abdulrahman: the article is absorbed in "Abdul", written as one word as in most
            # attested Mashriq spellings of «عبد ال…» names (Abdulaziz, Abdullatif).
            out.append("Abdul" + _word_latin(nxt[len(ARTICLE) :], model).lower())
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
        # after the article an Arab name: never snapped to a foreign word («الوابلي» is not "al-Apple")
        return "al-" + (SPELLINGS.get(rest) or _model_latin(rest, model, foreign_name=False))
    return _model_latin(word, model)


def _model_latin(word: str, model: TranslitModel, foreign_name: bool = True) -> str:
    """A word nobody attested, spelled by the ANETAC model or the Arab-name one (spell.py). Word-final ة is
    "a" in agency spellings (Qasra, Hamza); the ANETAC names, mostly foreign, rarely have it."""
    spell = speller(model)
    if word.endswith(TEH_MARBUTA) and len(word) > 2:
        stem = spell.transliterate(word[:-1], foreign_name=False)  # «ة»: an Arab name
        return (stem if stem.endswith("a") else stem + "a").capitalize()
    return spell.transliterate(word, foreign_name).capitalize()
