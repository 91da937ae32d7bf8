"""A speech verb whose "object" is only what stands before a participle of speech (حال) that carries the
statement itself.

«وتحدث فلان عم الشهيد قائلًا: …»: the words between the subject and «قائلًا» describe the subject (a kinship
noun or a title in construct: «عم الشهيد»، «رئيس البلدية»), and «وتحدث فلان قائلًا إن…» has no object at
all: the participle opens the content. In both the statement is the participle's, not the verb's object.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import PERSON_TITLES, words
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_complementizer
from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.tokens.doc import Token

KIN_NOUNS = words("kin_nouns.txt")
MAX_APPOSITION = 4  # words of a description between the subject and the participle


def hal_targets(
    tokens: Sequence[Token], cues: Sequence[Cue], targets: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """The targets, less a verb's object that stands before (or is) a participle with its own content."""
    out = list(targets)
    for n, (cue, target) in enumerate(zip(cues, targets)):
        if target is None or cue.kind != "verb" or not cue.takes_object:
            continue
        first = target[0]
        hal = next(
            (m for m in range(n + 1, len(cues)) if cues[m].first >= first and cues[m].kind == "participle"),
            None,
        )
        if hal is None or targets[hal] is None:
            continue
        if cues[hal].first == first or _apposition(tokens, first, cues[hal].first):
            out[n] = None
    return out


def _apposition(tokens: Sequence[Token], first: int, hal: int) -> bool:
    """Words first..hal a description of the subject: a kinship noun or title heading a short phrase."""
    if first == 0 or is_complementizer(tokens[first - 1].norm) or is_punct(tokens[first - 1].text):
        return False
    span = tokens[first:hal]
    if not 1 < len(span) <= MAX_APPOSITION or any(is_punct(t.text) for t in span):
        return False
    return span[0].norm in KIN_NOUNS or span[0].norm in PERSON_TITLES
