"""Reported content that is a speech verb's object, without أن (ANNOTATION_GUIDE.md).

«أكد شكري التزامَ مصر…»، «أعرب عن قلقه من…»، «دعا المجتمع الدولي إلى…»، «طالب بإلغاء…». After the verb come
its subject (a name, a title phrase, a described source), maybe an adverb or «في بيان», then the object: the
content runs from there (after a preposition or a fused ب/ل) to the end of the sentence or the next cue.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from nlp_pipeline.lang.ar.lexicon import (
    ADVERBS,
    DESCRIPTION_HEADS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    GREETING_NOUNS,
    GROUP_PRONOUNS,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    OBJECT_PREPOSITIONS,
    ORG_CLASSIFIERS,
    PHRASE_PREPOSITIONS,
    QUANTIFIERS,
    SOURCE_HEADS,
    TITLE_LINKS,
)
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, DASHES, is_punct
from nlp_pipeline.lang.ar.wordforms import (
    feminine_head,
    is_addressee,
    is_adjective,
    is_complementizer,
    is_construct_title,
    is_definite,
    is_honorific,
    is_lam_genitive,
    is_people_plural,
    is_title,
    object_noun,
    without_conjunction,
)
from nlp_pipeline.pipeline.quotes.adverbials import adverbial_end, clause_aside_end, skip_adverbials
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.quotes.marked_objects import content_word, marked_object, past_marked_apposition
from nlp_pipeline.pipeline.quotes.marked_subjects import after_marked_subject
from nlp_pipeline.pipeline.quotes.prepositions import FUSED_BA, fused_ba_at, preposition_at
from nlp_pipeline.pipeline.quotes.subject_heads import (
    acting_place,
    agrees,
    back_reference,
    described,
    name_adjective,
    nationality_before_name,
)
from nlp_pipeline.pipeline.quotes.time_subjects import time_closed_later, time_closed_subject
from nlp_pipeline.tokens.doc import Token

MAX_SUBJECT = 20  # tokens of subject and adverbs before the object
NAMING_SPAN = 30  # tokens from a naming verb to its description («وصف مدير عام … المشاريع بالنوعية…»)
BODIES = DESCRIPTION_HEADS - SOURCE_HEADS  # «أعلن بنك X…»; «بلدية جدة»: a place after one is its genitive


@dataclass(frozen=True)
class ObjectStart:
    token: int
    lead: int  # characters of the first token before the content (a fused ب or ل)


def object_start(
    tokens: Sequence[Token],
    named: Collection[int],
    places: Collection[int],
    k: int,
    hi: int,
    subject_before: bool = False,
    gender: str | None = None,
) -> ObjectStart | None:
    """Where the object of the verb ending before token k starts, or None. `named`: tokens of people and
    organisations; `places`: tokens of any entity («الحكومة الانتقالية في دمشق»); `subject_before`: its
    subject came first («وكانت الوزارة قد طالبت الشركة بـ…»); `gender`: the verb's (m, f, p, None)."""
    if subject_before:
        k = skip_adverbials(tokens, k, hi)
    else:  # no subject it knows: maybe one a time word closes («أعلن مهرجان الرياض، أمس، فتحَ…»)
        start = skip_adverbials(tokens, after_marked_subject(tokens, k, hi), hi)  # «أعلن أمس، وفاةَ…»
        after = _after_subject(tokens, named, places, start, hi, gender)
        k = (
            time_closed_later(tokens, after, hi)
            if after > start
            else time_closed_subject(tokens, places, start, hi)
        )
    if k < hi and (past := past_marked_apposition(tokens, places, k, hi)) > k:  # «فلان "40 عاما" السيرَ…»
        k = _after_subject(tokens, named, places, past, hi, gender)  # «“لجنة الميثاق” الدكتور فلان»
    if k >= hi:
        return None
    tok = tokens[k]
    if tok.norm in OBJECT_PREPOSITIONS:
        # «دعا إلى «تعزيز العلاقات» بين البلدين»: the object may open with a quotation mark
        opens = k + 1 < hi and (content_word(tokens[k + 1]) or marked_object(tokens, k + 1, hi))
        return ObjectStart(k + 1, 0) if opens else None
    if (
        not (content_word(tok) or marked_object(tokens, k, hi))
        or tok.norm in FUNCTION_WORDS
        or (k in named and not subject_before)
    ):  # «وكانت السلطات أعلنت في يناير "تحريرَ" المحافظة…»: an object that opens with a mark
        return None
    if len(tok.norm) > 3 and tok.norm[0] in "بل" and not is_addressee(tok.norm):
        return ObjectStart(k, 1)  # طالب بإلغاء: the content starts after the fused letter
    return ObjectStart(k, 0)


