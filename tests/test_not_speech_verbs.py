"""Verbs of deciding are no speech (annotation guide): «أقر» approves or enacts («أقر المجلس عدداً من
القرارات من بينها أن…»), so a clause after it is no statement, and a statement that reports a decision stays
whole. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_an_approval_reports_nothing() -> None:
    text = "وأقر المجلس البلدي عددا من القرارات من بينها أن تفتح الحدائق العامة حتى منتصف الليل."
    assert found(text) == []


def test_an_approval_inside_a_statement_does_not_split_it() -> None:
    text = "وأوضح التقرير أن المجلس البلدي أقر بأن تكون الأولوية في الصيانة للأحياء القديمة."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["المجلس البلدي أقر بأن تكون الأولوية في الصيانة للأحياء القديمة"]
    assert names(doc) == ["التقرير"]
