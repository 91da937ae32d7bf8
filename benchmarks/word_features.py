"""Experiment (issue 11, not shipped): word-list and gazetteer features fed to the entity tagger.

Each token gets nine 0/1 features, computed on its normalized form and on that form with its proclitics
(و ف ب ل ك ال لل) stripped:
  0-2  a word of a PER / LOC / ORG gazetteer entry (ANETAC, ANERGazet, AKhateeb names, read from the corpora)
  3-5  inside a multi-word gazetteer entry matched in the sentence (PER / LOC / ORG)
  6-8  our own lists: a given name, a person title, an organisation head or classifier (`lang/ar/data/`)
With FEATURES=own only 6-8 are set (the lists that could ship; the gazetteers may not).

The features are appended to each word's character states, before stanza's input layer (which becomes
Linear(in + 9, in)); a checkpoint trained without them gets nine zero columns (`convert`). stanza and the
numpy tagger are patched in this process only; nothing in the package changes.

    python benchmarks/word_features.py convert START.pt OUT.pt   # a checkpoint, ready for stage 4
    python benchmarks/word_features.py stanza ARGS...            # = python -m stanza.models.ner_tagger ARGS
    python benchmarks/word_features.py cli ARGS...               # = nlp-pipeline ARGS (bench, bench-quotes;
                                                                 # train's stanza runs go through `stanza`;
                                                                 # WORD_FEATURES=9 for a run from scratch)
Results: models/README.md ("Word-list and gazetteer features").
"""

from __future__ import annotations

import os
import runpy
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

from nlp_pipeline.lang.ar.lexicon import (
    FUNCTION_WORDS,
    GIVEN_NAMES,
    ORG_CLASSIFIERS,
    ORG_HEADS,
    PERSON_TITLES,
)
from nlp_pipeline.lang.ar.normalize import normalize

N_FEATURES = 9
TYPES = ("PER", "LOC", "ORG")
ANETAC_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
ANERGAZET = {"PER": "AlignedPersGazetteer", "LOC": "AlignedLocGazetteer", "ORG": "AlignedOrgGazetteer"}
MAX_PHRASE = 5
OWN_ONLY = os.environ.get("FEATURES") == "own"
GAZETTEERS = Path(os.environ.get("CORPORA", "../shared/corpora")) / "gazetteers"


