"""Admiration or praise as a speech verb's object («أبدى إعجابه بـ…») evaluates a thing: no statement, as
«أشاد بـ» (quotes/stances.py, praise_nouns.txt); a stance or a feeling («أبدى قلقه من…») still reports. The
sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_admiration_as_the_object_is_no_statement() -> None:
    assert found("وتفاعل الزوار مع الجولة مبدين إعجابهم بالفكرة الجديدة في المدينة.") == []
    assert found("وأبدى المدرب إعجابه بأداء اللاعبين في المباراة الودية.") == []


def test_admiration_after_a_quote_does_not_attribute_it() -> None:
    text = "وأضافت «الوقت كان قصيرا جدا على الفنانين»، وأبدت إعجابها بوجود مسرح نسائي في المدينة."
    assert "إعجابها" not in str(found(text))
    assert found(text) == ["الوقت كان قصيرا جدا على الفنانين"]


def test_a_feeling_as_the_object_is_a_statement() -> None:
    assert found("وأبدى المدرب قلقه من كثرة الإصابات في صفوف الفريق.") == [
        "قلقه من كثرة الإصابات في صفوف الفريق"
    ]
