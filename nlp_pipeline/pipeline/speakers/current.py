"""The current speaker: who a cue without a subject («وأضاف») continues.

The resolver goes through the quotes in the order of their content, but a statement's source can be named
after it: «وأضافت أن…، بحسب وكالة X» gives the agency's source phrase a quote over the same content, found
first. The speaker a later cue continues is the one whose cue came before it in the text, so a source phrase
that trails the statement (the relayer) does not take the place of the one who added it.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.pipeline.speakers.resolved import Resolved
from nlp_pipeline.tokens.doc import Quote


def spoken_before(said: Sequence[tuple[int, Resolved]], q: Quote, at: int | None = None) -> Resolved | None:
    """The latest speaker in `said` (cue offset, speaker; in quote order) whose cue comes before q's cue
    (or before q's content when it has none), or before `at`: a relay's verb, as in «ونقل موقع النادي عنه
    قوله»: «عنه» is whoever spoke before the relayer, not the relayer itself."""
    at = at if at is not None else q.cue.start if q.cue else q.start
    return next((r for pos, r in reversed(said) if pos < at), None)
