"""The NER scorer against seqeval (conlleval rules), and the CoNLL reader on awkward files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report

from nlp_pipeline.corpora.conll import read_conll, to_iob2
from nlp_pipeline.scoring.ner import score

from .conftest import CORPORA

TAG = st.sampled_from(
    ["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "I-MISC", "B-PERS"]
)


def seqeval_scores(gold: list[list[str]], pred: list[list[str]]) -> dict:
    # seqeval sees the same label space we score: PERS -> PER, anything else -> O
    g = [to_iob2(s) for s in gold]
    p = [to_iob2(s) for s in pred]
    return classification_report(g, p, output_dict=True, zero_division=0)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(TAG, TAG), min_size=1, max_size=12), min_size=1, max_size=6))
def test_scores_equal_seqeval(pairs: list[list[tuple[str, str]]]) -> None:
    gold = [[g for g, _ in s] for s in pairs]
    pred = [[p for _, p in s] for s in pairs]
    ours = score(gold, pred)
    ref = seqeval_scores(gold, pred)
    for label, s in ours["per_label"].items():
        if label in ref:
            assert s["f1"] == pytest.approx(ref[label]["f1-score"], abs=1e-4)
            assert s["support"] == ref[label]["support"]
        else:
            assert s["support"] == 0
    if "micro avg" in ref and ours["micro"]["support"]:
        assert ours["micro"]["precision"] == pytest.approx(ref["micro avg"]["precision"], abs=1e-4)
        assert ours["micro"]["recall"] == pytest.approx(ref["micro avg"]["recall"], abs=1e-4)
        assert ours["micro"]["f1"] == pytest.approx(ref["micro avg"]["f1-score"], abs=1e-4)


def test_i_after_o_starts_an_entity_and_misc_is_ignored() -> None:
    gold = [["I-PERS", "I-PERS", "O", "B-MISC", "I-LOC"]]
    pred = [["B-PER", "I-PER", "O", "O", "B-LOC"]]
    assert score(gold, pred)["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2}


def test_reader_tolerates_bom_crlf_tabs_docstart_and_marks(tmp_path: Path) -> None:
    f = tmp_path / "g.txt"
    lines = ["\ufeff-DOCSTART- O", "", "سيرغي\tB-PERS", "\u200eلافروف\tI-PERS", "قال O", ""]
    lines += ["موسكو I-LOC", ""]
    f.write_bytes("\r\n".join(lines).encode())
    sents = list(read_conll(f))
    assert [s.words for s in sents] == [["سيرغي", "لافروف", "قال"], ["موسكو"]]
    assert [s.tags for s in sents] == [["B-PER", "I-PER", "O"], ["B-LOC"]]


@pytest.mark.skipif(not (CORPORA / "anercorp").exists(), reason="shared corpora not present")
def test_anercorp_reads_with_its_documented_size() -> None:
    sents = list(read_conll(CORPORA / "anercorp" / "train.txt"))
    assert len(sents) == 3972
    assert sum(len(s.words) for s in sents) == 125102
