"""Executors map the pipeline over a stream of items and yield output lines in input order.

They are the only place that knows about processes. A distributed engine is another class with the
same `map` method; stages never change.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol

from nlp_pipeline.batch.inputs import Item
from nlp_pipeline.pipeline.runner import Pipeline, default_stages
from nlp_pipeline.tokens.doc import Doc, error_record
from nlp_pipeline.utils.jsonl import dumps_line


@dataclass(frozen=True)
class Result:
    """One document done: its output line, and what progress and the summary count."""

    line: bytes  # one JSONL line, UTF-8
    id: str
    error: str | None  # the error type of an error record
    tokens: int
    counts: tuple[str, int]  # Item.counts: which input measure this document advances, and by how much


@dataclass(frozen=True)
class PipelineConfig:
    """What a worker needs to build its own pipeline (picklable; models load in the worker)."""

    ner: bool = True
    quotes: bool = True

    def build(self) -> Pipeline:
        return Pipeline(default_stages(ner=self.ner, quotes=self.quotes))


class Executor(Protocol):
    def map(self, items: Iterable[Item]) -> Iterator[Result]: ...


class SerialExecutor:
    def __init__(self, config: PipelineConfig) -> None:
        self.pipeline = config.build()

    def map(self, items: Iterable[Item]) -> Iterator[Result]:
        for item in items:
            yield _result(self.pipeline, item)


_worker_pipeline: Pipeline | None = None


def _init_worker(config: PipelineConfig) -> None:
    global _worker_pipeline
    if config.ner:
        import torch

        torch.set_num_threads(1)  # one process per core: threads inside a worker would fight each other
    _worker_pipeline = config.build()


def record(pipeline: Pipeline, item: Item) -> dict[str, Any]:
    """The output record for one input item; a failure inside a stage becomes an error record."""
    if item.error is not None:
        return error_record(item.id, item.source, *item.error, **item.error_extra)
    assert item.text is not None
    try:
        doc = pipeline(Doc(id=item.id, text=item.text, source=item.source, meta=item.meta))
    except Exception as e:  # one bad document never stops the batch
        return error_record(item.id, item.source, type(e).__name__, str(e) or repr(e))
    return doc.to_dict()


def _result(pipeline: Pipeline, item: Item) -> Result:
    rec = record(pipeline, item)
    try:
        line = dumps_line(rec)
    except Exception as e:  # e.g. NaN or 1e999 in meta, nesting too deep: this document's error record
        return _error_line(item, type(e).__name__, f"cannot write the record as JSON: {e}")
    error = rec["error"]["type"] if "error" in rec else None
    return Result(line, item.id, error, len(rec.get("tokens", ())), item.counts)


def _error_line(item: Item, error_type: str, message: str) -> Result:
    line = dumps_line(error_record(item.id, item.source, error_type, message))
    return Result(line, item.id, error_type, 0, item.counts)


def _process(item: Item) -> Result:
    assert _worker_pipeline is not None
    return _result(_worker_pipeline, item)


class ProcessPoolExecutor:
    """A local pool of worker processes, each loading the models once.

    At most `window` items are in flight, so memory stays flat however long the input is, and
    results come back in input order. A worker that dies (a crash inside a library, the OOM killer)
    breaks the pool: a fresh pool retries the document alone, and only the document that kills a
    worker on its own gets an error record, so a rerun does not die at the same place.
    """

    def __init__(self, config: PipelineConfig, workers: int, window_per_worker: int = 8) -> None:
        self.config = config
        self.workers = workers
        self.window = workers * window_per_worker

    def _start(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.config,))

    def map(self, items: Iterable[Item]) -> Iterator[Result]:
        self.pool = self._start()
        pending: deque[tuple[Item, cf.Future[Result]]] = deque()
        try:
            for item in items:
                pending.append((item, self.pool.submit(_process, item)))
                if len(pending) >= self.window:
                    yield self._next(pending)
            while pending:
                yield self._next(pending)
        finally:
            self.pool.shutdown(cancel_futures=True)

    def _next(self, pending: deque[tuple[Item, cf.Future[Result]]]) -> Result:
        item, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            result = self._alone(item)
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, self.pool.submit(_process, other))
            return result
        except Exception as e:  # e.g. the item or its result could not be sent between processes
            return _error_line(item, type(e).__name__, str(e) or repr(e))

    def _alone(self, item: Item) -> Result:
        self.pool.shutdown(cancel_futures=True)
        self.pool = self._start()
        try:
            return self.pool.submit(_process, item).result()
        except BrokenProcessPool:
            self.pool.shutdown(cancel_futures=True)
            self.pool = self._start()
            return _error_line(item, "WorkerCrashed", "a worker process died while processing this document")


def make_executor(config: PipelineConfig, workers: int) -> Executor:
    return SerialExecutor(config) if workers <= 1 else ProcessPoolExecutor(config, workers)
