"""Our stanza BiLSTM-CRF tagger, loaded offline from the package's model files, tagging word lists."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from nlp_pipeline.models import NER_FILES, NER_MODEL, NER_PRETRAIN, models_dir

# Very long "sentences" (tables, lists without punctuation) are tagged in windows of this many tokens:
# the BiLSTM gains nothing from more context and memory stays bounded.
MAX_SENTENCE_TOKENS = 200
BATCH_SIZE = 128


class ModelMissingError(RuntimeError):
    pass


def check_model(folder: Path | None = None) -> None:
    folder = folder or models_dir()
    for name in NER_FILES:
        if not (folder / name).exists():
            raise ModelMissingError(f"NER model file missing: {folder / name} (run `nlp-pipeline train`)")


class Tagger:
    """Tags lists of (normalized) words with BIOES tags."""

    def __init__(self, folder: Path | None = None, batch_size: int = BATCH_SIZE) -> None:
        folder = folder or models_dir()
        check_model(folder)
        import stanza  # deferred: importing torch costs a second, and not every command needs it

        logging.getLogger("stanza").setLevel(logging.ERROR)  # "unsupported language: ar" is expected
        self.pipeline = stanza.Pipeline(
            "ar", dir=str(folder), download_method=None, allow_unknown_language=True,
            processors="tokenize,ner", tokenize_pretokenized=True, ner_model_path=str(folder / NER_MODEL),
            ner_pretrain_path=str(folder / NER_PRETRAIN), ner_batch_size=batch_size, use_gpu=False,
            logging_level="ERROR",
        )  # fmt: skip

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        if not sentences:
            return []
        windows: list[list[str]] = []
        owners: list[int] = []
        for i, words in enumerate(sentences):
            for k in range(0, len(words), MAX_SENTENCE_TOKENS):
                windows.append(list(words[k : k + MAX_SENTENCE_TOKENS]))
                owners.append(i)
        tagged = self.pipeline(windows)
        out: list[list[str]] = [[] for _ in sentences]
        for owner, sent in zip(owners, tagged.sentences):
            out[owner].extend(t.ner for t in sent.tokens)
        return out


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """One tagger per process (workers each load their own)."""
    return Tagger()


def tagger_input(word: str) -> str:
    """What the tagger sees for a token: its norm, or a placeholder when nothing is left of it."""
    return word if word.strip() else "_"
