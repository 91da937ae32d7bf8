"""A place of two words that the article cut short after its first word («الولايات» of «الولايات المتحدة»)
is the subject whole (subject.place_subject), not a person named «الولايات». The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_place_of_two_words_with_the_article_is_whole() -> None:
    text = "وأعلنت المملكة المتحدة أمس أن سفارتها في العاصمة ستفتح أبوابها الأسبوع المقبل."
    assert names(attributed(text, (("LOC", "المملكة المتحدة"),))) == ["المملكة المتحدة"]
