"""A construct head takes the article once its genitive is left out: «الحلف الأطلسي» is «حلف شمال الأطلسي»
(speakers/clusters.py `shortened`). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_short_alliance_name_with_the_article_is_the_full_name() -> None:
    text = (
        "اجتمع وزراء دفاع حلف شمال الأطلسي في بروكسل أمس. "
        "وقال الحلف الأطلسي في بيان إن الاجتماع بحث خطط الانتشار الجديدة."
    )
    doc = attributed(text, (("ORG", "حلف شمال الأطلسي"),))
    assert names(doc) == ["حلف شمال الأطلسي"]


def test_another_body_with_the_same_last_word_stays_apart() -> None:
    text = (
        "اجتمع وزراء دفاع حلف شمال الأطلسي في بروكسل أمس. "
        "وقال المجلس الأطلسي في تقرير إن الإنفاق العسكري ارتفع هذا العام."
    )
    doc = attributed(text, (("ORG", "حلف شمال الأطلسي"),))
    assert names(doc) != ["حلف شمال الأطلسي"]
