"""A definite noun phrase that no lexicon knows, right after a speech verb whose object is a thing said, is
its subject when a bare noun follows: the content starts at the bare noun (quotes/definite_subjects.py). The
sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = attributed(text)
    return [(q.speaker.name if q.speaker else None, q.text) for q in doc.quotes]


def test_definite_plural_with_adjectives_and_time_is_the_subject() -> None:
    text = "من جانبها أعلنت الهيئات الرياضية المحلية أمس رفضها القاطع للقرار الجديد بشأن الملاعب."
    assert _quotes(text) == [("الهيئات الرياضية المحلية", "رفضها القاطع للقرار الجديد بشأن الملاعب")]


def test_partitive_with_a_place_phrase_is_the_subject() -> None:
    text = "وأعلنت عدد من الجامعات الحكومية في المنطقة تأجيل الاختبارات النهائية أسبوعين."
    assert names(attributed(text)) == ["عدد من الجامعات الحكومية في المنطقة"]


def test_a_definite_object_before_a_preposition_stays_the_object() -> None:
    text = "وأكد الالتزام الكامل بدعم المشروع حتى اكتماله."
    assert [q.text for q in attributed(text).quotes] == ["الالتزام الكامل بدعم المشروع حتى اكتماله"]
