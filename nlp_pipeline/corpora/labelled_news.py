"""Labelled SaudiNewsNet articles (the news dev and test sets, the tagger's training news): character spans
into an article's content become token tags through the project's own tokenizer, one document per article.
The article text is read from the corpus; the label files store only offsets and a checksum."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nlp_pipeline.corpora.conll import Sentence
from nlp_pipeline.corpora.saudinewsnet import article
from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.tokens.doc import Doc


def span_sentences(text: str, entities: list[dict[str, Any]]) -> tuple[list[Sentence], list[str]]:
    """One article as tagged sentences: the project's tokens, IOB2 tags from the gold character spans.

    A span off token boundaries is widened to the tokens it overlaps (the tagger can only tag whole tokens)
    and reported; one across a sentence boundary or over another span is dropped and reported.
    """
    doc = tokenize_doc(Doc("gold", text))
    sentence_of = {k: s for s, sent in enumerate(doc.sentences) for k in sent.tokens}
    tags = ["O"] * len(doc.tokens)
    problems = []
    for e in entities:
        where = f"{e['text']!r} ({e['label']}, {e['start']}-{e['end']})"
        inside = [k for k, t in enumerate(doc.tokens) if t.start < e["end"] and t.end > e["start"]]
        if not inside:
            problems.append(f"{where}: no token")
            continue
        if {sentence_of.get(k) for k in inside} != {sentence_of.get(inside[0])}:
            problems.append(f"{where}: crosses a sentence boundary, dropped")
            continue
        if any(tags[k] != "O" for k in inside):
            problems.append(f"{where}: overlaps another span, dropped")
            continue
        first, last = doc.tokens[inside[0]], doc.tokens[inside[-1]]
        if (first.start, last.end) != (e["start"], e["end"]):
            problems.append(f"{where}: widened to token boundaries {text[first.start : last.end]!r}")
        tags[inside[0]] = "B-" + e["label"]
        for k in inside[1:]:
            tags[k] = "I-" + e["label"]
    sentences = [
        Sentence([doc.tokens[k].text for k in s.tokens], [tags[k] for k in s.tokens])
        for s in doc.sentences
        if s.tokens
    ]
    return sentences, problems


def labelled_articles(labels: Path, corpora: Path) -> tuple[list[list[Sentence]], list[str]]:
    """Every article of a label file as tagged sentences (one list per article), and the spans that
    needed care."""
    docs, problems = [], []
    for line in labels.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = article(corpora, record["day"], record["index"]).content
        sentences, found = span_sentences(text, record.get("entities", []))
        docs.append(sentences)
        problems += [f"{record['id']}: {p}" for p in found]
    return docs, problems
