"""The news gold sets' labels still fit the corpus text they point into (the text itself is not stored):
the dev set (news_dev.jsonl), its held-out articles (news_holdout.jsonl), the held-out test sets of other days
(news_test.jsonl, news_test2.jsonl) and the labelled training news (models/labels/: news_train.jsonl, batch 6,
batch 7's statements), which shares no article with the others."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from nlp_pipeline.corpora.saudinewsnet import article

from .conftest import CORPORA, ROOT

GOLD = ROOT / "benchmarks" / "quotes"
TRAIN = ROOT / "models" / "labels" / "news_train.jsonl"
BATCH6 = ROOT / "models" / "labels" / "news_train_b6.jsonl"  # labelled, not (yet) trained on
BATCH7 = ROOT / "models" / "labels" / "news_quotes_b7.jsonl"  # statements only, no entities
# file -> (at least so many articles, at least so many quotes)
SETS = {
    "news_dev.jsonl": (30, 150),
    "news_test.jsonl": (6, 20),
    "news_holdout.jsonl": (80, 250),
    "news_test2.jsonl": (30, 100),
}
TEST_SETS = ("news_test.jsonl", "news_test2.jsonl")  # days of their own: no dev, holdout or training article


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
@pytest.mark.parametrize("name", sorted(SETS))
def test_every_span_fits_its_article(name: str) -> None:
    gold = records(GOLD / name)
    n_articles, n_quotes = SETS[name]
    assert len(gold) >= n_articles and sum(len(r["quotes"]) for r in gold) >= n_quotes
    for r in gold:
        text = article(CORPORA, r["day"], r["index"]).content
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == r["text_sha1"], r["id"]
        assert_quotes_fit(text, r["quotes"])
        assert_entities_fit(text, r["entities"])


def assert_quotes_fit(text: str, quotes: list[dict[str, Any]]) -> None:
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["cue_start"] is not None:
            assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        if q["speaker_start"] is not None:
            assert q["speaker_end"] > q["speaker_start"]


def assert_entities_fit(text: str, entities: list[dict[str, Any]]) -> None:
    for e in entities:
        assert text[e["start"] : e["end"]] == e["text"] and e["label"] in ("PER", "LOC", "ORG")


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
def test_training_news_fits_and_is_whole_words() -> None:
    """Spans of the training labels (entities and quotations) fit their article; entities are runs of whole
    words (proclitics inside)."""
    train = records(TRAIN)
    assert len(train) >= 250 and sum(len(r["entities"]) for r in train) >= 3000
    assert sum(len(r["quotes"]) for r in train) >= 850
    batch6 = records(BATCH6)
    assert len(batch6) >= 70 and sum(len(r["entities"]) for r in batch6) >= 900
    batch7 = records(BATCH7)
    assert len(batch7) >= 35 and sum(len(r["quotes"]) for r in batch7) >= 90
    for r in train + batch6 + batch7:
        text = article(CORPORA, r["day"], r["index"]).content
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == r["text_sha1"], r["id"]
        assert_quotes_fit(text, r["quotes"])
        assert_entities_fit(text, r["entities"])
        for e in r["entities"]:
            before, after = text[e["start"] - 1 : e["start"]], text[e["end"] : e["end"] + 1]
            assert not (before.isalpha() or after.isalpha()), (r["id"], e["text"])


def test_training_news_shares_no_article_or_test_day_with_the_gold_sets() -> None:
    train = records(TRAIN) + records(BATCH6) + records(BATCH7)
    assert len({r["id"] for r in train}) == len(train)
    gold = {name: records(GOLD / name) for name in SETS}
    gold_ids = {r["id"] for rs in gold.values() for r in rs}
    assert not {r["id"] for r in train} & gold_ids
    for name in TEST_SETS:
        assert not {r["day"] for r in train} & {r["day"] for r in gold[name]}, name


def test_test_sets_are_held_out_from_dev_and_from_each_other() -> None:
    """No day of a test set is a day of the dev set or of the holdout; the two test sets share no article."""
    gold = {name: records(GOLD / name) for name in SETS}
    days = {name: {r["day"] for r in rs} for name, rs in gold.items()}
    for name in TEST_SETS:
        assert not (days["news_dev.jsonl"] | days["news_holdout.jsonl"]) & days[name], name
    assert not {r["id"] for r in gold["news_test.jsonl"]} & {r["id"] for r in gold["news_test2.jsonl"]}


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
def test_training_news_has_no_near_duplicate_of_a_gold_article() -> None:
    """Saudi papers reprint the same wire story and fill the same templates (royal cables, the weekly
    reception, the n-th relief plane): a training article sharing half its words with a dev or test article
    would put that article's entities into training. Word-set Jaccard stays under 0.5."""
    import re

    def words(r: dict[str, Any]) -> set[str]:
        return set(re.findall(r"\w+", article(CORPORA, r["day"], r["index"]).content))

    gold = [words(r) for name in SETS for r in records(GOLD / name)]
    for r in records(TRAIN) + records(BATCH6) + records(BATCH7):
        w = words(r)
        worst = max(len(w & g) / len(w | g) for g in gold)
        assert worst < 0.5, (r["id"], round(worst, 2))
