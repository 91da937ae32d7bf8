"""Word-form rules on normalized Arabic words: proclitics, the article, that-complementizers, titles.

One home for the clitic sets: conjunctions و/ف attach to verbs and names alike; the prepositions ب/ل attach
to names and nouns. Used to compare words and to find where names start, never to build output text.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import (
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    HONORIFICS,
    INSTITUTION_HEADS,
    MEDIA_NOUNS,
    ORG_CLASSIFIERS,
    ORG_HEADS,
    OUTLET_NAMES,
    PERSON_TITLES,
    SOURCE_ADJECTIVES,
    SOURCE_HEADS,
)
from nlp_pipeline.lang.ar.normalize import TATWEEL, normalize

CONJUNCTIONS = "وف"
PREPOSITIONS = "بل"
PROCLITICS = CONJUNCTIONS + PREPOSITIONS
ARTICLE = "ال"
# That-complementizers: أن/إن/بأن (alef unified, so one form), with a fused subject pronoun (أنه، إنها).
COMPLEMENTIZERS = ("ان", "بان", "فان")
PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم")
COMPLEMENTIZER_FORMS = frozenset(c + s for c in COMPLEMENTIZERS for s in PRONOUN_SUFFIXES)
# Possessive and dual endings on a title: نظيره، نظيرته، وزيرا.
TITLE_SUFFIXES = ("", "ه", "ها", "ته", "تها", "ا")


def without_conjunction(norm: str) -> list[str]:
    """The word itself, then the word without a leading و/ف (matchers try both)."""
    out = [norm]
    if len(norm) > 2 and norm[0] in CONJUNCTIONS:
        out.append(norm[1:])
    return out


def with_proclitics(norm: str) -> frozenset[str]:
    """A word as written after و/ف and/or ب/ل: الجبير، والجبير، بالجبير، للجبير (ل + ال), فللجبير."""
    forms = {norm, "ب" + norm, "ل" + (norm[1:] if norm.startswith(ARTICLE) else norm)}
    return frozenset(forms | {c + f for c in CONJUNCTIONS for f in forms})


def is_definite(norm: str) -> bool:
    """A word with the article, possibly behind a proclitic (الروسي، والروسي)."""
    return len(norm) > 3 and (
        norm.startswith(ARTICLE) or norm[1:].startswith(ARTICLE) and norm[0] in PROCLITICS
    )


def is_lam_genitive(norm: str, nxt: str | None) -> bool:
    """«للهيئة»، «لمكافحة الفساد»: a genitive with ل that continues a title or an institution's name."""
    if len(norm) <= 3 or norm[0] != "ل":
        return False
    return norm.startswith("لل") or (nxt is not None and is_definite(nxt))


def without_article(norm: str) -> str:
    """الوزارة -> وزارة (only the article itself; proclitics before it stay)."""
    return norm[len(ARTICLE) :] if norm.startswith(ARTICLE) else norm


def without_lam(norm: str) -> str:
    """لصحيفة -> صحيفة: a ل glued to the word after بحسب/وفقًا."""
    return norm[1:] if len(norm) > 3 and norm[0] == "ل" and not norm.startswith(ARTICLE) else norm


def lam_article(norm: str) -> str:
    """للتقرير -> التقرير: ل before the article, whose alif is written away; other words as they are."""
    return ARTICLE + norm[2:] if len(norm) > 3 and norm.startswith("لل") else norm


TANWEEN = ("\u064b", "\u064c", "\u064d")


def has_tanween(text: str) -> bool:
    """A word written with tanween: an indefinite noun's ending, so it heads no genitive."""
    return any(mark in text for mark in TANWEEN)


def is_complementizer(norm: str) -> bool:
    return norm in COMPLEMENTIZER_FORMS