def preposition_object(
    tokens: Sequence[Token], places: Collection[int], cue: Cue, hi: int
) -> ObjectStart | None:
    """The content of a verb whose object always follows one preposition («أعرب عن»، «تحدث عن»، «طالب
    بـ»): from after that preposition (or its fused ب), past the subject and asides, to the end of the
    sentence; None when another cue comes first (its own statement) or no content word or mark follows.
    `places`: tokens of any entity."""
    assert cue.preposition is not None
    if cue.preposition == FUSED_BA:
        at = fused_ba_at(tokens, places, cue.last, hi)
        return None if at is None or _cue_between(tokens, cue.last, at, hi) else ObjectStart(at, 1)
    at = preposition_at(tokens, cue.last, hi, cue.preposition)
    if at is None or at + 1 >= hi or _cue_between(tokens, cue.last, at, hi):
        return None
    nxt = tokens[at + 1]
    return ObjectStart(at + 1, 0) if content_word(nxt) or marked_object(tokens, at + 1, hi) else None


def _cue_between(tokens: Sequence[Token], first: int, last: int, hi: int) -> bool:
    return any(match_cue(tokens, t, hi) for t in range(first, last))


def named_as(tokens: Sequence[Token], places: Collection[int], cue: Cue, hi: int) -> ObjectStart | None:
    """«وصف الوزير المشاريع بالنوعية الضخمة»، «ما وصفتها بتصريحات عدائية…»: after a naming verb without a
    term in marks, the description is the last word with a fused ب before the clause ends (a comma, أن, a
    colon, another cue), past the subject and the thing described; a ب inside a place's name is not it, nor
    one right after a verb with no object pronoun (a passive).
    `places`: tokens of any entity. A relay verb without «عن» conveys greetings instead (`conveyed`)."""
    if cue.kind == "relay":
        return conveyed(tokens, cue, hi)
    at = None
    for t in range(cue.last, min(hi, cue.last + NAMING_SPAN)):
        tok = tokens[t]
        if is_punct(tok.text) or is_complementizer(tok.norm) or match_cue(tokens, t, hi) is not None:
            break
        if len(tok.norm) > 3 and tok.norm[0] == "ب" and t not in places and not tok.norm.startswith("بين"):
            at = t
    if at == cue.last and not tokens[cue.first].norm.endswith(("ه", "ها", "هم", "هما")):
        return None  # «التي وُصفت بالتاريخية»: passive, nobody's description
    return None if at is None else ObjectStart(at, 1)


def conveyed(tokens: Sequence[Token], cue: Cue, hi: int) -> ObjectStart | None:
    """«ونقل الوزير للملك - خلال الاستقبال - تحيات الرئيس وتقديره…»: the greeting a relay verb conveys
    (greeting_nouns.txt), past its subject, addressee and asides; None at «عن» (a relayed statement), a comma,
    a mark, أن or another cue first."""
    for t in range(cue.last, min(hi, cue.last + NAMING_SPAN)):
        tok = tokens[t]
        if GREETING_NOUNS.intersection(without_conjunction(tok.norm)):  # «حمّله نقل تحياته»: a noun
            return ObjectStart(t, 0) if t > cue.last else None
        stop = tok.norm == "عن" or is_complementizer(tok.norm) or match_cue(tokens, t, hi) is not None
        if stop or (is_punct(tok.text) and tok.text not in DASHES):
            return None
    return None


