"""Writing output lines so that a file is never half-written and a killed run can be resumed.

Without --resume, lines go to a hidden `.NAME.partial` file beside OUT, renamed to OUT when the run
ends (also on Ctrl-C, with what is done). With --resume, whole lines are appended to OUT (adopting
a `.partial` file a killed run left behind), a torn last line is cut off, and documents already
in OUT are skipped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from nlp_pipeline.utils.jsonl import valid_values

DocKey = tuple[str, str]  # (source, id): ids alone may repeat across inputs


def doc_key(source: object, doc_id: object) -> DocKey:
    return ("" if source is None else str(source), "" if doc_id is None else str(doc_id))


def record_key(record: dict) -> DocKey:
    return doc_key(record.get("source"), record.get("id"))


def partial_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.partial")


def _cut_torn_tail(path: Path) -> None:
    """Drop a last line without its newline: a run killed mid-write leaves one at most."""
    with path.open("rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return
        f.seek(max(0, size - 1))
        if f.read(1) == b"\n":
            return
        pos = size
        block = 65536
        while pos > 0:
            start = max(0, pos - block)
            f.seek(start)
            chunk = f.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                f.truncate(start + nl + 1)
                return
            pos = start
        f.truncate(0)


def done_keys(path: Path) -> set[DocKey]:
    return {record_key(r) for r in valid_values(path) if isinstance(r, dict)}


class Output:
    """A JSONL sink: a file (atomic or appending) or standard output."""

    def __init__(self, out: Path | None, resume: bool = False) -> None:
        self.out = out
        self.resume = resume
        self.done: set[DocKey] = set()
        self._file: TextIO
        if out is None:
            self._file = sys.stdout
            self._target = None
        elif resume:
            partial = partial_path(out)
            if not out.exists() and partial.exists():
                partial.replace(out)
            if out.exists():
                _cut_torn_tail(out)
                self.done = done_keys(out)
            self._file = out.open("a", encoding="utf-8")
            self._target = None
        else:
            self._target = partial_path(out)
            self._file = self._target.open("w", encoding="utf-8")

    def write(self, line: str) -> None:
        self._file.write(line)
        if self.resume:
            self._file.flush()  # whole lines on disk: a SIGKILL loses at most the line being written

    def close(self) -> None:
        if self._file is sys.stdout:
            self._file.flush()
            return
        self._file.close()
        if self._target is not None and self.out is not None:
            self._target.replace(self.out)
