"""`nlp-pipeline run`: the batch job."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.batch.inputs import UsageError, check_inputs, read_inputs
from nlp_pipeline.cli.common import EXIT_DOC_ERRORS, EXIT_INTERRUPTED, EXIT_OK, require_model, usage_error


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
    executor: Annotated[
        str, typer.Option(help="'local' (processes here) or 'dask' (-o is then a directory of shards).")
    ] = "local",
    scheduler: Annotated[
        Optional[str], typer.Option(help="Dask scheduler address (default: a local cluster of --workers).")
    ] = None,
    partition_size: Annotated[int, typer.Option(help="Dask: documents per partition and shard.")] = 50,
) -> None:
    """Process documents into one JSON record each, in input order.

    Example: nlp-pipeline run seeds/ articles.jsonl -o out/all.jsonl --workers 2

    Exit status: 0 all documents processed, 1 some documents gave error records (the others are
    still written), 2 usage error, 130 interrupted (what was done is kept; rerun with --resume).
    """
    from nlp_pipeline.batch.executors import PipelineConfig, make_executor
    from nlp_pipeline.batch.outputs import Output, doc_key
    from nlp_pipeline.batch.tables import Columns

    if ner:
        require_model()
    if executor != "local" or scheduler:
        from nlp_pipeline.cli.run_dask import run_dask

        raise typer.Exit(run_dask(
            inputs, output, executor=executor, scheduler=scheduler, workers=workers,
            partition_size=partition_size, resume=resume, columns=Columns(text=text_column, id=id_column),
            config=PipelineConfig(ner=ner, quotes=quotes), progress=progress,
        ))  # fmt: skip
    try:
        check_inputs(inputs, stdin_format)
        if resume and output is None:
            raise UsageError("--resume needs -o/--output")
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
        sink = Output(output, resume=resume)
    except (UsageError, OSError) as e:
        raise usage_error(str(e)) from None

    items = read_inputs(inputs, stdin_format, Columns(text=text_column, id=id_column))
    if sink.done:
        items = (i for i in items if doc_key(i.source, i.id) not in sink.done)
    show = progress if progress is not None else sys.stderr.isatty()
    errors = 0
    try:
        with _progress(show) as advance:
            for line, is_error in make_executor(PipelineConfig(ner=ner, quotes=quotes), workers).map(items):
                sink.write(line)
                errors += is_error
                advance()
    except KeyboardInterrupt:
        sink.close()
        typer.echo("nlp-pipeline: interrupted; finished documents are kept (rerun with --resume)", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    sink.close()
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
