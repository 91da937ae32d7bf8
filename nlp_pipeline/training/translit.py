"""Training and scoring the graphone transliteration model (`pipeline/latin/graphone.py`) on ANETAC pairs.

EM aligns every Arabic letter to a Latin chunk of 0-3 letters; Viterbi gives each pair's graphone sequence;
interpolated Witten-Bell n-grams over graphones are the model. `nlp-pipeline translit train|eval`.
"""

from __future__ import annotations

import math
import random
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from nlp_pipeline.pipeline.latin.graphone import BOS, EOS, TranslitModel, clean_arabic

MAX_CHUNK = 3  # Latin letters one Arabic letter may align to ("sha", "kh", "ou")
PAIRS_FILE = Path("gazetteers") / "anetac" / "en-ar-named-entities.txt"  # under the corpora folder


def clean_latin(s: str) -> str:
    """Lower-case a-z only: accents are folded (Čalovski -> calovski)."""
    folded = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in folded if "a" <= c <= "z")


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(arabic, latin) pairs from ANETAC's `CLASS English Arabic` lines, cleaned; unusable lines skipped."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            ar, en = clean_arabic(parts[2]), clean_latin(parts[1])
            if ar and en and len(en) <= MAX_CHUNK * len(ar):
                pairs.append((ar, en))
    return pairs


def split_of(arabic: str) -> str:
    """Deterministic train/dev/test split by Arabic form: no spelling of a test name is seen in training."""
    bucket = zlib.crc32(arabic.encode("utf-8")) % 20
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def _chunks(latin: str, j: int) -> Iterable[tuple[int, str]]:
    for k in range(0, min(MAX_CHUNK, len(latin) - j) + 1):
        yield j + k, latin[j : j + k]


def _em_step(
    pairs: Sequence[tuple[str, str]], prob: dict[str, dict[str, float]]
) -> dict[str, dict[str, float]]:
    """One EM iteration of letter -> chunk alignment probabilities (forward-backward over the grid)."""
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for ar, en in pairs:
        n, m = len(ar), len(en)
        fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
        fwd[0][0] = 1.0
        for i, a in enumerate(ar):
            pa = prob[a]
            for j in range(m + 1):
                if fwd[i][j]:
                    for j2, c in _chunks(en, j):
                        fwd[i + 1][j2] += fwd[i][j] * pa.get(c, 1e-9)
        total = fwd[n][m]
        if total <= 0.0:
            continue
        bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
        bwd[n][m] = 1.0
        for i in range(n - 1, -1, -1):
            pa = prob[ar[i]]
            for j in range(m + 1):
                acc = 0.0
                for j2, c in _chunks(en, j):
                    if bwd[i + 1][j2]:
                        p = pa.get(c, 1e-9)
                        acc += p * bwd[i + 1][j2]
                        if fwd[i][j]:
                            counts[ar[i]][c] += fwd[i][j] * p * bwd[i + 1][j2] / total
                bwd[i][j] = acc
    return {a: {c: v / sum(cs.values()) for c, v in cs.items()} for a, cs in counts.items()}


