"""`nlp-pipeline run`: the batch job."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from nlp_pipeline.batch.inputs import (
    DEFAULT_MAX_DOC_MB,
    InputOptions,
    Item,
    UsageError,
    check_inputs,
    read_inputs,
    survey,
)
from nlp_pipeline.batch.outputs import DocKey, doc_key
from nlp_pipeline.cli.common import (
    EXIT_DOC_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT_FAILED,
    require_model,
    usage_error,
)

if TYPE_CHECKING:
    from nlp_pipeline.cli.report import Tally


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
            "--progress/--no-progress",
            help="Progress on stderr: rates, errors, time left (default: when stderr is a terminal).",
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress, no summary: only errors on stderr.")
    ] = False,
    max_doc_mb: Annotated[
        float,
        typer.Option(min=0, help="A larger document (file, stdin, JSONL line) gets an error record unread."),
    ] = DEFAULT_MAX_DOC_MB,
    executor: Annotated[
        str, typer.Option(help="'local' (processes here) or 'dask' (-o is then a directory of shards).")
    ] = "local",
    scheduler: Annotated[
        Optional[str], typer.Option(help="Dask scheduler address (default: a local cluster of --workers).")
    ] = None,
    partition_size: Annotated[int, typer.Option(help="Dask: documents per partition and shard.")] = 50,
) -> None:
    """Process documents into one JSON record each, in input order.

    While it runs, stderr shows documents done, documents/s, tokens/s, error records and time left;
    at the end, a summary (documents, error records by type with their first ids, tokens, seconds).

    Example: nlp-pipeline run seeds/ articles.jsonl -o out/all.jsonl --workers 2

    Exit status: 0 all documents processed, 1 some documents gave error records (the others are
    still written), 2 usage error, 74 the output failed (disk full, closed pipe), 130 interrupted;
    after 74 or 130 what was written is kept: rerun with --resume to go on.
    """
    from nlp_pipeline.batch.executors import PipelineConfig, make_executor
    from nlp_pipeline.batch.outputs import Output, OutputError
    from nlp_pipeline.batch.tables import Columns
    from nlp_pipeline.cli.report import Display, Tally, print_summary

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

    tally = Tally()

    def skip(path: str, why: str) -> None:
        tally.skipped += 1
        if not quiet:
            typer.echo(f"nlp-pipeline: skipped {path}: {why}", err=True)

    columns = Columns(text=text_column, id=id_column)
    items = read_inputs(inputs, InputOptions(stdin_format, int(max_doc_mb * 1_000_000), skip, columns))
    if sink.done:  # the exit status describes the whole output, as if the run had never stopped
        tally.resumed, tally.resumed_errors = len(sink.done), sum(sink.done.values())
        items = _not_done(items, sink.done, tally)
    show = not quiet and (progress if progress is not None else sys.stderr.isatty())
    status = EXIT_OK
    try:
        with Display(tally, survey(inputs) if show else {}, show) as display:
            for result in make_executor(PipelineConfig(ner=ner, quotes=quotes), workers).map(items):
                sink.write(result.line)
                tally.add(result)
                display.update()
        sink.close()
    except KeyboardInterrupt:
        sink.close_after_failure()
        typer.echo("nlp-pipeline: interrupted; finished documents are kept (rerun with --resume)", err=True)
        status = EXIT_INTERRUPTED
    except OutputError as e:
        sink.close_after_failure()
        typer.echo(f"nlp-pipeline: error: {e}", err=True)
        status = EXIT_OUTPUT_FAILED
    if status == EXIT_OK and tally.error_records:
        status = EXIT_DOC_ERRORS
    if not quiet:
        print_summary(tally, sink.name, status)
    raise typer.Exit(status)


def _not_done(items: Iterator[Item], done: dict[DocKey, bool], tally: Tally) -> Iterator[Item]:
    """The items not yet in the output (--resume); the others still count as progress."""
    for item in items:
        if doc_key(item.source, item.id) in done:
            tally.done[item.counts[0]] += item.counts[1]
        else:
            yield item
