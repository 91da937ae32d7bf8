"""Character offset -> token index lookups over a document's tokens."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from nlp_pipeline.tokens.doc import Token


class TokenIndex:
    """Which token a character offset falls in (or the last token before it, in the space after a token)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.starts = [t.start for t in tokens]

    def at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def covering(self, start: int, end: int) -> range:
        """The tokens of the character span [start, end)."""
        return range(self.at(start), self.at(max(start, end - 1)) + 1)
