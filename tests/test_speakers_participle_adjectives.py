"""A definite participle of the forms مُتفعِّل / مُتفاعِل / مُستفعِل after a definite source, agreeing with
it, is part of the description («المعلومات المتوافرة»، «الأسر المتضررة»); an -ين form after the source is
the verb's object (speakers/unnamed_sources.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_a_feminine_participle_after_a_plural_of_things_is_kept() -> None:
    doc = attributed("وتشير البيانات المتاحة إلى أن المبيعات تراجعت في الربع الثاني.")
    assert names(doc) == ["البيانات المتاحة"]


def test_a_participle_after_a_broken_plural_of_people_is_kept() -> None:
    doc = attributed("وأكدت الأسر المتضررة أنها لم تتلق أي تعويض حتى الآن.")
    assert names(doc) == ["الأسر المتضررة"]


def test_a_participle_in_the_accusative_is_the_object() -> None:
    doc = attributed("وأبلغت المصادر المستثمرين أن السوق سيستقر قريبا.")
    assert names(doc) == ["المصادر"]
