"""Unnamed sources and institutions as speakers: where their description starts and ends.

«مصادر دبلوماسية روسية»، «مسؤول في وزارة الدفاع»، «بيان الكرملين»: the words after a cue that describe who
speaks without naming a person. Only token patterns live here; resolver.py turns the phrase into a speaker.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from nlp_pipeline.lang.ar.lexicon import (
    ADVERBS,
    AFFILIATIONS,
    AGENCY_HEADS,
    AUTHOR_PREPOSITIONS,
    DOCUMENT_NOUNS,
    FINDING_NOUNS,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    MEDIA_NOUNS,
    OCCASION_NOUNS,
    ORG_CLASSIFIERS,
    ORG_HEADS,
    OUTLET_NAMES,
    PEOPLE_PLURALS,
    PHRASE_PREPOSITIONS,
    PLURAL_NATIONALITIES,
    POSSESSIVES,
    PUBLISHING_WORDS,
    QUANTIFIERS,
    SOURCE_HEADS,
)
from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS, is_punct
from nlp_pipeline.lang.ar.wordforms import (
    has_tanween,
    is_addressee,
    is_adjective,
    is_complementizer,
    is_definite,
    is_head_noun,
    is_org_head,
    is_people_plural,
    without_article,
    without_conjunction,
    without_lam,
    word_stem,
)
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.pipeline.speakers.construct_names import chain_goes_on
from nlp_pipeline.pipeline.speakers.own_documents import statement_noun
from nlp_pipeline.pipeline.speakers.served_places import place_at
from nlp_pipeline.pipeline.speakers.source_tails import adverbial_start, named_end, unnamed_document
from nlp_pipeline.tokens.doc import Token

MAX_PHRASE_WORDS = 7
NISBA_ENDINGS = ("ي", "ية", "يون", "يين")  # «طبية إسرائيلية»: adjectives after a source's head
MAX_OUTLET_WORDS = 3  # words of an outlet's name without the article («ذا ناشونال ريفيو»)


@dataclass(frozen=True)
class SourcePhrase:
    """The tokens [first, last) of a source's description. `named`: it came after a statement or outlet
    noun («بيان الكرملين»), so the words are the source's own name rather than a description."""

    first: int
    last: int
    named: bool


def source_phrase(
    tokens: Sequence[Token], first: int, last: int, names: Collection[tuple[int, int]] = ()
) -> SourcePhrase:
    """The description in tokens[first:last], without the statement or outlet nouns before a name.

    After «صحيفة كوميرسانت الروسية» the adjectives describe the outlet, not the source: they are left out.
    `names`: token ranges of the entities; a description that ends inside one takes it whole.
    """
    agency = _agency_name(tokens, first, last)
    if agency is not None:
        return agency
    named = outlet = False
    head, nxt = without_lam(tokens[first].norm), tokens[min(first + 1, last - 1)].norm
    if last - first > 1 and head in FINDING_NOUNS and is_head_noun(nxt):
        first += 1  # «نتائج دراسة حديثة»، «بيانات الهيئة»: the source is whose findings they are
    while last - first > 1:
        head, nxt = without_lam(tokens[first].norm), tokens[first + 1].norm
        if head in MEDIA_NOUNS and not is_definite(nxt):  # «وكالة الأنباء السورية» is the agency's name
            outlet = True
        elif head in DOCUMENT_NOUNS and unnamed_document(tokens, first, last):
            break  # «تقرير اقتصادي»، «بيان صدر مساء أمس»: a document, not one named after its author
        elif head in AUTHOR_PREPOSITIONS:
            if not (named and without_lam(tokens[first - 1].norm) in DOCUMENT_NOUNS):
                break  # «بيان من مكتب X» names X; «من» after anything else is part of a description
        elif not (head in DOCUMENT_NOUNS or head in PUBLISHING_WORDS):  # «تقرير نشرته مجلة X»
            break
        first += 1
        named = True
    if named and last - first > 1 and tokens[first].text in QUOTE_MARKS | {"("}:
        first += 1  # «مجلة "كايشن"»، «مجلة (كايشن)»: the name in marks, without them
    k = _phrase_end(tokens, first, last)
    k = named_end(tokens, first, k, last, names)
    k = adverbial_start(tokens, first, k)  # «مصادر قبلية من محافظة X»: where it is, not who
    if outlet and all(is_definite(tokens[t].norm) for t in range(first + 1, k)):
        k = first + 1
    if outlet:  # «مجلة ذا ناشونال ريفيو»: a foreign name of several words, up to the next function word
        while k < min(last, first + MAX_OUTLET_WORDS) and _outlet_word(tokens, k):
            k += 1
    return SourcePhrase(first, k, named)


