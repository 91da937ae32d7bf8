"""An أن that another word governs, met while a cue looks for its content (finder.marked_or_clause_target).

Three constructions put an أن after a cue that is not the cue's «that» (ANNOTATION_GUIDE.md: content is the
clause after the speech verb's أن):
- a relative clause with its own verb: «أظهرت الفعالية إقبال الجمهور الذي يتطلع أن يرى…», «المحددات التي ينبغي
  أن تُتخذ…»: the أن is that verb's complement;
- the writer's aside after a comma: «…، خصوصًا أن…»، «…، بل إن…» (aside_an.txt);
- a proviso after a comma: «أقر المجلس اللائحة، على أن تُطبق…» ("provided that"), unless the cue itself takes
  على («شدد، خلال اجتماعه، على أن…», ala_verbs.txt).
At such an أن the cue has no clause content: its search stops (an object, if the cue takes one, may still be
its content).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import RELATIVE_PRONOUNS, table, words
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT
from nlp_pipeline.lang.ar.wordforms import without_conjunction
from nlp_pipeline.tokens.doc import Token

ASIDES = words("aside_an.txt")
OBJECT_ENDS = ("ه", "ها", "هم", "هما")  # a pronoun object on the relative verb: the أن is not its complement
ALA = normalize("على")
_ALA_LEMMAS = words("ala_verbs.txt")
ALA_FORMS = frozenset(
    normalize(form)
    for row in table("reporting_verbs.tsv")
    if normalize(row[0]) in _ALA_LEMMAS
    for cell in row[1:4]
    for form in cell.split()
)


def governed_an(tokens: Sequence[Token], cue_first: int, k: int) -> bool:
    """Whether the أن at token k (after the cue at token `cue_first`) belongs to another word."""
    if k < cue_first + 3:
        return False  # right after the verb and its subject, it is the verb's own
    prev, before = tokens[k - 1], tokens[k - 2]
    if before.norm in RELATIVE_PRONOUNS and prev.norm.isalpha() and not prev.norm.endswith(OBJECT_ENDS):
        return True  # «الذي يتطلع أن»; not «التي يرأسها أن», where the verb has its object
    after_comma = before.text in CLAUSE_PUNCT
    if after_comma and prev.norm in ASIDES or prev.norm in ("سيما", "لاسيما"):
        return True
    if after_comma and prev.norm in (ALA, "و" + ALA):
        return not set(without_conjunction(tokens[cue_first].norm)) & ALA_FORMS
    return False
