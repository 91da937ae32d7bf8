"""How often our own labellers spell one speaker's Latin name the same way: a ceiling for exact-match Latin.

For every gold speaker (its Arabic form) labelled with a Latin name in articles of two or more label files
(each file a different labelling round), count the speakers given one spelling in all of them, and, over
every pair of articles naming the same speaker in any file, the share of pairs that agree.

    python benchmarks/quotes/latin_agreement.py benchmarks/quotes/news_dev.jsonl \
        benchmarks/quotes/seeds.jsonl models/labels/news_train.jsonl \
        models/labels/news_train_b6.jsonl models/labels/news_quotes_b7.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path


def spellings(paths: list[Path]) -> dict[str, dict[tuple[str, str], str]]:
    """speaker → {(label file, article id): the first Latin name given there}."""
    names: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for quote in record.get("quotes", []):
                if quote.get("speaker") and quote.get("latin"):
                    names[quote["speaker"]].setdefault((path.name, record["id"]), quote["latin"])
    return names


def main(argv: list[str]) -> None:
    names = spellings([Path(arg) for arg in argv])
    across = {sp: docs for sp, docs in names.items() if len({file for file, _ in docs}) >= 2}
    same = [sp for sp, docs in across.items() if len(set(docs.values())) == 1]
    pairs = [a == b for docs in names.values() for a, b in combinations(docs.values(), 2)]
    print(f"speakers labelled in two or more files: {len(across)}, one spelling in all: {len(same)}")
    print(f"pairs of articles naming one speaker: {len(pairs)}, same spelling: {sum(pairs)}")
    for speaker, docs in sorted(across.items()):
        if speaker not in same:
            print(f"  {speaker}: {' / '.join(sorted(set(docs.values())))}")


if __name__ == "__main__":
    main(sys.argv[1:])
