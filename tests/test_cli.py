"""The batch command on real and bad input: one record per document, exit codes, worker equality."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli import app

from .conftest import ROOT, SEEDS

FAST = ["--no-ner", "--no-quotes"]  # input handling does not need the models


def run_cli(args: list[str], stdin: str | None = None) -> tuple[int, list[dict], str]:
    res = CliRunner().invoke(app, ["run", *args], input=stdin)
    records = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    return res.exit_code, records, res.stderr


def check_spans(rec: dict) -> None:
    text = rec["text"]
    spans = rec["tokens"] + rec["entities"] + rec["quotes"]
    spans += [q["cue"] for q in rec["quotes"] if q.get("cue")]
    spans += [q["speaker"] for q in rec["quotes"] if q.get("speaker") and "start" in q["speaker"]]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_seeds_directory_gives_one_record_per_article_in_order(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    code, _, _ = run_cli([str(ROOT / "seeds"), "-o", str(out)])
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [p.stem for p in SEEDS]
    for rec, path in zip(records, SEEDS):
        assert rec["schema_version"] == "1"
        assert rec["text"] == path.read_text(encoding="utf-8")
        assert set(rec) >= {"sentences", "tokens", "entities", "quotes", "meta", "source"}
        check_spans(rec)
    assert not list(tmp_path.glob(".*.partial"))


def test_bad_inputs_become_error_records_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن الاجتماع كان مثمرا.", encoding="utf-8")
    (tmp_path / "bad_utf8.txt").write_bytes("سوريا".encode() + b"\xff\xfe tail")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(
        '{"id": "a", "text": "موسكو", "lang": "ar"}\n{not json\n{"id": "b"}\n[1, 2]\n{"text": "دمشق"}\n',
        encoding="utf-8",
    )
    args = [str(tmp_path / n) for n in ("bad_utf8.txt", "empty.txt", "binary.txt", "missing.txt")]
    code, recs, _ = run_cli([*FAST, str(good), *args, str(jsonl)])
    assert code == 1
    by_id = {r["id"]: r for r in recs}
    assert [r["id"] for r in recs] == [
        "good",
        "bad_utf8",
        "empty",
        "binary",
        "missing",
        "a",
        "docs:2",
        "b",
        "docs:4",
        "docs:5",
    ]
    assert "error" not in by_id["good"]
    assert by_id["bad_utf8"]["error"]["type"] == "UnicodeDecodeError"
    assert by_id["bad_utf8"]["error"]["byte_offset"] == len("سوريا".encode())
    assert by_id["empty"]["error"]["type"] == "EmptyDocument"
    assert by_id["binary"]["error"]["type"] == "BinaryInput"
    assert by_id["missing"]["error"]["type"] == "FileNotFoundError"
    assert by_id["a"]["meta"] == {"lang": "ar"} and by_id["a"]["text"] == "موسكو"
    assert by_id["docs:2"]["error"]["type"] == "MalformedJSONL"
    assert by_id["b"]["error"]["type"] == "MissingText"
    assert by_id["docs:4"]["error"]["type"] == "MalformedJSONL"
    assert by_id["docs:5"]["text"] == "دمشق"
    for rec in recs:
        assert rec["schema_version"] == "1" and "source" in rec


def test_stdin_text_and_jsonl() -> None:
    code, recs, _ = run_cli([*FAST, "-"], stdin="أكد لافروف أن روسيا مستعدة.")
    assert code == 0 and recs[0]["id"] == "stdin" and len(recs[0]["tokens"]) == 6
    code, recs, _ = run_cli([*FAST, "--stdin-format", "jsonl", "-"], stdin='{"id": 7, "text": "نص"}\n')
    assert code == 0 and recs[0]["id"] == "7"


@pytest.mark.parametrize(
    "args",
    [
        ["--workers", "0", "x.txt"],
        ["--stdin-format", "xml", "-"],
        [],
        ["--resume", "x.txt"],
        ["--bogus", "x"],
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "nlp_pipeline", "run", *args], capture_output=True, text=True, cwd=ROOT
    )
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert res.stderr.strip()


def test_help_explains_options_with_an_example() -> None:
    res = CliRunner().invoke(app, ["run", "--help"])
    assert res.exit_code == 0
    for option in ("--output", "--workers", "--stdin-format", "--progress", "--resume", "Example"):
        assert option in res.stdout


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, path in enumerate(SEEDS * 3):
        (docs / f"{i:02d}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "zz.txt").write_bytes(b"\xc3\x28")
    outs = []
    for n in ("1", "2"):
        out = tmp_path / f"w{n}.jsonl"
        res = subprocess.run(
            [sys.executable, "-m", "nlp_pipeline", "run", str(docs), "-o", str(out), "--workers", n],
            capture_output=True, cwd=ROOT,
        )  # fmt: skip
        assert res.returncode == 1, res.stderr  # zz.txt is an error record
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b"\n") == 7
