"""A speech verb's subject the object rule does not know, closed by a time word before a masdar object
(quotes/time_subjects.py), through the whole pipeline. The sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _contents(doc: Doc) -> list[str]:
    return [q.text for q in doc.quotes]


def _speakers(doc: Doc) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_festival_then_yesterday_in_brackets(nlp) -> None:  # noqa: ANN001
    doc = nlp("أعلن مهرجان الرياض المسرحي، أمس (الأحد)، فتح باب المشاركة.")
    assert _contents(doc) == ["فتح باب المشاركة"]
    assert None not in _speakers(doc)


def test_company_with_its_name_in_marks_then_today(nlp) -> None:  # noqa: ANN001
    doc = nlp("أعلنت شركة البرمجيات الأمريكية «أبل» اليوم الثلاثاء تحقيق أرباح قياسية.")
    assert _contents(doc) == ["تحقيق أرباح قياسية"]
    assert None not in _speakers(doc)


def test_envoy_phrase_then_yesterday_before_ila(nlp) -> None:  # noqa: ANN001
    doc = nlp("دعا وسيط الأمم المتحدة في ليبيا برناردينو ليون أمس إلى تشكيل حكومة وحدة.")
    assert _contents(doc) == ["تشكيل حكومة وحدة"]
    assert None not in _speakers(doc)


def test_two_countries_then_weekday(nlp) -> None:  # noqa: ANN001
    doc = nlp("حثت ألمانيا وإيطاليا اليوم الاثنين الدول الأوروبية على التعاون في ملف الهجرة.")
    assert _contents(doc) == ["الدول الأوروبية على التعاون في ملف الهجرة"]
    assert None not in _speakers(doc)


def test_an_object_before_the_time_word_stays_in_the_content(nlp) -> None:  # noqa: ANN001
    # «رفضها القاطع» is the object: the time word closes no subject after it
    doc = nlp("جددت جمهورية مصر رفضها القاطع أمس التدخلات الخارجية في شؤونها.")
    assert not any(text.startswith("التدخلات") for text in _contents(doc))