def source_text(tokens: Sequence[Token], phrase: SourcePhrase, text: str) -> str:
    """«وفقًا لمصادر أمنية» -> «مصادر أمنية»: after an attribution phrase, a ل glued to a description's head
    is the preposition's, not part of the source (a name keeps it: «لجنة»، «لندن» are whole words)."""
    head = tokens[phrase.first].norm
    bare = without_lam(head)
    described = word_stem(bare) in SOURCE_HEADS | INSTITUTION_HEADS | ORG_HEADS
    return text[1:] if bare != head and described and text.startswith("ل") else text


def _outlet_word(tokens: Sequence[Token], k: int) -> bool:
    norm = tokens[k].norm
    if is_punct(tokens[k].text) or is_definite(norm) or norm in FUNCTION_WORDS or is_complementizer(norm):
        return False
    return match_cue(tokens, k) is None


def _agency_name(tokens: Sequence[Token], first: int, last: int) -> SourcePhrase | None:
    """«وكالة أنباء X»، «وكالة الأنباء X الرسمية»: the head, the word after it and its adjectives."""
    for head in AGENCY_HEADS:
        k = first + len(head)
        if k >= last or tuple(without_lam(tokens[first + n].norm) for n in range(len(head))) != head:
            continue
        if is_punct(tokens[k].text) or tokens[k].norm in FUNCTION_WORDS or match_cue(tokens, k):
            return None
        k += 1
        while k < last and is_adjective(tokens[k].norm) and not is_punct(tokens[k].text):
            k += 1
        return SourcePhrase(first, k, True)
    return None


def _phrase_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """End of a source's description. An institution takes its genitives (إدارة الإعلام); a source
    noun only adjectives (مصادر دبلوماسية روسية, not «المسؤول الاتفاق»); both take «في …» / «من …»."""
    if without_lam(tokens[first].norm) in QUANTIFIERS and last - first > 1:
        first += 1  # «بعض التقارير»: the quantifier stays in the phrase, the noun after it is the head
    head = without_lam(tokens[first].norm)
    heads = INSTITUTION_HEADS | ORG_HEADS | ORG_CLASSIFIERS  # «الشركة المنتجة»
    institution = bool({head, without_article(head), word_stem(head)} & heads)
    if (
        institution
        and is_definite(head)
        and first + 1 < last
        and tokens[first + 1].norm in PHRASE_PREPOSITIONS
    ):
        return first + 1  # «الوزارة في دليلها…»: a back-reference, not «مسؤول في الوزارة»
    k = first + 1
    after_preposition = False
    # «زوج المعلمة»، «محللو أسواق المال»: an indefinite head in the construct state takes nouns up to the
    # first one with the article (a sound plural in -ون/-ين is never in construct: «مسؤولون الاتفاق»)
    construct = _construct_head(tokens[first])
    source = word_stem(head) in SOURCE_HEADS  # «مصدر بمديرية…», not a name before a role («فلان المدير بـ…»)
    unclosed: int | None = None  # where a construct that no word with the article has closed began
    while k < last and k - first < MAX_PHRASE_WORDS and not is_punct(tokens[k].text):
        norm = tokens[k].norm
        if norm in POSSESSIVES and k + 1 < last:  # «مسؤول مصرفي ذو صلة بالاتفاقية»: what the source has
            after_preposition = True
            k += 1
            continue
        if norm == "علي" and k + 1 < last and _participle(tokens[k - 1].norm):
            after_preposition = True  # «مصادر مطلعة على الملف»: the participle's complement
            k += 1
            continue
        if (
            is_complementizer(norm)
            or match_cue(tokens, k)
            or norm in FUNCTION_WORDS - PHRASE_PREPOSITIONS
            or (is_addressee(norm) and not _lam_genitive(norm))
            or without_conjunction(norm)[-1] in AFFILIATIONS  # «هيئة الإغاثة التابعة لـ…»
            or _in_statement(tokens, k, last)
            or norm in ADVERBS  # «قيادة الجيش الجمعة»: a time word after the source, not its genitive
        ):
            break
        if norm in PHRASE_PREPOSITIONS or (source and _fused_body(norm)):
            after_preposition = True  # «مصدر بمديرية أمن شمال سيناء»: the body takes its own genitives
        elif norm.startswith("و") and _joined_group(norm[1:], head):
            pass  # «سكان وشهود»، «خبراء ومختصون»، «المسؤولون والمحللون»
        # Institutions: «إدارة الإعلام بوزارة الخارجية»، «المرصد السوري لحقوق الإنسان».
        elif not (
            after_preposition
            or (is_adjective(norm) and not _disagrees(tokens, first, k))
            or (norm in PLURAL_NATIONALITIES and k == first + 1)  # «مسؤولون أفغان»
            or _agreeing_participle(tokens[first].norm, norm)  # «المعلومات المتوافرة»
            or (institution and (is_definite(norm) or norm.startswith(("ل", "ب"))))
            or _lam_genitive(norm)
            or construct
        ):
            break
        elif construct and not (after_preposition or is_adjective(norm)):
            unclosed = None if is_definite(norm) else k if unclosed is None else unclosed
        elif construct and not after_preposition and unclosed == k - 1:
            unclosed = None  # «وسائل إعلام محلية»: an adjective after the genitive closes the construct
        construct = chain_goes_on(tokens[k], construct, institution)  # construct_names.py
        k += 1
    if unclosed is not None:
        k = unclosed  # «دراسة نشرت في…»: no genitive closes it, the word after the head is a verb
    while k > first + 1 and tokens[k - 1].norm in PHRASE_PREPOSITIONS:
        k -= 1  # «حذرت السفارة البريطانية من أن…»: the preposition belongs to the verb
    return k


