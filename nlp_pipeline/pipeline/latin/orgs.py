"""English names of organisations and places quoted as speakers, built from a small glossary
(`lang/ar/data/org_glossary.tsv`), not transliterated: «هيئة النقل العام» is "General Transport Authority",
«قيادة الشرطة الأردنية» "Jordanian Police Command", «وزارة التجارة المصرية» "Egyptian Ministry of Commerce",
«جامعة جدة» "University of Jeddah".

Arabic names run head first (head noun, then its complements, each followed by its adjectives); English
compounds run the other way, so the chain is read backwards with each noun's adjectives before it. A
nationality adjective leads («السعودية» → "Saudi …"). A bare head («الوزارة») is a back-reference and gets
no name; a name with a definite word the glossary does not know gets no English name: a made-up
translation is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp_pipeline.lang.ar.lexicon import table
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import ARTICLE, CONJUNCTIONS, PREPOSITIONS, lam_article, words_of
from nlp_pipeline.pipeline.latin.places import place_english

Entry = tuple[str, str]  # (English, kind)
GLOSSARY: dict[tuple[str, ...], Entry] = {
    tuple(normalize(w) for w in arabic.split()): (english, kind)
    for arabic, english, kind in table("org_glossary.tsv")
}
MODIFIERS = ("adj", "nation")
LINEAGE_WORDS = frozenset(a for a, latin in table("latin_particles.tsv") if latin in ("bin", "Ibn", "bint"))
LONGEST = max(len(key) for key in GLOSSARY)
PLACE_LONGEST = 4  # words of CLDR's longest place names («سانت فنسنت وجزر غرينادين»)


@dataclass
class Unit:
    """A noun of the name's chain, with the adjectives that follow it in Arabic."""

    english: str
    kind: str
    adjectives: list[str] = field(default_factory=list)
    named: str = ""  # the person it is named after («كلية الملك فهد»: King Fahd), first in English


def bare_forms(word: str) -> list[str]:
    """A word as the glossary may list it: «وللهيئة» → «للهيئة», «الهيئة», «هيئة»; feminine adjectives end
    in ة (مدنية → مدني)."""
    forms = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        forms.append(word[1:])
    for form in list(forms):
        if (with_article := lam_article(form)) != form:
            forms.append(with_article)
        elif len(form) > 3 and form[0] in PREPOSITIONS:
            forms.append(form[1:])
    for form in list(forms):
        if form.startswith(ARTICLE) and len(form) > 3:
            forms.append(form[len(ARTICLE) :])
    for form in list(forms):
        if form.endswith(("ة", "ه")) and len(form) > 3:
            forms.append(form[:-1])
    return forms


def _lookup(words: tuple[str, ...], i: int, article: bool = True) -> tuple[Entry, int] | None:
    """The longest glossary entry at words[i:], and its length in words. After a noun, a word of the
    feminine form is first read as an adjective («البلدية» "Municipal", «السعودية» "Saudi"), not as a noun
    or a place of the same spelling. With `article`, a word without the article also matches an entry with
    it (construct forms and clitics: «حكومة كاميرون» is rare, «وزارة خارجية» is not)."""
    if i > 0 and words[i].endswith(("ية", "يه")):
        for form in bare_forms(words[i])[1:]:
            entry = GLOSSARY.get((form,))
            if entry and entry[1] in MODIFIERS:
                return entry, 1
    for n in range(min(max(LONGEST, PLACE_LONGEST), len(words) - i), 0, -1):
        first, rest = words[i], words[i + 1 : i + n]
        for form in bare_forms(first):
            for key in ((form, *rest), (ARTICLE + form, *rest))[: 2 if article else 1]:
                if key in GLOSSARY:
                    return GLOSSARY[key], n
                place = place_english(key)  # a country or city our glossary does not list
                if place:
                    return (place, "place"), n
    return None


def place_name(name: str, article: bool = True) -> str | None:
    """The English name when the whole name is a country or a city, whatever label the tagger gave it
    («كوريا الجنوبية» tagged as a person is still South Korea). Without `article` the name must carry the
    article that the place's name has: «هند» is Hind, a woman's name, not «الهند» India; «كاميرون» is
    Cameron, not «الكاميرون» Cameroon."""
    words = tuple(words_of(name))
    found = _lookup(words, 0, article) if words else None
    if found and found[1] == len(words) and found[0][1] == "place":
        return found[0][0]
    return None


