"""A speech verb's "object" that only describes its subject before a participle of speech, or is that
participle, is no statement: the participle carries it (quotes/hal_objects.py). The sentences are invented."""

from __future__ import annotations

from .conftest import found

NAME = (("PER", "ماجد العتيبي"),)


def test_kinship_apposition_before_the_participle_is_not_content() -> None:
    text = "وتحدث ماجد العتيبي خال المصاب قائلا: إن الفريق الطبي بذل جهدا كبيرا."
    assert found(text, NAME) == ["الفريق الطبي بذل جهدا كبيرا"]


def test_title_apposition_before_the_participle_is_not_content() -> None:
    text = "وتحدث ماجد العتيبي رئيس النادي قائلا إن الموسم المقبل سيكون أفضل."
    assert found(text, NAME) == ["الموسم المقبل سيكون أفضل"]


def test_a_participle_right_after_the_subject_is_no_object() -> None:
    text = "وتحدث ماجد العتيبي قائلا إن المعرض يستقبل زواره مساء كل يوم."
    assert found(text, NAME) == ["المعرض يستقبل زواره مساء كل يوم"]


def test_a_real_object_before_the_participle_stays() -> None:
    text = "وأكد ماجد العتيبي جاهزية الملعب مضيفا أن المباراة تقام في موعدها."
    assert found(text, NAME) == ["جاهزية الملعب", "المباراة تقام في موعدها"]
