"""A verb that opens a quote, with its subject and أن after it, reports inside the quote: both the quote and
the inner report are statements (quotes/clause_cues.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def test_verb_opening_a_quote_with_subject_and_an_is_a_nested_report() -> None:
    text = 'وقال المدير إن العمل بدأ. وتابع: "أوضحت الوزارة أن المشروع سيكتمل قبل نهاية العام".'
    quotes = [(q.text, q.speaker.name if q.speaker else None) for q in attributed(text).quotes]
    assert ("المشروع سيكتمل قبل نهاية العام", "الوزارة") in quotes
    assert any(t.startswith("أوضحت الوزارة") for t, _ in quotes)


def test_verb_opening_a_quote_without_an_reports_nothing_inside() -> None:
    text = 'وقال المدير إن العمل بدأ. وتابع: "أكملت الشركة المرحلة الأولى من المشروع".'
    texts = [q.text for q in attributed(text).quotes]
    assert texts == ["العمل بدأ", "أكملت الشركة المرحلة الأولى من المشروع"]


def test_verb_with_wa_after_a_comma_inside_a_quote_reports_its_own_clause() -> None:
    text = 'وقال المتحدث سامي العلي: "الخطة جاهزة، وأكدت الهيئة أن المشروع يتطلب تمويلا إضافيا".'
    quotes = [(q.text, q.speaker.name if q.speaker else None) for q in attributed(text).quotes]
    assert ("المشروع يتطلب تمويلا إضافيا", "الهيئة") in quotes


def test_verb_with_wa_inside_a_quote_without_a_mark_before_it_reports_nothing() -> None:
    text = 'وقال المتحدث سامي العلي: "الخطة جاهزة وأكدت الهيئة أن المشروع يتطلب تمويلا إضافيا".'
    assert [q.speaker.name for q in attributed(text).quotes if q.speaker] == ["سامي العلي"]