def gazetteer_entries(folder: Path) -> dict[str, set[tuple[str, ...]]]:
    """Normalized entries (word tuples) of each type."""
    out: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}

    def add(label: str, text: str) -> None:
        words = tuple(normalize(text).split())
        if words and not text.startswith(("====", "****")):  # ANERGazet's group separators
            out[label].add(words)

    for line in (folder / "anetac/en-ar-named-entities.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0] in ANETAC_TYPES:
            add(ANETAC_TYPES[parts[0]], parts[2])
    for label, name in ANERGAZET.items():
        for line in (folder / "anergazet" / name / "data").read_text(encoding="utf-8").splitlines():
            add(label, line.strip())
    for path in folder.glob("akhateeb_arabic_names/*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            add("PER", line.strip())
    return out


ENTRIES = {t: set() for t in TYPES} if OWN_ONLY else gazetteer_entries(GAZETTEERS)
WORDS = {t: {w for e in ENTRIES[t] for w in e if len(w) > 1 and w not in FUNCTION_WORDS} for t in TYPES}
PHRASES = {t: {e for e in ENTRIES[t] if len(e) > 1} for t in TYPES}
# one word set per feature; the phrase features (3-5) are set by sentence_features
FEATURE_WORDS = (
    *(WORDS[t] for t in TYPES),
    set(),
    set(),
    set(),
    GIVEN_NAMES,
    PERSON_TITLES,
    ORG_HEADS | ORG_CLASSIFIERS,
)


def _strip(word: str, prefixes: tuple[str, ...]) -> list[str]:
    return [word] + [word[len(p) :] for p in prefixes if word.startswith(p) and len(word) > len(p) + 1]


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[str, ...]:
    """The word and its forms without conjunction, preposition and article (with and without ال)."""
    out = []
    for a in _strip(word, ("و", "ف")):
        for b in _strip(a, ("ب", "ل", "ك")):
            for c in _strip(b, ("ال",)):
                out += [c, "ال" + c] if c != b else [c]
        if a.startswith("لل") and len(a) > 4:
            out += [a[2:], "ال" + a[2:]]
    return tuple(dict.fromkeys(out))


def word_features(word: str) -> np.ndarray:
    found = forms(word)
    return np.array([any(f in words for f in found) for words in FEATURE_WORDS], dtype=np.float32)


def sentence_features(words: list[str]) -> np.ndarray:
    out = np.stack([word_features(w) for w in words]) if words else np.zeros((0, N_FEATURES), np.float32)
    for i in range(len(words) if not OWN_ONLY else 0):
        firsts = forms(words[i])
        for k in range(min(MAX_PHRASE, len(words) - i), 1, -1):
            rest = tuple(words[i + 1 : i + k])
            for column, label in enumerate(TYPES, start=3):
                if any((f, *rest) in PHRASES[label] for f in firsts):
                    out[i : i + k, column] = 1
    return out


def patch_stanza() -> None:
    """stanza's NERTagger with config `word_features` (or $WORD_FEATURES) reads the features."""
    import torch
    from stanza.models.ner import model as ner_model
    from torch import nn
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence

    cls = ner_model.NERTagger
    init, forward = cls.__init__, cls.forward

    def patched_init(self, args, vocab, *rest, **kw):  # noqa: ANN001, ANN002, ANN003
        init(self, args, vocab, *rest, **kw)
        n = int(self.args.get("word_features") or os.environ.get("WORD_FEATURES") or 0)
        self.args["word_features"] = n  # saved with the checkpoint
        if not n:
            return
        size = self.input_transform.in_features
        self.input_transform = nn.Linear(size + n, size)
        char_forward = self.charmodel.forward

        def with_features(*a, **k):  # noqa: ANN002, ANN003
            reps = char_forward(*a, **k)
            sentences = self.current_sentences
            feats = torch.zeros(len(sentences), max(len(s) for s in sentences), n)
            for i, s in enumerate(sentences):
                feats[i, : len(s)] = torch.from_numpy(sentence_features(list(s)))
            packed = pack_padded_sequence(feats, [len(s) for s in sentences], batch_first=True).data
            return PackedSequence(torch.cat([reps.data, packed], 1), reps.batch_sizes)

        self.charmodel.forward = with_features

    def patched_forward(self, sentences, *rest, **kw):  # noqa: ANN001, ANN002, ANN003
        self.current_sentences = sentences
        return forward(self, sentences, *rest, **kw)

    cls.__init__, cls.forward = patched_init, patched_forward


def patch_numpy() -> None:
    """The numpy tagger appends the features when its input layer has room for them."""
    from nlp_pipeline.pipeline.ner import bilstm_crf

    cls = bilstm_crf.BiLSTMCRF
    plain_input = cls._word_vectors

    def scores(self, sentences):  # noqa: ANN001, ANN202
        words = [w for s in sentences for w in s]
        parts = [plain_input(self, words), self._char_states(words)]
        if self.input_w.shape[0] > sum(p.shape[1] for p in parts):
            parts.append(np.concatenate([sentence_features(list(s)) for s in sentences]))
        x = np.concatenate(parts, axis=1) @ self.input_w + self.input_b
        lengths = np.array([len(s) for s in sentences])
        out, _ = self.word_lstm.run(x, lengths)
        tag_scores = out @ self.clf_w + self.clf_b
        split = np.split(tag_scores, np.cumsum(lengths)[:-1])
        return bilstm_crf._padded(split, tag_scores.shape[1]), lengths

    cls.scores = scores


def convert(src: str, dst: str) -> None:
    """A checkpoint trained without features, with zero input columns for them."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    w = checkpoint["model"]["input_transform.weight"]
    zeros = torch.zeros(w.shape[0], N_FEATURES, dtype=w.dtype)
    checkpoint["model"]["input_transform.weight"] = torch.cat([w, zeros], 1)
    checkpoint["config"]["word_features"] = N_FEATURES
    torch.save(checkpoint, dst)


def main() -> None:
    command, args = sys.argv[1], sys.argv[2:]
    if command == "convert":
        convert(*args)
    elif command == "stanza":
        patch_stanza()
        sys.argv = ["ner_tagger", *args]
        runpy.run_module("stanza.models.ner_tagger", run_name="__main__")
    elif command == "cli":
        from nlp_pipeline.cli.app import app
        from nlp_pipeline.training import ner

        patch_numpy()
        plain_run = ner.run

        def run(cmd: list[str]) -> None:  # `train`'s stanza runs go through this script
            if cmd[1:3] == ["-m", "stanza.models.ner_tagger"]:
                cmd = [cmd[0], __file__, "stanza", *cmd[3:]]
            plain_run(cmd)

        ner.run = run
        sys.argv = ["nlp-pipeline", *args]
        app()
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
