"""How `run` says how it is going (a rich progress display on stderr) and how it went (a summary)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import typer

from nlp_pipeline.batch.executors import Result

FIRST_IDS = 3  # ids shown per error type in the summary
MEASURES = {"files": "files", "jsonl_bytes": "JSONL"}  # Item.counts measures with a known total


@dataclass
class Tally:
    """What the run has done so far."""

    documents: int = 0
    tokens: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    error_ids: dict[str, list[str]] = field(default_factory=dict)
    done: Counter[str] = field(default_factory=Counter)  # per Item.counts measure
    skipped: int = 0
    resumed: int = 0  # documents already in OUT (--resume)
    resumed_errors: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, result: Result) -> None:
        self.documents += 1
        self.tokens += result.tokens
        self.done[result.counts[0]] += result.counts[1]
        if result.error is not None:
            self.errors[result.error] += 1
            ids = self.error_ids.setdefault(result.error, [])
            if len(ids) < FIRST_IDS:
                ids.append(result.id)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def error_records(self) -> int:
        return sum(self.errors.values()) + self.resumed_errors

    def rates(self) -> str:
        seconds = max(self.seconds, 1e-9)
        return f"{self.documents / seconds:,.1f} documents/s · {self.tokens / seconds:,.0f} tokens/s"


class Display:
    """The live display: a line of counts and rates, then one bar per input measure with a known total."""

    def __init__(self, tally: Tally, totals: dict[str, int], show: bool) -> None:
        self.tally = tally
        self.totals = totals
        self.show = show
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> Display:
        if not self.show:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        tally = self.tally

        class RunProgress(Progress):
            def get_renderables(self):  # type: ignore[no-untyped-def]
                yield _status(tally)
                yield self.make_tasks_table(self.tasks)

        self.progress = RunProgress(
            TextColumn("  {task.description}"), BarColumn(), TextColumn("{task.fields[amount]}"),
            TextColumn("{task.percentage:>3.0f}%"), TimeRemainingColumn(), TextColumn("left"),
            console=Console(stderr=True), refresh_per_second=8,
        )  # fmt: skip
        for measure, total in self.totals.items():
            self.tasks[measure] = self.progress.add_task(MEASURES[measure], total=total, amount="")
        self.progress.start()
        self.update()
        return self

    def update(self) -> None:
        if not self.show:
            return
        for measure, task in self.tasks.items():
            done, total = self.tally.done[measure], self.totals[measure]
            self.progress.update(task, completed=done, amount=_amount(measure, done, total))

    def __exit__(self, *exc: object) -> None:
        if self.show:
            self.update()
            self.progress.stop()


def _status(tally: Tally) -> Any:
    from rich.text import Text

    errors = tally.error_records
    elapsed = time.strftime("%H:%M:%S", time.gmtime(tally.seconds))
    documents, error_records = counted(tally.documents, "document"), counted(errors, "error record")
    line = f"{elapsed} {documents} · {tally.rates()} · {error_records}"
    return Text(line, style="bold red" if errors else "")


def counted(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def _amount(measure: str, done: int, total: int) -> str:
    if measure == "jsonl_bytes":
        from rich.filesize import decimal

        return f"{decimal(done)}/{decimal(total)}"
    return f"{done:,}/{total:,}"


def summary(tally: Tally, output: str, exit_status: int) -> list[str]:
    """The lines printed on stderr when the run ends."""
    lines = [
        f"nlp-pipeline: {counted(tally.documents, 'document')} in {tally.seconds:,.1f} s ({tally.rates()}), "
        f"{counted(tally.tokens, 'token')}, {counted(sum(tally.errors.values()), 'error record')}"
    ]
    for error_type, n in tally.errors.most_common():
        ids = ", ".join(tally.error_ids[error_type]) + (", …" if n > FIRST_IDS else "")
        lines.append(f"  {error_type}: {n:,} ({ids})")
    if tally.resumed:
        lines.append(f"  --resume: {tally.resumed:,} documents were already in the output, "
                     f"{tally.resumed_errors:,} of them error records")  # fmt: skip
    if tally.skipped:
        lines.append(
            f"  skipped {tally.skipped:,} directory entries that are not regular files (listed above)"
        )
    lines.append(f"  output: {output}")
    if exit_status == 1:
        lines.append(
            f"exit status 1: {counted(tally.error_records, 'document')} could not be processed; "
            f'their error records are in the output (lines with "error")'
        )
    return lines


def print_summary(tally: Tally, output: str, exit_status: int) -> None:
    for line in summary(tally, output, exit_status):
        typer.echo(line, err=True)
