"""`export`: an output JSONL file -> one Parquet or CSV file per table, streamed in batches.

Memory stays bounded by the batch, whatever the size of the input: the file is read twice, first for the
`meta` keys (a Parquet file needs its columns before the first row), then for the rows.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from nlp_pipeline.views.records import iter_records
from nlp_pipeline.views.tables import TABLES, Row, columns, record_rows

FORMATS = ("parquet", "csv")
BATCH_DOCUMENTS = 200  # documents per row group / flush: a few MB of rows


class TableWriter(Protocol):
    def write(self, rows: list[Row]) -> None: ...
    def close(self) -> None: ...


def export_tables(path: Path, out_dir: Path, fmt: str = "parquet") -> dict[str, int]:
    """Write DIR/{documents,entities,quotes,speakers}.{fmt}; return the number of rows in each."""
    if fmt not in FORMATS:
        raise ValueError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    meta_keys = list(dict.fromkeys(k for r in iter_records(path) for k in r.get("meta") or {}))
    out_dir.mkdir(parents=True, exist_ok=True)
    final = {t: out_dir / f"{t}.{fmt}" for t in TABLES}
    partial = {t: p.with_name(f".{p.name}.partial") for t, p in final.items()}
    make = ParquetTable if fmt == "parquet" else CsvTable
    writers = {t: make(partial[t], columns(t, meta_keys)) for t in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    try:
        for batch in _batches(iter_records(path)):
            for table, rows in batch.items():
                writers[table].write(rows)
                counts[table] += len(rows)
    finally:
        for writer in writers.values():
            writer.close()
    for table in TABLES:
        os.replace(partial[table], final[table])  # all tables appear together, never half-written
    return counts


def _batches(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, list[Row]]]:
    batch: dict[str, list[Row]] = {t: [] for t in TABLES}
    documents = 0
    for record in records:
        for table, rows in record_rows(record).items():
            batch[table] += rows
        documents += 1
        if documents == BATCH_DOCUMENTS:
            yield batch
            batch, documents = {t: [] for t in TABLES}, 0
    yield batch


class ParquetTable:
    def __init__(self, path: Path, cols: dict[str, str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"str": pa.string(), "int": pa.int64(), "list": pa.list_(pa.string())}
        self.schema = pa.schema([(name, types[kind]) for name, kind in cols.items()])
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.pa = pa

    def write(self, rows: list[Row]) -> None:
        if rows:
            self.writer.write_table(self.pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


class CsvTable:
    """UTF-8 with a byte-order mark, so that spreadsheets show Arabic; a list is its ids joined by spaces."""

    def __init__(self, path: Path, cols: dict[str, str]) -> None:
        self.stream = path.open("w", encoding="utf-8-sig", newline="")
        self.lists = [name for name, kind in cols.items() if kind == "list"]
        self.writer = csv.DictWriter(self.stream, fieldnames=list(cols), restval="")
        self.writer.writeheader()

    def write(self, rows: list[Row]) -> None:
        for row in rows:
            self.writer.writerow({**row, **{name: " ".join(row.get(name) or []) for name in self.lists}})

    def close(self) -> None:
        self.stream.close()
