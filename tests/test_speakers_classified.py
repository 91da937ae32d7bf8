"""An organisation's speaker name keeps the classifier the text writes before it (speakers/classified.py).
The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_company_written_with_its_classifier_is_named_with_it() -> None:
    text = "وأعلنت شركة نوفاتك أنها ستفتتح مصنعا جديدا في المدينة العام المقبل."
    assert names(attributed(text, (("ORG", "نوفاتك"),))) == ["شركة نوفاتك"]


def test_newspaper_keeps_its_bare_name() -> None:
    text = "وذكرت صحيفة الأفق أن الوزير سيزور المدينة الأسبوع المقبل."
    assert names(attributed(text, (("ORG", "الأفق"),))) == ["الأفق"]


def test_name_never_written_with_a_classifier_stays_bare() -> None:
    text = "وأعلنت نوفاتك أنها ستفتتح مصنعا جديدا في المدينة العام المقبل."
    assert names(attributed(text, (("ORG", "نوفاتك"),))) == ["نوفاتك"]


def test_the_definite_noun_is_no_classifier() -> None:
    text = "وقالت الشركة نوفاتك إن مصنعها الجديد سيفتتح العام المقبل."
    assert "الشركة نوفاتك" not in names(attributed(text, (("ORG", "نوفاتك"),)))


def test_news_agency_written_with_its_classifier_is_named_with_it() -> None:
    text = "وذكرت وكالة سوموا للأنباء أن الوفد سيصل إلى العاصمة غدا."
    assert names(attributed(text, (("ORG", "سوموا للأنباء"),))) == ["وكالة سوموا للأنباء"]
