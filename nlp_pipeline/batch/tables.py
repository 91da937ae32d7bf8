"""Tables as document streams: CSV/TSV files (row by row), Parquet files (batch by batch), data-frame rows.

One row is one document: its text column gives the text, its id column the id (default `STEM:ROW`, row 1
being the first row under the header), and every other column goes to `meta`. A file without the text column
gives ONE error record (`MissingColumn`, id = file stem): none of its rows can be a document. An empty cell
gives an `EmptyDocument` record for that row, bytes that are not UTF-8 a `UnicodeDecodeError` record for it.
"""

from __future__ import annotations

import csv
import datetime
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from nlp_pipeline.batch.inputs import Item

PARQUET_BATCH_ROWS = 256  # articles are a few kB each: a batch stays around a megabyte
CSV_FIELD_LIMIT = 2**31 - 1  # the csv module's default (128 kB) is less than one long article
UNDECODED = regex.compile(
    r"[\udc80-\udcff]"
)  # what errors="surrogateescape" makes of a byte that is not UTF-8


@dataclass(frozen=True)
class Columns:
    """Which columns hold each document's text and id (None: no id column, every id is the default)."""

    text: str = "text"
    id: str | None = "id"


def json_safe(value: Any) -> Any:
    """A value for `meta` that the JSONL record can hold: dates as ISO strings, NaN as null, numpy scalars as
    Python numbers, anything else unknown as its string."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return json_safe(value.tolist())
    return str(value)


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def row_id(row: Mapping[str, Any], columns: Columns, default_id: str) -> str:
    raw_id = row.get(columns.id) if columns.id is not None else None
    return default_id if _is_empty(raw_id) or raw_id == "" else str(raw_id)


def row_item(row: Mapping[str, Any], columns: Columns, default_id: str, source: str) -> Item:
    """The document of one row (or one mapping passed to the Python API)."""
    doc_id = row_id(row, columns, default_id)
    meta = {str(k): json_safe(v) for k, v in row.items() if k not in (columns.text, columns.id)}
    text = row.get(columns.text)
    if columns.text not in row:
        return Item(doc_id, source, meta=meta, error=("MissingText", f'no "{columns.text}" value'))
    if _is_empty(text) or (isinstance(text, str) and not text.strip()):
        error = ("EmptyDocument", f'"{columns.text}" is empty or only whitespace')
        return Item(doc_id, source, meta=meta, error=error)
    if not isinstance(text, str):
        error = ("MissingText", f'"{columns.text}" is not text but {type(text).__name__}')
        return Item(doc_id, source, meta=meta, error=error)
    return Item(doc_id, source, text=text, meta=meta)


def missing_column(path: Path, column: str, names: list[str]) -> Item:
    message = f'{path}: no column "{column}" (columns: {", ".join(names) or "none"}); see --text-column'
    return Item(path.stem, str(path), error=("MissingColumn", message))


def read_csv(path: Path, columns: Columns) -> Iterator[Item]:
    """Row by row; a comma-separated file, or tab-separated for `.tsv`."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        # surrogateescape: a bad byte spoils its own row only (see UNDECODED), not the rest of the file
        f = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as e:
        yield Item(path.stem, str(path), error=(type(e).__name__, f"cannot read {path}: {e.strerror}"))
        return
    with f:
        reader = csv.DictReader(f, delimiter="\t" if path.suffix == ".tsv" else ",", restkey="extra_fields")
        row_number = 0
        try:
            names = list(reader.fieldnames or [])
            if columns.text not in names:
                yield missing_column(path, columns.text, names)
                return
            for row_number, row in enumerate(reader, start=1):
                yield _csv_row_item(row, columns, f"{path.stem}:{row_number}", f"{path}:{row_number}")
        except csv.Error as e:  # malformed past this point: what came before is kept
            where = f"{path.stem}:{row_number + 1}"
            yield Item(where, f"{path}:{row_number + 1}", error=("MalformedCSV", f"{where}: {e}"))


def _csv_row_item(row: dict[str, Any], columns: Columns, default_id: str, source: str) -> Item:
    for name, value in row.items():
        cells = (
            value if isinstance(value, list) else [value]
        )  # a list: the cells past the header's last column
        if bad := next((m for cell in cells if cell and (m := UNDECODED.search(cell))), None):
            doc_id = default_id if name == columns.id else row_id(row, columns, default_id)
            message = f'invalid UTF-8 in column "{name}" at character {bad.start()}'
            return Item(doc_id, source, error=("UnicodeDecodeError", message))
    return row_item(row, columns, default_id, source)


def read_parquet(path: Path, columns: Columns) -> Iterator[Item]:
    """Batch by batch (never the whole file in memory)."""
    import pyarrow.parquet as pq  # deferred: only Parquet inputs need it

    row_number = 0
    try:
        parquet = pq.ParquetFile(path)
        names = parquet.schema_arrow.names
        if columns.text not in names:
            yield missing_column(path, columns.text, names)
            return
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                row_number += 1
                yield row_item(row, columns, f"{path.stem}:{row_number}", f"{path}:{row_number}")
    except (OSError, ValueError) as e:  # unreadable or damaged (pyarrow's errors derive from these)
        doc_id, source = (
            (f"{path.stem}:{row_number + 1}", f"{path}:{row_number + 1}")
            if row_number
            else (path.stem, str(path))
        )
        yield Item(doc_id, source, error=(type(e).__name__, f"cannot read {path}: {e}"))


def read_table(path: Path, columns: Columns | None = None) -> Iterator[Item]:
    """A `.csv`, `.tsv` or `.parquet` file's documents."""
    columns = columns or Columns()
    return read_parquet(path, columns) if path.suffix == ".parquet" else read_csv(path, columns)
