"""Inputs cut into partitions: the units of work that a cluster's workers read and process on their own.

A partition is a small, picklable description (never the documents): a byte range of whole lines of a
JSONL file, a run of text files of a directory, or one input read whole as a local run reads it (a table,
a single file, a path that is missing). Reading a partition's documents gives exactly the `Item`s that a
local run reads for that stretch of input, in the same order, so the records do not depend on where they
were computed. Names with `://` are fsspec URLs (any filesystem installed: s3://, gcs://, file://…).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from nlp_pipeline.batch.inputs import (
    STDIN,
    InputOptions,
    Item,
    UsageError,
    read_jsonl,
    read_path,
    read_txt,
    text_item,
)
from nlp_pipeline.batch.tables import Columns

LIMIT = InputOptions().max_doc_bytes  # bytes of one document: a local run's default

WHOLE, JSONL_LINES, TEXT_FILES = "whole", "jsonl", "texts"


@dataclass(frozen=True)
class Partition:
    input: str  # the command-line input it comes from
    kind: str  # WHOLE, JSONL_LINES or TEXT_FILES
    documents: int | None = None  # known before reading, except for WHOLE
    start: int = 0  # JSONL_LINES: bytes [start, end) of the file, whose first line is line number first_line
    end: int = 0
    first_line: int = 1
    files: tuple[str, ...] = ()  # TEXT_FILES, in the order a local run reads them

    def describe(self) -> dict[str, Any]:
        """What the manifest says of it (the fields that matter for its kind)."""
        if self.kind == JSONL_LINES:
            return {
                "input": self.input,
                "kind": self.kind,
                "bytes": [self.start, self.end],
                "first_line": self.first_line,
            }
        if self.kind == TEXT_FILES:
            return {"input": self.input, "kind": self.kind, "files": list(self.files)}
        return {"input": self.input, "kind": self.kind}


def is_url(name: str) -> bool:
    return "://" in name


def _fs(url: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def jsonl_ranges(stream: Any, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(start byte, end byte, first line number, documents) of runs of `size` documents (non-blank lines)."""
    start = pos = docs = 0
    first = 1
    for lineno, raw in enumerate(stream, start=1):
        if raw.strip():
            if docs == size:
                yield start, pos, first, docs
                start, first, docs = pos, lineno, 0
            docs += 1
        pos += len(raw)
    if docs:
        yield start, pos, first, docs


def _jsonl_partitions(name: str, size: int) -> Iterator[Partition]:
    if is_url(name):
        fs, path = _fs(name)
        opened = fs.open(path, "rb")
    else:
        opened = open(name, "rb")  # noqa: SIM115 (closed below)
    with opened as f:
        for start, end, first, docs in jsonl_ranges(f, size):
            yield Partition(name, JSONL_LINES, docs, start, end, first)


def _text_files(name: str) -> list[str]:
    """A directory's *.txt files in a local run's order (local), or sorted by path (URL)."""
    if not is_url(name):
        return [str(p) for p in sorted(p for p in Path(name).rglob("*.txt") if p.is_file())]
    fs, path = _fs(name)
    return [fs.unstrip_protocol(p) for p in sorted(fs.find(path)) if p.endswith(".txt")]


def _is_dir(name: str) -> bool:
    if not is_url(name):
        return Path(name).is_dir()
    fs, path = _fs(name)
    return bool(fs.isdir(path))


def input_partitions(name: str, size: int) -> Iterator[Partition]:
    if _is_dir(name):
        files = _text_files(name)
        for i in range(0, len(files), size):
            chunk = tuple(files[i : i + size])
            yield Partition(name, TEXT_FILES, len(chunk), files=chunk)
    elif name.endswith(".jsonl") and (os.path.isfile(name) or is_url(name)):
        try:
            yield from _jsonl_partitions(name, size)
        except OSError:  # unreadable: read whole, which gives the same error record as a local run
            yield Partition(name, WHOLE)
    else:
        yield Partition(name, WHOLE)


def plan_partitions(inputs: list[str], size: int, absolute: bool = False) -> list[Partition]:
    """Every input's partitions, in command-line order. `absolute`: local paths made absolute, for workers
    on other machines that see the same shared directory but not this process's working directory."""
    if STDIN in inputs:
        raise UsageError("standard input (-) cannot be cut into partitions: give files or directories")
    if size < 1:
        raise UsageError("--partition-size must be at least 1")
    names = [n if is_url(n) or not absolute else os.path.abspath(n) for n in inputs]
    return [p for name in names for p in input_partitions(name, size)]


def _read_url_txt(url: str) -> Item:
    stem = PurePosixPath(url.split("://", 1)[1]).stem
    try:
        fs, path = _fs(url)
        data = fs.cat_file(path)
    except OSError as e:
        return Item(stem, url, error=(type(e).__name__, f"cannot read {url}: {e.strerror or e}"))
    return text_item(stem, url, data)


def _read_lines(part: Partition) -> Iterator[Item]:
    name = part.input
    stem = PurePosixPath(name.split("://", 1)[-1]).stem
    source = name if is_url(name) else str(Path(name))  # as a local run names it
    try:
        fs, path = _fs(name)
        with fs.open(path, "rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
    except OSError as e:
        where = f"{source}:{part.first_line}"
        yield Item(f"{stem}:{part.first_line}", where, error=(type(e).__name__, f"cannot read {where}: {e}"))
        return
    yield from read_jsonl(io.BytesIO(data), source, stem, LIMIT, first_line=part.first_line)


def read_partition(part: Partition, columns: Columns | None = None) -> Iterator[Item]:
    """The partition's documents, as a local run reads them."""
    if part.kind == JSONL_LINES:
        yield from _read_lines(part)
    elif part.kind == TEXT_FILES:
        for f in part.files:
            yield _read_url_txt(f) if is_url(f) else read_txt(Path(f), LIMIT)
    elif is_url(part.input):
        yield _read_url_txt(part.input)
    else:
        yield from read_path(Path(part.input), InputOptions(columns=columns))
