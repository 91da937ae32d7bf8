"""`nlp-pipeline run --executor dask`: the batch job on a Dask cluster (a local one, or at --scheduler)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from nlp_pipeline.batch.executors import PipelineConfig
from nlp_pipeline.batch.inputs import UsageError, check_inputs
from nlp_pipeline.batch.tables import Columns
from nlp_pipeline.cli.common import EXIT_DOC_ERRORS, EXIT_INTERRUPTED, EXIT_OK, usage_error

EXECUTORS = ("local", "dask")


def run_dask(
    inputs: list[str],
    output: Path | None,
    *,
    executor: str,
    scheduler: str | None,
    workers: int,
    partition_size: int,
    resume: bool,
    columns: Columns,
    config: PipelineConfig,
    progress: bool | None,
) -> int:
    """Plan the partitions, run them on the cluster, report; returns the exit status."""
    try:
        if executor not in EXECUTORS:
            raise UsageError(f"--executor must be 'local' or 'dask', not {executor!r}")
        if executor != "dask":
            raise UsageError("--scheduler needs --executor dask")
        if output is None:
            raise UsageError("--executor dask writes one shard per partition: give -o OUT_DIR/")
        check_inputs(inputs, "text")
        from nlp_pipeline.batch.partitions import plan_partitions

        # a remote cluster's workers do not share this working directory: give them absolute paths
        parts = plan_partitions(inputs, partition_size, absolute=scheduler is not None)
    except (UsageError, OSError) as e:
        raise usage_error(str(e)) from None
    try:
        from nlp_pipeline.batch.dask_run import dask_client, run_partitions
    except ImportError:
        raise usage_error("--executor dask needs Dask: pip install 'nlp-pipeline[dask]'") from None

    show = progress if progress is not None else sys.stderr.isatty()
    out = str(output) if "://" in str(output) else str(output.resolve())
    try:
        with dask_client(scheduler, workers) as client:
            typer.echo(
                f"nlp-pipeline: {len(parts)} partitions; Dask dashboard: {client.dashboard_link}", err=True
            )
            manifest = run_partitions(
                client, inputs, parts, out, config, columns, resume, _report if show else None
            )
    except UsageError as e:
        raise usage_error(str(e)) from None
    except OSError as e:  # the scheduler cannot be reached, the output directory cannot be written
        raise usage_error(f"{type(e).__name__}: {e}") from None
    except KeyboardInterrupt:
        typer.echo("nlp-pipeline: interrupted; finished shards are kept (rerun with --resume)", err=True)
        return EXIT_INTERRUPTED
    if manifest["failed_partitions"]:
        typer.echo(
            f"nlp-pipeline: {manifest['failed_partitions']} partitions failed (see manifest.json);"
            " rerun with --resume",
            err=True,
        )
    return EXIT_DOC_ERRORS if manifest["errors"] or manifest["failed_partitions"] else EXIT_OK


def _report(finished: int, total: int) -> None:
    typer.echo(f"nlp-pipeline: {finished}/{total} partitions", err=True)
