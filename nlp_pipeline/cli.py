"""The `nlp-pipeline` command line (CONTRACT.md). Thin: parsing, wiring, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.inputs import UsageError, check_inputs, read_inputs

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Arabic news NLP: named entities (PER/LOC/ORG) and attributed quotations, as JSONL.",
)

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def require_model() -> None:
    from nlp_pipeline.ner import ModelMissingError, check_model

    try:
        check_model()
    except ModelMissingError as e:
        raise usage_error(str(e)) from None


def usage_error(message: str) -> typer.Exit:
    typer.echo(f"nlp-pipeline: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help=".txt files, directories (*.txt inside, recursively), .jsonl files, or - for stdin.",
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
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="Run the entity tagger.")] = True,
    quotes: Annotated[
        bool, typer.Option("--quotes/--no-quotes", help="Find quotations and their speakers.")
    ] = True,
) -> None:
    """Process documents into one JSON record each, in input order.

    Example: nlp-pipeline run seeds/ articles.jsonl -o out/all.jsonl --workers 2

    Exit status: 0 all documents processed, 1 some documents gave error records (the others are
    still written), 2 usage error, 130 interrupted (what was done is kept; rerun with --resume).
    """
    from nlp_pipeline.executor import PipelineConfig, make_executor
    from nlp_pipeline.outputs import Output, doc_key

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

    items = read_inputs(inputs, stdin_format)
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


@app.command()
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
    from nlp_pipeline.bench import report_table, run_bench

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


@app.command("bench-quotes")
def bench_quotes(
    gold: Annotated[
        Path, typer.Option("--gold", help="Quotation gold JSONL (see benchmarks/quotes/README.md).")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON report instead of a table.")
    ] = False,
) -> None:
    """Quotation benchmark: detection P/R/F1 (span overlap) and speaker accuracy.

    Example: nlp-pipeline bench-quotes --gold benchmarks/quotes/seeds.jsonl
    """
    from nlp_pipeline.bench_quotes import print_report, score_quotes
    from nlp_pipeline.executor import PipelineConfig

    if not gold.is_file():
        raise usage_error(f"gold file not found: {gold}")
    require_model()
    report = score_quotes(gold, PipelineConfig().build())
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report)


@app.command()
def train(
    corpora: Annotated[Path, typer.Option(help="Folder with the corpora (see models/README.md).")] = Path(
        "../shared/corpora"
    ),
    models: Annotated[Path, typer.Option(help="Where the model files are written.")] = Path("models"),
    work: Annotated[Path, typer.Option(help="Scratch folder; finished steps there are reused.")] = Path(
        "build/train"
    ),
    max_steps: Annotated[
        int, typer.Option(help="Stage-1 steps on all corpora (batches of 32 sentences).")
    ] = 6000,
    finetune_steps: Annotated[int, typer.Option(help="Stage-2 steps on news corpora only (0: skip).")] = 4000,
    anneal_steps: Annotated[
        int, typer.Option(help="Stage-3 steps on news corpora at learning rate 0.01 (0: skip).")
    ] = 1500,
) -> None:
    """Re-train the shipped NER model (fixed seeds) from CoNLL corpora into models/.

    Example: nlp-pipeline train --corpora ../shared/corpora --max-steps 6000 --finetune-steps 4000
    """
    from nlp_pipeline.train import TrainConfig
    from nlp_pipeline.train import train as train_model

    if not (corpora / "anercorp" / "train.txt").is_file():
        raise usage_error(f"no corpora at {corpora} (expected anercorp/train.txt inside)")
    train_model(
        TrainConfig(
            corpora=corpora,
            models=models,
            work=work,
            max_steps=max_steps,
            finetune_steps=finetune_steps,
            anneal_steps=anneal_steps,
        )
    )


@app.command()
def normalize(
    input: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    teh_marbuta: Annotated[bool, typer.Option(help="Also turn ة into ه (changes meaning).")] = False,
) -> None:
    """Print the normalized text (diacritics, alef forms, ى, tatweel, presentation forms, bidi marks, digits).

    Example: echo 'أَحْمَدُ' | nlp-pipeline normalize
    """
    from nlp_pipeline.normalize import make_normalizer

    try:
        text = sys.stdin.read() if input == "-" else Path(input).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise usage_error(f"cannot read {input}: {e}") from None
    sys.stdout.write(make_normalizer(teh_marbuta=teh_marbuta)(text))


def main() -> None:
    app()
