"""The preposition that opens a speech verb's content, a few words after the verb («وتحدث الوزير خلال اجتماعه
عن…»، «عبّرت فلانة، رئيسة الهيئة، عن…»): preposition_verbs.tsv and «عبّر عن» (ANNOTATION_GUIDE.md)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, DASHES, END_PUNCT, QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_definite
from nlp_pipeline.tokens.doc import Token

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.cues import Cue

PREPOSITION_SPAN = 16  # tokens of subject, asides and adverbials between «عبّر/تحدث…» and «عن»
# «عبّرت فلانة، رئيسة الهيئة، عن…»، «تحدث البعض في وسم "…" عن…»
ASIDE_PUNCT = CLAUSE_PUNCT | QUOTE_MARKS | DASHES
FUSED_BA = normalize("ب")  # «طالب بـ»: the preposition written on its object
VIA = normalize("عبر")  # the preposition's one form; «عبرت»، «عبروا» are only the verb
SHORT_ASIDE = 2  # words of «من جانبه،» before a verb at the head of its sentence
MIN_FUSED = 4  # letters of ب + a verbal noun («بوقف»), longer than ب + a pronoun («بها») or «بعد»


def untagged_subject(tokens: Sequence[Token], named: Collection[int], cue: Cue, obj: int) -> bool:
    """Whether the object found at token `obj` for a verb whose content follows its preposition
    (preposition_verbs.tsv) is an untagged subject: the preposition is not right before it and no tagged name
    was passed on the way («وأعرب الوفد عن شكره…»). After a tagged subject the verb's direct object stays
    («كشفت النيابة العامة تفاصيل…»)."""
    if tokens[obj - 1].norm == cue.preposition or cue.kind == "participle":  # «منبها على…»: no subject
        return False
    return not any(t in named for t in range(cue.last, obj))


def via_after_comma(tokens: Sequence[Token], i: int) -> bool:
    """Whether the «عبر» at token i, right after a comma, is the preposition «via» («…القطاع البلدي، عبر
    اختيار…»، «أمس، عبر حسابها في تويتر عن…»): the comma ends a clause of its own. Behind a short aside that
    opens its sentence («من جانبه، عبر فلان عن…»، «بدورهم، عبر…») the verb follows."""
    if tokens[i - 1].text not in CLAUSE_PUNCT or tokens[i].norm != VIA:  # «، عبرت الشيخة…» is the verb
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < SHORT_ASIDE and tokens[k].text not in END_PUNCT:
        k -= 1
    return k >= 0 and tokens[k].text not in END_PUNCT


def preposition_at(tokens: Sequence[Token], k: int, end: int, preposition: str) -> int | None:
    """The first `preposition` within PREPOSITION_SPAN tokens from token k, past the subject, asides between
    commas or dashes and adverbials («عبّرت فلانة، رئيسة الهيئة، عن…»، «تحدث خلال اجتماعه عن…»), but not
    past a mark, a colon, the sentence's end or أن (the content is then elsewhere)."""
    for t in range(k, min(end, k + PREPOSITION_SPAN)):
        if tokens[t].norm == preposition:
            return t
        if _ends_search(tokens[t]):
            return None
    return None


def fused_ba_at(tokens: Sequence[Token], places: Collection[int], k: int, end: int) -> int | None:
    """The first word with a fused ب on an indefinite noun within PREPOSITION_SPAN tokens from token k
    («وطالبت النيابة في جلسة الأمس بمعاقبة…»، «أوصى المجلس، خلال جلسته، بتوجيه…»): a verbal noun, the
    content's head. Not «بالمملكة» (definite), nor a ب in a place's or person's name. `places`: tokens
    of any entity."""
    for t in range(k, min(end, k + PREPOSITION_SPAN)):
        norm = tokens[t].norm
        if _ends_search(tokens[t]):
            return None
        fused = norm.startswith(FUSED_BA) and len(norm) >= MIN_FUSED and not is_definite(norm[1:])
        if fused and t not in places and t + 1 not in places:
            return t
    return None


def _ends_search(token: Token) -> bool:
    """أن, or a mark that is no aside's (a colon, a quotation's end, the sentence's end): the content is not
    after it."""
    norm = token.norm
    return is_complementizer(norm) or not (any(c.isalpha() for c in norm) or token.text in ASIDE_PUNCT)
