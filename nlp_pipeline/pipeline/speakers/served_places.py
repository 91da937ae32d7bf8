"""A place written with its classifier after a body: «… في منطقة الحدود الشمالية»، «… في محافظة X».

The NER tags a place's name without its classifier (منطقة، محافظة، مدينة…: place_nouns.txt), so a body's name
that goes on to the place it serves (unnamed_sources.name_end, placed_bodies) steps over the classifier. The
speaker's name is the fullest form (annotation guide), and the labelled sets keep the place whether it comes
with a classifier or not («النيابة العامة في دبي»، «المجلس البلدي في محافظة X»).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import PLACE_NOUNS
from nlp_pipeline.tokens.doc import Token


def place_at(tokens: Sequence[Token], k: int, places: Collection[int], last: int) -> int | None:
    """The first token of the place named from token k: k itself when it is a tagged place, k + 1 after a
    classifier without the article («منطقة» + «الحدود الشمالية»); None when no place starts there."""
    if k in places:
        return k
    if k + 1 < last and k + 1 in places and tokens[k].norm in PLACE_NOUNS:
        return k + 1
    return None


def classifier_before(tokens: Sequence[Token], j: int, first: int) -> int:
    """Where the place whose name starts at token j begins: at its classifier when one comes right before it
    (and after `first`), else at j."""
    return j - 1 if j - 1 > first and tokens[j - 1].norm in PLACE_NOUNS else j
