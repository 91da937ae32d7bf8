"""What every command shares: exit codes and one-line usage errors."""

from __future__ import annotations

from pathlib import Path

import typer

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_OUTPUT_FAILED = 74  # sysexits.h EX_IOERR: the output itself failed (disk full, closed pipe)


def usage_error(message: str) -> typer.Exit:
    """Print `nlp-pipeline: error: MESSAGE` on stderr; raise the result to exit with status 2."""
    typer.echo(f"nlp-pipeline: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def require_model(folder: Path | None = None) -> None:
    from nlp_pipeline.pipeline.ner.tagger import ModelMissingError, check_model

    try:
        check_model(folder)
    except ModelMissingError as e:
        raise usage_error(str(e)) from None
