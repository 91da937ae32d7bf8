"""A relative pronoun, with or without و, ends a title phrase and a subject (relative_pronouns.txt).
The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_relative_clause_after_a_title_is_no_name() -> None:
    text = "وأكد مدير المستشفى الذي تولى منصبه حديثا أن الأجنحة الجديدة ستفتتح قريبا."
    assert names(attributed(text)) == ["مدير المستشفى"]


def test_relative_with_conjunction_after_a_title_is_no_name() -> None:
    text = "وقال رئيس النادي الرياضي والذي انتخب الشهر الماضي إن الفريق سيشارك في البطولة."
    assert names(attributed(text)) == ["رئيس النادي الرياضي"]


def test_relative_with_conjunction_ends_the_subject() -> None:
    text = "وخلصت الهيئة والتي أنشئت لمراقبة الأسواق إلى أن الأسعار مستقرة."
    assert names(attributed(text)) == ["الهيئة"]
