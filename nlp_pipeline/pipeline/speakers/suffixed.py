"""A verb whose subject is its own plural suffix: «قالوا»، «وأكدوا»، «تحدثوا شريطة عدم…».

An Arabic verb agrees with a subject written after it in gender only (a plural subject takes a singular verb:
«قال مسؤولون»); the ending -وا is the subject pronoun itself. The word after such a verb is never its subject,
so the speaker is the group the sentence named before, not that word.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.tokens.doc import Token


def suffixed_subject(tokens: Sequence[Token], cue: Cue | None) -> bool:
    """Whether the cue is a past verb with the plural subject suffix -وا."""
    return cue is not None and cue.kind == "verb" and tokens[cue.first].norm.endswith("وا")
