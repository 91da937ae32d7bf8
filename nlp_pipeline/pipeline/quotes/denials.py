"""A denial of what was said: «ونفى الوزير ما يتم تداوله عن إغلاق المدارس»، «نافيًا ما أثاره بعض المغردين».

After a denying verb (denial_verbs.txt) and its subject, «ما» and a verb open the denied content: the object
rule stops at «ما» (a function word), so this comes after it fails. The guide counts the denial as a statement
whose content is what is denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, words
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_complementizer, without_conjunction
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.quotes.objects import ObjectStart
from nlp_pipeline.tokens.doc import Token

DENIAL_VERBS = words("denial_verbs.txt")
WHAT = "ما"
NOT_VERBS = FUNCTION_WORDS | words("ma_not_a_clause.txt")  # «ما زال»، «ما لم»
MAX_SUBJECT_WORDS = 8  # «ونفى مدير عام الشؤون الصحية بالمنطقة فلان ما…»


def denied_what(tokens: Sequence[Token], cue: Cue, hi: int) -> ObjectStart | None:
    """The «ما» clause a denying verb's subject is followed by, or None."""
    if not set(without_conjunction(tokens[cue.first].norm)) & DENIAL_VERBS:
        return None
    for k in range(cue.last, min(hi - 1, cue.last + MAX_SUBJECT_WORDS)):
        norm = tokens[k].norm
        if norm == WHAT:
            return ObjectStart(k, 0) if tokens[k + 1].norm not in NOT_VERBS else None
        if is_punct(tokens[k].text) or is_complementizer(norm) or match_cue(tokens, k, hi) is not None:
            return None
    return None
