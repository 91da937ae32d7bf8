"""Reading an output file back, lazily: one record at a time, so that any size fits in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nlp_pipeline.utils.jsonl import loads_line, numbered_lines


class RecordError(ValueError):
    """An output file that cannot be read as records (the message names the file and line)."""


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    """Every record of an output JSONL file; a line that is not a JSON object raises RecordError."""
    try:
        stream = path.open("rb")
    except OSError as e:
        raise RecordError(f"cannot read {path}: {e.strerror}") from None
    with stream:
        for lineno, raw in numbered_lines(stream):
            try:
                record = loads_line(raw)
            except ValueError as e:
                raise RecordError(f"{path}:{lineno}: not a JSON line ({e})") from None
            if not isinstance(record, dict) or "id" not in record:
                raise RecordError(f"{path}:{lineno}: not an nlp-pipeline record")
            yield record


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record
