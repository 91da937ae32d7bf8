"""NER benchmark: tag the GOLD tokenization and score entities with conlleval rules."""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import reduce
from itertools import accumulate
from pathlib import Path
from typing import Any

from nlp_pipeline.corpora.conll import Sentence, read_conll, to_iob2
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.pipeline.ner.bioes import iob2_from_spans, spans_from_tags
from nlp_pipeline.pipeline.ner.rules import DEFAULT_RULES, Rules
from nlp_pipeline.scoring.metrics import Counts
from nlp_pipeline.tokens.doc import ENTITY_LABELS


def label_counts(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Counts]:
    """Entity-level true/false positives and misses per label, exact span and type (PER/LOC/ORG only)."""
    per_label = {label: Counts() for label in ENTITY_LABELS}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g = set(spans_from_tags(to_iob2(list(g_tags))))
        p = set(spans_from_tags(to_iob2(list(p_tags))))
        for label, counts in per_label.items():
            g_l = {e for e in g if e[2] == label}
            p_l = {e for e in p if e[2] == label}
            counts.tp += len(g_l & p_l)
            counts.fp += len(p_l - g_l)
            counts.fn += len(g_l - p_l)
    return per_label


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Entity-level P/R/F1, exact span and type, per label and micro (PER/LOC/ORG only)."""
    per_label = label_counts(gold, pred)
    micro = reduce(Counts.__add__, per_label.values(), Counts())
    return {"micro": micro.scores(), "per_label": {k: c.scores() for k, c in per_label.items()}}


# Label consistency works within a document. ANERcorp and AQMAR mark no article boundaries, so a gold
# file without `-DOCSTART-` lines is cut into documents of this many sentences (about one short article).
DOC_SENTENCES = 20


def document_sizes(sentences: Sequence[Sentence], doc_sentences: int = DOC_SENTENCES) -> list[int]:
    """Sentences per document: `-DOCSTART-` boundaries if the file has any, else `doc_sentences` at a time."""
    if any(s.doc_start for s in sentences):
        starts = [i for i, s in enumerate(sentences) if s.doc_start or i == 0]
    else:
        starts = list(range(0, len(sentences), max(doc_sentences, 1)))
    return [end - start for start, end in zip(starts, [*starts[1:], len(sentences)])]


def tag_words(sentences: Sequence[Sentence]) -> tuple[list[list[str]], list[list[str]]]:
    """The tagger's inputs (normalized gold words) and its BIOES tags, before any document-level rule."""
    from nlp_pipeline.pipeline.ner.tagger import default_tagger, tagger_input

    inputs = [[tagger_input(normalize(w) or w) for w in s.words] for s in sentences]
    return inputs, default_tagger().tag(inputs)  # all documents in one call: the tagger batches across them


def decode(
    inputs: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], doc_sizes: Sequence[int], rules: Rules
) -> list[list[str]]:
    """IOB2 predictions: the tags' spans, then the document-level rules, one document at a time."""
    from nlp_pipeline.pipeline.ner.stage import entity_spans

    bounds = list(accumulate(doc_sizes, initial=0))
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        spans += entity_spans(inputs[start:end], tags[start:end], rules)
    return [iob2_from_spans(len(words), sent_spans) for words, sent_spans in zip(inputs, spans)]


def predict(sentences: Sequence[Sentence], doc_sizes: Sequence[int]) -> tuple[list[list[str]], float]:
    """IOB2 predictions on the gold words, and the seconds the tagging took (model loading excluded)."""
    from nlp_pipeline.pipeline.ner.tagger import default_tagger

    default_tagger()  # loaded before the clock starts
    t0 = time.perf_counter()
    inputs, tags = tag_words(sentences)
    preds = decode(inputs, tags, doc_sizes, DEFAULT_RULES)
    return preds, time.perf_counter() - t0


def run_bench(
    gold_paths: Sequence[Path], predictions: Path | None = None, doc_sentences: int = DOC_SENTENCES
) -> dict[str, Any]:
    files = [list(read_conll(path)) for path in gold_paths]
    sentences = [s for sents in files for s in sents]
    preds, seconds = predict(sentences, [n for sents in files for n in document_sizes(sents, doc_sentences)])
    tokens = sum(len(s.words) for s in sentences)
    report: dict[str, Any] = {
        "gold": [str(p) for p in gold_paths],
        "sentences": len(sentences),
        "tokens": tokens,
        "seconds": round(seconds, 3),
        "tokens_per_second": round(tokens / seconds, 1) if seconds else 0.0,
    }
    report |= score([s.tags for s in sentences], preds)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as f:
            for s, p in zip(sentences, preds):
                f.writelines(f"{w} {g} {t}\n" for w, g, t in zip(s.words, s.tags, p))
                f.write("\n")
    return report


def report_table(report: dict[str, Any]) -> Any:
    from rich.table import Table

    table = Table(title=f"NER: {', '.join(report['gold'])}")
    for col in ("label", "precision", "recall", "f1", "support"):
        table.add_column(col, justify="left" if col == "label" else "right")
    rows = [*report["per_label"].items(), ("micro", report["micro"])]
    for label, s in rows:
        table.add_row(
            label, f"{s['precision']:.4f}", f"{s['recall']:.4f}", f"{s['f1']:.4f}", str(s["support"])
        )
    table.caption = (
        f"{report['sentences']} sentences, {report['tokens']} tokens, "
        f"{report['tokens_per_second']:.0f} tokens/s tagging"
    )
    return table
