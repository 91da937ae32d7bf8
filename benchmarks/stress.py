"""`make stress`: real articles plus fuzzed variants through `nlp-pipeline run`; every input must give
exactly one output line, and the run must not crash.

Usage: .venv/bin/python benchmarks/stress.py [--articles 300] [--workers 2]
The corpus is generated under build/stress/ (never committed): one .txt file per document, some
of them invalid UTF-8, with NUL bytes, a 1 MB line, only punctuation, only Latin, mixed RTL/LTR,
unbalanced and deeply nested quotation marks.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Variant = Callable[[str, random.Random], bytes]
VARIANTS: dict[str, Variant] = {
    "plain": lambda t, r: t.encode(),
    "invalid_utf8": lambda t, r: t.encode()[: len(t)] + b"\xff\xfe\xc3" + t.encode()[len(t) :],
    "nul_bytes": lambda t, r: t.encode().replace(b" ", b"\x00", 3),
    "one_mb_line": lambda t, r: (t.replace("\n", " ") * (1_000_000 // max(1, len(t)) + 1)).encode(),
    "only_punct": lambda t, r: "".join(r.choice("«»“”\"'.,،؛؟!…-()[]") for _ in range(2000)).encode(),
    "only_latin": lambda t, r: ("Sergei Lavrov said on Monday that Moscow is ready. " * 40).encode(),
    "mixed_bidi": lambda t, r: "\u200f".join(
        w + (" CNN \u202aBBC\u202c 2025" if i % 7 == 0 else "") for i, w in enumerate(t.split(" "))
    ).encode(),  # fmt: skip
    "unbalanced_quotes": lambda t, r: t.replace("»", "").replace("”", "").encode(),
    "nested_marks": lambda t, r: ("قال: " + "«“‹" * 300 + t[:500] + "›”»" * 200).encode(),
    "empty": lambda t, r: b"",
}


def articles(corpora: Path, n: int) -> list[str]:
    from nlp_pipeline.corpora.saudinewsnet import articles as all_articles

    texts = (a.content for a in all_articles(corpora) if a.content.strip())
    return [text for _, text in zip(range(n), texts)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = ap.parse_args()
    rng = random.Random(1234)
    folder = ROOT / "build" / "stress" / "docs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    texts = articles(args.corpora, args.articles)
    names = list(VARIANTS)
    for i, text in enumerate(texts):
        variant = "plain" if i % 3 else names[(i // 3) % len(names)]
        (folder / f"{i:05d}_{variant}.txt").write_bytes(VARIANTS[variant](text, rng))
    out = ROOT / "build" / "stress" / "out.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "nlp_pipeline",
        "run",
        str(folder),
        "-o",
        str(out),
        "--workers",
        str(args.workers),
    ]
    code = subprocess.run(cmd).returncode
    inputs = sorted(p.stem for p in folder.glob("*.txt"))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in records]
    errors = {r["id"]: r["error"]["type"] for r in records if "error" in r}
    bad_spans = sum(
        r["text"][s["start"] : s["end"]] != s["text"]
        for r in records
        if "error" not in r
        for s in r["tokens"] + r["entities"] + r["quotes"]
    )
    report = {"inputs": len(inputs), "records": len(records), "exit_status": code, "error_records": errors,
              "same_ids_in_order": ids == inputs, "bad_spans": bad_spans}  # fmt: skip
    print(json.dumps(report, ensure_ascii=False, indent=1))
    ok = ids == inputs and code in (0, 1) and bad_spans == 0
    print("stress: OK" if ok else "stress: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
