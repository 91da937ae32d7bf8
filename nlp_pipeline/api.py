"""The Python API: load a pipeline, run it on one text, a stream of texts or a data frame; read output back.

    >>> import nlp_pipeline
    >>> nlp = nlp_pipeline.load()
    >>> doc = nlp("وقال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار.", id="a1")
    >>> [(e.text, e.label) for e in doc.entities]
    [('سيرغي لافروف', 'PER'), ('موسكو', 'LOC')]

Every result is what `nlp-pipeline run` writes for the same input: `doc.to_dict()` is its JSONL record, and a
document that cannot be processed gives a `DocError` (its `to_dict()` is the error record) in its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from nlp_pipeline.batch.executors import PipelineConfig, ProcessPoolExecutor, SerialExecutor, process
from nlp_pipeline.batch.inputs import Item, text_item
from nlp_pipeline.batch.tables import Columns, json_safe, row_item
from nlp_pipeline.tokens.doc import Doc, DocError, from_record
from nlp_pipeline.utils.jsonl import loads_line, numbered_lines

if TYPE_CHECKING:
    import pandas

__all__ = ["Doc", "DocError", "DocumentError", "NewsPipeline", "load", "read_jsonl"]

# What `pipe` accepts: a text, UTF-8 bytes, or a mapping like a JSONL input line ("text", optional "id",
# other keys to meta).
Input = Union[str, bytes, Mapping[str, Any]]
FRAME_CHUNK_ROWS = 1024  # data-frame rows turned into Python objects at a time


class DocumentError(ValueError):
    """Raised by `nlp(text)` when the document cannot be processed; `.error` is the `DocError`."""

    def __init__(self, error: DocError) -> None:
        super().__init__(f"document {error.id!r}: {error.type}: {error.message}")
        self.error = error


class NewsPipeline:
    """Tokens and sentences, entities (PER/LOC/ORG), and quotations with their speakers, for Arabic news.

    Made by `nlp_pipeline.load()`. The models load on first use, once per process.
    """

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config
        self._serial: SerialExecutor | None = None

    def __call__(
        self, text: str, id: str = "0", meta: Mapping[str, Any] | None = None, source: str = ""
    ) -> Doc:
        """The processed document. Raises `DocumentError` for a text that cannot be processed (empty, or a
        failure inside a stage) where `pipe` would yield a `DocError`."""
        item = _input_item(text, id, source)
        if meta:
            item.meta = json_safe(meta)
        result = process(self._in_process().pipeline, item)
        if isinstance(result, DocError):
            raise DocumentError(result)
        return result

    def pipe(self, inputs: Iterable[Input], workers: int = 1) -> Iterator[Doc | DocError]:
        """Each input's `Doc`, lazily and in input order; a `DocError` in the place of a bad one.

        An input is a text (id: its position in the stream, from "0"), UTF-8 bytes, or a mapping with
        "text", optional "id", and other keys that go to `meta`. `workers > 1` starts that many processes,
        each loading the models once; the results are the same as with one.
        """
        return self._run((_input_item(x, str(n)) for n, x in enumerate(inputs)), workers)

    def pipe_frame(
        self, frame: pandas.DataFrame, text: str = "text", id: str | None = None, workers: int = 1
    ) -> Iterator[Doc | DocError]:
        """One `Doc` (or `DocError`) per row of a pandas data frame, in row order.

        `text` names the text column; `id` the id column, or None to use the frame's index labels. Other
        columns go to `meta` (JSON-ready: dates as ISO strings, NaN as None). An empty cell gives a DocError
        (`EmptyDocument`); a column that does not exist raises KeyError at once.
        """
        missing = [c for c in (text, id) if c is not None and c not in frame.columns]
        if missing:
            raise KeyError(f"no column {missing[0]!r} in the data frame (columns: {list(frame.columns)})")
        return self._run(_frame_rows(frame, Columns(text=text, id=id)), workers)

    def _run(self, items: Iterable[Item], workers: int) -> Iterator[Doc | DocError]:
        if workers <= 1:
            return self._in_process().run(items, process)
        return ProcessPoolExecutor(self.config, workers).run(items, process)

    def _in_process(self) -> SerialExecutor:
        if self._serial is None:
            self._serial = SerialExecutor(self.config)
        return self._serial


def load(ner: bool = True, quotes: bool = True) -> NewsPipeline:
    """A pipeline with the shipped models: `ner` tags entities, `quotes` finds quotations and their speakers
    (tokens and sentences are always there). Nothing is loaded before the first document."""
    if ner:
        from nlp_pipeline.pipeline.ner.tagger import check_model

        check_model()  # a missing model file is said now, not at the first document
    return NewsPipeline(PipelineConfig(ner=ner, quotes=quotes))


def read_jsonl(path: str | Path) -> Iterator[Doc | DocError]:
    """The records of an output file of `nlp-pipeline run` (or of `doc.to_dict()` lines) as typed
    documents, lazily: a `Doc` per record, a `DocError` per error record. A line that is not a record of this
    schema raises ValueError naming the file and line."""
    path = Path(path)
    with path.open("rb") as f:
        for lineno, raw in numbered_lines(f):
            try:
                yield from_record(loads_line(raw))
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise ValueError(f"{path}:{lineno}: not an output record: {e!r}") from None


def _input_item(value: object, default_id: str, source: str = "") -> Item:
    if isinstance(value, str):
        return row_item({"text": value}, Columns(), default_id, source)
    if isinstance(value, bytes):
        return text_item(default_id, source, value)
    if isinstance(value, Mapping):
        return row_item(value, Columns(), default_id, source)
    message = f'expected a str, UTF-8 bytes or a mapping with "text", not {type(value).__name__}'
    return Item(default_id, source, error=("NotText", message))


def _frame_rows(frame: pandas.DataFrame, columns: Columns) -> Iterator[Item]:
    for start in range(0, len(frame), FRAME_CHUNK_ROWS):
        chunk = frame.iloc[start : start + FRAME_CHUNK_ROWS]
        chunk = chunk.astype(object).where(chunk.notna(), None)  # NaN, NaT and NA all become None
        for label, row in zip(chunk.index, chunk.to_dict("records")):
            yield row_item(row, columns, str(label), "")
