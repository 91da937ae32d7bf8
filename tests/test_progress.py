"""How `run` says how it is going and how it went (issue 15): live progress on a terminal, a summary at
the end, and nothing with --quiet."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from nlp_pipeline.cli import app

from .conftest import ROOT, SEEDS

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def make_docs(folder: Path) -> None:
    folder.mkdir()
    for i, path in enumerate(SEEDS * 3):
        (folder / f"{i:02d}.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


def run_on_a_terminal(args: list[str]) -> str:
    """What a user would see on the terminal (stderr on a pty), control sequences removed."""
    main, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    cmd = [sys.executable, "-m", "nlp_pipeline", "run", *args]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=secondary)  # fmt: skip
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the process closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert proc.wait(timeout=300) == 1
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r", "\n")


def test_a_terminal_shows_total_rate_and_errors_then_the_summary(tmp_path: Path) -> None:
    make_docs(tmp_path / "docs")
    screen = run_on_a_terminal([str(tmp_path / "docs"), "-o", str(tmp_path / "out.jsonl")])
    live = re.search(r"\d+ documents · [\d.,]+ documents/s · [\d,]+ tokens/s · 1 error record\b", screen)
    assert live, screen
    n = len(SEEDS) * 3 + 1
    total = re.search(rf"files\s+━+\s+\d+/{n}\s+\d+%", screen)  # the bar, with the number of files as total
    assert total, screen
    summary = screen.index(f"nlp-pipeline: {n} documents in ")
    assert summary > live.start()
    assert "  EmptyDocument: 1 (empty)" in screen[summary:]
    assert f"  output: {tmp_path / 'out.jsonl'}" in screen[summary:]
    assert "exit status 1: 1 document could not be processed" in screen[summary:]


def test_the_summary_names_error_types_with_their_first_ids(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = ['{"id": "ok", "text": "قال الوزير إن الاجتماع كان مثمرا."}'] + [
        f'{{"id": "e{i}"}}' for i in range(5)
    ]
    src.write_text("\n".join(lines + ["{broken"]) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["run", "--no-ner", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert res.exit_code == 1
    out = res.stderr.splitlines()
    assert re.fullmatch(r"nlp-pipeline: 7 documents in [\d.]+ s \([\d.,]+ documents/s · [\d,]+ tokens/s\), "
                        r"7 tokens, 6 error records", out[0]), out  # fmt: skip
    assert out[1:] == [
        "  MissingText: 5 (e0, e1, e2, …)",
        "  MalformedJSONL: 1 (in:7)",
        f"  output: {tmp_path / 'out.jsonl'}",
        "exit status 1: 6 documents could not be processed; "
        'their error records are in the output (lines with "error")',
    ]


def test_quiet_silences_progress_summary_and_skips(tmp_path: Path) -> None:
    make_docs(tmp_path / "docs")
    os.mkfifo(tmp_path / "docs" / "fifo.txt")
    res = CliRunner().invoke(app, ["run", "--no-ner", "--quiet", "--progress", str(tmp_path / "docs")])
    assert res.exit_code == 1
    assert res.stderr == ""
    assert res.stdout.count("\n") == len(SEEDS) * 3 + 1
