"""Statements the stage used to miss, one construction each (verb forms the cue lists lacked, objects after a
time phrase). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_present_plural_of_qala_after_illa_anna_reports() -> None:
    doc = attributed("ورغم تراجع المبيعات، إلا أن خبراء السوق يقولون إن الطلب سيعود في الربيع.")
    assert [q.text for q in doc.quotes] == ["الطلب سيعود في الربيع"]
    assert names(doc) == ["خبراء السوق"]


def test_present_plural_of_qala_without_a_subject_reports() -> None:
    assert found("ويقولون إن المشروع سيكتمل قبل نهاية العام.") == ["المشروع سيكتمل قبل نهاية العام"]
