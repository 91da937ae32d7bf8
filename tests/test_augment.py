"""Mention replacement (training/augment.py): names swapped for gazetteer names of the same type, context and
tags kept, proclitics carried over only where the corpus writes them before the article."""

from __future__ import annotations

import pytest

from nlp_pipeline.corpora.conll import Sentence
from nlp_pipeline.training.augment import Gazetteer, replace_mentions, spans

from .conftest import CORPORA

SMALL = Gazetteer(
    {
        "PER": [("سمير",), ("الخطيب",)],
        "LOC": [("الكويت",)],
        "ORG": [("البنك", "الدولي")],
    }
)
SENTENCE = Sentence(
    ["وقال", "عادل", "الجبير", "في", "بالرياض", "إن", "وزارة", "الخارجية", "ترحب", "."],
    ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"],
)


def test_spans_reads_iob2() -> None:
    assert spans(SENTENCE.tags) == [(1, 3, "PER"), (4, 5, "LOC"), (6, 8, "ORG")]


def test_each_name_is_replaced_by_one_of_its_type_and_the_context_stays() -> None:
    (out,) = replace_mentions([SENTENCE], SMALL)
    assert [(out.words[a:b], label) for a, b, label in spans(out.tags)] == [
        (out.words[1:3], "PER"),
        (["بالكويت"], "LOC"),  # the proclitic ب before the article is kept
        (["البنك", "الدولي"], "ORG"),  # و of وزارة is the name's own letter, not a proclitic
    ]
    assert set(out.words[1:3]) <= {"سمير", "الخطيب"}
    assert [w for w, t in zip(out.words, out.tags) if t == "O"] == ["وقال", "في", "إن", "ترحب", "."]


def test_sentences_without_names_are_not_copied_and_runs_repeat() -> None:
    plain = Sentence(["ثم", "عاد", "."], ["O", "O", "O"])
    assert replace_mentions([plain], SMALL) == []
    assert replace_mentions([SENTENCE] * 3, SMALL) == replace_mentions([SENTENCE] * 3, SMALL)


@pytest.mark.skipif(not (CORPORA / "gazetteers").is_dir(), reason="needs ../shared/corpora")
def test_the_corpus_gazetteers_give_names_of_every_type_normalized() -> None:
    gaz = Gazetteer.read(CORPORA / "gazetteers")
    assert all(len(gaz.names[label]) > 1000 for label in ("PER", "LOC", "ORG"))
    words = {w for names in gaz.names.values() for name in names for w in name}
    assert not any(ch in w for w in words for ch in "أإآى")  # normalized as the tagger's input is
