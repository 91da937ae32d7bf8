"""A statistic is a source like a study: «بحسب الإحصائية، فإن…» attributes the clause to it, and «أظهرت
إحصائية…» reports its object (source_heads.txt). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_according_to_the_statistic_is_a_source_phrase() -> None:
    text = "ارتفع عدد الزوار هذا العام. وبحسب الإحصائية، فإن المدينة استقبلت أكثر من مليون زائر في الصيف."
    assert found(text) == ["المدينة استقبلت أكثر من مليون زائر في الصيف"]


def test_the_statistic_is_the_speaker_of_its_finding() -> None:
    text = "وأظهرت إحصائية رسمية تراجع عدد الحوادث المرورية في المحافظة خلال العام الماضي."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["تراجع عدد الحوادث المرورية في المحافظة خلال العام الماضي"]
    assert names(doc) == ["إحصائية رسمية"]
