"""A role noun that takes its complement with a preposition («المشرف على…»، «المسؤول عن…») keeps it inside
the title phrase, and the person named after it is the speaker (speakers/role_phrases.py); a secretary is a
title. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_supervisor_of_a_project_with_an_honorific_is_the_named_person() -> None:
    text = "وقال المشرف على المشروع الدكتور سالم القحطاني إن العمل سينتهي قبل نهاية العام."
    assert names(attributed(text, (("PER", "سالم القحطاني"),))) == ["سالم القحطاني"]


def test_complement_of_two_words_and_a_general_supervisor() -> None:
    text = (
        "وأكد المشرف على تطوير المهرجان الدكتور ناصر المطيري أن الفعاليات ستبدأ غدا. "
        "وقال المشرف العام على المعرض سعد العتيبي إن الإقبال كان كبيرا."
    )
    doc = attributed(text, (("PER", "ناصر المطيري"), ("PER", "سعد العتيبي")))
    assert names(doc) == ["ناصر المطيري", "سعد العتيبي"]


def test_supervisor_without_a_name_stays_a_description() -> None:
    doc = attributed("وقال المشرف على الفعالية إن البرنامج استقطب مئات الأطفال.")
    assert names(doc) == ["المشرف على الفعالية"]


def test_secretary_is_a_title_before_the_name() -> None:
    text = "وقال سكرتير الأمن في المدينة جون سميث إن الخطة جاهزة."
    assert names(attributed(text, (("PER", "جون سميث"),))) == ["جون سميث"]