def _joined_group(norm: str, head: str) -> bool:
    """A second group of sources joined to the first by و: a source's head («سكان وشهود»), or a plural of
    people with the article as the first has it («خبراء ومختصون»، «المسؤولون والمحللون»); not an -ين form
    outside the list of heads, which after a verb is its object."""
    if norm in SOURCE_HEADS:
        return True
    bare = without_article(norm)
    if is_definite(norm) != is_definite(head) or bare.endswith("ين"):
        return False
    return bare in SOURCE_HEADS | PEOPLE_PLURALS or is_people_plural(norm)


def _agreeing_participle(head: str, norm: str) -> bool:
    """«المعلومات المتوافرة»، «الأسر المتضررة»، «المسؤولون المستقلون»: a definite participle of the forms
    مُتفعِّل / مُتفاعِل / مُستفعِل after a definite head, agreeing with it (a feminine head -ة, a plural of
    people -ون); not an -ين form, which after a verb is its object."""
    if not (is_definite(head) and is_definite(norm)):
        return False
    word, noun = without_article(norm), without_article(head)
    if not word.startswith(("مت", "مست")) or len(word) < 5 or word.endswith("ين"):
        return False
    if noun.endswith("ون"):
        return word.endswith("ون")
    if noun.endswith(("ة", "ات")):
        return word.endswith("ة")
    return not word.endswith("ون")  # «المصدر المتابع»، «الأسر المتضررة» (a plural of things: feminine)


def _fused_body(norm: str) -> bool:
    """«بمديرية»، «بوزارة»: ب + an institution's head without the article, which opens a genitive chain of
    its own after a source («مصدر بمديرية أمن X»), as «في» does («مصدر في مديرية أمن X»)."""
    return len(norm) > 3 and norm[0] == "ب" and not is_definite(norm[1:]) and is_org_head(norm[1:])


