"""The entity tagger's network, forward only, in numpy: stanza's NER BiLSTM-CRF as the model file stores it.

Why not stanza and torch at run time: `import torch` alone takes 2.2-2.6 s on our 2-core machine, more than
everything else a one-document run does, and tagging needs only a few matrix products per word. The network
is trained by stanza (`nlp-pipeline train`) and written to the .npz by `training/export.py`; the tests check
that its tags are stanza's.

The network: each word is its vectors (pretrained + fine-tuned delta) and the final states of a BiLSTM over
its characters (or, in a model trained with `--charlm`, the states of two character language models run over
the whole sentence: `charlm.py`); a linear layer, a BiLSTM over the sentence, a linear layer to tag scores,
Viterbi decoding with the CRF's transition scores.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp_pipeline.pipeline.ner.charlm import load_charlm

FORMAT = 1  # bump when the arrays the file holds change
FORMAT_CHARLM = 2  # character language models (`clm_*` arrays) instead of the character BiLSTM
READS = (FORMAT, FORMAT_CHARLM)
CHAR_CACHE_WORDS = 50_000  # at 800 bytes a word: 40 MB at most


def pack_strings(strings: Sequence[str]) -> np.ndarray:
    """Strings as one array of UTF-8 bytes, newline-separated (loads much faster than an object array)."""
    assert not any("\n" in s for s in strings), "strings to pack hold a newline"
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def unpack_strings(packed: np.ndarray) -> list[str]:
    return packed.tobytes().decode("utf-8").split("\n")


@dataclass(frozen=True)
class BiLSTM:
    """A one-layer bidirectional LSTM; both directions run in the same loop, stacked on a first axis of 2
    (forward, backward). Gates are stacked as input, forget, output, cell: the sigmoid ones first."""

    w_ih: np.ndarray  # (input, 2 * 4H): both directions' input weights side by side
    w_hh: np.ndarray  # (2, H, 4H)
    bias: np.ndarray  # (2, 4H): input and recurrent biases summed
    h0: np.ndarray  # (2, H)
    c0: np.ndarray  # (2, H)

    def run(
        self, x: np.ndarray, lengths: np.ndarray, outputs: bool = True, x_backward: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Outputs (N, 2H) of the N rows `x` (N, input), which are sequences of `lengths` one after the other,
        and each sequence's final states (B, 2H); with `outputs=False` only the final states (outputs empty).
        `x_backward` gives the backward direction rows of its own (two one-way LSTMs run side by side).

        As torch's packed sequences do it: sequences sorted longest first, so that at step t the ones still
        running are a prefix; the backward direction reads each sequence from its own last row back."""
        hidden = self.h0.shape[1]
        i, f, o = slice(0, hidden), slice(hidden, 2 * hidden), slice(2 * hidden, 3 * hidden)
        order = np.argsort(-lengths, kind="stable")
        first = (np.cumsum(lengths) - lengths)[order]
        length = lengths[order]
        steps, seqs = np.nonzero(length[None, :] > np.arange(length[0])[:, None])  # step-major, prefixes
        running = np.bincount(steps)
        if x_backward is None:
            gates_x = x @ self.w_ih  # every row's input part at once, both directions
            gates_fwd, gates_bwd = gates_x[:, : 4 * hidden], gates_x[:, 4 * hidden :]
        else:
            gates_fwd, gates_bwd = x @ self.w_ih[:, : 4 * hidden], x_backward @ self.w_ih[:, 4 * hidden :]
        fwd_rows, bwd_rows = first[seqs] + steps, first[seqs] + length[seqs] - 1 - steps
        gates_in = np.stack([gates_fwd[fwd_rows], gates_bwd[bwd_rows]])
        gates_in += self.bias[:, None]
        h = np.repeat(self.h0[:, None], len(lengths), axis=1)
        c = np.repeat(self.c0[:, None], len(lengths), axis=1)
        packed = np.empty((2, len(steps) if outputs else 0, hidden), dtype=np.float32)
        at = 0
        for n in running:
            gates = gates_in[:, at : at + n] + h[:, :n] @ self.w_hh
            sig = 1.0 / (1.0 + np.exp(-gates[..., : 3 * hidden]))
            c[:, :n] = sig[..., f] * c[:, :n] + sig[..., i] * np.tanh(gates[..., 3 * hidden :])
            h[:, :n] = sig[..., o] * np.tanh(c[:, :n])
            if outputs:
                packed[:, at : at + n] = h[:, :n]
            at += n
        out = np.empty((len(x) if outputs else 0, 2 * hidden), dtype=np.float32)
        if outputs:
            out[fwd_rows, :hidden], out[bwd_rows, hidden:] = packed[0], packed[1]
        final = np.empty((len(lengths), 2 * hidden), dtype=np.float32)
        final[order] = np.concatenate([h[0], h[1]], axis=1)
        return out, final


