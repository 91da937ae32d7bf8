"""The shipped NER model: loads offline, tags the seeds, spans follow whitespace tokens."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.models import PACKAGE_MODELS_DIR
from nlp_pipeline.pipeline.ner.bioes import spans_from_tags
from nlp_pipeline.pipeline.ner.stage import tag_entities
from nlp_pipeline.pipeline.ner.tagger import Tagger
from nlp_pipeline.tokens.doc import Doc

from .conftest import ROOT


def test_bioes_and_iob2_become_spans() -> None:
    assert spans_from_tags(["B-PER", "E-PER", "O", "S-LOC", "B-ORG", "I-ORG", "E-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG"),
    ]  # fmt: skip
    assert spans_from_tags(["B-PER", "I-PER", "B-LOC", "I-ORG", "O", "I-LOC"]) == [
        (0, 2, "PER"), (2, 3, "LOC"), (3, 4, "ORG"), (5, 6, "LOC"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def offline_tagger(request: pytest.FixtureRequest) -> Tagger:
    real_connect = socket.socket.connect

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the NER stage tried to use the network")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    request.addfinalizer(lambda: setattr(socket.socket, "connect", real_connect))
    return Tagger()


def test_tags_the_seeds_offline(offline_tagger: Tagger, seed_texts: dict[str, str]) -> None:
    doc = tag_entities(tokenize_doc(Doc("004", seed_texts["004_1d7c129ce0994c4a"])), offline_tagger)
    found = {(e.text, e.label) for e in doc.entities}
    assert {("دمشق", "LOC"), ("موسكو", "LOC"), ("سوريا", "LOC")} <= found
    assert any("لافروف" in text and label == "PER" for text, label in found)
    token_bounds = {t.start for t in doc.tokens}, {t.end for t in doc.tokens}
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.start in token_bounds[0] and e.end in token_bounds[1]  # spans follow tokens
        assert e.label in ("PER", "LOC", "ORG")
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(len(doc.entities))]


def test_clitics_stay_inside_the_span(offline_tagger: Tagger) -> None:
    doc = tag_entities(
        tokenize_doc(Doc("x", "وصل الوزير إلى موسكو، ثم التقى لافروف وبوتين في الكرملين.")), offline_tagger
    )
    texts = {e.text: e.label for e in doc.entities}
    assert texts.get("موسكو") == "LOC"
    assert texts.get("وبوتين") == "PER"  # the و is part of the token, as in ANERcorp


def test_diacritics_do_not_change_the_tags(offline_tagger: Tagger) -> None:
    plain = "قال الرئيس الروسي فلاديمير بوتين في موسكو"
    vocalized = "قالَ الرئيسُ الروسيُّ فلاديميرُ بوتينُ في موسكوَ"
    labels = [
        [e.label for e in tag_entities(tokenize_doc(Doc("x", t)), offline_tagger).entities]
        for t in (plain, vocalized)
    ]
    assert labels[0] == labels[1] and "PER" in labels[0]


def test_bench_json_report_on_the_seed_gold(tmp_path: Path) -> None:
    preds = tmp_path / "preds.txt"
    gold = ROOT / "benchmarks" / "gold" / "seeds.conll"
    cmd = [
        sys.executable,
        "-m",
        "nlp_pipeline",
        "bench",
        "--gold",
        str(gold),
        "--json",
        "--predictions",
        str(preds),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    report = json.loads(res.stdout)
    assert set(report) >= {
        "gold",
        "sentences",
        "tokens",
        "seconds",
        "tokens_per_second",
        "micro",
        "per_label",
    }
    assert set(report["per_label"]) == {"PER", "LOC", "ORG"}
    assert report["tokens"] == 2352 and report["micro"]["support"] == 161
    assert report["micro"]["f1"] >= 0.90  # the shipped model's quality on hand-labelled news
    lines = [line.split() for line in preds.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == 2352 and all(len(parts) == 3 for parts in lines)


def test_shipped_model_files_stay_small() -> None:
    sizes = {p.name: p.stat().st_size for p in PACKAGE_MODELS_DIR.iterdir() if p.suffix != ".py"}
    assert {"ar_ner.npz", "translit.json.gz"} <= set(sizes)
    assert sum(sizes.values()) < 60_000_000


def test_half_precision_copy_keeps_every_weight(tmp_path: Path) -> None:
    import torch

    from nlp_pipeline.training.ner import ship_half

    src = tmp_path / "full.pt"
    weights = {"model": {"w": torch.randn(50, 7), "steps": torch.tensor([3])}, "config": {"lr": 0.1}}
    torch.save(weights, src)
    ship_half(src, tmp_path / "half.pt")
    half = torch.load(tmp_path / "half.pt", weights_only=True)
    assert half["model"]["w"].dtype == torch.float16 and half["model"]["steps"].dtype == torch.int64
    assert torch.allclose(half["model"]["w"].float(), weights["model"]["w"], atol=1e-2)
    assert half["config"] == {"lr": 0.1}
