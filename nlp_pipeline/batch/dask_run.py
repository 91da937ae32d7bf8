"""`run --executor dask`: partitions processed on a Dask cluster, one shard each, plus a manifest.

The client plans the partitions (batch/partitions.py), submits one task per unfinished partition, and
writes the manifest; each task reads its partition, runs the pipeline and writes its shard atomically
(batch/shards.py). A worker killed mid-partition loses only a temporary file: the scheduler gives the
partition to another worker, and the one rename that finishes it makes it appear exactly once. Only this
module and the CLI's dask path import dask, so a local run never does.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from nlp_pipeline.batch.executors import PipelineConfig, line_result, one_blas_thread
from nlp_pipeline.batch.inputs import UsageError
from nlp_pipeline.batch.partitions import Partition, read_partition
from nlp_pipeline.batch.shards import OutDir, shard_name, versions
from nlp_pipeline.batch.tables import Columns
from nlp_pipeline.pipeline.runner import Pipeline

if TYPE_CHECKING:
    from distributed import Client

MANIFEST_VERSION = 1
# The local cluster's workers are set up for a CPU-bound pipeline (together 15 % less CPU per document,
# measured on 200 articles; README says how to give remote workers the same):
WORKER_CONFIG: dict[str, Any] = {
    # The nanny sets MALLOC_TRIM_THRESHOLD_ in its workers, and any such setting turns off glibc's sliding
    # mmap threshold: every tensor of the tagger's batches then is an mmap with fresh page faults (3-4
    # times the system time of a local worker). None unsets it (distributed's own convention).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler samples the task thread every 10 ms: one long call of ours, nothing to learn.
    "distributed.worker.profile.enabled": False,
}
_pipelines: dict[PipelineConfig, Pipeline] = {}
_lock = threading.Lock()  # a worker started with several threads builds its pipeline once, not per thread


def worker_pipeline(config: PipelineConfig) -> Pipeline:
    """This worker process's pipeline, built for its first partition; the models load once per process."""
    with _lock:
        if config not in _pipelines:
            one_blas_thread(config)  # one worker process per core, as in the local process pool
            _pipelines[config] = config.build()
        return _pipelines[config]


def write_partition(
    index: int, part: Partition, out: str, config: PipelineConfig, columns: Columns | None
) -> dict[str, int]:
    """The task run on a worker: partition `index` processed into its shard; returns its counts."""
    pipeline = worker_pipeline(config)
    counts = {"documents": 0, "errors": 0}

    def lines() -> Iterator[bytes]:
        for item in read_partition(part, columns):
            result = line_result(pipeline, item)
            counts["documents"] += 1
            counts["errors"] += result.error is not None
            yield result.line

    OutDir(out).write_atomic(shard_name(index), lines())
    return counts


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new local cluster of `workers` processes."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, timeout=30) as client:
            yield client
        return
    with dask.config.set(WORKER_CONFIG):  # for the cluster's lifetime: a nanny restarting a worker reads it
        with warnings.catch_warnings():
            # the dashboard moves to a free port when 8787 is taken; the link printed says where
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
            )
        with cluster, Client(cluster) as client:
            yield client


def _plan(inputs: list[str], parts: list[Partition], config: PipelineConfig) -> dict[str, Any]:
    """What identifies a run: a resumed run must have the same, or its shards would not fit together."""
    return {
        "inputs": inputs,
        "config": asdict(config),
        "partitions": [{"shard": shard_name(i), **p.describe()} for i, p in enumerate(parts)],
    }


def _planned(manifest: dict[str, Any]) -> dict[str, Any]:
    """The plan part of a manifest (without the counts a finished run adds)."""
    keys = ("shard", "input", "kind", "bytes", "first_line", "files")
    parts = [{k: p[k] for k in keys if k in p} for p in manifest.get("partitions", [])]
    return {"inputs": manifest.get("inputs"), "config": manifest.get("config"), "partitions": parts}


def _check_resumable(old: dict[str, Any] | None, plan: dict[str, Any]) -> None:
    if old is not None and _planned(old) != json.loads(json.dumps(plan)):
        raise UsageError(
            "the output directory holds a run of other inputs, options or --partition-size:"
            " rerun with the same ones, or use a new directory"
        )


def run_partitions(
    client: Client,
    inputs: list[str],
    parts: list[Partition],
    out: str,
    config: PipelineConfig,
    columns: Columns | None = None,
    resume: bool = False,
    on_done: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Process every partition not finished yet into its shard of `out`; returns the manifest written.

    `on_done(finished, total)` is called after each partition (progress, tests).
    """
    from distributed import as_completed

    out_dir = OutDir(out)
    plan = _plan(inputs, parts, config)
    if resume:
        _check_resumable(out_dir.read_manifest(), plan)
    else:
        out_dir.clear()
    manifest: dict[str, Any] = {"manifest_version": MANIFEST_VERSION, "status": "running", **plan}
    manifest.update(versions())
    out_dir.write_manifest(manifest)  # first, so that a killed run can be resumed and checked
    finished = {i for i in range(len(parts)) if resume and out_dir.exists(shard_name(i))}
    results = {i: out_dir.count(shard_name(i)) for i in sorted(finished)}
    run_id = uuid.uuid4().hex[:8]
    futures = {
        client.submit(
            write_partition, i, parts[i], out, config, columns,
            key=f"nlp-pipeline-{run_id}-{shard_name(i)}", pure=False, retries=1,
        ): i
        for i in range(len(parts)) if i not in finished
    }  # fmt: skip
    failed: dict[int, str] = {}
    for future in as_completed(futures):
        i = futures[future]
        try:
            results[i] = future.result()
        except Exception as e:  # after Dask's retries: the other partitions go on; --resume retries it
            failed[i] = f"{type(e).__name__}: {e}"
        if on_done:
            on_done(len(results) + len(failed), len(parts))
    out_dir.remove_temporary()
    for i, entry in enumerate(manifest["partitions"]):
        entry.update(results.get(i, {"failed": failed.get(i)}))
    manifest.update(
        status="failed" if failed else "done",
        documents=sum(r["documents"] for r in results.values()),
        errors=sum(r["errors"] for r in results.values()),
        failed_partitions=len(failed),
        resumed_partitions=len(finished),
    )
    out_dir.write_manifest(manifest)
    return manifest
