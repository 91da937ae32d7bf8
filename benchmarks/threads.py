"""Tagging with one BLAS thread against OpenBLAS's default (a spin-waiting thread per core), on an idle
machine and beside busy processes: why every process of `run` tags with one thread (README, "Threads").

Usage: .venv/bin/python benchmarks/threads.py [--docs 50] [--busy 0 1] [--corpora ../shared/corpora]
Prints tokens/s of the whole pipeline, in-process, for each (busy processes, threads) pair, runs interleaved.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from run_all import ROOT

ONE_RUN = """
import json, sys, time
from threadpoolctl import threadpool_limits
if sys.argv[2] == "1":
    threadpool_limits(limits=1, user_api="blas")
import nlp_pipeline
nlp = nlp_pipeline.load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp(texts[0])  # the models load outside the timed part
t0 = time.perf_counter()
tokens = sum(len(nlp(text).tokens) for text in texts)
print(round(tokens / (time.perf_counter() - t0)))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=50)
    ap.add_argument(
        "--busy", type=int, nargs="+", default=[0, 1], help="numbers of busy-loop processes beside"
    )
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from run_all import news_jsonl

    build = ROOT / "build" / "bench"
    build.mkdir(parents=True, exist_ok=True)
    src = news_jsonl(args.corpora, args.docs, build / f"news{args.docs}.jsonl")
    for busy in args.busy:
        loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
        try:
            time.sleep(0.5)
            for threads in ("1", "default"):
                cmd = [sys.executable, "-c", ONE_RUN, str(src), threads]
                rate = subprocess.run(
                    cmd, cwd=ROOT, capture_output=True, text=True, check=True
                ).stdout.strip()
                print(f"busy processes beside: {busy}, BLAS threads: {threads}: {rate} tokens/s", flush=True)
        finally:
            for loop in loops:
                loop.kill()


if __name__ == "__main__":
    main()
