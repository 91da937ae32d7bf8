"""A reporting verb whose subject is the relative «ما» ("which"): «…، وهو ما يؤكد حرص الشركة على…»، «مما
يشير إلى أن الأسعار…»، «…، ما كشف عمق الأزمة». The fact told before it is what confirms or shows; nobody
makes a statement (ANNOTATION_GUIDE.md: a statement has a person or a body as its speaker).

«ما» is the subject when it stands right after a comma, a sentence start, a pronoun or demonstrative that
resumes the fact («وهو ما»، «وهذا ما»), or as «مما»; after a source phrase («بحسب ما أفاد…»، «وفق ما
أشار…») it is the object of a verb with a subject of its own, and the verb still reports. The verbs are
masculine forms from consequence_verbs.txt: a feminine verb agrees with a subject of its own («مما أشارت
إليه الوزارة»).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import without_conjunction
from nlp_pipeline.tokens.doc import Token

CONSEQUENCE_VERBS = words("consequence_verbs.txt")
WHAT = normalize("ما")
FROM_WHAT = normalize("مما")
RESUMING = frozenset(normalize(w) for w in ("هو", "هي", "هذا", "هذه", "ذلك"))  # with or without و


def which_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at token i has «ما» ("which") as its subject and so reports nothing."""
    if i < 1 or not set(without_conjunction(tokens[i].norm)) & CONSEQUENCE_VERBS:
        return False
    what = tokens[i - 1].norm
    if what == FROM_WHAT or normalize("و") + FROM_WHAT == what:
        return True
    if what not in (WHAT, normalize("و") + WHAT, normalize("ف") + WHAT):
        return False
    return (
        i < 2 or is_punct(tokens[i - 2].text) or bool(set(without_conjunction(tokens[i - 2].norm)) & RESUMING)
    )
