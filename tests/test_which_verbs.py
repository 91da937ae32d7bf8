"""A reporting verb whose subject is the relative «ما» ("which") reports nothing: the fact before it is what
shows or confirms (quotes/which_verbs.py). The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_what_after_a_resuming_pronoun_reports_nothing() -> None:
    assert found("ارتفعت مبيعات الشركة عشرين في المئة، وهو ما يؤكد قوة الطلب على منتجاتها.") == []


def test_from_what_reports_nothing() -> None:
    assert found("تراجعت أعداد الحوادث في الطرق السريعة مما يشير إلى أن الحملة نجحت.") == []


def test_what_after_a_comma_reports_nothing() -> None:
    assert found("انقطعت الكهرباء عن الحي ثلاثة أيام، ما أكد ضرورة تحديث الشبكة القديمة.") == []


def test_a_source_phrase_with_what_still_reports() -> None:
    assert found("وبحسب ما أكد المدير، فإن المشروع سيكتمل قريبا.") != []
    assert found("وأشار المدير إلى أن المشروع سيكتمل قريبا.") == ["المشروع سيكتمل قريبا"]
