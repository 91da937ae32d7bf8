"""Arabic -> Latin rendering of names (speaker.latin).

The learned part is a joint-sequence ("graphone") n-gram model, the idea behind Sequitur G2P (Bisani & Ney,
2008): every Arabic letter is aligned by EM to a Latin chunk of 0-3 letters (short vowels are not written in
Arabic, so a letter often carries its vowel), and an n-gram model over (letter, chunk) pairs with Witten-Bell
smoothing scores spellings; beam search decodes. Only those probabilities are shipped, never the name pairs.

On top of the model: the article ال is written "al-" as news agencies do, عبد/أبو/بن get their usual
spellings, and a short hand-written list gives the usual spelling of very common names.

    python -m nlp_pipeline.translit train [--pairs PATH] [--out models/translit.json.gz]
    python -m nlp_pipeline.translit latin "سيرغي لافروف"
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nlp_pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "models" / "translit.json.gz"
DEFAULT_PAIRS = ROOT.parent / "shared" / "corpora" / "gazetteers" / "anetac" / "en-ar-named-entities.txt"
FORMAT = "graphone-ngram/1"

MAX_CHUNK = 3  # Latin letters one Arabic letter may align to ("sha", "kh", "ou")
BOS, EOS = "<", ">"  # graphones are one Arabic letter followed by its Latin chunk; these mark word edges
FLOOR = -30.0  # log10 probability of a graphone the model never saw
MIN_SHARE = 0.002
MAX_OPTIONS = 16

# Hand-written usual news spellings of very common names (keys are normalized: no hamza on alef, ى -> ي).
# The model handles everything else; this list only fixes names whose agency spelling is conventional.
COMMON_NAMES: dict[str, str] = {
    # Arabic given names
    "محمد": "Mohammed",
    "احمد": "Ahmed",
    "محمود": "Mahmoud",
    "علي": "Ali",
    "حسن": "Hassan",
    "حسين": "Hussein",
    "عمر": "Omar",
    "خالد": "Khaled",
    "يوسف": "Youssef",
    "ابراهيم": "Ibrahim",
    "اسماعيل": "Ismail",
    "عبدالله": "Abdullah",
    "سعيد": "Saeed",
    "سعد": "Saad",
    "اسعد": "Asaad",
    "فايز": "Fayez",
    "فيصل": "Faisal",
    "سلمان": "Salman",
    "مصطفي": "Mustafa",
    "طارق": "Tarek",
    "وليد": "Walid",
    "نبيل": "Nabil",
    "سمير": "Samir",
    "عادل": "Adel",
    "جمال": "Jamal",
    "ماهر": "Maher",
    "بشار": "Bashar",
    "حافظ": "Hafez",
    "زياد": "Ziad",
    "ايمن": "Ayman",
    "ياسر": "Yasser",
    "صالح": "Saleh",
    "ناصر": "Nasser",
    "منصور": "Mansour",
    "حمد": "Hamad",
    "تميم": "Tamim",
    "فاطمه": "Fatima",
    "فاطمة": "Fatima",
    "عائشه": "Aisha",
    "عائشة": "Aisha",
    "مريم": "Maryam",
    "ليلي": "Leila",
    "هند": "Hind",
    "نور": "Nour",
    # Arabic family names usually written with the article
    "الاسد": "al-Assad",
    "الشيباني": "al-Shaibani",
    "الاسمر": "al-Asmar",
    "الشرع": "al-Sharaa",
    "الجبير": "al-Jubeir",
    "السيسي": "el-Sisi",
    # Foreign names common in Arabic news
    "بوتين": "Putin",
    "لافروف": "Lavrov",
    "سيرغي": "Sergei",
    "سيرجي": "Sergei",
    "فلاديمير": "Vladimir",
    "بيسكوف": "Peskov",
    "دميتري": "Dmitry",
    "ديمتري": "Dmitry",
    "زاخاروفا": "Zakharova",
    "ماريا": "Maria",
    "ترامب": "Trump",
    "دونالد": "Donald",
    "بايدن": "Biden",
    "ماكرون": "Macron",
    "اردوغان": "Erdogan",
    "رجب": "Recep",
    "طيب": "Tayyip",
    "ايمانويل": "Emmanuel",
    "اورسولا": "Ursula",
    "نتنياهو": "Netanyahu",
    "بنيامين": "Benjamin",
    "زيلينسكي": "Zelensky",
    "غوتيريش": "Guterres",
    "انطونيو": "Antonio",
    # Institutions and media often quoted as sources
    "الكرملين": "Kremlin",
    "بي بي سي": "BBC",
    "بي بي سي عربي": "BBC Arabic",
    "رويترز": "Reuters",
    "تاس": "TASS",
    "انترفاكس": "Interfax",
    "كوميرسانت": "Kommersant",
    "الامم المتحده": "United Nations",
    "الامم المتحدة": "United Nations",
}

# Name particles with a fixed agency spelling.
PARTICLES = {"ابو": "Abu", "بن": "bin", "ابن": "Ibn", "بنت": "bint"}
ARTICLE = "ال"
TEH_MARBUTA = "ة"


# ---------------------------------------------------------------------------------------------- data


def clean_arabic(s: str) -> str:
    """Normalized Arabic letters only (the model's input alphabet)."""
    return "".join(c for c in normalize(s) if "\u0621" <= c <= "\u064a")


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


# ----------------------------------------------------------------------------------------- alignment


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


# ------------------------------------------------------------------------------------------ n-grams


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


# ------------------------------------------------------------------------------------------- model


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
        finished = [(score + self.score(hist, EOS), hist, out) for score, hist, out in beams]
        return max(finished)[2] if finished else ""

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
def load_model(path: Path = DEFAULT_MODEL) -> TranslitModel:
    """The shipped model, read once per process."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} model")
    return TranslitModel(data["order"], data["logp"], data["logbow"], data.get("meta", {}))


# --------------------------------------------------------------------------------------- rendering


def to_latin(name: str, model: TranslitModel | None = None) -> str:
    """Usual Latin-script rendering of an Arabic name: "سيرغي لافروف" -> "Sergei Lavrov"."""
    words = [w for w in (clean_arabic(t) for t in name.split()) if w]
    whole = " ".join(words)
    if whole in COMMON_NAMES:
        return COMMON_NAMES[whole]
    model = model or load_model()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "عبد" and nxt.startswith(ARTICLE):
            # عبد الرحمن -> Abdul Rahman: the article is absorbed in "Abdul".
            out.append("Abdul " + _word_latin(nxt[len(ARTICLE) :], model))
            i += 2
            continue
        out.append(PARTICLES.get(word) or _word_latin(word, model))
        i += 1
    return " ".join(out)


def _word_latin(word: str, model: TranslitModel) -> str:
    if word in COMMON_NAMES:
        return COMMON_NAMES[word]
    if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
        rest = word[len(ARTICLE) :]
        return "al-" + (COMMON_NAMES.get(rest) or _model_latin(rest, model))
    return _model_latin(word, model)


def _model_latin(word: str, model: TranslitModel) -> str:
    # Word-final ة is "a" in agency spellings (Qasra, Hamza); the training names, mostly foreign, rarely
    # have it, so the model often drops it.
    if word.endswith(TEH_MARBUTA) and len(word) > 2:
        stem = model.transliterate(word[:-1])
        return (stem if stem.endswith("a") else stem + "a").capitalize()
    return model.transliterate(word).capitalize()


# ------------------------------------------------------------------------------------------ scoring


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nlp_pipeline.translit", description=__doc__.split("\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train the model on name pairs and report held-out accuracy")
    tr.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    tr.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    tr.add_argument("--order", type=int, default=4)
    tr.add_argument("--iterations", type=int, default=5)
    ev = sub.add_parser("eval", help="held-out accuracy of a trained model")
    ev.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    ev.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ev.add_argument("--split", choices=["test", "dev", "train"], default="test")
    lat = sub.add_parser("latin", help="print the Latin rendering of names")
    lat.add_argument("names", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "train":
        if not args.pairs.is_file():
            print(f"error: pairs file not found: {args.pairs}", file=sys.stderr)
            return 2
        print(json.dumps(train(args.pairs, args.out, args.order, args.iterations), ensure_ascii=False))
    elif args.command == "eval":
        pairs = [p for p in read_pairs(args.pairs) if split_of(p[0]) == args.split]
        print(json.dumps(evaluate(load_model(args.model), pairs)))
    else:
        for name in args.names:
            print(f"{name}\t{to_latin(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
