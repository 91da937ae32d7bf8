"""An institution named once in full with the place it serves («… في مدينة X»، «… بمنطقة X») and then short:
its quotes take the full name (speakers/placed_bodies.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed_all, names


def test_a_body_named_in_full_with_its_place_keeps_the_place() -> None:
    text = (
        "شاركت وزارة الصحة في غزة في حملة التطعيم الأسبوع الماضي. "
        "وقالت وزارة الصحة إن الحملة شملت عشرة آلاف طفل."
    )
    entities = (("ORG", "وزارة الصحة"), ("LOC", "غزة"))
    assert names(attributed_all(text, entities)) == ["وزارة الصحة في غزة"]


def test_a_body_with_a_fused_preposition_and_place_keeps_it() -> None:
    text = (
        "افتتحت المديرية العامة للتعليم بمنطقة تبوك مدرسة جديدة. "
        "وأوضحت المديرية العامة للتعليم أن المدرسة تستقبل خمسمائة طالب."
    )
    entities = (("ORG", "المديرية العامة للتعليم"), ("LOC", "تبوك"))
    assert names(attributed_all(text, entities)) == ["المديرية العامة للتعليم بمنطقة تبوك"]


def test_a_place_the_body_helps_is_not_its_name() -> None:
    text = "وقدمت وزارة الخارجية دعما لليمن. وقالت وزارة الخارجية إن الدعم سيستمر."
    entities = (("ORG", "وزارة الخارجية"), ("LOC", "لليمن"))
    assert names(attributed_all(text, entities)) == ["وزارة الخارجية"]
