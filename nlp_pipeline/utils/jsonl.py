"""JSON Lines: the one reader for inputs, outputs being resumed, and gold files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


def loads_line(raw: bytes | str) -> Any:
    """One line's JSON value (a UTF-8 BOM is allowed); raises ValueError on bad UTF-8 or bad JSON."""
    return json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)


def numbered_lines(stream: BinaryIO, first_line: int = 1) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) for every non-blank line; the first line is `first_line` (a file's part)."""
    for lineno, raw in enumerate(stream, start=first_line):
        if raw.strip():
            yield lineno, raw


def read_jsonl(path: Path) -> list[Any]:
    """Every value of a JSONL file; a bad line raises ValueError naming it."""
    out = []
    with path.open("rb") as f:
        for lineno, raw in numbered_lines(f):
            try:
                out.append(loads_line(raw))
            except ValueError as e:
                raise ValueError(f"{path}:{lineno}: {e}") from None
    return out


def valid_values(path: Path) -> Iterator[Any]:
    """The values of the lines that parse (a torn or damaged line is passed over)."""
    with path.open("rb") as f:
        for _, raw in numbered_lines(f):
            try:
                yield loads_line(raw)
            except ValueError:
                continue
