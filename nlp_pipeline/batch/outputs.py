"""Writing output lines so that a file is never half-written and a killed run can be resumed.

Without --resume, lines go to a hidden `.NAME.partial` file beside OUT, renamed to OUT when the run
ends (also on Ctrl-C, with what is done). With --resume, whole lines are appended to OUT (adopting
a `.partial` file a killed run left behind), a torn last line is cut off, and documents already
in OUT are skipped.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import BinaryIO

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


def done_keys(path: Path) -> dict[DocKey, bool]:
    """The documents already in an output file, and whether each is an error record."""
    return {record_key(r): "error" in r for r in valid_values(path) if isinstance(r, dict)}


class OutputError(Exception):
    """The output itself failed (disk full, closed pipe): the run stops; what was written is kept."""


class Output:
    """A JSONL sink: a file (atomic or appending), a device or pipe named by -o, or standard output."""

    def __init__(self, out: Path | None, resume: bool = False) -> None:
        self.out = out
        self.resume = resume
        self.done: dict[DocKey, bool] = {}  # with --resume: documents already in OUT -> is an error record
        self.written = 0
        self._target: Path | None = None  # the .partial file renamed to OUT at the end
        self._file: BinaryIO
        self.resumable = out is not None  # a regular file, which --resume can go on from
        if out is None:
            self._file = sys.stdout.buffer
        elif out.exists() and not out.is_file():  # /dev/stdout, a FIFO: write there, nothing to rename
            if resume:
                raise OSError(f"--resume needs a regular file, and {out} is not one")
            self.resumable = False
            self._file = out.open("wb")
        elif resume:
            partial = partial_path(out)
            if not out.exists() and partial.exists():
                partial.replace(out)
            if out.exists():
                _cut_torn_tail(out)
                self.done = done_keys(out)
            self._file = out.open("ab")
        else:
            self._target = partial_path(out)
            self._file = self._target.open("wb")

    @property
    def name(self) -> str:
        return "standard output" if self.out is None else str(self.out)

    def write(self, line: bytes) -> None:
        try:
            self._file.write(line)
            if self.resume:
                self._file.flush()  # whole lines on disk: a SIGKILL loses at most the line being written
        except OSError as e:
            raise OutputError(self._failure(e)) from None
        self.written += 1

    def close(self) -> None:
        """Flush, and give the file its name (also after a failure or Ctrl-C: --resume goes on from it)."""
        try:
            if self._file is sys.stdout.buffer:
                self._file.flush()
            else:
                self._file.close()
        except OSError as e:
            raise OutputError(self._failure(e)) from None
        finally:
            if self._target is not None and self.out is not None:
                self._target.replace(self.out)
                self._target = None

    def close_after_failure(self) -> None:
        """Close after a failure or Ctrl-C: the file keeps its name; a second failure adds nothing to say."""
        with contextlib.suppress(OutputError):
            self.close()

    def _failure(self, e: OSError) -> str:
        if self.out is None:
            # nothing more can go there; without this, Python's exit would complain about the flush too
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        kept = f"the {self.written} records before it are kept"
        again = "; rerun with --resume to go on" if self.resumable else ""
        return f"cannot write to {self.name}: {e.strerror or e}; {kept}{again}"
