"""The `nlp-pipeline` command line (CONTRACT.md). Thin: each command parses, wires and sets the exit code."""

from __future__ import annotations

import typer

from nlp_pipeline.cli.bench import bench, bench_quotes
from nlp_pipeline.cli.normalize import normalize
from nlp_pipeline.cli.run import run
from nlp_pipeline.cli.train import export_tagger, train, train_charlm, translit_app
from nlp_pipeline.cli.views import export, render, report, schema

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Arabic news NLP: named entities (PER/LOC/ORG) and attributed quotations, as JSONL.",
)
app.command()(run)
app.command()(bench)
app.command("bench-quotes")(bench_quotes)
app.command()(train)
app.command("train-charlm")(train_charlm)
app.command("export-tagger")(export_tagger)
app.command()(normalize)
app.command()(schema)
app.command()(export)
app.command()(render)
app.command()(report)
app.add_typer(translit_app, name="translit")


def main() -> None:
    app()
