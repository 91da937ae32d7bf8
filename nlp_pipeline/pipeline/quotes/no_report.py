"""A speech verb that reports nothing because of the words right before it.

«فضّل عدم ذكر اسمه»: after «عدم» the verb is a noun phrase ("not mentioning"). «في خطوة تؤكد حرص البنك
على…»، «في رسالة تؤكد وقوفها…»: a relative clause on a deed, whose subject is the step or the message
itself, which shows or signals rather than says (ANNOTATION_GUIDE.md counts people and bodies who speak).
The nouns are data (`deed_nouns.txt`); a clause with its own subject after «فيها/فيه» is a statement
(«في رسالة يؤكد فيها الوزير أن…»)."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.pipeline.quotes.which_verbs import which_verb
from nlp_pipeline.tokens.doc import Token

NEGATION_NOUN = normalize("عدم")
DEED_NOUNS = words("deed_nouns.txt")
IN = normalize("في")
RESUMPTIVES = frozenset({normalize("فيها"), normalize("فيه")})


def no_report_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words before the verb at token i make it report nothing: «عدم», «ما» as its subject, a
    deed after «في»."""
    if (i > 0 and tokens[i - 1].norm == NEGATION_NOUN) or which_verb(tokens, i):
        return True  # «عدم ذكر»; «وهو ما يؤكد…» (which_verbs.py)
    if i < 2 or tokens[i - 2].norm != IN or tokens[i - 1].norm not in DEED_NOUNS:
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].norm in RESUMPTIVES)