def word_stem(norm: str) -> str:
    """A normalized word without proclitic, article, possessive or feminine ending: ونظيره -> نظير,
    الوزيرة -> وزير, السورية -> سوري. Used to compare titles and adjectives, never to build names."""
    w = norm
    if len(w) > 3 and w[0] in PROCLITICS and (w[1:].startswith(ARTICLE) or _title_core(w[1:])):
        w = w[1:]
    if w.startswith(("لل", ARTICLE)) and len(w) > 3:
        w = w[2:]
    w = _title_core(w) or w
    if w.endswith("ة") and len(w) > 2:
        w = w[:-1]
    return w


def _title_core(w: str) -> str | None:
    """The title in a word with a possessive or dual ending (نظيره، نظيرته، وزيرا), or None."""
    for suffix in TITLE_SUFFIXES:
        core = w[: len(w) - len(suffix)] if suffix else w
        if w.endswith(suffix) and core in PERSON_TITLES:
            return core
    return None


def is_title(norm: str) -> bool:
    stem = word_stem(norm)
    # «العمادة» is a body (an organisation's head noun), though its stem is the rank «عماد»
    body = any(is_org_head(f) for f in without_conjunction(norm) if f.endswith("ة"))
    return (stem in PERSON_TITLES or stem + "ة" in PERSON_TITLES) and not body


def is_title_spelled(text: str, norm: str) -> bool:
    """A title as written: «أمام» with its hamza above is the preposition (in front of), not «إمام»
    (normalization folds both into one form), so «أمام كافة عروض…» names nobody."""
    return is_title(norm) and not text.lstrip("وفل").startswith("أمام")


def is_people_plural(norm: str) -> bool:
    """A definite sound plural in -ون of a participle, a group of people as a subject: «المحققون»،
    «المغردون» (مُفعِّلون), «الباحثون» (فاعلون); not «القانون»، «المضمون» (five letters)."""
    if not is_definite(norm) or not norm.endswith("ون"):
        return False
    noun = without_article(norm)
    return len(noun) >= 6 and (noun[0] == "م" or noun[1] == "ا")


def is_construct_title(norm: str, text: str) -> bool:
    """A title, no honorific, without the article or tanween: in the construct state, the word after it is
    its genitive, not a name («وكيل أعمال»، «خطيب صلاة»)."""
    tanween = has_tanween(text)
    return is_title(norm) and not (is_definite(norm) or is_honorific(norm) or tanween)


def is_honorific(norm: str) -> bool:
    """A title that only stands before a person's name: الدكتور، الشيخ، والمهندس."""
    return word_stem(norm) in HONORIFICS or word_stem(norm) + "ة" in HONORIFICS


def title_gender(norm: str) -> str | None:
    """ "f" for a feminine title (الوزيرة، نظيرته), "m" for a masculine one, None if not a title."""
    if not is_title(norm):
        return None
    bare = norm[2:] if norm.startswith(ARTICLE) else norm
    # «الدكتوره»، «المديره»: a word with the article takes no possessive, so its final ه is a ة written
    # without its dots (a woman), not «نظيره» (his counterpart)
    definite = norm.lstrip("وف").startswith(ARTICLE)
    dotless = definite and bare.endswith("ه") and not word_stem(norm).endswith("ه")
    return "f" if bare.endswith(("ة", "ته")) or dotless else "m"


def spelled_as_name(norm: str, text: str) -> bool:
    """A common given name as written: «علي» the name, not «على» the preposition that normalizes alike."""
    return norm in GIVEN_NAMES and (norm not in FUNCTION_WORDS or text.endswith("ي"))


def is_function_word(norm: str, text: str) -> bool:
    """A function word as written, not a title that normalizes like one: «إمام» (hamza below) leads a prayer,
    «أمام» (in front of) is the preposition, so «أكد إمام المسجد…» has a subject."""
    title = is_title(norm) and text.lstrip("وف").startswith("إ")
    return norm in FUNCTION_WORDS and not title


def is_addressee(norm: str) -> bool:
    """«للصحفيين»، «لقناة العربية»، «لفرانس برس»، «لـ»: ل + a person or an outlet spoken to, never part of a
    name."""
    if len(norm) < 2:
        return True
    if norm.startswith("لل"):
        return True
    return norm.startswith("ل") and bool({norm[1:]} & (MEDIA_NOUNS | DOCUMENT_NOUNS | OUTLET_NAMES))


