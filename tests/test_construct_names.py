"""An institution's head in construct with a named place is named with it («أمانة منطقة X»، «تلفزيون X
الرسمي»: speakers/construct_names.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_head_and_noun_in_construct_with_a_place() -> None:
    text = "وكشفت أمانة منطقة تبوك أن عدد زوار الحدائق العامة ارتفع هذا العام."
    assert names(attributed(text, (("LOC", "تبوك"),))) == ["أمانة منطقة تبوك"]


def test_head_in_construct_with_a_place_and_its_adjective() -> None:
    text = "وذكر تلفزيون اليابان الرسمي أن الزلزال لم يسفر عن إصابات في العاصمة."
    assert names(attributed(text, (("LOC", "اليابان"),))) == ["تلفزيون اليابان الرسمي"]


def test_described_source_keeps_its_description() -> None:
    text = "وقالت مصادر أمنية في تبوك إن الحريق اندلع في مستودع قديم."
    assert names(attributed(text, (("LOC", "تبوك"),))) == ["مصادر أمنية في تبوك"]
