"""Batch robustness: kill -9 and --resume, Ctrl-C, fuzzed documents through every stage."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp_pipeline.batch.executors import PipelineConfig, record
from nlp_pipeline.batch.inputs import Item, text_item
from nlp_pipeline.batch.outputs import partial_path

from .conftest import ROOT, SEEDS

PIPELINE = PipelineConfig().build()


def make_corpus(path: Path, n: int) -> list[str]:
    paragraphs = [p for s in SEEDS for p in s.read_text(encoding="utf-8").split("\n") if len(p) > 80]
    ids = [f"doc{i}" for i in range(n)]
    with path.open("w", encoding="utf-8") as f:
        for i, doc_id in enumerate(ids):
            text = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(3))
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return ids


def start(args: list[str]) -> subprocess.Popen:
    """`run` in a child whose Ctrl-C is the default one: a shell starts background jobs with SIGINT ignored,
    Python keeps it ignored, and the run would then finish instead of stopping (status 0, not 130)."""
    cmd = [sys.executable, "-m", "nlp_pipeline", "run", *args]
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 (no threads here)
    )


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    raise AssertionError("the run ended or stalled before it could be interrupted")


def test_sigkill_then_resume_gives_every_document_exactly_once(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    ids = make_corpus(src, 150)
    out = tmp_path / "out.jsonl"
    # first run without --resume: lines go to the hidden .partial file, never to OUT
    proc = start([str(src), "-o", str(out)])
    wait_for_lines(partial_path(out), 10, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists()
    # second run with --resume, killed too: adopts the partial file and appends whole lines
    proc = start([str(src), "-o", str(out), "--resume"])
    wait_for_lines(out, 40, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with out.open("ab") as f:
        f.write(b'{"schema_version": "1", "id": "torn')  # as if killed in the middle of a line
    done = subprocess.run([sys.executable, "-m", "nlp_pipeline", "run", str(src), "-o", str(out), "--resume"],
                          cwd=ROOT, capture_output=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(ids)
    assert all("entities" in r for r in records)


def test_ctrl_c_keeps_finished_documents(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    make_corpus(src, 150)
    out = tmp_path / "out.jsonl"
    proc = start([str(src), "-o", str(out)])
    wait_for_lines(partial_path(out), 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 5
    assert all(json.loads(line)["id"].startswith("doc") for line in lines)


PIECES = st.sampled_from(
    ["قال لافروف: «", "»", "“", "”", '"', "‹", "›", "وأضاف أن ", "موسكو", "\n", " ", ".", "؟", "ـ", "\u200f",
     "\u064b\u0651", "\ufefb", "abc ", "٢٠٢٥", "\x00", "!!!", "«««", "»»»", "أكد الأخير أن ", "بحسب مصادر "]
)  # fmt: skip
DOCS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join).map(str.encode),
    st.text(max_size=200).map(str.encode),
    st.binary(max_size=200),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DOCS, min_size=1, max_size=4))
def test_fuzzed_documents_each_give_one_valid_record(docs: list[bytes]) -> None:
    items: list[Item] = [text_item(f"d{i}", "fuzz", data) for i, data in enumerate(docs)]
    records = [record(PIPELINE, item) for item in items]
    assert [r["id"] for r in records] == [f"d{i}" for i in range(len(docs))]
    for rec in records:
        json.dumps(rec, ensure_ascii=False)
        if "error" in rec:
            assert rec["error"]["type"] in ("UnicodeDecodeError", "EmptyDocument", "BinaryInput")
            continue
        text = rec["text"]
        for span in rec["tokens"] + rec["entities"] + rec["quotes"]:
            assert text[span["start"] : span["end"]] == span["text"]
        assert all(e["label"] in ("PER", "LOC", "ORG") for e in rec["entities"])


def test_a_five_megabyte_document() -> None:
    # every stage but the tagger (whose cost is linear and measured by `make bench`): nothing quadratic
    text = (SEEDS[0].read_text(encoding="utf-8") + "\n") * (5_000_000 // 19_000)
    rec = record(PipelineConfig(ner=False).build(), Item("big", "big.txt", text=text))
    assert "error" not in rec
    assert len(rec["quotes"]) > 1000
    assert rec["tokens"][-1]["end"] <= len(text)