def _viterbi(ar: str, en: str, prob: dict[str, dict[str, float]]) -> list[str] | None:
    """The best alignment of one pair as graphones (Arabic letter + Latin chunk)."""
    n, m = len(ar), len(en)
    best: list[list[tuple[float, int]]] = [[(-math.inf, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i, a in enumerate(ar):
        pa = prob.get(a, {})
        for j in range(m + 1):
            score = best[i][j][0]
            if score == -math.inf:
                continue
            for j2, c in _chunks(en, j):
                p = pa.get(c)
                if p and score + math.log(p) > best[i + 1][j2][0]:
                    best[i + 1][j2] = (score + math.log(p), j)
    if best[n][m][0] == -math.inf:
        return None
    out, j = [], m
    for i in range(n, 0, -1):
        j0 = best[i][j][1]
        out.append(ar[i - 1] + en[j0:j])
        j = j0
    return out[::-1]


def align(
    pairs: Sequence[tuple[str, str]], iterations: int = 5, sample: int = 15000, seed: int = 13
) -> list[list[str]]:
    """Graphone sequences for all pairs: EM on a sample (enough for letter->chunk tables), Viterbi on all."""
    rng = random.Random(seed)
    em_pairs = rng.sample(list(pairs), min(sample, len(pairs)))
    # Start from a mild preference for 1-2 letter chunks; EM does the rest.
    prior = {0: 0.5, 1: 1.0, 2: 0.8, 3: 0.3}
    prob: dict[str, dict[str, float]] = defaultdict(dict)
    for ar, en in em_pairs:
        for a in ar:
            for j in range(len(en)):
                for _, c in _chunks(en, j):
                    prob[a][c] = prior[len(c)]
    for _ in range(iterations):
        prob = defaultdict(dict, _em_step(em_pairs, prob))
    return [seq for ar, en in pairs if (seq := _viterbi(ar, en, prob))]


def train_ngrams(
    seqs: Iterable[list[str]], order: int, min_count: int = 2
) -> tuple[dict[str, float], dict[str, float]]:
    """Interpolated Witten-Bell n-grams over graphones, written in backoff form (log10 prob, log10 backoff).

    N-grams above the unigram seen fewer than `min_count` times are pruned: that keeps the model small and
    stops it from memorizing whole training names.
    """
    counts: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order)]
    for seq in seqs:
        padded = [BOS] * (order - 1) + seq + [EOS]
        for i in range(order - 1, len(padded)):
            for k in range(order):
                counts[k][tuple(padded[i - k : i + 1])] += 1
    ctx_total: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order)]
    ctx_types: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order)]
    for k in range(1, order):
        for gram, c in counts[k].items():
            ctx_total[k][gram[:-1]] += c
            ctx_types[k][gram[:-1]] += 1
    total = sum(counts[0].values())
    probs: dict[tuple[str, ...], float] = {g: c / total for g, c in counts[0].items()}
    logp = {g[0]: math.log10(p) for g, p in probs.items()}
    logbow: dict[str, float] = {}
    for k in range(1, order):
        layer: dict[tuple[str, ...], float] = {}
        for gram, c in counts[k].items():
            ctx = gram[:-1]
            lam_den = ctx_total[k][ctx] + ctx_types[k][ctx]
            # Every suffix of a counted n-gram was counted one order below, so probs has it.
            p = (c + ctx_types[k][ctx] * probs[gram[1:]]) / lam_den
            layer[gram] = p
            if c >= min_count:
                logp[" ".join(gram)] = math.log10(p)
        probs.update(layer)
        for ctx, n in ctx_total[k].items():
            logbow[" ".join(ctx)] = math.log10(ctx_types[k][ctx] / (n + ctx_types[k][ctx]))
    # Backoff weights of contexts whose every continuation was pruned are never needed.
    used = {key.rsplit(" ", 1)[0] for key in logp if " " in key}
    return logp, {k: v for k, v in logbow.items() if k in used}


def evaluate(model: TranslitModel, pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Top-1 accuracy against any reference spelling of the Arabic form, and character error rate.

    ANETAC lists several Latin spellings for one Arabic form (Putin, Pootin, Butin): a prediction is exact
    when it equals one of them; CER is the edit distance to the closest one over that reference's length.
    """
    import editdistance

    refs: dict[str, set[str]] = defaultdict(set)
    for ar, en in pairs:
        refs[ar].add(en)
    exact = 0
    errors = 0.0
    for ar, spellings in refs.items():
        guess = model.transliterate(ar)
        exact += guess in spellings
        errors += min(editdistance.eval(guess, ref) / len(ref) for ref in spellings)
    n = len(refs)
    return {"words": n, "exact": round(exact / n, 4), "cer": round(errors / n, 4)}


def train(pairs_path: Path, out: Path, order: int = 4, iterations: int = 5) -> dict:
    pairs = read_pairs(pairs_path)
    train_pairs = [p for p in pairs if split_of(p[0]) != "test"]
    test_pairs = [p for p in pairs if split_of(p[0]) == "test"]
    logp, logbow = train_ngrams(align(train_pairs, iterations=iterations), order)
    meta = {
        "source": "ANETAC en-ar-named-entities.txt (Hadj Ameur et al. 2019, arXiv:1907.03110)",
        "train_pairs": len(train_pairs),
        "iterations": iterations,
    }
    model = TranslitModel(order, logp, logbow, meta)
    model.meta["heldout"] = evaluate(model, test_pairs)
    model.save(out)
    return model.meta
