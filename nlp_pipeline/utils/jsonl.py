"""JSON Lines: the one reader for inputs, outputs being resumed, and gold files, and the one writer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

# A JSON string may hold a lone surrogate escape ("\ud800"): Python decodes it, but it cannot be written as
# UTF-8. Replacing each with U+FFFD keeps every string's length, so offsets into a text stay exact.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BLOCK = 1 << 20


def without_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return LONE_SURROGATE.sub("\ufffd", text)


def dumps_line(value: Any) -> bytes:
    """One JSONL line as UTF-8 bytes; raises ValueError (NaN, infinity) or RecursionError (deep nesting)."""
    return without_surrogates(json.dumps(value, ensure_ascii=False, allow_nan=False)).encode() + b"\n"


def loads_line(raw: bytes | str) -> Any:
    """One line's JSON value (a UTF-8 BOM is allowed); raises ValueError on bad UTF-8 or bad JSON."""
    return json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)


def numbered_lines(
    stream: BinaryIO, max_bytes: int | None = None, first_line: int = 1
) -> Iterator[tuple[int, bytes | int]]:
    """(line number, raw line) for every non-blank line; the first line is `first_line` (a file's part).

    With `max_bytes`, a longer line is never held in memory: it is read through in blocks and given
    as its length in bytes (an int) instead of its content.
    """
    lineno = first_line - 1
    while True:
        raw = stream.readline() if max_bytes is None else stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if max_bytes is not None and len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield lineno, len(raw) + _skip_rest_of_line(stream)
        elif raw.strip():
            yield lineno, raw


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while block := stream.readline(_BLOCK):
        skipped += len(block)
        if block.endswith(b"\n"):
            break
    return skipped


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    for lineno, raw in numbered_lines(stream):
        assert isinstance(raw, bytes)  # no limit: every line comes whole
        yield lineno, raw


def read_jsonl(path: Path) -> list[Any]:
    """Every value of a JSONL file; a bad line raises ValueError naming it."""
    out = []
    with path.open("rb") as f:
        for lineno, raw in _lines(f):
            try:
                out.append(loads_line(raw))
            except ValueError as e:
                raise ValueError(f"{path}:{lineno}: {e}") from None
    return out


def valid_values(path: Path) -> Iterator[Any]:
    """The values of the lines that parse (a torn or damaged line is passed over)."""
    with path.open("rb") as f:
        for _, raw in _lines(f):
            try:
                yield loads_line(raw)
            except (ValueError, RecursionError):
                continue
