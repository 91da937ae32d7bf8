"""`nlp-pipeline schema | export | render | report`: the output as a schema, tables and HTML pages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from nlp_pipeline.cli.common import usage_error

RecordsArg = Annotated[
    Path, typer.Argument(help="An output file of `nlp-pipeline run` (JSONL).", show_default=False)
]
HtmlOut = Annotated[
    Path, typer.Option("-o", "--output", help="Write the HTML page here.", show_default=False)
]


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of an output line: a document record or an error record.

    Example: nlp-pipeline schema > record.schema.json
    """
    from nlp_pipeline.views.schema import schema_text

    typer.echo(schema_text(), nl=False)


def export(
    records: RecordsArg,
    to: Annotated[Path, typer.Option("--to", help="Folder for the tables (created).", show_default=False)],
    format: Annotated[
        str, typer.Option("--format", "-f", help="parquet or csv (UTF-8 with a BOM).")
    ] = "parquet",
) -> None:
    """Write the tables documents, entities, quotes and speakers (one row per speaker per document).

    They join on doc_id, entity_id, quote_id and cluster; every table carries the documents' meta as
    meta_<key> columns. Streams: memory stays flat whatever the size of the file.

    Example: nlp-pipeline export out/seeds.jsonl --to out/tables --format csv
    """
    from nlp_pipeline.views.export import FORMATS, export_tables
    from nlp_pipeline.views.records import RecordError

    if format not in FORMATS:
        raise usage_error(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    try:
        counts = export_tables(records, to, format)
    except (RecordError, OSError) as e:
        raise usage_error(str(e)) from None
    typer.echo(", ".join(f"{table}: {n} rows" for table, n in counts.items()) + f" -> {to}", err=True)


def render(
    records: RecordsArg,
    output: HtmlOut,
    ids: Annotated[
        list[str], typer.Option("--id", help="Show this document (repeatable; default: the first --limit).")
    ] = [],  # noqa: B006 (typer reads the default, never mutates it)
    limit: Annotated[int, typer.Option(min=1, help="Documents shown when no --id is given.")] = 100,
) -> None:
    """An HTML page showing articles with their entities, statements, cues and speakers marked.

    Self-contained (right to left, no script, nothing fetched): entities coloured by label, each statement
    highlighted with its cue underlined and a chip linking to the speaker's mention; Latin names on hover.

    Example: nlp-pipeline render out/seeds.jsonl --id 004_1d7c129ce0994c4a -o out/004.html
    """
    from nlp_pipeline.views.records import RecordError, iter_records
    from nlp_pipeline.views.render import missing_ids, render_page, select

    try:
        chosen, skipped = select(iter_records(records), ids, limit)
    except RecordError as e:
        raise usage_error(str(e)) from None
    if missing := list(missing_ids(chosen, ids)):
        raise usage_error(f"no document with id {', '.join(map(repr, missing))} in {records}")
    _write(output, render_page(chosen, records.name, skipped))


def report(records: RecordsArg, output: HtmlOut) -> None:
    """An HTML page about the whole file: counts, speakers, frequent names, who mentions whom.

    Self-contained: counts, the top speakers with their statements, the most frequent names per label, and
    the names each speaker mentions inside their statements, as tables and inline SVG charts.

    Example: nlp-pipeline report out/seeds.jsonl -o out/report.html
    """
    from nlp_pipeline.views.records import RecordError, iter_records
    from nlp_pipeline.views.report import build_stats, render_report

    try:
        stats = build_stats(iter_records(records))
    except RecordError as e:
        raise usage_error(str(e)) from None
    _write(output, render_report(stats, records.name))


def _write(output: Path, html: str) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(html, encoding="utf-8")
    except OSError as e:
        raise usage_error(f"cannot write {output}: {e.strerror}") from None
    typer.echo(f"wrote {output}", err=True)
