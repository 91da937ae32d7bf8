"""Turning command-line inputs into a stream of documents, lazily, one at a time.

Every input document becomes exactly one `Item`: either text to process, or an error that will be
written as an error record. Nothing is ever dropped silently: a directory entry that is not a document
(a FIFO, a device, a broken symlink or a symlink loop) is passed to `on_skip`, which logs it.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from nlp_pipeline.utils.jsonl import LONE_SURROGATE, loads_line, numbered_lines, without_surrogates

if TYPE_CHECKING:
    from nlp_pipeline.batch.tables import Columns

STDIN = "-"
DEFAULT_MAX_DOC_MB = 16.0

Skip = Callable[[str, str], None]  # (path as shown, why it is not read)


@dataclass
class Item:
    id: str
    source: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (type, message)
    error_extra: dict[str, Any] = field(default_factory=dict)
    # which measure of the input this document advances, and by how much: ("files", 1) for a file,
    # ("jsonl_bytes", length of its line) for a JSONL line, ("stdin", 0) for plain text on stdin
    counts: tuple[str, int] = ("files", 1)


@dataclass(frozen=True)
class InputOptions:
    stdin_format: str = "text"
    max_doc_bytes: int = int(DEFAULT_MAX_DOC_MB * 1_000_000)
    on_skip: Skip = lambda shown, why: None
    columns: Columns | None = None  # which columns of CSV/TSV/Parquet inputs hold the text and the id


class UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


def shown(name: str | Path) -> str:
    """A file name as ids and sources show it: bytes that are not UTF-8 become `\\xff` (as `ls -b`)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def too_large(size: int, limit: int) -> tuple[tuple[str, str], dict[str, Any]]:
    message = f"document is {size:,} bytes, over the {limit:,}-byte limit (--max-doc-mb)"
    return ("DocumentTooLarge", message), {"bytes": size}


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


def read_text_stream(stream: BinaryIO, doc_id: str, source: str, limit: int) -> Item:
    data = stream.read(limit + 1)
    if len(data) > limit:
        size = len(data) + sum(len(block) for block in iter(lambda: stream.read(1 << 20), b""))
        error, extra = too_large(size, limit)
        return Item(doc_id, source, error=error, error_extra=extra)
    return text_item(doc_id, source, data)


def read_txt(path: Path, limit: int) -> Item:
    doc_id, source = shown(path.stem), shown(path)
    try:
        with path.open("rb") as f:
            return read_text_stream(f, doc_id, source, limit)
    except OSError as e:
        return Item(doc_id, source, error=(type(e).__name__, f"cannot read {source}: {e.strerror}"))


def json_item(obj: Any, default_id: str, where: str, lineno: int) -> Item:
    """The item for one parsed JSONL value. A lone surrogate ("\\ud800") in the id becomes U+FFFD; in the
    text it makes an error record (README)."""
    if not isinstance(obj, dict):
        return Item(default_id, where, error=("MalformedJSONL", f"line {lineno}: not a JSON object"))
    raw_id = obj.get("id")
    if raw_id is None:
        doc_id = default_id
    else:  # any JSON type: its JSON text, so 7 -> "7" and {"a": 1} -> '{"a": 1}'
        doc_id = raw_id if isinstance(raw_id, str) else json.dumps(raw_id, ensure_ascii=False)
        doc_id = without_surrogates(doc_id)
    text = obj.get("text")
    meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
    if not isinstance(text, str):
        return Item(doc_id, where, meta=meta, error=("MissingText", f'line {lineno}: no "text" string'))
    if not text.strip():
        return Item(doc_id, where, meta=meta, error=("EmptyDocument", "document is empty or only whitespace"))
    if bad := LONE_SURROGATE.search(text):  # like invalid UTF-8 in a file: the text cannot be kept as read
        message = f"line {lineno}: text holds a lone surrogate U+{ord(bad[0]):04X} at offset {bad.start()}"
        return Item(
            doc_id, where, meta=meta, error=("LoneSurrogate", message), error_extra={"offset": bad.start()}
        )
    return Item(doc_id, where, text=text, meta=meta)


