"""The subject between «كان/كانت» and the cue verb, the news pluperfect («وكان المتحدث باسم الحركة "فلان"، أكد
وفاة…»، «وكانت "الشركة" المستثمرة في "X" قد قالت…»، «وكانت قيادة القوات المشتركة لتحالف دعم الشرعية أعلنت…»).

The verb's subject is written before it, so the words after the verb are its object («وفاة»، «اختيار»), not a
second subject: this subject comes before the one after the verb. Unlike `fronted_subject` (cues.py), marks
around a name and a comma closing an apposition before the verb do not end the subject, and the subject may be
one word longer. Only the auxiliary opens it here: after «إن/أن» a noun may be the verb's object, after كان it
is its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import AUXILIARY_VERBS, CLAUSE_OPENERS, FUNCTION_WORDS, RELATIVE_PRONOUNS
from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS, is_punct
from nlp_pipeline.lang.ar.wordforms import is_complementizer, without_conjunction
from nlp_pipeline.pipeline.quotes.clause_cues import subject_after_mark
from nlp_pipeline.pipeline.quotes.cues import fronted_subject, match_cue
from nlp_pipeline.tokens.doc import Token

COMMAS = frozenset(",،")
MAX_AUX_SUBJECT = 12  # «وكانت عناصر محسوبة على تنظيم داعش من أبناء مدينة المكلا ذكرت»
CLAUSE_ENDS = CLAUSE_OPENERS | {"اذ"}  # «كان للملك تصريح… إذ أعلن»: another clause, no subject phrase


def aux_subject(tokens: Sequence[Token], lo: int, verb: int) -> tuple[int, int] | None:
    """The token range of the subject between an auxiliary and the verb at `verb`, or None.
    `lo`: the sentence's first token."""
    last = verb - 1 if verb > lo and tokens[verb - 1].norm == "قد" else verb
    # «وكان فلان، المتحدث باسم…، أكد»; not «…، وقال»: a verb with «و» after a comma opens a clause of its own
    closed = last > lo and tokens[last - 1].text in COMMAS and tokens[verb].norm[:1] not in ("و", "ف")
    last -= closed
    # «كان يعمل مع اللاعبين الذين أبدوا»: the relative's verb; not after a comma («وكانت حصيلة للهجوم الذي
    # استهدف سوقًا، أفادت»: the relative clause is closed); «كان من المقرر أن…»: another clause
    barriers = CLAUSE_ENDS if closed else CLAUSE_ENDS | RELATIVE_PRONOUNS
    words = 0
    for a in range(last - 1, lo - 1, -1):
        tok = tokens[a]
        if tok.text in QUOTE_MARKS:  # «وكانت "الشركة" قد قالت»: a name in marks, not counted
            continue
        if match_cue(tokens, a) or is_punct(tok.text) or tok.norm == "قد":  # «كان X قد بث…»: another verb
            return None
        if tok.norm in barriers or is_complementizer(tok.norm):
            return None
        if any(form in AUXILIARY_VERBS for form in without_conjunction(tok.norm)):
            inner = [t for t in range(a + 1, last) if tokens[t].text not in QUOTE_MARKS]
            if not inner or _predicate(tokens[inner[0]].norm):
                return None
            return (inner[0], inner[-1] + 1)
        words += 1
        if words > MAX_AUX_SUBJECT:
            return None
    return None


def fronted_span(tokens: Sequence[Token], lo: int, verb: int, aux: bool) -> tuple[int, int] | None:
    """The subject before the verb: with `aux`, only after كان (it comes before the words after the verb);
    else after an auxiliary or إن/أن (`fronted_subject`), or in marks («"إن البلدية تؤكد أن…"»)."""
    if aux:
        return aux_subject(tokens, lo, verb)
    return fronted_subject(tokens, lo, verb) or subject_after_mark(tokens, verb)


def _predicate(norm: str) -> bool:
    """A first word that makes the words after كان its predicate, not a subject: a preposition («كان من
    المتوقع»، «كان للملك تصريح»)."""
    return norm in FUNCTION_WORDS or norm.startswith("لل")
