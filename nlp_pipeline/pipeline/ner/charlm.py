"""Contextual character states from stanza's character language models (`--charlm`), forward only, in numpy.

stanza's NER reads, for each word, the forward LM's state on the space that follows the word and the backward
LM's state on the space that follows the reversed word, both LMs having read the whole sentence as one string
of characters: "\\n" opens it, a space closes each word (stanza `ner/data.py`, `process_chars`). Unlike the
character BiLSTM's, a word's states depend on its sentence, so nothing is cached.

Both LMs run in one `BiLSTM` loop: the forward one over  \\n w1 _ w2 _ … wn _  and the backward one, which
reads its rows from the last, over  _ w1 _ w2 … _ wn \\n  (that string reversed is what stanza's backward LM
reads). Word characters sit at the same rows in both strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.ner.bilstm_crf import BiLSTM

START, END = "\n", " "
CHUNK_CHARS = 30_000  # characters run at once: bounds the per-character outputs kept (about 60 MB)


@dataclass(frozen=True)
class CharLM:
    lstm: BiLSTM  # direction 0 is the forward LM, 1 the backward LM
    emb: tuple[np.ndarray, np.ndarray]  # character embeddings of the forward and the backward LM
    chars: dict[str, int]
    unk: int

    @property
    def hidden(self) -> int:
        return int(self.lstm.h0.shape[1])

    def states(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """(words, 2H): each word's forward and backward LM states, the words of all sentences in order."""
        parts, chunk, size = [], [], 0
        for words in sentences:
            chunk.append(words)
            size += _string_length(words)
            if size >= CHUNK_CHARS:
                parts.append(self._states(chunk))
                chunk, size = [], 0
        if chunk:
            parts.append(self._states(chunk))
        return np.concatenate(parts) if parts else np.zeros((0, 2 * self.hidden), dtype=np.float32)

    def _states(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        start, end = self.chars.get(START, self.unk), self.chars.get(END, self.unk)
        forward: list[int] = []
        backward: list[int] = []
        after: list[int] = []  # row of the space after each word (forward string)
        before: list[int] = []  # row of the space before each word (backward string)
        lengths = []
        for words in sentences:
            forward.append(start)
            for w in words:
                ids = [self.chars.get(ch, self.unk) for ch in w]
                backward.append(end)
                before.append(len(backward) - 1)
                forward += ids
                backward += ids
                after.append(len(forward))
                forward.append(end)
            backward.append(start)
            lengths.append(_string_length(words))
        x_fwd, x_bwd = self.emb[0][forward], self.emb[1][backward]
        out, _ = self.lstm.run(x_fwd, np.array(lengths), x_backward=x_bwd)
        hidden = self.hidden
        return np.concatenate([out[after, :hidden], out[before, hidden:]], axis=1)


def _string_length(words: Sequence[str]) -> int:
    """Characters the LMs read for a sentence: its words, a space after each, the newline before them."""
    return sum(map(len, words)) + len(words) + 1


def load_charlm(arrays: dict[str, np.ndarray]) -> CharLM | None:
    """The LMs stored in a model file (`clm_*` arrays, written by `training/export.py`), or None. Their
    characters are stored as code points: the LMs' own alphabet holds the newline."""
    from nlp_pipeline.pipeline.ner.bilstm_crf import bilstm_of  # the module that loads this one

    if "clm_codepoints" not in arrays:
        return None
    emb = (arrays["clm_fwd_emb"].astype(np.float32), arrays["clm_bwd_emb"].astype(np.float32))
    chars = {chr(c): i for c, i in zip(arrays["clm_codepoints"].tolist(), arrays["clm_char_ids"].tolist())}
    return CharLM(bilstm_of(arrays, "clm"), emb, chars, int(arrays["clm_unk"]))
