"""`nlp-pipeline bench` and `bench-quotes`: scores on gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.cli.common import require_model, usage_error


def bench(
    gold: Annotated[
        list[Path], typer.Option("--gold", help="CoNLL gold file (word TAG); repeat for several.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON report instead of a table.")
    ] = False,
    predictions: Annotated[Optional[Path], typer.Option(help="Write 'word GOLD PRED' lines here.")] = None,
    doc_sentences: Annotated[
        int,
        typer.Option(
            min=1,
            help="Document size, in sentences, for label consistency when a gold file has no -DOCSTART- "
            "lines (1: each sentence alone, i.e. no consistency step).",
        ),
    ] = 20,
) -> None:
    """NER benchmark on the gold tokenization: P/R/F1 for PER, LOC, ORG and micro; tokens/s.

    As in `run`, a name tagged once in a document is tagged wherever it recurs there (label consistency).

    Example: nlp-pipeline bench --gold benchmarks/gold/seeds.conll --json
    """
    from nlp_pipeline.scoring.ner import report_table, run_bench

    for g in gold:
        if not g.is_file():
            raise usage_error(f"gold file not found: {g}")
    require_model()
    report = run_bench(gold, predictions, doc_sentences)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        from rich.console import Console

        Console().print(report_table(report))


def bench_quotes(
    gold: Annotated[
        Path, typer.Option("--gold", help="Quotation gold JSONL (see benchmarks/quotes/README.md).")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON report instead of a table.")
    ] = False,
    entities: Annotated[
        Optional[Path],
        typer.Option(
            help="Entities JSONL to use instead of the NER model (measures the quotation rules alone)."
        ),
    ] = None,
    corpora: Annotated[
        Path, typer.Option(help="Corpora folder, for gold documents that refer to a corpus article.")
    ] = Path("../shared/corpora"),
) -> None:
    """Quotation benchmark: detection P/R/F1 (span overlap) and speaker accuracy.

    Example: nlp-pipeline bench-quotes --gold benchmarks/quotes/seeds.jsonl
    """
    from nlp_pipeline.batch.executors import PipelineConfig
    from nlp_pipeline.scoring.quotes import print_report, rules_process, score_quotes, with_entities

    for path in (gold, entities):
        if path is not None and not path.is_file():
            raise usage_error(f"file not found: {path}")
    if entities is None:
        require_model()
        process = PipelineConfig().build()
    else:
        process = rules_process(with_entities(entities))
    report = score_quotes(gold, process, corpora)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report)
