"""Our stanza BiLSTM-CRF tagger, loaded offline from the package's model files, tagging word lists.

Only what tagging needs is loaded: stanza's NER model (`Trainer`) and its word vectors (`Pretrain`), the
way stanza's own `NERProcessor` loads them, with no `stanza.Pipeline` and no tokenizer around them.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp_pipeline.models import NER_FILES, NER_MODEL, NER_PRETRAIN, PACKAGE_MODELS_DIR, models_dir

# Very long "sentences" (tables, lists without punctuation) are tagged in windows of this many tokens:
# the BiLSTM gains nothing from more context and memory stays bounded.
MAX_SENTENCE_TOKENS = 200
BATCH_SIZE = 128


# stanza's UDProcessor.filter_out_option: model options a processor does not take over (with *_file, *_dir)
_NOT_PROCESSOR_OPTIONS = {"device", "cpu", "cuda", "dev_conll_gold", "epochs", "lang", "mode", "save_name",
                          "shorthand"}  # fmt: skip


@lru_cache(maxsize=1)
def _stanza() -> types.SimpleNamespace:
    """The stanza classes tagging needs, imported without running `stanza/__init__.py`.

    That file imports the whole `Pipeline` machinery (every processor, and transformers through the
    dependency parser): about 0.7 s that tagging never uses. A bare package module stands in for
    `stanza` while the model modules load, and is removed afterwards, so a later `import stanza`
    runs the real `__init__` as usual.
    """
    # stanza's model modules import these at the top but tagging never calls them (dependency graphs,
    # downloads): about 0.3 s of start-up. They load for real if anything in the process uses them.
    # torch first: its import walks sys.modules (inspect.getmodule), which would load them at once.
    import torch  # noqa: F401

    for name in _UNUSED_BY_TAGGING:
        _import_lazily(name)
    stub = "stanza" not in sys.modules
    if stub:
        spec = importlib.util.find_spec("stanza")
        assert spec is not None and spec.submodule_search_locations is not None, "stanza is not installed"
        package = types.ModuleType("stanza")
        package.__path__ = list(spec.submodule_search_locations)
        package.__spec__ = spec
        sys.modules["stanza"] = package
    try:
        from stanza.models.common.doc import ID, TEXT, Document
        from stanza.models.common.pretrain import Pretrain
        from stanza.models.ner.data import DataLoader
        from stanza.models.ner.trainer import Trainer
    finally:
        if stub:
            del sys.modules["stanza"]
    return types.SimpleNamespace(
        ID=ID, TEXT=TEXT, Document=Document, DataLoader=DataLoader, Pretrain=Pretrain, Trainer=Trainer
    )


_UNUSED_BY_TAGGING = ("networkx", "requests", "huggingface_hub")


class _Deferred(types.ModuleType):
    """Stands in for a module until its first attribute is used; then the real one is imported.

    (importlib's LazyLoader does not help here: on Python 3.11 `import name` itself makes it load.)
    """

    def __getattr__(self, attr: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attr)


def _import_lazily(name: str) -> None:
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _Deferred(name)


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
        logging.getLogger("stanza").setLevel(logging.ERROR)
        self.trainer = _load_trainer(folder / NER_MODEL, folder / NER_PRETRAIN)
        # the configuration NERProcessor gives its DataLoader: the model's own options, then the pipeline's
        self.config: dict[str, Any] = {
            k: v for k, v in self.trainer.args.items()
            if not (k.endswith(("_file", "_dir")) or k in _NOT_PROCESSOR_OPTIONS)
        }  # fmt: skip
        self.config.update(
            model_path=str(folder / NER_MODEL), pretrain_path=str(folder / NER_PRETRAIN),
            batch_size=batch_size, lang="ar", mode="predict",
        )  # fmt: skip

    def _tag_windows(self, windows: list[list[str]]) -> list[list[str]]:
        """What `NERProcessor.process` does for one model, on a Document built from the words."""
        import torch

        stanza = _stanza()
        doc = stanza.Document(
            [[{stanza.ID: (i + 1,), stanza.TEXT: w} for i, w in enumerate(words)] for words in windows]
        )
        with torch.no_grad():
            batches = stanza.DataLoader(doc, self.config["batch_size"], self.config, vocab=self.trainer.vocab,
                                 evaluation=True, preprocess_tags=False,
                                 bert_tokenizer=self.trainer.model.bert_tokenizer)  # fmt: skip
            return [tags for batch in batches for tags in self.trainer.predict(batch)]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        if not sentences:
            return []
        windows: list[list[str]] = []
        owners: list[int] = []
        for i, words in enumerate(sentences):
            for k in range(0, len(words), MAX_SENTENCE_TOKENS):
                windows.append(list(words[k : k + MAX_SENTENCE_TOKENS]))
                owners.append(i)
        out: list[list[str]] = [[] for _ in sentences]
        for owner, tags in zip(owners, self._tag_windows(windows)):
            out[owner].extend(tags)
        return out


def _load_trainer(model: Path, pretrain: Path) -> Any:
    """stanza's NER `Trainer` for prediction: what `Trainer.__init__` does with a model file, less the
    optimizer, whose construction imports torch._dynamo (about 2 s) and which prediction never uses."""
    stanza = _stanza()
    trainer = stanza.Trainer.__new__(stanza.Trainer)
    no_charlm = {"charlm_forward_file": None, "charlm_backward_file": None}
    with _full_unpickler(model.parent):
        trainer.load(str(model), stanza.Pretrain(str(pretrain)), no_charlm)
    if trainer.args.get("predict_tagset") is None:
        trainer.args["predict_tagset"] = 0
    trainer.model = trainer.model.to("cpu")
    return trainer


@contextmanager
def _full_unpickler(folder: Path) -> Iterator[None]:
    """Inside: stanza's `torch.load(..., weights_only=True)` of the package's OWN model files uses torch's
    full unpickler, 1 s faster (the weights-only one is pure Python, slow on the vocabularies' large dicts).
    Those files are package data, as trusted as this code; files from $NLP_PIPELINE_MODELS keep the safe one.
    """
    import torch

    if folder.resolve() != PACKAGE_MODELS_DIR:
        yield
        return
    safe_load = torch.load

    def load(*args: Any, **kwargs: Any) -> Any:
        return safe_load(*args, **{**kwargs, "weights_only": False})

    torch.load = load  # type: ignore[assignment]
    try:
        yield
    finally:
        torch.load = safe_load


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """One tagger per process (workers each load their own)."""
    return Tagger()


def tagger_input(word: str) -> str:
    """What the tagger sees for a token: its norm, or a placeholder when nothing is left of it."""
    return word if word.strip() else "_"
