"""Cues of attribution: reporting verbs, their participles, relay and naming verbs, attribution phrases.

The words come from `lang/ar/data/` (reporting_verbs.tsv and the *_verbs / source_phrases lists) and are
matched on normalized token forms (`Token.norm`), with or without a leading و/ف.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from nlp_pipeline.lang.ar.lexicon import (
    AUXILIARY_VERBS,
    DOCUMENT_NOUNS,
    GIVEN_NAMES,
    INSTITUTION_HEADS,
    MASDAR_CUES,
    MEDIA_NOUNS,
    OBJECT_PREPOSITIONS,
    QUANTIFIERS,
    SOURCE_HEADS,
    SUBJECT_PARTICLES,
    VERBAL_SUBORDINATORS,
    phrases,
    raw_words,
    table,
    words,
)
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import COLON, END_PUNCT, QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import (
    is_complementizer,
    is_honorific,
    is_title,
    without_article,
    without_conjunction,
    without_lam,
    word_stem,
)
from nlp_pipeline.pipeline.quotes.between import and_between
from nlp_pipeline.pipeline.quotes.construction_verbs import construction_gender
from nlp_pipeline.pipeline.quotes.counted import noun_by_place, plural_noun
from nlp_pipeline.pipeline.quotes.no_report import no_report_before
from nlp_pipeline.pipeline.quotes.prepositions import preposition_at, via_after_comma
from nlp_pipeline.pipeline.quotes.requests import request_gender
from nlp_pipeline.pipeline.quotes.source_words import source_noun
from nlp_pipeline.pipeline.quotes.stances import word_allowed
from nlp_pipeline.tokens.doc import Token

OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "ت", "ته", "تها", "تهم", "تهما")  # naming: وصفه، وصفتها
PRONOUN_PHRASE = (normalize("على"), "حد")  # «على حد قوله/تعبيرها»: the source is the last word's pronoun
PRONOUN_WORDS = {"قوله": "m", "قولها": "f", "تعبيره": "m", "تعبيرها": "f", "وصفه": "m", "وصفها": "f"}
SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})  # «نقلت الوكالة عن مسؤول قوله “…”»: after it
# A verb follows: «حسبما أفادت تقارير»، «وفقًا لما ورد في…».
WHAT = frozenset({"ما", "لما", normalize("حسبما"), normalize("بحسبما")})
RESUMED = frozenset(normalize(w) for w in ("في", "إليه", "إليها"))  # not «صرح به لقناة»: its addressee
LATTER = {normalize("الأخير"): "m", normalize("الأخيرة"): "f"}  # anaphoric: the last person named
MAX_MARKED_SUBJECT = 3  # words between an opening mark and the verb («"مجلس الإدارة يرى…»)
MARKED_SUBJECT_GAP = 14  # «أبلغ «عكاظ» مدير عام الفرع في جدة فلان بن فلان أنه…»: tokens from the marks to أن
NO_ONE = "اي"  # «أي» as the subject: «لم يعلن أي طرف…»
# «بيّن»، «عبّر» written with the shadda are verbs; bare «بين» is "between", «عبر» "via" (reporting_verbs.tsv).
SHADDA = "\u0651"
BAYYANA = {"بين": "m", "بينت": "f"}
MAX_FRONTED = 8  # words between an auxiliary and its verb («وكان رئيس الهيئة العامة للطيران قد أكد»)


def _verb_table() -> tuple[dict[str, tuple[str | None, str]], dict[str, str], dict[str, str]]:
    """norm form -> (gender, kind), kind "verb" or "participle"; form -> object rule (OBJECT_RULES) for
    the forms that also report content as their object; form -> the preposition that always opens it."""
    verbs: dict[str, tuple[str | None, str]] = {}
    objects: dict[str, str] = {}
    preps: dict[str, str] = {}
    lemma_preps = {normalize(row[0]): normalize(row[1]) for row in table("preposition_verbs.tsv")}
    for row in table("reporting_verbs.tsv"):
        lemma, masc, fem, participles, rule = (row + [""] * 5)[:5]
        preposition = lemma_preps.get(normalize(lemma))
        forms: dict[str, tuple[str | None, str]] = {}
        past = masc.split()[:1]
        forms |= {normalize(f): ("m", "verb") for f in masc.split()}
        forms |= {normalize(f): ("f", "verb") for f in fem.split()}
        # Plurals: أكدوا (men), أكدن (women), from the masculine past; أبدى، دعا -> أبدوا، دعوا.
        forms |= {_plural_past(normalize(f)): ("p", "verb") for f in past}
        forms |= {normalize(f) + "ن": ("p", "verb") for f in past}
        for f in participles.split():
            norm = normalize(f)
            forms[norm] = ("f" if norm.endswith("ة") else "m", "participle")
            if norm.endswith("ا"):  # مؤكدا -> مؤكدين، مؤكدات، مؤكدون; داعيا -> داعين، داعون
                stem = norm[:-2] if norm.endswith("يا") else norm[:-1]
                forms |= {norm[:-1] + sfx: ("p", "participle") for sfx in ("ين", "ات", "ون")}
                forms |= {stem + sfx: ("p", "participle") for sfx in ("ين", "ون")}
        verbs |= forms
        if rule in OBJECT_RULES:
            objects |= dict.fromkeys(forms, rule)
        if preposition is not None:
            preps |= dict.fromkeys(forms, preposition)
    verbs |= {form: ("p", "verb") for form in words("plural_verbs.txt")}
    return verbs, objects, preps


def _plural_past(norm: str) -> str:
    """The masculine plural past: أكد -> أكدوا; a final weak letter goes (أبدى -> أبدوا، دعا -> دعوا)."""
    return (norm[:-1] if len(norm) > 2 and norm[-1] in "اي" else norm) + "وا"


# The last column of reporting_verbs.tsv: which objects are reported content. «object»: any; «preposition»:
# only after عن/إلى… («لفت إلى أهمية…», not «لفت الأنظار»); «direct»: not after a fused بـ («محملًا الحوثيين
# المسؤولية», not «محملة بـ10 أطنان»); «source»: only with a study, data or a report as the subject («أظهرت
# بيانات رسمية تراجعَ…», not «أظهر مقطع فيديو…»); «stance»: a stance noun only («جدد رفضَه…», stances.py).
OBJECT_RULES = ("object", "preposition", "direct", "source", "stance")
VERBS, OBJECT_FORMS, PREPOSITION_FORMS = _verb_table()
ABOUT = normalize("عن")  # the preposition of «عبّر عن»
SAY_FORMS = words("say_verbs.txt")
IMPERSONAL = words("impersonal_verbs.txt")
ABOUT_FORMS = {normalize(w.split(":")[0]): w.split(":")[1] for w in raw_words("about_verbs.txt")}
OPENERS = words("clause_openers.txt") | {"قد", "كما", "فيما"}
COLON_SUBJECT = 5  # words between a colon verb and its colon («وقول الشاعرة فلانة: …»)
RELAYS = {form: ("f" if form.endswith("ت") else "m") for form in words("relay_verbs.txt")}
NAMING = {
    normalize(v) + sfx: ("f" if sfx.startswith("ت") else "m")
    for v in raw_words("naming_verbs.txt")
    for sfx in OBJECT_SUFFIXES
}
SOURCES = phrases("source_phrases.txt")
SAY_NOUNS = words("say_nouns.txt")
COLON_VERBS = words("colon_verbs.txt")
DOCUMENT_VERBS = words("document_verbs.txt")
DOCUMENTS = DOCUMENT_NOUNS | {word_stem(n) for n in DOCUMENT_NOUNS}
SOURCE_NOUNS = SOURCE_HEADS | DOCUMENT_NOUNS | MEDIA_NOUNS | INSTITUTION_HEADS


@dataclass(frozen=True)
class Cue:
    """A cue found at tokens[first:last] (last exclusive)."""

    first: int
    last: int
    kind: str  # verb | participle | relay | naming | source | pronoun | document (جاء في البيان)
    gender: str | None  # m | f | p (plural) | None (unknown)
    takes_object: bool = False  # the verb may report content as its object (أكد التزامَ…)
    object_rule: str = "object"  # which objects: OBJECT_RULES
    preposition: str | None = None  # the object is always after this word (preposition_verbs.tsv)


def match_cue(tokens: Sequence[Token], i: int, end: int | None = None) -> Cue | None:
    """The cue starting at token i (tokens after `end` are not looked at), or None."""
    end = len(tokens) if end is None else end
    forms = without_conjunction(tokens[i].norm)
    about = next((ABOUT_FORMS[f] for f in forms if f in ABOUT_FORMS), None)
    if about is not None:
        opens = (
            SHADDA in tokens[i].text  # «عبّر» written with its shadda is the verb, wherever it stands
            or tokens[i].norm.startswith(("و", "ف"))
            or i == 0
            or (not tokens[i - 1].norm.isalpha() and not via_after_comma(tokens, i))  # not «، عبر حسابها»
            or tokens[i - 1].norm in OPENERS
        )
        found = opens and _about_follows(tokens, i + 1, end)
        return Cue(i, i + 1, "verb", about, True, preposition=ABOUT) if found else None
    for form in forms:
        if form in VERBS:
            nxt = tokens[i + 1].norm if i + 1 < end else ""
            if (form in IMPERSONAL and is_complementizer(nxt)) or nxt == NO_ONE:
                return None  # «ويتوقع أن…» ("it is expected"), «ولم تعلن أي جهة…» ("nobody"): no statement
            if no_report_before(tokens, i) or noun_by_place(tokens, i):
                return None  # «عدم…»، «في خطوة تؤكد…»; a counted noun or a name («علي بن أبي طالب»)
            if and_between(tokens, i):
                return None  # «بين الهوية وبين وسائل التعريف»: "and between", not «وبيّن»
            gender, kind = VERBS[form]
            if kind == "participle" and plural_noun(tokens, i):
                return None  # «لاستقبال مقترحات الزوار»: the plural noun (counted.py)
            rule, preposition = OBJECT_FORMS.get(form), PREPOSITION_FORMS.get(form)
            return Cue(i, i + 1, kind, gender, rule is not None, rule or "object", preposition)
    if (gender := request_gender(tokens, i, end)) is not None:  # «طلب من الجانب الروسي التعاون…»
        return Cue(i, i + 1, "verb", gender, True, "request")
    if (gender := construction_gender(tokens, i, end)) is not None:  # «ذهب الباحثون إلى أن…»
        return Cue(i, i + 1, "verb", gender)
    if SHADDA in tokens[i].text and BAYYANA.keys() & set(forms):
        return Cue(i, i + 1, "verb", BAYYANA[next(f for f in forms if f in BAYYANA)])
    if tokens[i].norm in SAY_NOUNS or (set(forms) & MASDAR_CUES and _an_follows(tokens, i + 1, end)):
        return Cue(i, i + 1, "verb", None)
    if set(forms) & COLON_VERBS and _colon_follows(tokens, i + 1, end):
        return Cue(i, i + 1, "verb", None)  # «وزاد: "…"»: "added" only with its quote right after it
    if set(forms) & DOCUMENT_VERBS and _document_follows(tokens, i + 1, end):
        return Cue(i, i + 2, "document", None)  # «وجاء في البيان…»: the cue is «جاء في»
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
    if (
        tokens[i].norm == PRONOUN_PHRASE[0] and i + 2 < end and tokens[i + 1].norm == "ما"
    ):  # «…، على ما أعلنت X»
        return Cue(i, i + 2, "source", None) if _reports(tokens, i + 2, end) else None
    if PRONOUN_PHRASE[0] in forms and i + 2 < end and tokens[i + 1].norm == PRONOUN_PHRASE[1]:
        gender = PRONOUN_WORDS.get(tokens[i + 2].norm)
        if gender:
            return Cue(i, i + 3, "pronoun", gender)
    return None


def after_what(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where the next cue may start after a source phrase ending before token k: after «ما» and its verb."""
    what = k < end and tokens[k].norm in WHAT
    if not what and tokens[k - 1].norm not in WHAT:
        return k
    verb = k + what
    if verb < end and (cue := match_cue(tokens, verb, end)) is not None and cue.kind in ("verb", "document"):
        return cue.last
    return k


