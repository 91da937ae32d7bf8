"""Punctuation classes of Arabic news text (tokens are single characters, see tokenizer.py)."""

from __future__ import annotations

CLAUSE_PUNCT = frozenset("،,؛;")
END_PUNCT = frozenset(".!?؟…")  # a sentence ends after one of these
COLON = frozenset(":")
OPENING_MARKS = "«“‹"  # their role when the context does not tell (mirrored »…« and ”…“ exist too)
CLOSING_MARKS = "»”›"
QUOTE_MARKS = frozenset(OPENING_MARKS + CLOSING_MARKS + '"')
DASHES = frozenset("-–—")  # around an aside («وقال فلان - رئيس الهيئة - إن…»)
PARENTHESES = frozenset("()")
PUNCT = CLAUSE_PUNCT | END_PUNCT | COLON | QUOTE_MARKS | DASHES | PARENTHESES | frozenset("[]")


def is_punct(text: str) -> bool:
    return len(text) == 1 and text in PUNCT


def opens_quote(text: str) -> bool:
    """An opening mark, or a straight one (it opens where the context says a quote may start)."""
    return text in OPENING_MARKS or text == '"'
