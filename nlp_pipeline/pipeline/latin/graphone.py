"""Arabic -> Latin spelling of one word by a joint-sequence ("graphone") n-gram model.

The idea behind Sequitur G2P (Bisani & Ney, 2008): every Arabic letter is aligned to a Latin chunk of 0-3
letters (short vowels are not written in Arabic, so a letter often carries its vowel), and an n-gram model
over (letter, chunk) pairs with Witten-Bell smoothing scores spellings; beam search decodes. Training is in
`nlp_pipeline.training.translit`; only the probabilities ship (`models/translit.json.gz`), never name pairs.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.models import TRANSLIT_MODEL, models_dir

FORMAT = "graphone-ngram/1"
BOS, EOS = "<", ">"  # graphones are one Arabic letter followed by its Latin chunk; these mark word edges
FLOOR = -30.0  # log10 probability of a graphone the model never saw
MIN_SHARE = 0.002
MAX_OPTIONS = 16
CACHED = 50_000  # decodings kept per model: names recur across a batch's documents


def clean_arabic(s: str) -> str:
    """Normalized Arabic letters only (the model's input alphabet)."""
    return "".join(c for c in normalize(s) if "\u0621" <= c <= "\u064a")


@dataclass
class TranslitModel:
    order: int
    logp: dict[str, float]
    logbow: dict[str, float]
    meta: dict

    def __post_init__(self) -> None:
        # Candidate chunks per letter: the likeliest ones only, which keeps decoding fast; a chunk that
        # makes up less than MIN_SHARE of a letter's alignments is noise from the EM.
        by_letter: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for key, lp in self.logp.items():
            if " " not in key and key not in (BOS, EOS):
                by_letter[key[0]].append((lp, key[1:]))
        self.chunks: dict[str, list[str]] = {}
        for letter, options in by_letter.items():
            options.sort(reverse=True)
            total = sum(10**lp for lp, _ in options)
            kept = [c for lp, c in options if 10**lp / total >= MIN_SHARE]
            self.chunks[letter] = kept[:MAX_OPTIONS]
        self._decoded: dict[tuple[str, ...], tuple[float, str] | float | None] = {}

    def _cached(self, key: tuple[str, ...], decode: Callable[[], Any]) -> Any:
        """Beam search is the slow part of a run's Latin names (a few ms a word); each result is kept."""
        if key not in self._decoded:
            if len(self._decoded) >= CACHED:
                self._decoded.clear()
            self._decoded[key] = decode()
        return self._decoded[key]

    def score(self, history: tuple[str, ...], g: str) -> float:
        """log10 P(g | history) with ARPA-style backoff."""
        acc = 0.0
        for k in range(len(history), -1, -1):
            ctx = " ".join(history[len(history) - k :])
            key = f"{ctx} {g}" if ctx else g
            if key in self.logp:
                return acc + self.logp[key]
            acc += self.logbow.get(ctx, 0.0) if ctx else 0.0
        return acc + FLOOR

    def transliterate(self, word: str, beam: int = 24) -> str:
        """Best Latin spelling (lower case) of one Arabic word."""
        return self.best(word, beam)[1]

    def fit(self, word: str, latin: str, beam: int = 24) -> float | None:
        """How much less likely than the model's own best spelling (log10, >= 0) the best alignment of
        `latin` (lower-case letters only) to `word` is; None when no alignment can produce it."""
        return self._cached(("fit", word, latin, str(beam)), lambda: self._fit(word, latin, beam))

    def _fit(self, word: str, latin: str, beam: int) -> float | None:
        letters = clean_arabic(word)
        start = (BOS,) * (self.order - 1)
        beams: list[tuple[float, tuple[str, ...], str]] = [(0.0, start, "")]
        for a in letters:  # every chunk of 0-3 letters may align; one the model never saw costs FLOOR
            grown = [
                (score + self.score(hist, a + c), (hist + (a + c,))[1:], out + c)
                for score, hist, out in beams
                for c in {latin[len(out) : len(out) + n] for n in range(4)}
            ]
            # One hypothesis per (history, output so far): hypotheses differ in what is left to align.
            best: dict[tuple[tuple[str, ...], str], tuple[float, tuple[str, ...], str]] = {}
            for hyp in grown:
                if (hyp[1], hyp[2]) not in best or hyp[0] > best[hyp[1], hyp[2]][0]:
                    best[hyp[1], hyp[2]] = hyp
            beams = sorted(best.values(), reverse=True)[:beam]
        done = [score + self.score(hist, EOS) for score, hist, out in beams if out == latin]
        return self.best(word, beam)[0] - max(done) if done else None

    def best(self, word: str, beam: int = 24) -> tuple[float, str]:
        """The model's best spelling of one word and its log10 score (the first of its cached spellings)."""
        spellings = self.spellings(word, beam)
        return spellings[0] if spellings else (0.0, "")

    def spellings(self, word: str, beam: int = 24) -> list[tuple[float, str]]:
        """The beam's finished spellings of one word with their log10 scores, best first (one per
        spelling): the alternatives a spelling rule may prefer to the model's first choice."""
        return self._cached(("spellings", word, str(beam)), lambda: self._spellings(word, beam))

    def _spellings(self, word: str, beam: int) -> list[tuple[float, str]]:
        letters = clean_arabic(word)
        start = (BOS,) * (self.order - 1)
        beams: list[tuple[float, tuple[str, ...], str]] = [(0.0, start, "")]
        for a in letters:
            options = self.chunks.get(a) or [""]
            grown = []
            for score, hist, out in beams:
                for c in options:
                    g = a + c
                    grown.append((score + self.score(hist, g), (hist + (g,))[1:], out + c))
            beams = _prune(grown, beam)
        finished: dict[str, float] = {}
        for score, hist, out in beams:
            total = score + self.score(hist, EOS)
            finished[out] = max(total, finished.get(out, total))
        return sorted(((total, out) for out, total in finished.items()), reverse=True)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "order": self.order,
            "meta": self.meta,
            "logp": self.logp,
            "logbow": self.logbow,
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        rounded = self.to_json()
        rounded["logp"] = {k: round(v, 3) for k, v in self.logp.items()}
        rounded["logbow"] = {k: round(v, 3) for k, v in self.logbow.items()}
        with gzip.open(path, "wt", encoding="utf-8") as f:
            json.dump(rounded, f, ensure_ascii=False, separators=(",", ":"))


def _prune(
    grown: list[tuple[float, tuple[str, ...], str]], beam: int
) -> list[tuple[float, tuple[str, ...], str]]:
    """Keep the best hypothesis per history (they score the future alike), then the `beam` best."""
    best: dict[tuple[str, ...], tuple[float, tuple[str, ...], str]] = {}
    for hyp in grown:
        if hyp[1] not in best or hyp[0] > best[hyp[1]][0]:
            best[hyp[1]] = hyp
    return sorted(best.values(), reverse=True)[:beam]


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> TranslitModel:
    """The shipped model (or the one at `path`), read once per process."""
    path = path or models_dir() / TRANSLIT_MODEL
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} model")
    return TranslitModel(data["order"], data["logp"], data["logbow"], data.get("meta", {}))
