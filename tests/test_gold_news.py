"""The news dev set's labels still fit the corpus text they point into (the text itself is not stored)."""

from __future__ import annotations

import hashlib
import json

import pytest

from nlp_pipeline.corpora.saudinewsnet import article

from .conftest import CORPORA, ROOT

GOLD = ROOT / "benchmarks" / "quotes" / "news_dev.jsonl"


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
def test_every_span_fits_its_article() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 30 and sum(len(r["quotes"]) for r in records) >= 150
    for r in records:
        text = article(CORPORA, r["day"], r["index"]).content
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == r["text_sha1"], r["id"]
        for q in r["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            if q["cue_start"] is not None:
                assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        for e in r["entities"]:
            assert text[e["start"] : e["end"]] == e["text"] and e["label"] in ("PER", "LOC", "ORG")
