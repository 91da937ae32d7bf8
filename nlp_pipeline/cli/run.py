"""`nlp-pipeline run`: the batch job."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.batch.inputs import DEFAULT_MAX_DOC_MB, InputOptions, UsageError, check_inputs, read_inputs
from nlp_pipeline.cli.common import (
    EXIT_DOC_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT_FAILED,
    require_model,
    usage_error,
)


def run(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help=".txt files, directories (*.txt inside, recursively), .jsonl, .csv, .tsv or .parquet files,"
            " or - for stdin.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write JSONL here (default: standard output).")
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes; output is identical for any N.")
    ] = 1,
    stdin_format: Annotated[
        str, typer.Option(help="How to read '-': 'text' (one document) or 'jsonl'.")
    ] = "text",
    progress: Annotated[
        Optional[bool],
        typer.Option(
            "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Append to OUT, skipping documents already in it (after a killed run).")
    ] = False,
    text_column: Annotated[
        str, typer.Option(help="CSV/Parquet column holding each document's text.")
    ] = "text",
    id_column: Annotated[
        str, typer.Option(help="CSV/Parquet column holding ids (if absent: FILE-STEM:ROW).")
    ] = "id",
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Run the entity tagger.")] = True,
    quotes: Annotated[
        bool, typer.Option("--quotes/--no-quotes", help="Find quotations and their speakers.")
    ] = True,
    max_doc_mb: Annotated[
        float,
        typer.Option(min=0, help="A larger document (file, stdin, JSONL line) gets an error record unread."),
    ] = DEFAULT_MAX_DOC_MB,
) -> None:
    """Process documents into one JSON record each, in input order.

    Example: nlp-pipeline run seeds/ articles.jsonl -o out/all.jsonl --workers 2

    Exit status: 0 all documents processed, 1 some documents gave error records (the others are
    still written), 2 usage error, 74 the output failed (disk full, closed pipe), 130 interrupted;
    after 74 or 130 what was written is kept: rerun with --resume to go on.
    """
    from nlp_pipeline.batch.executors import PipelineConfig, make_executor
    from nlp_pipeline.batch.outputs import Output, OutputError, doc_key
    from nlp_pipeline.batch.tables import Columns

    if ner:
        require_model()
    try:
        check_inputs(inputs, stdin_format)
        if resume and output is None:
            raise UsageError("--resume needs -o/--output")
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
        sink = Output(output, resume=resume)
    except (UsageError, OSError) as e:
        raise usage_error(str(e)) from None

    def skip(path: str, why: str) -> None:
        typer.echo(f"nlp-pipeline: skipped {path}: {why}", err=True)

    columns = Columns(text=text_column, id=id_column)
    options = InputOptions(stdin_format, int(max_doc_mb * 1_000_000), skip, columns)
    items = read_inputs(inputs, options)
    errors = 0
    if sink.done:  # the exit status describes the whole output, as if the run had never stopped
        errors = sum(sink.done.values())
        items = (i for i in items if doc_key(i.source, i.id) not in sink.done)
    show = progress if progress is not None else sys.stderr.isatty()
    try:
        with _progress(show) as advance:
            for line, is_error in make_executor(PipelineConfig(ner=ner, quotes=quotes), workers).map(items):
                sink.write(line)
                errors += is_error
                advance()
        sink.close()
    except KeyboardInterrupt:
        sink.close_after_failure()
        typer.echo("nlp-pipeline: interrupted; finished documents are kept (rerun with --resume)", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except OutputError as e:
        sink.close_after_failure()
        typer.echo(f"nlp-pipeline: error: {e}", err=True)
        raise typer.Exit(EXIT_OUTPUT_FAILED) from None
    raise typer.Exit(EXIT_DOC_ERRORS if errors else EXIT_OK)


class _progress:
    """A rich progress counter on stderr, or nothing."""

    def __init__(self, show: bool) -> None:
        self.show = show

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not self.show:
            return lambda: None
        from rich.console import Console
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(), TextColumn("documents"), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=False,
        )  # fmt: skip
        self.bar.start()
        task = self.bar.add_task("run", total=None)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.show:
            self.bar.stop()