def _after_subject(
    tokens: Sequence[Token],
    named: Collection[int],
    places: Collection[int],
    k: int,
    hi: int,
    gender: str | None = None,
) -> int:
    """The first token after the verb's subject, appositions, adverbs and «في بيان». A masculine verb's
    subject is no definite feminine head («ودعا الهيئةَ إلى…»: the object)."""
    start = k
    subject = False
    describing = False  # the last word was a title or a description's head: a genitive may follow
    apposition = False  # a name between commas after the title
    name_words = 0  # words after an honorific that are a name whatever they are («الدكتور فلان فلان»)
    construct = False  # the last word was a title without the article: a genitive must follow it
    feminine = False  # the last word was a definite feminine head («الأمانة»): only an agreeing word goes on
    while k < hi and k - start < MAX_SUBJECT:
        norm = tokens[k].norm
        nxt = tokens[k + 1].norm if k + 1 < hi else None
        if norm in OBJECT_PREPOSITIONS:  # before names: «على» normalizes to the name «علي»
            break
        if (end := adverbial_end(tokens, k, hi)) > k + 1:  # «يوم الأحد»، «في وقت سابق»، «-أيده الله-»
            k = end
            continue
        after_honorific, name_words = name_words, 0
        after_construct, construct = construct, False
        after_feminine, feminine = feminine, False
        if after_feminine and object_noun(norm) and k not in named:
            break  # «ودعت الأمانة المجتمعَ الدولي إلى…»: a definite noun cannot be the head's genitive
        if after_honorific and _name_word(tokens[k]):
            subject, describing, name_words = True, False, after_honorific - 1
        elif after_construct and _name_word(tokens[k]) and not is_title(norm) and k not in named:
            # «خطيب صلاة الجمعة»، «وكيل أعمال اللاعب»: the title's genitive, still open; a place ends it
            construct = k not in places  # («أمانة محافظة جدة زيادةَ…»: the object follows the place)
        elif is_honorific(norm):
            subject, describing, name_words = True, False, 2
        elif not subject and norm in MEDIA_NOUNS and nxt and not (k + 1 in named or is_definite(nxt)):
            subject, describing, name_words = True, False, 3  # «مجلة ذا ناشونال ريفيو»
        elif not subject and gender == "m" and feminine_head(norm):
            break
        elif (
            is_title(norm)
            or norm in TITLE_LINKS
            or (not subject and (described(norm) or is_people_plural(norm) or norm in GROUP_PRONOUNS))
        ):
            subject, describing = True, not back_reference(norm)  # الوزير، مصادر…، وزارة…، البعض، الوزارة
            construct = is_construct_title(norm, tokens[k].text) or (norm in BODIES and k + 1 in places)
            feminine = feminine_head(norm)
        elif k in named or norm in GIVEN_NAMES or norm in NAME_PARTICLES or acting_place(places, k, gender):
            subject, describing = True, False  # «وأعلنت مصر دعمها…»: a country that acts
        elif not subject and norm in QUANTIFIERS and nxt and (described(nxt) or is_people_plural(nxt)):
            subject = describing = True  # «حذر بعض المحللين من…»: the quantifier opens the subject
        elif not subject and norm in ORG_CLASSIFIERS and k + 1 in named:
            subject = True  # «أعلن نادي X عن…»: the classifier opens the subject, the name follows
        elif not subject and norm in DOCUMENT_NOUNS and k + 1 < hi and is_adjective(tokens[k + 1].norm):
            subject = describing = True  # «أظهر تقرير اقتصادي…»: a described document is the subject
        elif subject and len(norm) > 3 and (agrees(tokens, k) or (describing and is_definite(norm))):
            feminine, describing = after_feminine, describing or name_adjective(norm)  # «الأمانة العامة لـ…»
        elif not subject and nationality_before_name(tokens, named, k, hi):
            pass  # «أبدى الكندي جون سميث رغبته…»
        elif describing and is_lam_genitive(norm, nxt):
            pass  # «عضو اللجنة لشؤون اللاجئين»
        elif (describing or subject and k - 1 in named) and _fused_genitive(tokens, named, k, hi):
            pass  # «عميد الكلية بالجامعة الدكتور فلان»; after a named body too: «عميد هيئة X بالجامعة فلان»
        elif (
            subject
            and len(norm) > 3
            and norm[0] == "ب"
            and _place_genitive(tokens, places, k)
            and not match_cue(tokens, k, hi)
        ):
            while k + 1 < hi and k + 1 in places:  # «حذرت مديرية الدفاع المدني بمنطقة عسير من…»
                k += 1  # the body's place («تبوك» of «بمنطقة تبوك» too), not the object
        elif len(norm) == 1 and k + 1 < hi and tokens[k + 1].text == ".":
            k += 1  # «اللواء م. يحيى»: an abbreviation
        elif norm in ADVERBS:
            pass
        elif subject and norm in PHRASE_PREPOSITIONS and k + 1 < hi and k + 1 in places:
            while k + 1 < hi and k + 1 in places and k + 1 not in named:  # «في دمشق»، «في جامعة X»: whole
                k += 1
        elif describing and norm in PHRASE_PREPOSITIONS and k + 2 < hi and k + 2 in places:
            k += 2  # «خطيب الجمعة في محافظة كربلاء»
        elif describing and norm in PHRASE_PREPOSITIONS and k + 1 < hi and is_definite(tokens[k + 1].norm):
            k += 1  # «مدير الإغاثة في المنطقة الشمالية»
        elif norm == "في" and k + 1 < hi and tokens[k + 1].norm in DOCUMENT_NOUNS:
            k += 1
        elif subject and (end := _aside_end(tokens, k, hi)) > k:
            k = end  # «وأكد المحافظ، خلال لقائه بالأهالي، أهميةَ…»: the object follows the aside
            continue
        elif (
            tokens[k].text in CLAUSE_PUNCT
            and subject
            and k + 1 < hi
            and _continues_subject(tokens, named, k + 1)
        ):
            apposition = True  # «مدير الإغاثة، كارل يوهانسون،»
        elif tokens[k].text in CLAUSE_PUNCT and (
            apposition or (subject and _object_after_comma(tokens, named, k))
        ):
            return k + 1  # the comma that closes the apposition, or the subject («وأكد الأمين العام، أهميةَ…»)
        elif tokens[k].text in CLAUSE_PUNCT and k - 1 in named and k > start and k + 1 < hi:
            return k + 1  # «دعا الخطيب فلان، الحكومة إلى…»: the comma after the named subject
        else:
            break
        k += 1
    return k


