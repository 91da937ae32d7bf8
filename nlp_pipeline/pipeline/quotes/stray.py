"""Stray quotation marks: a mark that its paragraph never closes and that no cue introduces.

A writer's slip («…مقارنة بالعام الماضي "وباشر الإسعاف…») leaves a mark open to the end of its paragraph; read
as a quote it hides every cue after it. An unclosed mark is kept as a quote only when something introduces
it: a colon before it, the start of its sentence (a long quote reopened, a cue in the sentence before), or a
cue of its own sentence whose quote it is («وقال الوزير "…»). Any other unclosed mark protects nothing, and
the closed pairs inside it count again as quotes of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.marks import MarkedSpan, outermost
from nlp_pipeline.lang.ar.punctuation import COLON
from nlp_pipeline.pipeline.quotes.clause_cues import clause_cue

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.finder import _QuoteFinder


def span_index(
    token_at: Callable[[int], int], spans: list[MarkedSpan], n: int
) -> tuple[list[MarkedSpan | None], dict[int, MarkedSpan]]:
    """Which marked span owns each of the n tokens (marks included), and which span opens at a token."""
    owner: list[MarkedSpan | None] = [None] * n
    opening: dict[int, MarkedSpan] = {}
    for s in spans:
        first, last = token_at(s.open), token_at(s.outer_end - 1)
        opening[first] = s
        owner[first : last + 1] = [s] * (last + 1 - first)
    return owner, opening


def without_stray(finder: _QuoteFinder) -> list[MarkedSpan] | None:
    """The outermost marked spans with the stray unclosed ones left out, or None when there are none."""
    stray = {s.open for s in finder.spans if s.close is None and not _introduced(finder, s)}
    if not stray:
        return None
    return outermost([s for s in finder.marked if s.open not in stray])


def _introduced(finder: _QuoteFinder, span: MarkedSpan) -> bool:
    mark = finder.token_at(span.open)
    sents = (s.tokens for s in finder.doc.sentences if s.tokens)
    sent = next((s for s in sents if s[0] <= mark <= s[-1]), None)
    if sent is None or mark == sent[0] or finder.doc.text[: span.open].rstrip()[-1:] in COLON:
        return True
    lo, hi = sent[0], sent[-1] + 1
    t = lo
    while t < mark:
        cue = None if finder.owner[t] else clause_cue(finder.tokens, t, hi)
        if cue is not None and cue.first < mark:
            target = finder.marked_or_clause_target(cue, lo, hi)
            if target is not None and target[0] == mark:
                return True
        t = t + 1 if cue is None else max(cue.last, t + 1)
    return False
