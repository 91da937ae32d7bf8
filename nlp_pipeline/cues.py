"""The words of attribution in Arabic news: reporting verbs, attribution phrases, and the words around them.

Everything is matched on normalized token forms (`Token.norm`: no diacritics, bare alef, ى -> ي), so the
lists are written once in ordinary spelling and normalized at import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nlp_pipeline.doc import Token
from nlp_pipeline.normalize import normalize

# Reporting verbs: lemma -> (masculine forms, feminine forms, adverbial participles), as they are written;
# و/ف in front are handled by the matcher. The participle (حال: مشيرًا "pointing out") takes the subject of
# the clause it hangs on. Left out on purpose: يذكر (passive "it is worth mentioning"), تفيد (indicators
# "suggest"), بين ("between"), طالب ("student"): in news they are mostly not someone speaking.
REPORTING_VERBS: dict[str, tuple[str, str, str]] = {
    "قال": ("قال يقول", "قالت تقول", "قائلا قائلة"),
    "أضاف": ("أضاف يضيف", "أضافت تضيف", "مضيفا مضيفة"),
    "أكد": ("أكد يؤكد", "أكدت تؤكد", "مؤكدا مؤكدة"),
    "أوضح": ("أوضح يوضح", "أوضحت توضح", "موضحا موضحة"),
    "أشار": ("أشار يشير", "أشارت تشير", "مشيرا مشيرة"),
    "صرح": ("صرح يصرح", "صرحت تصرح", "مصرحا مصرحة"),
    "شدد": ("شدد يشدد", "شددت تشدد", "مشددا مشددة"),
    "تابع": ("تابع", "تابعت", ""),
    "لفت": ("لفت", "لفتت", "لافتا لافتة"),
    "نوه": ("نوه", "نوهت", "منوها منوهة"),
    "كشف": ("كشف", "كشفت", "كاشفا كاشفة"),
    "أعلن": ("أعلن يعلن", "أعلنت تعلن", "معلنا معلنة"),
    "اعتبر": ("اعتبر يعتبر", "اعتبرت تعتبر", "معتبرا معتبرة"),
    "رأى": ("رأى يرى", "رأت ترى", ""),
    "توقع": ("توقع يتوقع", "توقعت تتوقع", "متوقعا متوقعة"),
    "حذر": ("حذر يحذر", "حذرت تحذر", "محذرا محذرة"),
    "دعا": ("دعا يدعو", "دعت تدعو", "داعيا داعية"),
    "ذكر": ("ذكر", "ذكرت", ""),
    "أفاد": ("أفاد", "أفادت", ""),
    "أعرب": ("أعرب", "أعربت", ""),
    "أبلغ": ("أبلغ", "أبلغت", ""),
    "نفى": ("نفى ينفي", "نفت تنفي", "نافيا نافية"),
    "زعم": ("زعم يزعم", "زعمت تزعم", "زاعما زاعمة"),
    "اعترف": ("اعترف", "اعترفت", ""),
    "أقر": ("أقر", "أقرت", ""),
    "أردف": ("أردف", "أردفت", "مردفا مردفة"),
    "ختم": ("ختم", "ختمت", ""),
    "علق": ("علق", "علقت", "معلقا معلقة"),
    "تساءل": ("تساءل", "تساءلت", "متسائلا متسائلة"),
    "أجاب": ("أجاب", "أجابت", "مجيبا مجيبة"),
    "رد": ("رد", "ردت", ""),
}
PLURAL_VERBS = "قالوا أكدوا أضافوا أوضحوا أشاروا اعتبروا حذروا أعلنوا"

# Verbs that take a quote in marks right after their subject, without a colon («وتابع السفير «…»»);
# others («أعلنت شركة "…"») are more often followed by a name in marks.
SAY_VERBS = "قال قالت يقول تقول أضاف أضافت تابع تابعت أردف أردفت أوضح أوضحت أكد أكدت صرح صرحت قالوا"

# Verbs of relaying: «نقلت وكالة رويترز عن مسؤول قوله إن…»: the speaker is the one after عن.
RELAY_VERBS = "نقل نقلت"
# Verbs of naming: they introduce a quoted term («ما وصفه بـ"الخطوة"») or a clause with بأن, never a bare أن.
NAMING_VERBS = ("وصف", "أسمى", "أسما", "سمى", "سما")
OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "ت", "ته", "تها")

# Attribution phrases: the source follows them (بحسب مصادر، وفقًا لـ«رويترز»، نقلًا عن مسؤول).
SOURCE_PHRASES = ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا عن")
# "على حد قوله/تعبيرها": the source is the pronoun on the last word.
PRONOUN_PHRASE = (normalize("على"), "حد")
PRONOUN_WORDS = {"قوله": "m", "قولها": "f", "تعبيره": "m", "تعبيرها": "f", "وصفه": "m", "وصفها": "f"}

# That-complementizers: أن/إن/بأن (alef unified, so one form), with a fused subject pronoun (أنه، إنها).
COMPLEMENTIZERS = ("ان", "بان", "فان")
PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم")


def forms(words: str) -> list[str]:
    return [normalize(w) for w in words.split()]


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(forms(words))


CLAUSE_PUNCT = frozenset("،,؛;")
END_PUNCT = frozenset(".!?؟…")
COLON = frozenset(":")
QUOTE_MARKS = frozenset('«»“”"‹›')
PUNCT = CLAUSE_PUNCT | END_PUNCT | COLON | QUOTE_MARKS | frozenset("()[]-–—")
# Words that open a new clause: a cue after one of them starts a new attribution.
CLAUSE_OPENERS = _norm_set("حيث كما فيما بينما ثم لكن لكنه لكنها كذلك")

# Words that end the subject after a cue: prepositions, time words, particles.
FUNCTION_WORDS = _norm_set(
    "في إلى الى على عن من مع خلال أمام بعد قبل عقب أثناء لدى منذ حول عبر ضمن دون بين تجاه نحو "
    "أمس اليوم غدا آنذاك حينها حينئذ حينذاك أيضا كذلك يوم مساء صباح ظهر ليل الليلة الأسبوع "
    "قد لقد ما الذي التي الذين أن إن بأن إنه أنه وهو وهي هو هي هذا هذه ذلك تلك نحن أنا أنت هم هما "
    "بالقول بدوره بدورها من جهته من جهتها جهته جهتها"
)

# Person titles (normalized, no article): stripped from a speaker mention, kept as clues to who is meant.
PERSON_TITLES = _norm_set(
    "رئيس رئيسة وزير وزيرة نائب نائبة سفير سفيرة مندوب مندوبة ممثل ممثلة متحدث متحدثة ناطق ناطقة "
    "مستشار مستشارة مدير مديرة أمين أمينة مبعوث مبعوثة قائد قائدة زعيم زعيمة ملك ملكة أمير أميرة "
    "شيخ شيخة دكتور دكتورة أستاذ أستاذة سيد سيدة لواء عميد عقيد عماد فريق جنرال مشير رائد نقيب "
    "خبير خبيرة باحث باحثة محلل محللة كاتب كاتبة صحفي صحفية محامي محامية قاضي قاضية عضو عضوة "
    "نظير نظيرة حاكم حاكمة محافظ محافظة مرشد بابا إمام معالي سمو فخامة سعادة"
)
# Words inside a title phrase: «المتحدث باسم…», «الأمين العام», «وزيرة خارجية الاتحاد الأوروبي».
TITLE_LINKS = _norm_set("باسم العام العامة عام خارجية دفاع داخلية مالية عدل صحة إعلام اقتصاد")
# Heads of unnamed sources: the description is the speaker (مصادر دبلوماسية روسية).
SOURCE_HEADS = _norm_set(
    "مصادر مصدر مسؤول مسؤولون مسؤولين مسؤولة دبلوماسي دبلوماسيون دبلوماسيين شهود شاهد ناشطون ناشطين "
    "سكان مراقبون مراقبين محللون محللين خبراء أوساط جهات تقارير وسائل متحدث ناطق آخرون آخرين"
)
# Containers of a statement: «بيان الكرملين» is the Kremlin speaking.
DOCUMENT_NOUNS = _norm_set("بيان تقرير تصريح تصريحات مقابلة حديث رسالة تغريدة منشور")
MEDIA_NOUNS = _norm_set("صحيفة جريدة موقع وكالة قناة مجلة إذاعة تلفزيون شبكة")
# Heads of institutions that can be a source on their own (بحسب وزارة الصحة).
INSTITUTION_HEADS = _norm_set(
    "وزارة هيئة منظمة مكتب المرصد الجيش الشرطة الحكومة السلطات الرئاسة إدارة دائرة مجلس حركة حزب"
)
# Anaphoric speakers: «الأخير» is the last person named.
LATTER = {normalize("الأخير"): "m", normalize("الأخيرة"): "f"}

PROCLITICS = "وف"


def _verb_table() -> dict[str, tuple[str | None, str]]:
    """norm form -> (gender, kind); kind is "verb" or "participle"."""
    table: dict[str, tuple[str | None, str]] = {}
    for masc, fem, participles in REPORTING_VERBS.values():
        table |= {form: ("m", "verb") for form in forms(masc)}
        table |= {form: ("f", "verb") for form in forms(fem)}
        table |= {form: ("f" if form.endswith("ة") else "m", "participle") for form in forms(participles)}
    table |= {form: ("p", "verb") for form in forms(PLURAL_VERBS)}
    return table


VERBS = _verb_table()
NAMING = {
    normalize(v) + sfx: ("f" if sfx.startswith("ت") else "m") for v in NAMING_VERBS for sfx in OBJECT_SUFFIXES
}
SAY_FORMS = frozenset(forms(SAY_VERBS))
RELAYS = {form: ("f" if form.endswith("ت") else "m") for form in forms(RELAY_VERBS)}
SOURCES = [tuple(forms(p)) for p in SOURCE_PHRASES]
COMPLEMENTIZER_FORMS = frozenset(c + s for c in COMPLEMENTIZERS for s in PRONOUN_SUFFIXES)


@dataclass(frozen=True)
class Cue:
    """A cue found at tokens[first:last] (last exclusive)."""

    first: int
    last: int
    kind: str  # verb | participle | relay | naming | source | pronoun
    gender: str | None  # m | f | p (plural) | None (unknown)


def strip_proclitic(norm: str) -> list[str]:
    """The word itself, then the word without a leading و/ف (the matcher tries both)."""
    out = [norm]
    if len(norm) > 2 and norm[0] in PROCLITICS:
        out.append(norm[1:])
    return out


def match_cue(tokens: Sequence[Token], i: int, end: int | None = None) -> Cue | None:
    """The cue starting at token i (tokens after `end` are not looked at), or None."""
    end = len(tokens) if end is None else end
    forms = strip_proclitic(tokens[i].norm)
    for form in forms:
        if form in VERBS:
            gender, kind = VERBS[form]
            return Cue(i, i + 1, kind, gender)
    for form in forms:
        if form in RELAYS:
            return Cue(i, i + 1, "relay", RELAYS[form])
    for form in forms:
        if form in NAMING:
            return Cue(i, i + 1, "naming", NAMING[form])
    for phrase in SOURCES:
        if (
            i + len(phrase) <= end
            and phrase[0] in forms
            and all(tokens[i + k].norm == w for k, w in enumerate(phrase[1:], 1))
        ):
            return Cue(i, i + len(phrase), "source", None)
    if PRONOUN_PHRASE[0] in forms and i + 2 < end and tokens[i + 1].norm == PRONOUN_PHRASE[1]:
        gender = PRONOUN_WORDS.get(tokens[i + 2].norm)
        if gender:
            return Cue(i, i + 3, "pronoun", gender)
    return None


def is_complementizer(norm: str) -> bool:
    return norm in COMPLEMENTIZER_FORMS


def is_punct(text: str) -> bool:
    return len(text) == 1 and text in PUNCT


def word_stem(norm: str) -> str:
    """A normalized word without proclitic, article, possessive or feminine ending: ونظيره -> نظير,
    الوزيرة -> وزير, السورية -> سوري. Used to compare titles and adjectives, never to build names."""
    w = norm
    if len(w) > 3 and w[0] in "وفبل" and (w[1:].startswith("ال") or _title_core(w[1:])):
        w = w[1:]
    if w.startswith(("لل", "ال")) and len(w) > 3:
        w = w[2:]
    w = _title_core(w) or w
    if w.endswith("ة") and len(w) > 2:
        w = w[:-1]
    return w


def _title_core(w: str) -> str | None:
    """The title in a word with a possessive or dual ending (نظيره، نظيرته، وزيرا), or None."""
    for suffix in ("", "ه", "ها", "ته", "تها", "ا"):
        core = w[: len(w) - len(suffix)] if suffix else w
        if w.endswith(suffix) and (
            core in PERSON_TITLES or (suffix.startswith("ت") and core in PERSON_TITLES)
        ):
            return core
    return None


def is_title(norm: str) -> bool:
    stem = word_stem(norm)
    return stem in PERSON_TITLES or stem + "ة" in PERSON_TITLES


def title_gender(norm: str) -> str | None:
    """ "f" for a feminine title (الوزيرة، نظيرته), "m" for a masculine one, None if not a title."""
    if not is_title(norm):
        return None
    bare = norm[2:] if norm.startswith("ال") else norm
    return "f" if bare.endswith(("ة", "ته")) else "m"


def is_addressee(norm: str) -> bool:
    """«للصحفيين»، «لقناة العربية»، «لـ»: ل + a person or an outlet spoken to, never part of a name."""
    if len(norm) < 2:
        return True
    if norm.startswith("لل"):
        return True
    return norm[0] == "ل" and (norm[1:] in MEDIA_NOUNS or norm[1:] in DOCUMENT_NOUNS)
