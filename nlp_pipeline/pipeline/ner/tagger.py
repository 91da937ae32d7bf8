"""Our BiLSTM-CRF entity tagger, loaded offline from the package's model file, tagging word lists.

The network was trained with stanza and is run by `bilstm_crf.py` in numpy: no torch, no stanza at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from nlp_pipeline.models import NER_FILES, NER_MODEL, models_dir
from nlp_pipeline.pipeline.ner.bilstm_crf import BiLSTMCRF
from nlp_pipeline.pipeline.ner.bioes import fix_singletons

# Very long "sentences" (tables, lists without punctuation) are tagged in windows of this many tokens:
# the BiLSTM gains nothing from more context and memory stays bounded.
MAX_SENTENCE_TOKENS = 200
BATCH_SIZE = 128  # windows tagged together


class ModelMissingError(RuntimeError):
    pass


def check_model(folder: Path | None = None) -> None:
    folder = folder or models_dir()
    for name in NER_FILES:
        if not (folder / name).exists():
            raise ModelMissingError(
                f"NER model file missing: {folder / name} (`nlp-pipeline train` writes it; "
                f"`nlp-pipeline export-tagger --models {folder}` converts a stanza checkpoint)"
            )


class Tagger:
    """Tags lists of (normalized) words with BIOES tags."""

    def __init__(self, folder: Path | None = None, batch_size: int = BATCH_SIZE) -> None:
        folder = folder or models_dir()
        check_model(folder)
        self.network = BiLSTMCRF.load(folder / NER_MODEL)
        self.batch_size = batch_size

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        windows: list[list[str]] = []
        owners: list[int] = []
        for i, words in enumerate(sentences):
            for k in range(0, len(words), MAX_SENTENCE_TOKENS):
                windows.append(list(words[k : k + MAX_SENTENCE_TOKENS]))
                owners.append(i)
        out: list[list[str]] = [[] for _ in sentences]
        for at in range(0, len(windows), self.batch_size):
            batch = windows[at : at + self.batch_size]
            for owner, tags in zip(owners[at : at + self.batch_size], self.network.tag(batch)):
                out[owner].extend(fix_singletons(tags))
        return out


def one_blas_thread() -> None:
    """One BLAS thread for the tagger's matrix products in this process (`run` and `bench` call it; the Python
    API leaves threads as the caller has them). OpenBLAS's default, a spin-waiting thread per core, is about
    as fast on an idle 2-core machine but several times slower as soon as another busy process shares it
    (`benchmarks/threads.py`; README, "Threads"), and a worker process per core must not fight itself."""
    import numpy  # noqa: F401  (threadpoolctl limits the BLAS libraries loaded so far: numpy's must be)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """One tagger per process (workers each load their own)."""
    return Tagger()


def tagger_input(word: str) -> str:
    """What the tagger sees for a token: its norm, or a placeholder when nothing is left of it."""
    return word if word.strip() else "_"
