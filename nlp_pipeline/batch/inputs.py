"""Turning command-line inputs into a stream of documents, lazily, one at a time.

Every input document becomes exactly one `Item`: either text to process, or an error that will be
written as an error record. Nothing is ever dropped silently.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from nlp_pipeline.utils.jsonl import loads_line, numbered_lines

if TYPE_CHECKING:
    from nlp_pipeline.batch.tables import Columns

STDIN = "-"


@dataclass
class Item:
    id: str
    source: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (type, message)
    error_extra: dict[str, Any] = field(default_factory=dict)


class UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


def decode(data: bytes) -> tuple[str | None, tuple[str, str] | None, dict[str, Any]]:
    """UTF-8 (a BOM is dropped) -> text, or an error naming the byte offset of the first bad byte."""
    if b"\x00" in data[:8192]:
        return None, ("BinaryInput", "input looks binary (NUL bytes)"), {"byte_offset": data.index(b"\x00")}
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        start = e.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        return (
            None,
            ("UnicodeDecodeError", f"invalid UTF-8 at byte {start}: {e.reason}"),
            {"byte_offset": start},
        )
    if not text.strip():
        return None, ("EmptyDocument", "document is empty or only whitespace"), {}
    return text, None, {}


def text_item(doc_id: str, source: str, data: bytes) -> Item:
    text, error, extra = decode(data)
    return Item(doc_id, source, text=text, error=error, error_extra=extra)


def read_txt(path: Path) -> Item:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Item(path.stem, str(path), error=(type(e).__name__, f"cannot read {path}: {e.strerror}"))
    return text_item(path.stem, str(path), data)


def read_jsonl(stream: BinaryIO, source: str, stem: str, first_line: int = 1) -> Iterator[Item]:
    """One document per non-blank line; `id` defaults to STEM:LINE; keys other than id/text go to meta."""
    for lineno, raw in numbered_lines(stream, first_line):
        default_id = f"{stem}:{lineno}"
        where = f"{source}:{lineno}"
        try:
            obj = loads_line(raw)
        except ValueError as e:
            yield Item(default_id, where, error=("MalformedJSONL", f"line {lineno}: {e}"))
            continue
        if not isinstance(obj, dict):
            yield Item(default_id, where, error=("MalformedJSONL", f"line {lineno}: not a JSON object"))
            continue
        doc_id = str(obj["id"]) if obj.get("id") is not None else default_id
        text = obj.get("text")
        meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
        if not isinstance(text, str):
            yield Item(doc_id, where, meta=meta, error=("MissingText", f'line {lineno}: no "text" string'))
        elif not text.strip():
            yield Item(
                doc_id, where, meta=meta, error=("EmptyDocument", "document is empty or only whitespace")
            )
        else:
            yield Item(doc_id, where, text=text, meta=meta)


def read_jsonl_path(path: Path) -> Iterator[Item]:
    try:
        f = path.open("rb")
    except OSError as e:
        yield Item(path.stem, str(path), error=(type(e).__name__, f"cannot read {path}: {e.strerror}"))
        return
    with f:
        yield from read_jsonl(f, str(path), path.stem)


def read_path(path: Path, columns: Columns | None = None) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*.txt") if p.is_file()):
            yield read_txt(child)
    elif path.suffix == ".jsonl":
        yield from read_jsonl_path(path)
    elif path.suffix in (".csv", ".tsv", ".parquet"):
        # imported here, not at the top: tables.py imports Item from this module
        from nlp_pipeline.batch.tables import read_table

        yield from read_table(path, columns)
    elif not path.exists():
        yield Item(path.stem, str(path), error=("FileNotFoundError", f"no such file or directory: {path}"))
    else:
        yield read_txt(path)  # any other file is one plain-text document


def read_inputs(
    inputs: Iterable[str], stdin_format: str = "text", columns: Columns | None = None
) -> Iterator[Item]:
    """All documents of all inputs, in command-line order."""
    for name in inputs:
        if name == STDIN:
            if stdin_format == "jsonl":
                yield from read_jsonl(sys.stdin.buffer, "<stdin>", "stdin")
            else:
                yield text_item("stdin", "<stdin>", sys.stdin.buffer.read())
        else:
            yield from read_path(Path(name), columns)


def check_inputs(inputs: list[str], stdin_format: str) -> None:
    if not inputs:
        raise UsageError("no INPUT given (a .txt file, a directory, a .jsonl file, or - for standard input)")
    if stdin_format not in ("text", "jsonl"):
        raise UsageError(f"--stdin-format must be 'text' or 'jsonl', not {stdin_format!r}")
    if inputs.count(STDIN) > 1:
        raise UsageError("standard input (-) can be given only once")
