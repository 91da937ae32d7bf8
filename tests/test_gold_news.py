"""The news gold sets' labels still fit the corpus text they point into (the text itself is not stored):
the dev set (news_dev.jsonl) and the held-out test set (news_test.jsonl)."""

from __future__ import annotations

import hashlib
import json

import pytest

from nlp_pipeline.corpora.saudinewsnet import article

from .conftest import CORPORA, ROOT

GOLD = ROOT / "benchmarks" / "quotes"
# file -> (at least so many articles, at least so many quotes)
SETS = {"news_dev.jsonl": (30, 150), "news_test.jsonl": (6, 20)}


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
@pytest.mark.parametrize("name", sorted(SETS))
def test_every_span_fits_its_article(name: str) -> None:
    records = [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]
    n_articles, n_quotes = SETS[name]
    assert len(records) >= n_articles and sum(len(r["quotes"]) for r in records) >= n_quotes
    for r in records:
        text = article(CORPORA, r["day"], r["index"]).content
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == r["text_sha1"], r["id"]
        for q in r["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            if q["cue_start"] is not None:
                assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
            if q["speaker_start"] is not None:
                assert q["speaker_end"] > q["speaker_start"]
        for e in r["entities"]:
            assert text[e["start"] : e["end"]] == e["text"] and e["label"] in ("PER", "LOC", "ORG")


def test_test_set_is_held_out_from_dev() -> None:
    """No day of the test set is a day of the dev set."""
    days = {
        name: {json.loads(line)["day"] for line in (GOLD / name).read_text(encoding="utf-8").splitlines()}
        for name in SETS
    }
    assert not days["news_dev.jsonl"] & days["news_test.jsonl"]
