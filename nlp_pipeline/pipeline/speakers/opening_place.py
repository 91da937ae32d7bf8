"""A country or city that opens its sentence as the subject of a feminine verb, continued by a later feminine
cue with no subject of its own: «ورفضت أنقرة لعب دور… وقالت إن…» is Ankara.

A place named as a political actor is grammatically feminine, and the verb before it agrees («رفضت»). A later
«وقالت» in the same sentence continues that subject; without this, the resolver fell back on the current
speaker or on the last person named, whose gender it may not know (a man, or two people joined by «و»).
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS
from nlp_pipeline.lang.ar.wordforms import is_definite
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions

FEMININE_PERFECT = "ت"  # «رفضت»، «وأعلنت»: the perfect verb's feminine ending
PLURAL_END = "ات"  # «سنوات»، «مرات»: a feminine plural noun, no verb


def opening_place(names: Mentions, lo: int, cue: Cue) -> Mention | None:
    """The place or body named right after the nearest feminine verb before the feminine cue in its
    sentence (from token `lo`), when that verb is no cue of its own; None otherwise."""
    tokens = names.tokens
    if cue.gender != "f" or cue.kind != "verb":
        return None
    for v in range(cue.first - 2, lo - 1, -1):
        opener = tokens[v].norm
        if len(opener) < 4 or not opener.endswith(FEMININE_PERFECT) or opener.endswith(PLURAL_END):
            continue
        if (
            is_definite(opener)
            or opener in FUNCTION_WORDS
            or any(m.first <= v < m.last for m in names.mentions)
        ):
            continue
        if match_cue(tokens, v) is not None:
            return None  # «وقالت أنقرة إن…»: a cue of its own, resolved as that statement's subject
        m = next((m for m in names.mentions if m.first == v + 1), None)
        if m is None or m.label not in ("LOC", "ORG") or m.cluster is None or m.last >= cue.first:
            return None
        return m
    return None
