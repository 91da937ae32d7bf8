"""Two groups of unnamed sources joined by و are one speaker («خبراء ومختصون»، «المسؤولون والمحللون»), and a
broken plural of a nationality describes a plural source as a nisba does («مسؤولون أفغان»)
(speakers/unnamed_sources.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_a_people_plural_joined_to_a_source_head_is_one_speaker() -> None:
    doc = attributed("وتوقع خبراء ومختصون أن ترتفع أسعار الحبوب في الخريف.")
    assert names(doc) == ["خبراء ومختصون"]


def test_definite_groups_joined_are_one_speaker() -> None:
    doc = attributed("ويقول المسؤولون والمحللون إن الإصلاح سيستغرق سنوات.")
    assert names(doc) == ["المسؤولون والمحللون"]


def test_a_plural_nationality_keeps_the_joined_source() -> None:
    doc = attributed("وقال مسؤولون أتراك ومصادر أمنية أمس إن الحدود أغلقت.")
    assert names(doc) == ["مسؤولون أتراك ومصادر أمنية"]


def test_an_object_in_the_accusative_is_not_joined() -> None:
    doc = attributed("ودعا المسؤولون والمواطنين إلى الحذر من السيول.")
    assert names(doc) == ["المسؤولون"]
