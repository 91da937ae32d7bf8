"""Label consistency: a name tagged once in a document is tagged wherever it recurs there."""

from __future__ import annotations

from pathlib import Path

from nlp_pipeline.corpora.conll import read_conll
from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.ner.propagation import propagate
from nlp_pipeline.pipeline.ner.stage import tag_entities
from nlp_pipeline.scoring.ner import document_sizes
from nlp_pipeline.tokens.doc import Doc

from .conftest import ROOT


def test_untagged_repeats_get_the_majority_label() -> None:
    sents = [
        ["فاز", "سلتيك", "على", "ليون", "في", "غلاسكو"],
        ["وقال", "مدرب", "سلتيك", "إن", "ليون", "فريق", "قوي"],
        ["ويلعب", "سلتيك", "في", "غلاسكو", "."],
    ]
    spans = [[(1, 2, "ORG"), (3, 4, "ORG"), (5, 6, "LOC")], [(2, 3, "PER")], [(1, 2, "ORG")]]
    out = propagate(sents, spans)
    assert out[0] == [(1, 2, "ORG"), (3, 4, "ORG"), (5, 6, "LOC")]
    assert out[1] == [(2, 3, "PER"), (4, 5, "ORG")]  # ليون filled in; the tagger's own span is kept
    assert out[2] == [(1, 2, "ORG"), (3, 4, "LOC")]  # غلاسكو filled in; «.» never


def test_longer_names_first_and_no_overlap() -> None:
    sents = [["التقى", "بان", "كي", "مون"], ["وقال", "بان", "كي", "مون", "،", "ثم", "مون"]]
    out = propagate(sents, [[(1, 4, "PER")], [(6, 7, "LOC")]])
    assert out[1] == [(1, 4, "PER"), (6, 7, "LOC")]
    assert propagate([["في", "1990"]], [[]]) == [[]]


def test_documents_follow_docstart_or_fixed_runs(tmp_path: Path) -> None:
    seeds = list(read_conll(ROOT / "benchmarks" / "gold" / "seeds.conll"))
    sizes = document_sizes(seeds)
    assert len(sizes) == 2 and sum(sizes) == len(seeds)  # the two seed articles
    plain = tmp_path / "plain.conll"
    plain.write_text("".join(f"w{i} O\n\n" for i in range(45)), encoding="utf-8")
    assert document_sizes(list(read_conll(plain))) == [20, 20, 5]
    assert document_sizes(list(read_conll(plain)), 1) == [1] * 45


def test_seed_entities_are_consistent(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        doc = tag_entities(tokenize_doc(Doc(name, text)))
        tagged = {e.text for e in doc.entities}
        covered = {i for e in doc.entities for i in range(e.start, e.end)}
        for token in doc.tokens:  # no one-token name that is tagged somewhere is left untagged elsewhere
            if token.text in tagged and token.start not in covered:
                raise AssertionError(f"{name}: {token.text} at {token.start} left untagged")
        assert len({(e.start, e.end) for e in doc.entities}) == len(doc.entities)
