"""`run` on CSV, TSV and Parquet: a record per row, other columns in meta, bad rows and files as errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from nlp_pipeline.batch import tables

from .test_cli import FAST, run_cli

LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار."
KREMLIN = "أعلن الكرملين، في بيان، أن بوتين سيزور دمشق.\nوقال «إن الزيارة مهمة»."


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def test_csv_rows_with_an_empty_cell_and_bad_bytes(tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "news.csv",
        [
            ["url", "body", "id"],
            ["u1", LAVROV, "a"],
            ["u2", "  ", "b"],
            ["u3", KREMLIN, ""],
            ["u4", "x", "d"],
        ],
    )
    src.write_bytes(src.read_bytes().replace(b"u4,x", b"u4,\xff"))  # a byte that is not UTF-8, in row 4
    code, records, _ = run_cli([str(src), "--text-column", "body", "--no-ner"])
    assert code == 1
    assert [r["id"] for r in records] == ["a", "b", "news:3", "d"]
    assert [r["source"] for r in records] == [f"{src}:{n}" for n in (1, 2, 3, 4)]
    assert records[0]["text"] == LAVROV and records[0]["meta"] == {"url": "u1"}
    assert records[1]["error"]["type"] == "EmptyDocument"
    assert records[2]["text"] == KREMLIN  # quoted cell with a comma and a line break
    assert [q["text"] for q in records[2]["quotes"]] == ["بوتين سيزور دمشق", "إن الزيارة مهمة"]
    assert records[3]["error"]["type"] == "UnicodeDecodeError"


def test_a_missing_text_column_is_one_error_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    wrong = write_csv(tmp_path / "wrong.csv", [["id", "content"], ["1", LAVROV], ["2", KREMLIN]])
    good = write_csv(tmp_path / "good.tsv", [["text", "site"], [LAVROV, "x"]], delimiter="\t")
    code, records, _ = run_cli([str(wrong), str(good), *FAST])
    assert code == 1
    assert records[0]["id"] == "wrong" and records[0]["error"]["type"] == "MissingColumn"
    assert '"text"' in records[0]["error"]["message"] and "content" in records[0]["error"]["message"]
    assert (records[1]["id"], records[1]["meta"], records[1]["text"]) == ("good:1", {"site": "x"}, LAVROV)
    assert len(records) == 2


def test_a_long_cell_is_one_document(tmp_path: Path) -> None:
    long_text = (KREMLIN + " ") * 20_000  # well over the csv module's 128 kB default field limit
    src = write_csv(tmp_path / "long.csv", [["text"], [long_text], [LAVROV]])
    code, records, _ = run_cli([str(src), *FAST])
    assert code == 0
    assert [r["text"] for r in records] == [long_text, LAVROV]


def test_a_malformed_csv_keeps_the_rows_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        tables, "CSV_FIELD_LIMIT", 1000
    )  # a field over the limit is what the csv module rejects
    src = write_csv(tmp_path / "t.csv", [["text"], [LAVROV], ["ب" * 2000], [LAVROV]])
    code, records, _ = run_cli([str(src), *FAST])
    assert code == 1
    assert records[0]["text"] == LAVROV
    assert (records[1]["id"], records[1]["error"]["type"]) == ("t:2", "MalformedCSV")
    assert len(records) == 2


def test_parquet_rows_with_a_null_cell_and_typed_columns(tmp_path: Path) -> None:
    src = tmp_path / "news.parquet"
    table = pa.table(
        {
            "article_id": [7, 8, 9],
            "body": [LAVROV, None, KREMLIN],
            "published": pa.array([1766534400, 1766620800, None], pa.int64()).cast(pa.timestamp("s")),
            "tags": [["politics"], [], None],
        }
    )
    pq.write_table(table, src, row_group_size=2)  # two row groups: batches cross them
    code, records, _ = run_cli([str(src), "--text-column", "body", "--id-column", "article_id", "--no-ner"])
    assert code == 1
    assert [r["id"] for r in records] == ["7", "8", "9"]
    assert records[0]["meta"] == {"published": "2025-12-24T00:00:00", "tags": ["politics"]}
    assert records[1]["error"]["type"] == "EmptyDocument"
    assert records[2]["meta"] == {"published": None, "tags": None}
    assert records[2]["quotes"][0]["speaker"]["name"] == "الكرملين"


def test_parquet_without_the_text_column_and_a_damaged_file(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": [LAVROV]}), wrong)
    damaged = tmp_path / "damaged.parquet"
    damaged.write_bytes(b"PAR1 this is not parquet")
    code, records, _ = run_cli([str(wrong), str(damaged), *FAST])
    assert code == 1
    assert [(r["id"], r["error"]["type"]) for r in records] == [
        ("wrong", "MissingColumn"),
        ("damaged", "ArrowInvalid"),
    ]
