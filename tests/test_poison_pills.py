"""One strange document never stops a batch, and --resume always finishes it (issue 14).

Plain tests for every case the fuzzer (test_fuzz_run.py) found, and for output failures.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nlp_pipeline.batch.executors import PipelineConfig, ProcessPoolExecutor
from nlp_pipeline.batch.inputs import Item
from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.runner import Pipeline
from nlp_pipeline.tokens.doc import Doc

from .conftest import ROOT, SEEDS
from .test_fuzz_run import run_and_check

FAST = ["--no-ner", "--no-quotes"]


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    cmd = [sys.executable, "-m", "nlp_pipeline", "run", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, **kwargs)


def test_the_issue_commands_end_with_three_records_and_status_1(tmp_path: Path) -> None:
    src, out = tmp_path / "odd.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        '{"id":"a","text":"نص أول"}\n{"id":"s","text":"قال \\ud800 لافروف"}\n{"id":"b","text":"نص ثان"}\n'
    )
    for extra in ([], ["--resume"]):
        res = cli(str(src), "-o", str(out), *extra)
        assert res.returncode == 1, res.stderr
        assert b"Traceback" not in res.stderr
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in records] == ["a", "s", "b"]
        assert "error" not in records[2]
        assert records[1]["error"] == {
            "type": "LoneSurrogate",
            "message": "line 2: text holds a lone surrogate U+D800 at offset 4",
            "offset": 4,
        }


# (JSONL line, the error type it must give, or None when it is processed, and what the record must hold)
FOUND: dict[str, tuple[bytes, str | None, dict]] = {
    "lone surrogate in the id: U+FFFD": (
        b'{"id": "x\\udc80", "text": "\\u0646\\u0635"}',
        None,
        {"id": "x\ufffd"},
    ),
    "lone surrogate in meta: U+FFFD": (
        b'{"text": "\\u0646\\u0635", "k\\ud800": ["\\udfff"]}',
        None,
        {"meta": {"k\ufffd": ["\ufffd"]}},
    ),
    "an object as id: its JSON text": (b'{"id": {"a": 1}, "text": "x"}', None, {"id": '{"a": 1}'}),
    "true as id": (b'{"id": true, "text": "x"}', None, {"id": "true"}),
    "meta that is not an object": (b'{"text": "x", "meta": 5}', None, {"meta": {"meta": 5}}),
    "NUL and bidi controls in the text": (b'{"text": "a\\u0000\\u202eb"}', None, {"text": "a\x00\u202eb"}),
    "1e999 (infinity) in meta": (b'{"text": "x", "n": 1e999}', "ValueError", {}),
    "NaN in meta": (b'{"text": "x", "n": NaN}', "ValueError", {}),
    "nesting deeper than JSON readers allow": (
        b'{"text": "x", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "MalformedJSONL",
        {},
    ),  # fmt: skip
    "invalid UTF-8 (a raw surrogate)": (
        '{"text": "\ud800"}'.encode("utf-8", "surrogatepass"),
        "MalformedJSONL",
        {},
    ),
    "a JSON string, not an object": (b'"text"', "MalformedJSONL", {}),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_found_by_the_fuzzer(name: str, tmp_path: Path) -> None:
    line, error_type, expected = FOUND[name]
    src = tmp_path / "in.jsonl"
    src.write_bytes(line + b"\n")
    (record,) = run_and_check([*FAST, str(src)], [f"{src}:1"], tmp_path / "out.jsonl")
    assert record.get("error", {}).get("type") == error_type
    assert {k: record[k] for k in expected} == expected


def test_a_directory_with_odd_entries_gives_one_record_per_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    base = os.fsencode(folder)
    (folder / "good.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    Path(os.fsdecode(base + b"/bad\xffname.txt")).write_text("نص", encoding="utf-8")
    Path(os.fsdecode(base + b"/\x80.txt")).write_bytes(b"")  # the fuzzer's first find
    os.mkfifo(folder / "fifo.txt")  # never opened: reading it would wait forever
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("/dev/null", folder / "null.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a directory cycle
    out = tmp_path / "out.jsonl"
    res = cli(str(folder), "-o", str(out), timeout=300)
    assert res.returncode == 1, res.stderr  # \x80.txt is empty
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["bad\\xffname", "good", "\\x80"]  # in byte order
    assert records[0]["source"] == f"{folder}/bad\\xffname.txt" and records[0]["text"] == "نص"
    assert records[2]["error"]["type"] == "EmptyDocument"
    skipped = res.stderr.decode().splitlines()
    assert f"nlp-pipeline: skipped {folder}/fifo.txt: not a regular file (a FIFO)" in skipped
    assert f"nlp-pipeline: skipped {folder}/null.txt: not a regular file (a device)" in skipped
    assert any(line.startswith(f"nlp-pipeline: skipped {folder}/loop.txt: cannot stat") for line in skipped)


def test_a_document_over_the_size_limit_is_an_error_record_never_read_whole(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    big = json.dumps({"id": "big", "text": "نص " * 2000}).encode()
    src.write_bytes(b'{"text": "x"}\n' + big + b'\n{"text": "y"}\n')
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    args = [*FAST, "--max-doc-mb", "0.001", str(src), str(tmp_path / "big.txt")]
    records = run_and_check(args, [f"{src}:1", f"{src}:2", f"{src}:3", str(tmp_path / "big.txt")],
                            tmp_path / "out.jsonl")  # fmt: skip
    assert [r.get("error", {}).get("type") for r in records] == [
        None,
        "DocumentTooLarge",
        None,
        "DocumentTooLarge",
    ]
    assert records[1]["id"] == "in:2" and records[1]["error"]["bytes"] == len(big) + 1


def test_a_full_disk_stops_with_one_line_and_resume_finishes(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "نص " * 50}) + "\n" for i in range(40)))

    def small_disk() -> None:  # files over 20 kB cannot grow: write() fails with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    res = cli(*FAST, "--quiet", str(src), "-o", str(out), preexec_fn=small_disk)
    assert res.returncode == 74
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith(f"nlp-pipeline: error: cannot write to {out}: File too large;")
    assert line.endswith("rerun with --resume to go on")
    assert 0 < out.stat().st_size <= 20_000  # what was written is kept, under its name
    res = cli(*FAST, str(src), "-o", str(out), "--resume")
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [str(i) for i in range(40)]


def test_a_full_standard_output_stops_with_one_line(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        res = subprocess.run([sys.executable, "-m", "nlp_pipeline", "run", *FAST, "-q", str(SEEDS[0])],
                             cwd=ROOT, stdout=full, stderr=subprocess.PIPE)  # fmt: skip
    assert res.returncode == 74
    assert res.stderr.decode().splitlines() == [
        "nlp-pipeline: error: cannot write to standard output: No space left on device; "
        "the 0 records before it are kept"
    ]


def poison(doc: Doc) -> Doc:
    if "POISON" in doc.text:
        os._exit(1)  # as a crash inside a native library would end the worker
    return tokenize_doc(doc)


class PoisonConfig(PipelineConfig):
    def build(self) -> Pipeline:
        return Pipeline([poison])


def test_a_document_that_kills_its_worker_gets_an_error_record_and_the_batch_goes_on() -> None:
    texts = ["نص", "نص", "POISON", "نص", "نص", "نص"]
    items = [Item(f"d{i}", "t", text=t) for i, t in enumerate(texts)]
    results = list(ProcessPoolExecutor(PoisonConfig(), workers=2).map(items))
    records = [json.loads(result.line) for result in results]
    assert [r["id"] for r in records] == [f"d{i}" for i in range(6)]
    assert [r.get("error", {}).get("type") for r in records] == [
        None,
        None,
        "WorkerCrashed",
        None,
        None,
        None,
    ]
    assert [result.error for result in results] == [None, None, "WorkerCrashed", None, None, None]
