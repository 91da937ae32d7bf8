"""A time adverbial after a source's description («في وقت سابق»، «في الوقت نفسه») is no part of the source
(frame_nouns.txt, source_tails.adverbial_start). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_earlier_after_a_source_is_not_the_source() -> None:
    text = "وقالت اللجان الشعبية في وقت سابق إن الطريق إلى المدينة أعيد فتحه أمام المسافرين."
    assert names(attributed(text)) == ["اللجان الشعبية"]


def test_published_in_an_outlet_late_at_night() -> None:
    text = "ستغلق المعابر ثلاثة أيام، حسبما نشر في الجريدة الرسمية في وقت متأخر من مساء الأحد."
    assert names(attributed(text)) == ["الجريدة الرسمية"]
