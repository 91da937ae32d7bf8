"""NER stage: our own stanza BiLSTM-CRF tagger, loaded offline from models/, tagging our tokens.

The tagger sees each token's `norm` (the model was trained on normalized corpus words), one
sentence at a time, and its BIOES tags are turned back into spans over the ORIGINAL text. Spans
follow whitespace tokens the way ANERcorp does: proclitics stay inside (وموسكو is one LOC token).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from nlp_pipeline.consistency import Span, propagate
from nlp_pipeline.doc import Doc, Entity

MODELS_DIR = Path(os.environ.get("NLP_PIPELINE_MODELS", Path(__file__).resolve().parent.parent / "models"))
MODEL_FILE = "ar_ner.pt"
PRETRAIN_FILE = "ar_pretrain.pt"
# Very long "sentences" (tables, lists without punctuation) are tagged in windows of this many tokens:
# the BiLSTM gains nothing from more context and memory stays bounded.
MAX_SENTENCE_TOKENS = 200
BATCH_SIZE = 128


class ModelMissingError(RuntimeError):
    pass


def check_model(models_dir: Path = MODELS_DIR) -> None:
    for f in (models_dir / MODEL_FILE, models_dir / PRETRAIN_FILE, models_dir / "resources.json"):
        if not f.exists():
            raise ModelMissingError(f"NER model file missing: {f} (run `nlp-pipeline train` to build it)")


class Tagger:
    """Tags lists of (normalized) words with BIOES tags."""

    def __init__(self, models_dir: Path = MODELS_DIR, batch_size: int = BATCH_SIZE) -> None:
        check_model(models_dir)
        model, pretrain = models_dir / MODEL_FILE, models_dir / PRETRAIN_FILE
        import stanza  # deferred: importing torch costs a second, and not every command needs it

        logging.getLogger("stanza").setLevel(logging.ERROR)  # "unsupported language: ar" is expected
        self.pipeline = stanza.Pipeline(
            "ar", dir=str(models_dir), download_method=None, allow_unknown_language=True,
            processors="tokenize,ner", tokenize_pretokenized=True, ner_model_path=str(model),
            ner_pretrain_path=str(pretrain), ner_batch_size=batch_size, use_gpu=False, logging_level="ERROR",
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
    """What the tagger sees for a token: its norm, or the raw text when nothing is left of it."""
    return word if word.strip() else "_"


def spans_from_bioes(tags: Sequence[str]) -> list[Span]:
    """(first, last+1, label) token spans; also accepts IOB2 and repairs stray I-/E- tags."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if label and prefix in ("I", "E") and typ == label:
            if prefix == "E":
                spans.append((start, i + 1, label))
                start, label = -1, ""
            continue
        if label:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix == "S":
            spans.append((i, i + 1, typ))
        elif prefix in ("B", "I", "E") and typ:
            if prefix == "E":
                spans.append((i, i + 1, typ))
            else:
                start, label = i, typ
    return spans


def entity_spans(words: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[Span]]:
    """PER/LOC/ORG spans of one document's sentences from their tags, then label consistency across them."""
    spans = [[span for span in spans_from_bioes(t) if span[2] in ("PER", "LOC", "ORG")] for t in tags]
    return propagate(words, spans)


def tag_entities(doc: Doc, tagger: Tagger | None = None) -> Doc:
    """Pipeline stage: fill doc.entities."""
    tagger = tagger or default_tagger()
    sents = [doc.sentence_tokens(s) for s in doc.sentences]
    words = [[tagger_input(t.norm or t.text) for t in toks] for toks in sents]
    doc.entities = []
    for toks, sent_spans in zip(sents, entity_spans(words, tagger.tag(words))):
        for first, last, label in sent_spans:
            start, end = toks[first].start, toks[last - 1].end
            doc.entities.append(Entity(start, end, doc.text[start:end], f"e{len(doc.entities)}", label))
    return doc
