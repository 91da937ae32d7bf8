"""A relative pronoun, with or without و, ends a title phrase and a subject (relative_pronouns.txt).
The sentences are invented."""

from __future__ import annotations

import pytest

from .conftest import attributed, names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after a title: the relative clause is no name
        ("وأكد مدير المستشفى الذي تولى منصبه حديثا أن الأجنحة الجديدة ستفتتح قريبا.", "مدير المستشفى"),
        ("وقال رئيس النادي والذي انتخب الشهر الماضي إن الفريق سيشارك في البطولة.", "رئيس النادي"),
        # after a subject: «والتي» is not part of it
        ("وخلصت الهيئة والتي أنشئت لمراقبة الأسواق إلى أن الأسعار مستقرة.", "الهيئة"),
    ],
)
def test_a_relative_pronoun_ends_the_speaker(text: str, speaker: str) -> None:
    assert names(attributed(text)) == [speaker]