# Nouns that head an institution, an outlet or a source: never the first word of a person's name.
HEAD_NOUNS = ORG_HEADS | ORG_CLASSIFIERS | INSTITUTION_HEADS | MEDIA_NOUNS | SOURCE_HEADS | DOCUMENT_NOUNS


def is_org_head(norm: str) -> bool:
    """«جبهة»، «وزارة»، «الهيئة»: the head of an organisation's name, which ends a person's name before it."""
    return bool({norm, without_article(norm)} & (ORG_HEADS | ORG_CLASSIFIERS | INSTITUTION_HEADS))


def is_head_noun(norm: str) -> bool:
    """«نادي»، «وزارة»، «الصحيفة»، «مصادر»: the head of an organisation's name or a source's description."""
    return norm in HEAD_NOUNS or without_article(norm) in HEAD_NOUNS


def is_adjective(norm: str) -> bool:
    """Nisba adjectives (روسية، الأمنيين) and the few others that describe sources (مطلعة، رفيع)."""
    return norm.endswith(("ي", "ية", "يه", "يون", "يين", "يان")) or word_stem(norm) in SOURCE_ADJECTIVES


def words_of(name: str) -> tuple[str, ...]:
    """The normalized words of a name."""
    return tuple(normalize(w) for w in name.split())


def strip_name_proclitic(text: str, known: set[str] | frozenset[str]) -> str:
    """Drop a proclitic و/ف/ل/ب from a name when the rest is a known word, starts with ال or is an
    organisation's head («ولافروف» -> «لافروف», «للرئيس» -> «الرئيس», «لهيئة الإحصاء» after «وفقًا»), but
    keep «بوتين» and «لافروف» whole."""
    words = text.split()
    if not words:
        return text
    head = words[0]
    norm = normalize(head)
    rest = head[1:].lstrip(TATWEEL)
    if len(norm) >= 3 and norm.startswith("لل"):
        rest = ARTICLE + head[2:]
    elif not (len(norm) >= 3 and norm[0] in PROCLITICS):
        return text
    bare = normalize(rest)
    if norm in GIVEN_NAMES:
        return text  # «بلال»: a given name that starts with the letter of a proclitic
    # «فالح» is no «ف» + «الح»: the article takes a word of two letters at least
    article = bare.startswith(ARTICLE) and len(bare) > len(ARTICLE) + 1
    if is_complementizer(bare) or bare in FUNCTION_WORDS:
        return text  # «فان در كلاوو»: no «ف» + «ان»; a name is no particle
    if len(bare) >= 2 and (article or bare in known or is_org_head(bare)):
        return " ".join([rest, *words[1:]])
    return text


def feminine_head(norm: str) -> bool:
    """A definite feminine singular noun that is no title («الأمانة»، «القيادة»، not «الوزيرة»): what follows
    it in the subject is an adjective that agrees with it or nothing."""
    return is_definite(norm) and norm.endswith("ة") and not is_title(norm) and not is_honorific(norm)


def unlike_verb(norm: str, gender: str | None) -> bool:
    """A masculine verb's subject is neither a definite feminine head nor a feminine plural («وطالب شركاتِ
    الإنترنت بـ…»، «ودعا الهيئةَ إلى…»): such a word after it is the object, and its subject is implied."""
    plural = len(norm) > 4 and norm.endswith("ات") and not is_title(norm)
    return gender == "m" and (feminine_head(norm) or plural)


def object_noun(norm: str) -> bool:
    """After a definite feminine head, a definite word that cannot agree with it as its adjective (no ة, no
    nisba, no feminine elative «العليا/الكبرى»): a definite head takes no genitive, so this word opens the
    verb's object («ودعت القيادة اللهَ أن…»)."""
    bare = norm.startswith("ال")  # «بالرياض»: a preposition opens no object
    return bare and not norm.endswith(("ة", "ا")) and not (is_adjective(norm) or is_title(norm))