def org_english(name: str) -> str | None:
    """The English name of an organisation or place, or None when a word of it is unknown."""
    words = words_of(name)
    if not words:
        return None
    nations: list[str] = []
    units: list[Unit] = []
    i = 0
    while i < len(words):
        if words[i] == "في" and i > 0 and i + 1 < len(words):  # «النيابة العامة في دبي»: a place after في
            place = _lookup(words, i + 1)
            if place is None or place[0][1] != "place" or i + 1 + place[1] != len(words):
                return None
            i += 1
            continue
        found = _lookup(words, i)
        if found and found[0][1] == "title":  # «جامعة الملك سعود»: named after a person
            found = _named_after(words, i, found[0][0]) if units else None
        if found is None:
            return None
        (english, kind), n = found
        joined = len(words[i]) > 3 and words[i][0] in CONJUNCTIONS and i > 0
        i += n
        if kind == "person":
            if len(units) > 1:
                return None  # named after someone deeper in the chain: no English order we can trust
            units[-1].named = english
        elif kind == "nation":
            nations.append(english)
        elif kind == "adj":
            if not units:
                return None
            adjs = units[-1].adjectives
            if joined and adjs:
                adjs[-1] = f"{adjs[-1]} and {english}"
            else:
                adjs.append(english)
        elif joined and units and not units[-1].adjectives:
            units[-1].english = f"{units[-1].english} and {english}"
        else:
            units.append(Unit(english, kind))
    if not units:
        return " ".join(nations) or None
    if len(units) == 1 and units[0].kind in ("noun", "of") and not units[0].adjectives and not units[0].named:
        return None  # «الوزارة», «الهيئة»: a back-reference, not a name
    composed = _compose(units)
    return " ".join([*nations, composed]) if composed else None


def _named_after(words: tuple[str, ...], i: int, title: str) -> tuple[Entry, int] | None:
    """«الملك سعود», «الأمير سطام بن عبدالعزيز» inside a name: the person it is named after, as one unit."""
    if i + 1 >= len(words) or words[i + 1].startswith(ARTICLE):
        return None
    end = i + 2
    while end + 1 < len(words) and words[end] in LINEAGE_WORDS and not words[end + 1].startswith(ARTICLE):
        end += 2
    from nlp_pipeline.pipeline.latin.names import person_latin  # deferred: names.py imports this module

    return (f"{title} {person_latin(' '.join(words[i + 1 : end]))}", "person"), end - i


def _compose(units: list[Unit]) -> str | None:
    head, rest = units[0], units[1:]
    if head.kind == "of" and len(rest) > 1 and rest[-1].kind == "place":
        return None  # «وزارة الداخلية في غزة»: no English order we can trust ("Ministry of Gaza Interior")
    if rest and (head.kind == "of" or (head.english == "University" and rest[0].kind == "place")):
        return f"{_words(head)} of {_compound(rest)}"
    return _compound(units)


def _compound(units: list[Unit]) -> str:
    """«المركز الوطني للأبحاث» "National Research Center": the head's adjectives open the compound, the
    complements follow in reverse, each with its own adjectives, and the head noun closes it. A place that
    ends the chain («الجمعية الفلكية بجدة») opens it: "Jeddah Astronomical Association"."""
    head, rest = units[0], units[1:]
    # (not after «منطقة/محافظة», which keep the place: "General Asir Region Health Affairs Directorate")
    region = len(rest) > 1 and rest[-2].english in ("Region", "Governorate")
    if (
        rest
        and rest[-1].kind == "place"
        and not rest[-1].adjectives
        and not region
        and not any(u.named for u in units)
    ):
        return f"{_words(rest[-1])} {_compound(units[:-1])}"
    return " ".join([_words(head, noun=False), *(_words(u) for u in reversed(rest)), head.english]).strip()


def _words(unit: Unit, noun: bool = True) -> str:
    """A unit's name, adjectives and noun in English order («مستشفى الملك فهد التخصصي» King Fahd Specialist
    Hospital); without the noun when it closes a longer compound."""
    return " ".join(w for w in [unit.named, *reversed(unit.adjectives), unit.english if noun else ""] if w)
