"""How much snapping foreign names to written spellings (`pipeline/latin/known.py`) buys on ANETAC forms that
the graphone model never saw: trains the ANETAC model on the train split only (about 45 s), then compares its
own spellings with the snapped ones on the dev split (exact match against any of a form's spellings).

    .venv/bin/python benchmarks/known_spellings.py [--corpora ../shared/corpora]

The shipped model is trained on train + dev, so `nlp-pipeline translit eval --split dev` cannot say this; its
test split (never trained on) can: `nlp-pipeline translit eval`, `chosen` against `chosen_unsnapped`.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from nlp_pipeline.pipeline.latin.graphone import TranslitModel
from nlp_pipeline.pipeline.latin.known import known_spelling
from nlp_pipeline.training.translit import PAIRS_FILE, align, read_pairs, split_of, train_ngrams

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = ap.parse_args()
    pairs = read_pairs(args.corpora / PAIRS_FILE)
    logp, logbow = train_ngrams(align([p for p in pairs if split_of(p[0]) == "train"], iterations=5), 4)
    model = TranslitModel(4, logp, logbow, {})
    refs: dict[str, set[str]] = defaultdict(set)
    for arabic, latin in pairs:
        if split_of(arabic) == "dev":
            refs[arabic].add(latin)
    own = {arabic: model.best(arabic)[1] for arabic in refs}
    snapped = {arabic: known_spelling(model, arabic, latin) for arabic, latin in own.items()}
    report = {
        "dev_forms": len(refs),
        "exact_model": round(sum(own[a] in refs[a] for a in refs) / len(refs), 4),
        "exact_snapped": round(sum(snapped[a] in refs[a] for a in refs) / len(refs), 4),
        "changed": sum(own[a] != snapped[a] for a in refs),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
