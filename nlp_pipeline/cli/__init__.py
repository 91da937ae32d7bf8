"""The command line: `app` is the typer application, `main` its entry point."""

from nlp_pipeline.cli.app import app, main

__all__ = ["app", "main"]
