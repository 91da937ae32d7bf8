"""Start-up of a one-document `nlp-pipeline run`, this tree against an older commit, runs interleaved.

Usage: .venv/bin/python benchmarks/startup_compare.py OLD_TREE [--runs 5]
OLD_TREE: a checkout of the older commit, e.g. `git worktree add --detach ../old 1a37cf8`. Both trees run with
this venv's packages; seconds to the first record and CPU seconds, medians (README, "Start-up").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from run_all import ROOT, _timed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old_tree", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    doc = sorted((ROOT / "seeds").glob("*.txt"))[0]
    trees = {"old": args.old_tree.resolve(), "this": ROOT}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, tree in trees.items():
            # `python -m` in that tree, which it puts first on sys.path: that tree's nlp_pipeline runs
            os.environ["PYTHONPATH"] = str(tree)
            cmd = [sys.executable, "-m", "nlp_pipeline", "run", str(doc)]
            times[name].append(_timed(cmd, first_line=True, cwd=tree))
    for name, runs in times.items():
        walls, cpus = zip(*runs)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"{name} ({trees[name]}): first record {wall:.2f} s, CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
