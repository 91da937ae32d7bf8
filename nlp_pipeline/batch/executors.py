"""Executors map the pipeline over a stream of items and yield output lines in input order.

They are the only place that knows about processes. A distributed engine is another class with the
same `map` method; stages never change.
"""

from __future__ import annotations

import concurrent.futures as cf
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from nlp_pipeline.batch.inputs import Item
from nlp_pipeline.pipeline.runner import Pipeline, default_stages, to_line
from nlp_pipeline.tokens.doc import Doc, DocError

Result = tuple[str, bool]  # (JSON line, whether it is an error record)
T = TypeVar("T")
Job = Callable[[Pipeline, Item], T]  # a module-level function, so that workers can be sent it by name


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


def _init_worker(config: PipelineConfig) -> None:
    global _worker_pipeline
    import torch

    torch.set_num_threads(1)  # one process per core: threads inside a worker would fight each other
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
    return to_line(rec), "error" in rec


def _in_worker(job: Job[T], item: Item) -> T:
    assert _worker_pipeline is not None
    return job(_worker_pipeline, item)


class ProcessPoolExecutor(Executor):
    """A local pool of worker processes, each loading the models once.

    At most `window` items are in flight, so memory stays flat however long the input is, and
    results come back in input order.
    """

    def __init__(self, config: PipelineConfig, workers: int, window_per_worker: int = 8) -> None:
        self.config = config
        self.workers = workers
        self.window = workers * window_per_worker

    def run(self, items: Iterable[Item], job: Job[T]) -> Iterator[T]:
        with cf.ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.config,)) as pool:
            pending: deque[cf.Future[T]] = deque()
            for item in items:
                pending.append(pool.submit(_in_worker, job, item))
                if len(pending) >= self.window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()


def make_executor(config: PipelineConfig, workers: int) -> Executor:
    return SerialExecutor(config) if workers <= 1 else ProcessPoolExecutor(config, workers)
