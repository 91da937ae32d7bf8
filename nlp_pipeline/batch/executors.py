"""Executors run a job over a stream of items and yield the results in input order.

They are the only place that knows about processes. A distributed engine is another class with the
same `run` method; stages never change.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from nlp_pipeline.batch.inputs import Item
from nlp_pipeline.pipeline.runner import Pipeline, default_stages
from nlp_pipeline.tokens.doc import Doc, DocError
from nlp_pipeline.utils.jsonl import dumps_line

T = TypeVar("T")
Job = Callable[[Pipeline, Item], T]  # a module-level function, so that workers can be sent it by name


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


class Executor:
    """Runs a job (`line_result`, `process`) on every item, yielding the results in input order."""

    def run(self, items: Iterable[Item], job: Job[T]) -> Iterator[T]:
        raise NotImplementedError

    def map(self, items: Iterable[Item]) -> Iterator[Result]:
        return self.run(items, line_result)


class SerialExecutor(Executor):
    def __init__(self, config: PipelineConfig) -> None:
        self.pipeline = config.build()

    def run(self, items: Iterable[Item], job: Job[T]) -> Iterator[T]:
        for item in items:
            yield job(self.pipeline, item)


_worker_pipeline: Pipeline | None = None


def one_blas_thread(config: PipelineConfig) -> None:
    """One BLAS thread for the tagger in this process (`tagger.one_blas_thread`), in workers and in a
    one-process `run` alike."""
    if config.ner:
        from nlp_pipeline.pipeline.ner.tagger import one_blas_thread as limit

        limit()


def _init_worker(config: PipelineConfig) -> None:
    global _worker_pipeline
    one_blas_thread(config)
    _worker_pipeline = config.build()


def process(pipeline: Pipeline, item: Item) -> Doc | DocError:
    """The processed document for one input item; bad input or a failure inside a stage gives a DocError."""
    if item.error is not None:
        return DocError(item.id, item.source, *item.error, extra=dict(item.error_extra))
    assert item.text is not None
    try:
        return pipeline(Doc(id=item.id, text=item.text, source=item.source, meta=item.meta))
    except Exception as e:  # one bad document never stops the batch
        return DocError(item.id, item.source, type(e).__name__, str(e) or repr(e))


def record(pipeline: Pipeline, item: Item) -> dict[str, Any]:
    """The output record for one input item (an error record for a DocError)."""
    return process(pipeline, item).to_dict()


def line_result(pipeline: Pipeline, item: Item) -> Result:
    rec = record(pipeline, item)
    try:
        line = dumps_line(rec)
    except Exception as e:  # e.g. NaN or 1e999 in meta, nesting too deep: this document's error record
        return _error_line(item, type(e).__name__, f"cannot write the record as JSON: {e}")
    error = rec["error"]["type"] if "error" in rec else None
    return Result(line, item.id, error, len(rec.get("tokens", ())), item.counts)


def _error_line(item: Item, error_type: str, message: str) -> Result:
    line = dumps_line(DocError(item.id, item.source, error_type, message).to_dict())
    return Result(line, item.id, error_type, 0, item.counts)


def _failed(job: Job[Any], item: Item, error_type: str, message: str) -> Any:
    """What a job yields for an item whose worker failed: an error line, or a DocError."""
    if job is line_result:
        return _error_line(item, error_type, message)
    return DocError(item.id, item.source, error_type, message)


def _in_worker(job: Job[T], item: Item) -> T:
    assert _worker_pipeline is not None
    return job(_worker_pipeline, item)


class ProcessPoolExecutor(Executor):
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

    def run(self, items: Iterable[Item], job: Job[T]) -> Iterator[T]:
        self.pool = self._start()
        pending: deque[tuple[Item, cf.Future[T]]] = deque()
        try:
            for item in items:
                pending.append((item, self.pool.submit(_in_worker, job, item)))
                if len(pending) >= self.window:
                    yield self._next(pending, job)
            while pending:
                yield self._next(pending, job)
        finally:
            self.pool.shutdown(cancel_futures=True)

    def _next(self, pending: deque[tuple[Item, cf.Future[T]]], job: Job[T]) -> T:
        item, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            result = self._alone(item, job)
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, self.pool.submit(_in_worker, job, other))
            return result
        except Exception as e:  # e.g. the item or its result could not be sent between processes
            return _failed(job, item, type(e).__name__, str(e) or repr(e))

    def _alone(self, item: Item, job: Job[T]) -> T:
        self.pool.shutdown(cancel_futures=True)
        self.pool = self._start()
        try:
            return self.pool.submit(_in_worker, job, item).result()
        except BrokenProcessPool:
            self.pool.shutdown(cancel_futures=True)
            self.pool = self._start()
            return _failed(job, item, "WorkerCrashed", "a worker process died while processing this document")


def make_executor(config: PipelineConfig, workers: int) -> Executor:
    """`run`'s executor (the Python API leaves BLAS threads as the caller has them)."""
    if workers > 1:
        return ProcessPoolExecutor(config, workers)
    one_blas_thread(config)
    return SerialExecutor(config)
