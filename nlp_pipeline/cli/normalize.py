"""`nlp-pipeline normalize`: normalized text for shell pipelines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from nlp_pipeline.cli.common import usage_error


def normalize(
    input: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    teh_marbuta: Annotated[bool, typer.Option(help="Also turn ة into ه (changes meaning).")] = False,
) -> None:
    """Print the normalized text (diacritics, alef forms, ى, tatweel, presentation forms, bidi marks, digits).

    Example: echo 'أَحْمَدُ' | nlp-pipeline normalize
    """
    from nlp_pipeline.lang.ar.normalize import make_normalizer

    try:
        text = sys.stdin.read() if input == "-" else Path(input).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise usage_error(f"cannot read {input}: {e}") from None
    sys.stdout.write(make_normalizer(teh_marbuta=teh_marbuta)(text))
