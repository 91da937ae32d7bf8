"""A source phrase at the head of a sentence or after a colon attributes what follows its source
(quotes/source_words.py): an institution by its head noun or short name, a noun with «لل», a relative clause
describing the source before «، فإن». A plan or a rule is no source. The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_an_institution_by_its_head_noun_is_a_source() -> None:
    assert found("وبحسب النقابة، فإن عدد المشتركين ارتفع إلى ألفين.") == ["عدد المشتركين ارتفع إلى ألفين"]


def test_a_ministry_by_its_short_name_is_a_source() -> None:
    assert found("وبحسب الخارجية الفرنسية، فإن الوفد يصل غدا.") == ["الوفد يصل غدا"]


def test_a_document_after_lil_is_a_source() -> None:
    assert found("ووفقا للتقرير فإن الإنتاج تراجع بنسبة كبيرة.") == ["الإنتاج تراجع بنسبة كبيرة"]


def test_a_relative_clause_describing_the_source_is_not_the_content() -> None:
    text = 'ووفقا لوكالة "النجم"، التي نقلت عن مصادر مطلعة، فإن المفاوضات انتهت دون اتفاق.'
    assert found(text) == ["المفاوضات انتهت دون اتفاق"]


def test_a_source_after_a_colon_attributes_what_follows_it() -> None:
    text = "وارتفعت الأسعار كثيرا هذا العام: وفقا للبنك المركزي، بلغ التضخم خمسة في المائة."
    assert found(text) == ["بلغ التضخم خمسة في المائة"]


def test_a_plan_is_no_source() -> None:
    assert found("ووفقا للخطة فإن العمل يبدأ في الأسبوع المقبل.") == []