def object_allowed(tokens: Sequence[Token], cue: Cue, start: int, lead: int) -> bool:
    """Whether the object starting at token `start` (after `lead` characters of a fused ب/ل) is the cue's
    content, under its object rule (OBJECT_RULES)."""
    if cue.object_rule == "preposition":
        return tokens[start - 1].norm in OBJECT_PREPOSITIONS
    if cue.object_rule == "direct":
        bare = tokens[start].norm  # «بـ 10 أطنان»: a ب of its own; «بالمسؤولية»: fused (lead 1)
        return not (bare == "ب" or (lead and bare.startswith("ب")))
    if cue.object_rule == "source":
        subject = tokens[cue.last].norm if cue.last < len(tokens) else ""
        return without_article(without_conjunction(subject)[-1]) in SOURCE_NOUNS
    return word_allowed(tokens, start, cue.object_rule)  # a stance for «stance»; never praise


def _reports(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A reporting verb at token k: «على ما» before it attributes («حصل على ما يريد» does not)."""
    return (cue := match_cue(tokens, k, end)) is not None and cue.kind == "verb"


def _an_follows(tokens: Sequence[Token], k: int, end: int) -> bool:
    """أن/بأن at token k, or after one preposition there («التأكيد على أن…»)."""
    k += k + 1 < end and tokens[k].norm in OBJECT_PREPOSITIONS
    return k < end and is_complementizer(tokens[k].norm)


def _colon_follows(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A colon or a mark at token k, or a colon after a short subject («وقول الشاعر فلان: …»)."""
    if k < end and tokens[k].text in COLON | QUOTE_MARKS:
        return True
    words = range(k, min(end, k + COLON_SUBJECT))
    colon = next((t for t in words if not tokens[t].norm.isalpha()), None)
    return colon is not None and tokens[colon].text in COLON


def _document_follows(tokens: Sequence[Token], k: int, end: int) -> bool:
    """«في» then a document noun at token k: «في البيان»، «في برقية سموه»، «في بيانها»."""
    if k + 1 >= end or tokens[k].norm != "في":
        return False
    noun = tokens[k + 1].norm
    return any(form in DOCUMENTS for form in (noun, without_article(noun), word_stem(noun)))


def _about_follows(tokens: Sequence[Token], k: int, end: int) -> bool:
    """«عن» a few words after token k, before a mark: «عبر» is the verb, not "via" («نقلت عبر الحدود»)."""
    t = preposition_at(tokens, k, end, ABOUT)
    return t is not None and t + 1 < end and tokens[t + 1].norm != "طريق"  # «عن طريق»: "by way of"


def is_say_verb(norm: str) -> bool:
    """قال، أضاف، تابع…: verbs that take a quote in marks right after their subject."""
    return any(form in SAY_FORMS for form in without_conjunction(norm))


def fronted_subject(tokens: Sequence[Token], lo: int, verb: int) -> tuple[int, int] | None:
    """The subject between an auxiliary or أن/إن and the verb at token `verb` («وكان الوزير قد أكد»، «إن
    الرئيس زعم»: «الوزير»، «الرئيس»), as a token range, or None. `lo`: the sentence's first token."""
    last = verb - 1 if verb > lo and tokens[verb - 1].norm == "قد" else verb
    for a in range(last - 1, max(lo, last - MAX_FRONTED) - 1, -1):
        norm = tokens[a].norm
        if match_cue(tokens, a) or tokens[a].text in ',،.;:«»"“”':
            return None
        if norm in SUBJECT_PARTICLES or any(form in AUXILIARY_VERBS for form in without_conjunction(norm)):
            # «إن الموظف بعد أن أنهى عمله كشف…»: that أن opens a verb clause; the subject is before «بعد»
            if a > lo and VERBAL_SUBORDINATORS.intersection(without_conjunction(tokens[a - 1].norm)):
                last = a - 1
                continue
            return (a + 1, last) if a + 1 < last else None
    return None


def subject_ends(tokens: Sequence[Token], k: int) -> bool:
    """A colon or أن/إن within a few words from token k, before the sentence ends or a new cue: the words
    before k were the verb's subject or addressee, not its quote. Other names in marks may come between
    («وقالت "الشركة" في بيان نشره موقع "تداول" إن…»)."""
    for t in range(k, min(len(tokens), k + MARKED_SUBJECT_GAP)):
        cue = match_cue(tokens, t)
        if tokens[t].text in END_PUNCT or (cue is not None and cue.kind != "source"):
            return False
        if tokens[t].text in COLON or is_complementizer(tokens[t].norm):
            return True
    return False


def source_filler(tokens: Sequence[Token], t: int, last: int) -> bool:
    """A token between بحسب/وفقًا and its source: a cue, a mark, ما/لما, its verb and «في/إليه» after it."""
    after_what = t > 0 and tokens[t - 1].norm in WHAT
    where = t > 1 and tokens[t - 2].norm in WHAT and tokens[t].norm in RESUMED  # «بحسب ما أشار إليه»
    what = tokens[t].norm in WHAT or after_what or where
    return what or tokens[t].text in QUOTE_MARKS or match_cue(tokens, t, last) is not None


def plausible_source(tokens: Sequence[Token], named: Collection[int], first: int, last: int) -> bool:
    """Is the phrase after بحسب a source (a name, an outlet, «مصادر»…) rather than «بحسب الخطة»?
    `named`: tokens of people and organisations. A word in marks is an outlet's name («بحسب "الفرنسية"»)."""
    for t in range(first, min(last, first + 3)):
        norm = tokens[t].norm
        if t in named or (
            t > first and tokens[t - 1].text in QUOTE_MARKS and tokens[t].text not in QUOTE_MARKS
        ):
            return True
        if norm in ("ل", "عن", "ما", "في") or norm in QUANTIFIERS or source_filler(tokens, t, last):
            continue
        bare = without_lam(norm)
        named_by = is_title(bare) or is_honorific(bare) or bare in GIVEN_NAMES  # «بحسب المهندس فلان»
        return source_noun(norm, SOURCE_NOUNS) or named_by
    return False
