"""The ل of «وفقًا لـ» fused to an organisation's head is no part of its name: «وفقا لهيئة الإحصاء» is said
by «هيئة الإحصاء» (wordforms.strip_name_proclitic), through the whole pipeline. The sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.lang.ar.wordforms import strip_name_proclitic


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def test_according_to_an_authority(nlp) -> None:  # noqa: ANN001
    doc = nlp("ووفقا لهيئة الإحصاء فإن معدل البطالة تراجع.")
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["هيئة الإحصاء"]


def test_according_to_a_bank(nlp) -> None:  # noqa: ANN001
    doc = nlp("ووفقا لبنك كريدي سويس فإن النمو سيتباطأ.")
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["بنك كريدي سويس"]


def test_a_name_that_starts_with_the_letter_stays_whole() -> None:
    assert strip_name_proclitic("لجنة الانتخابات", frozenset()) == "لجنة الانتخابات"
    assert strip_name_proclitic("بلدية جدة", frozenset()) == "بلدية جدة"
