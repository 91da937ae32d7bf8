"""`nlp-pipeline bench` and `bench-quotes`: scores on gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.cli.common import require_model, usage_error


def bench(
    gold: Annotated[
        Optional[list[Path]],
        typer.Option("--gold", help="CoNLL gold file (word TAG); repeat for several."),
    ] = None,
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
    pool: Annotated[
        bool,
        typer.Option(
            "--pool",
            help="Score the dev pool instead (ANERcorp dev, AQMAR dev, news dev entities): per set and "
            "pooled, bootstrap intervals, each document-level rule switched off in turn.",
        ),
    ] = False,
    corpora: Annotated[Path, typer.Option(help="Corpora folder, for --pool.")] = Path("../shared/corpora"),
    news_gold: Annotated[
        Path, typer.Option(help="News dev gold (entities with offsets into SaudiNewsNet), for --pool.")
    ] = Path("benchmarks/quotes/news_dev.jsonl"),
    rounds: Annotated[int, typer.Option(min=1, help="Bootstrap resamples, for --pool.")] = 1000,
    against: Annotated[
        Optional[Path],
        typer.Option(
            help="Another model folder (with its ar_ner.npz), for --pool: scored with the shipped rules "
            "and compared, paired, with the default model."
        ),
    ] = None,
) -> None:
    """NER benchmark on the gold tokenization: P/R/F1 for PER, LOC, ORG and micro; tokens/s.

    As in `run`, a name tagged once in a document is tagged wherever it recurs there (label consistency).

    Example: nlp-pipeline bench --gold benchmarks/gold/seeds.conll --json
             nlp-pipeline bench --pool --corpora ../shared/corpora
    """
    from nlp_pipeline.scoring.ner import report_table, run_bench

    if pool:
        return _bench_pool(corpora, news_gold, doc_sentences, rounds, as_json, against)
    if not gold:
        raise usage_error("give --gold FILE (or --pool)")
    for g in gold:
        if not g.is_file():
            raise usage_error(f"gold file not found: {g}")
    require_model()
    from nlp_pipeline.pipeline.ner.tagger import one_blas_thread

    one_blas_thread()  # tokens/s in one thread, as each process of `run` tags
    report = run_bench(gold, predictions, doc_sentences)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        from rich.console import Console

        Console().print(report_table(report))


def _bench_pool(
    corpora: Path, news_gold: Path, doc_sentences: int, rounds: int, as_json: bool, against: Path | None
) -> None:
    from nlp_pipeline.scoring.ner_pool import pool_sets, pool_table, run_pool

    require_model()
    if against is not None:
        require_model(against)
    for path in (corpora / "anercorp" / "train.txt", corpora / "aqmar" / "dev.txt", news_gold):
        if not path.is_file():
            raise usage_error(f"file not found: {path}")
    report = run_pool(pool_sets(corpora, news_gold, doc_sentences), rounds, against)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        from rich.console import Console

        Console(width=200).print(pool_table(report))


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
    half: Annotated[
        Optional[str],
        typer.Option(
            help="Score only the first or the second half of the gold documents (file order). The second "
            "is the held-out half: its report has the scores and error counts, never the errors themselves."
        ),
    ] = None,
    counts_only: Annotated[
        bool,
        typer.Option(
            "--counts-only",
            help="Scores and error counts, never the errors themselves (table or JSON): for held-out sets, "
            "whose errors must not be read (news_holdout.jsonl, news_test2.jsonl).",
        ),
    ] = False,
) -> None:
    """Quotation benchmark: detection P/R/F1 (span overlap) and speaker accuracy.

    Rules are written looking at the errors of the first half of a dev set only; the second half says what to
    expect on news nobody has read.

    Example: nlp-pipeline bench-quotes --gold benchmarks/quotes/seeds.jsonl
             nlp-pipeline bench-quotes --gold benchmarks/quotes/news_dev.jsonl --half second
             nlp-pipeline bench-quotes --gold benchmarks/quotes/news_holdout.jsonl --counts-only
    """
    from nlp_pipeline.batch.executors import PipelineConfig
    from nlp_pipeline.scoring.quotes import HALVES, print_report, rules_process, score_quotes, with_entities

    if half is not None and half not in HALVES:
        raise usage_error(f"--half must be first or second, not {half!r}")
    for path in (gold, entities):
        if path is not None and not path.is_file():
            raise usage_error(f"file not found: {path}")
    if entities is None:
        require_model()
        process = PipelineConfig().build()
    else:
        process = rules_process(with_entities(entities))
    report = score_quotes(gold, process, corpora, half)
    if half == "second" or counts_only:
        report["errors"] = []  # held out: counts only, so that no rule is written from them
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report)