def bilstm_of(arrays: dict[str, np.ndarray], name: str) -> BiLSTM:
    """The BiLSTM stored as `name_*` arrays: each direction's weights, both directions' initial states."""

    def f32(key: str) -> np.ndarray:
        return arrays[key].astype(np.float32)

    def both(key: str) -> list[np.ndarray]:
        return [f32(f"{name}_{d}_{key}") for d in ("fwd", "bwd")]

    w_ih, w_hh = np.concatenate(both("w_ih"), axis=1), np.stack(both("w_hh"))
    bias = np.stack(both("b_ih")) + np.stack(both("b_hh"))
    return BiLSTM(w_ih, w_hh, bias, f32(f"{name}_h0"), f32(f"{name}_c0"))


def _padded(rows: Sequence[np.ndarray], width: int) -> np.ndarray:
    out = np.zeros((len(rows), max(len(r) for r in rows), width), dtype=np.float32)
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
    return out


def viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """The best tag sequence of each sentence from scores (B, T, tags): stanza's `viterbi_decode`, batched."""
    best = scores[:, 0].copy()
    back = np.zeros(scores.shape, dtype=np.int64)
    for t in range(1, scores.shape[1]):
        moves = best[:, :, None] + transitions[None]
        running = lengths > t
        back[:, t] = moves.argmax(axis=1)
        best = np.where(running[:, None], scores[:, t] + moves.max(axis=1), best)
    paths = []
    for i, length in enumerate(lengths):
        path = [int(best[i].argmax())]
        for t in range(length - 1, 0, -1):
            path.append(int(back[i, t, path[-1]]))
        paths.append(path[::-1])
    return paths


class BiLSTMCRF:
    """Tags sentences of words; load with `BiLSTMCRF.load(path)`."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        if int(arrays["format"]) not in READS:
            raise ValueError(f"model file format {int(arrays['format'])}, this version reads {READS}")

        def f32(key: str) -> np.ndarray:
            return arrays[key].astype(np.float32)

        self.word_lstm = bilstm_of(arrays, "word")
        # a word's characters: contextual states of two character LMs, or else a character BiLSTM
        self.charlm = load_charlm(arrays)
        self.words = {w: i for i, w in enumerate(unpack_strings(arrays["words"]))}
        self.word_static, self.word_delta = arrays["word_static"], arrays["word_delta"]
        self.static_emb, self.delta_emb = arrays["static_emb"], arrays["delta_emb"]
        if self.charlm is None:
            self.char_lstm = bilstm_of(arrays, "char")
            self.chars = dict(zip(unpack_strings(arrays["chars"]), arrays["char_ids"].tolist()))
            self.char_unk = int(arrays["char_unk"])
            self.char_emb = f32("char_emb")
        self._char_cache: dict[str, np.ndarray] = {}
        self.input_w, self.input_b = f32("input_w"), f32("input_b")
        self.clf_w, self.clf_b = f32("clf_w"), f32("clf_b")
        self.transitions = f32("transitions")
        self.tags = unpack_strings(arrays["tags"])

    @classmethod
    def load(cls, path: Path) -> BiLSTMCRF:
        with np.load(path) as f:
            return cls({k: f[k] for k in f.files})

    def _word_vectors(self, words: list[str]) -> np.ndarray:
        rows = np.array([self.words.get(w.lower(), 0) for w in words])
        static = self.static_emb[self.word_static[rows]].astype(np.float32)
        return static + self.delta_emb[self.word_delta[rows]].astype(np.float32)

    def _char_states(self, words: list[str]) -> np.ndarray:
        """Each word's character BiLSTM states. They depend on the word alone, and news repeats its words:
        each is computed once and kept for the next sentences and documents (the most recent ones)."""
        cache, unique = self._char_cache, dict.fromkeys(words)
        states = {w: cache[w] for w in unique if w in cache}
        new = [w for w in unique if w not in states]
        if new:
            ids = np.array([self.chars.get(ch, self.char_unk) for w in new for ch in w], dtype=np.int64)
            lengths = np.array([len(w) for w in new])
            computed = self.char_lstm.run(self.char_emb[ids], lengths, outputs=False)[1]
            states.update(zip(new, computed))
            if len(cache) + len(new) > CHAR_CACHE_WORDS:
                for old in list(itertools.islice(cache, len(cache) // 2)):
                    del cache[old]
            cache.update(zip(new, computed))
        return np.stack([states[w] for w in words])

    def scores(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores (B, T, tags) of non-empty sentences of non-empty words, and their lengths."""
        words = [w for s in sentences for w in s]
        chars = self._char_states(words) if self.charlm is None else self.charlm.states(sentences)
        x = np.concatenate([self._word_vectors(words), chars], axis=1)
        x = x @ self.input_w + self.input_b
        lengths = np.array([len(s) for s in sentences])
        out, _ = self.word_lstm.run(x, lengths)
        scores = out @ self.clf_w + self.clf_b
        return _padded(np.split(scores, np.cumsum(lengths)[:-1]), scores.shape[1]), lengths

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags of each sentence (non-empty sentences of non-empty words)."""
        if not sentences:
            return []
        scores, lengths = self.scores(sentences)
        return [[self.tags[i] for i in path] for path in viterbi(scores, lengths, self.transitions)]
