"""An adjective agrees with its noun in definiteness: a word with the article after an indefinite source is
not its adjective. Invented sentences only; the first test fails without unnamed_sources._disagrees.
"""

from __future__ import annotations

from .conftest import attributed, names


def test_a_definite_word_after_an_indefinite_source_is_the_verb_s_object() -> None:
    """«وأبلغ مسؤولون النادي الإيطالي أنه…»: «النادي» ends like a nisba adjective but has the article."""
    text = "وأبلغ مسؤولون النادي الإيطالي أنه لن يسمح بدخول اللاعبين."
    assert names(attributed(text)) == ["مسؤولون"]


def test_genitives_and_agreeing_adjectives_stay_in_the_description() -> None:
    """The genitive of a head in construct and its adjective, the genitive of an adjective, a fused ب genitive
    and adjectives that agree all stay."""
    text = (
        "وقالت مصادر الشرطة المحلية إن الوضع هادئ. وقال مسؤول حكومي رفيع المستوى إن الوفد وصل. "
        "وقال مصدر مسؤول بالمستشفى إن الحالة مستقرة. وقال المسؤولون الأمنيون إن الطريق مفتوح."
    )
    expected = ["مصادر الشرطة المحلية", "مسؤول حكومي رفيع المستوى", "مصدر مسؤول بالمستشفى"]
    expected.append("المسؤولون الأمنيون")
    assert names(attributed(text)) == expected