def _aside_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """After an aside between commas with no cue inside (a cue there has its own statement), or k."""
    end = clause_aside_end(tokens, k, hi)
    return k if _cue_between(tokens, k, end, hi) else end


def _place_genitive(tokens: Sequence[Token], places: Collection[int], k: int) -> bool:
    """A ب fused to a place's classifier before its name («بمنطقة عسير»), or to a place with the article
    («بالرياض»); not a name that starts with the letter («أوباما بريطانيا على…»: the object)."""
    return (k not in places and k + 1 in places) or (k in places and tokens[k].norm[1:].startswith("ال"))


def _object_after_comma(tokens: Sequence[Token], named: Collection[int], k: int) -> bool:
    """After the subject, a comma then a content word that opens no clause, name or aside: the object."""
    if k + 1 >= len(tokens):
        return False
    tok = tokens[k + 1]
    norm = tok.norm
    return (
        content_word(tok)
        and norm[:1] not in "وف"
        and norm not in FUNCTION_WORDS
        and k + 1 not in named
        and not is_title(norm)
        and not is_adjective(norm)
    )


def _fused_genitive(tokens: Sequence[Token], named: Collection[int], k: int, hi: int) -> bool:
    """A word with a fused ب/ل inside a role phrase: the role's body or place when a name or an honorific
    follows it (the phrase goes on to its holder); otherwise it may open the object («طالب بإلغاء…»)."""
    norm = tokens[k].norm
    if len(norm) <= 3 or norm[0] not in "بل" or k + 1 >= hi or match_cue(tokens, k, hi):
        return False  # «المصادر بحسب سكاي نيوز»: an attribution, not the role's body
    return k + 1 in named or is_honorific(tokens[k + 1].norm)


def _continues_subject(tokens: Sequence[Token], named: Collection[int], k: int) -> bool:
    return k in named or is_title(tokens[k].norm) or tokens[k].norm in ADVERBS


def _name_word(tok: Token) -> bool:
    """A word that can be part of a name after an honorific: no article, no function word, no punctuation."""
    return content_word(tok) and not is_definite(tok.norm) and tok.norm not in FUNCTION_WORDS
