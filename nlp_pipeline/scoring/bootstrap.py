"""Noise on a score: a bootstrap over documents (resampled with replacement, each gold set on its own, so
that a pooled resample keeps the sets' sizes). Documents, not sentences or entities, are the unit, because
the names of one article stand or fall together (label consistency works on the whole article)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from nlp_pipeline.scoring.metrics import Counts
from nlp_pipeline.tokens.doc import ENTITY_LABELS

ROUNDS = 1000
SEED = 1234

DocCounts = Mapping[str, Counts]  # label -> counts, for one document


def as_array(docs: Sequence[DocCounts]) -> np.ndarray:
    """(documents, labels, [tp, fp, fn])."""
    return np.array([[[d[lb].tp, d[lb].fp, d[lb].fn] for lb in ENTITY_LABELS] for d in docs], dtype=np.int64)


def resamples(set_sizes: Sequence[int], rounds: int = ROUNDS, seed: int = SEED) -> np.ndarray:
    """(rounds, documents) indices into the concatenated sets, each set resampled within itself."""
    rng = np.random.default_rng(seed)
    starts = np.cumsum([0, *set_sizes[:-1]])
    parts = [start + rng.integers(0, n, size=(rounds, n)) for start, n in zip(starts, set_sizes) if n]
    return np.concatenate(parts, axis=1)


def _f1(counts: np.ndarray) -> np.ndarray:
    """F1 from [..., 3] counts (0 where undefined)."""
    tp, fp, fn = counts[..., 0], counts[..., 1], counts[..., 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(2 * tp / (2 * tp + fp + fn))


def _recall(counts: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(counts[..., 0] / (counts[..., 0] + counts[..., 2]))


def _interval(values: np.ndarray) -> dict[str, float]:
    low, high = np.percentile(values, [2.5, 97.5])
    return {
        "mean": round(float(values.mean()), 4),
        "low": round(float(low), 4),
        "high": round(float(high), 4),
    }


def summary(docs: np.ndarray, idx: np.ndarray) -> dict[str, Any]:
    """Mean and 95 % interval of micro F1, and of each label's F1 and recall, over the resamples."""
    sums = docs[idx].sum(axis=1)  # (rounds, labels, 3)
    out: dict[str, Any] = {"micro_f1": _interval(_f1(sums.sum(axis=1)))}
    for k, label in enumerate(ENTITY_LABELS):
        out[f"{label}_f1"] = _interval(_f1(sums[:, k]))
        out[f"{label}_recall"] = _interval(_recall(sums[:, k]))
    return out


def paired_delta(docs: np.ndarray, reference: np.ndarray, idx: np.ndarray) -> dict[str, Any]:
    """Micro F1 and PER/ORG recall of `docs` minus `reference` on the same resamples: a change whose
    interval excludes 0 is more than noise."""
    a, b = docs[idx].sum(axis=1), reference[idx].sum(axis=1)
    out = {"micro_f1": _interval(_f1(a.sum(axis=1)) - _f1(b.sum(axis=1)))}
    for k, label in enumerate(ENTITY_LABELS):
        out[f"{label}_recall"] = _interval(_recall(a[:, k]) - _recall(b[:, k]))
    return out