def read_jsonl(
    stream: BinaryIO, source: str, stem: str, limit: int, measure: str = "jsonl_bytes", first_line: int = 1
) -> Iterator[Item]:
    """One document per non-blank line; `id` defaults to STEM:LINE; keys other than id/text go to meta.
    `first_line`: the number of the stream's first line (a part of a file, on a Dask worker)."""
    lineno = first_line - 1
    try:
        for lineno, raw in numbered_lines(stream, limit, first_line):
            default_id, where = f"{stem}:{lineno}", f"{source}:{lineno}"
            if isinstance(raw, int):
                error, extra = too_large(raw, limit)
                item = Item(default_id, where, error=error, error_extra=extra)
            else:
                try:
                    item = json_item(loads_line(raw), default_id, where, lineno)
                except (ValueError, RecursionError) as e:
                    item = Item(default_id, where, error=("MalformedJSONL", f"line {lineno}: {e}"))
            item.counts = (measure, raw if isinstance(raw, int) else len(raw))
            yield item
    except OSError as e:  # the stream itself failed: say where, and stop reading it
        where = f"{source}:{lineno + 1}"
        error = (type(e).__name__, f"cannot read {where}: {e.strerror}")
        yield Item(f"{stem}:{lineno + 1}", where, error=error, counts=(measure, 0))


def read_jsonl_path(path: Path, limit: int) -> Iterator[Item]:
    stem, source = shown(path.stem), shown(path)
    try:
        f = path.open("rb")
    except OSError as e:
        error = (type(e).__name__, f"cannot read {source}: {e.strerror}")
        yield Item(stem, source, error=error, counts=("jsonl_bytes", 0))
        return
    with f:
        yield from read_jsonl(f, source, stem, limit)


def not_a_document(path: Path) -> str | None:
    """Why a directory entry is not read (None for a regular file). Never opens it: a FIFO would block."""
    try:
        mode = path.stat().st_mode
    except OSError as e:
        return f"cannot stat it: {e.strerror}"  # a broken symlink, a symlink loop, no permission
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):  # a directory named *.txt is walked, not read
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else ""
    return f"not a regular file{f' ({kind})' if kind else ''}"


def read_dir(path: Path, options: InputOptions) -> Iterator[Item]:
    for child in sorted(path.rglob("*.txt")):  # rglob does not follow symlinked directories: no cycles
        why = not_a_document(child)
        if why is not None:
            options.on_skip(shown(child), why)
        elif not child.is_dir():
            yield read_txt(child, options.max_doc_bytes)


def read_path(path: Path, options: InputOptions) -> Iterator[Item]:
    if path.is_dir():
        yield from read_dir(path, options)
    elif path.suffix == ".jsonl":
        yield from read_jsonl_path(path, options.max_doc_bytes)
    elif path.suffix in (".csv", ".tsv", ".parquet"):
        # imported here, not at the top: tables.py imports Item from this module
        from nlp_pipeline.batch.tables import read_table

        yield from read_table(path, options.columns)
    elif not path.exists():
        source = shown(path)
        yield Item(
            shown(path.stem), source, error=("FileNotFoundError", f"no such file or directory: {source}")
        )
    else:
        yield read_txt(path, options.max_doc_bytes)  # any other file is one plain-text document


def read_inputs(inputs: Iterable[str], options: InputOptions = InputOptions()) -> Iterator[Item]:
    """All documents of all inputs, in command-line order."""
    for name in inputs:
        if name != STDIN:
            yield from read_path(Path(name), options)
        elif options.stdin_format == "jsonl":
            yield from read_jsonl(sys.stdin.buffer, "<stdin>", "stdin", options.max_doc_bytes, "stdin")
        else:
            item = read_text_stream(sys.stdin.buffer, "stdin", "<stdin>", options.max_doc_bytes)
            item.counts = ("stdin", 0)
            yield item


def survey(inputs: Iterable[str]) -> dict[str, int]:
    """What progress counts up to, where it is cheap to know: {"files": N, "jsonl_bytes": size}, for the
    inputs of each kind (files in directories are counted; nothing is opened)."""
    totals: dict[str, int] = {}
    for name in inputs:
        path = Path(name)
        if name == STDIN:
            continue
        if path.is_dir():
            n = sum(not_a_document(p) is None and not p.is_dir() for p in path.rglob("*.txt"))
            totals["files"] = totals.get("files", 0) + n
        elif path.suffix == ".jsonl":
            size = path.stat().st_size if path.is_file() else 0
            totals["jsonl_bytes"] = totals.get("jsonl_bytes", 0) + size
        else:
            totals["files"] = totals.get("files", 0) + 1
    return totals


def check_inputs(inputs: list[str], stdin_format: str) -> None:
    if not inputs:
        raise UsageError("no INPUT given (a .txt file, a directory, a .jsonl file, or - for standard input)")
    if stdin_format not in ("text", "jsonl"):
        raise UsageError(f"--stdin-format must be 'text' or 'jsonl', not {stdin_format!r}")
    if inputs.count(STDIN) > 1:
        raise UsageError("standard input (-) can be given only once")
