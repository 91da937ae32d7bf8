"""An unnamed source or a group as the subject of the verb that opens the sentence, for a cue without its own
subject later in that sentence: «وقد تناقلت وسائل الإعلام المحلية الصور، مشيرة إلى…».

A verb that reports nothing (تناقلت، تداولت، تابعت) still has a subject, and a participle or a coordinated cue
after it continues that subject, not the speaker of an earlier statement. implied._topic already takes an
organisation or an institution there; the heads of unnamed sources («وسائل الإعلام»، «مصادر»، «خبراء») are
subjects of the same kind, but not a sound plural in ين, which is never a subject. The opening verb must
agree with the cue (ت for a feminine cue), so an object after a verb whose subject is implied («وانتقد وسائل
الإعلام…، مؤكدًا») is not taken for it, and a group of people («ناشطون»، «خبراء») only for a plural cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import PEOPLE_PLURALS, PERFECT_PARTICLES, SOURCE_HEADS
from nlp_pipeline.lang.ar.wordforms import without_article, without_conjunction
from nlp_pipeline.tokens.doc import Token


def opening_source(tokens: Sequence[Token], lo: int, before: int, gender: str | None) -> int | None:
    """The token that opens an unnamed source right after the verb that opens the sentence at token lo
    (after «قد/لقد»), before the cue at `before`, the verb agreeing with the cue's `gender`; else None."""
    verb = lo + bool(set(without_conjunction(tokens[lo].norm)) & PERFECT_PARTICLES)
    t = verb + 1
    if t >= before:
        return None
    head = without_article(tokens[t].norm)
    if head not in SOURCE_HEADS or head.endswith("ين"):
        return None  # «وناشد المسؤولين…»: a plural in ين is the verb's object, never its subject
    if head.endswith("ون") or head in PEOPLE_PLURALS:  # «تداول ناشطون…، حيث قال»: one person is not them
        return t if gender in (None, "p") else None
    feminine = without_conjunction(tokens[verb].norm)[-1].endswith("ت")
    return t if gender is None or (gender == "f") == feminine else None