def _disagrees(tokens: Sequence[Token], first: int, k: int) -> bool:
    """A word with the article right after an indefinite head and its nisba adjectives is not their adjective
    (an adjective agrees in definiteness): «وأبلغ مسؤولون النادي الإيطالي أنه…» has the verb's object after
    the source, though «النادي» ends like a nisba adjective. Not a genitive: of a head in construct («مصادر
    الشرطة المحلية»), of an adjective («رفيع المستوى»), with a fused ب/ل («مصدر مسؤول بالمستشفى»)."""
    words = [tokens[t].norm for t in range(first, k + 1)]
    nisba = all(w.endswith(NISBA_ENDINGS) and not is_definite(w) for w in words[1:-1])
    return words[-1].startswith("ال") and not is_definite(without_lam(words[0])) and nisba


def _participle(norm: str) -> bool:
    """«مطلعة»، «المشرفون»: a participle of the form مُفعِل, which takes its complement with على; the
    description keeps that complement («مصادر مطلعة على الملف»، «مشرفون على المهرجان»)."""
    w = without_article(norm)
    for ending in ("ون", "ين", "ات", "ة"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            w = w[: -len(ending)]
            break
    return len(w) == 4 and w[0] == "م"


def _lam_genitive(norm: str) -> bool:
    """«للمقاومة»، «للشرعية»: ل + a noun with the article that is no outlet nor people spoken to
    («للصحيفة»، «للصحفيين»): the description's genitive («المركز الإعلامي للمقاومة»)."""
    if not norm.startswith("لل") or len(norm) < 5 or norm.endswith(("ين", "ون")):
        return False
    noun = norm[2:]
    return not ({noun, "ال" + noun} & (MEDIA_NOUNS | DOCUMENT_NOUNS | OUTLET_NAMES))


def _construct_head(token: Token) -> bool:
    """A noun that can head a genitive construct: without the article or tanween, not a sound plural."""
    norm = token.norm
    plural = len(norm) > 4 and norm.endswith(("ون", "ين"))  # «مسؤولين», not «سجين»
    return not (is_definite(norm) or has_tanween(token.text) or plural)


def _in_statement(tokens: Sequence[Token], k: int, last: int) -> bool:
    """«قالت قيادة الجيش في بيان إن…»، «قال العلماء في مؤتمر صحفي…»: «في» + a statement's container or
    occasion tells where it was said; it is not a part of the source («مصادر في وزارة الدفاع»)."""
    if k + 1 >= last or tokens[k].norm not in PHRASE_PREPOSITIONS:
        return False
    nxt = tokens[k + 1].norm  # «في بيانه»: the subject's own document (own_documents.py)
    return statement_noun(nxt) or (nxt in OCCASION_NOUNS and not is_definite(nxt))  # «المشاركون في الندوة»


def name_end(
    tokens: Sequence[Token],
    k: int,
    last: int,
    places: Collection[int],
    outlet: bool,
    named: Mapping[int, int],
) -> int:
    """Where an institution's name the NER cut short ends, from token k: genitives with ب/ل
    («المكتب الإعلامي للمقاومة»، «الجمعية الفلكية بجدة»), the place or body named after one («بمحافظة أملج»،
    «بجامعة الملك فيصل» where the NER tagged «بجامعة الملك فيصل» or «الملك فيصل» apart), and «في» + a place
    unless the institution is an outlet («النيابة العامة في دبي»; not «وكالة X في كوريا»).
    `named`: the first token of each LOC/ORG mention -> the token after it."""
    while k < last and _genitive(tokens[k].norm, k in places or k + 1 in places):
        if k in named:  # «بجامعة الملك فيصل» tagged whole: the name ends where the mention does
            k = min(named[k], last)
            continue
        k += 1
        if k < last and k in named and not is_definite(tokens[k - 1].norm[1:]):
            k = min(named[k], last)  # «بمنطقة تبوك»، «بجامعة» + «الملك فيصل»
    place = place_at(tokens, k + 1, places, last) if k + 1 < last and tokens[k].norm == "في" else None
    if not outlet and place is not None:
        k = place  # «في منطقة X»: the classifier too (served_places.py)
        while k < last and k in places:
            k += 1
    return k


def _genitive(norm: str, place: bool) -> bool:
    """ب/ل + a noun with the article, an institution's head or a named place («للمقاومة»، «بمحافظة»،
    «بجدة»); not «بدء»."""
    if len(norm) < 3 or norm[0] not in "لب":
        return False
    rest = norm[1:]
    return place or rest.startswith("ل") or is_definite(rest) or is_head_noun(rest)
