"""Statements the finder used to miss, round 2, on invented news wording: a quote in marks after a «حيث»
clause that describes where the words were spoken, a quote in marks after the subject and a comma, words after
«قال» with no أن or marks, and an object after «في بيانها» (the subject's own document)."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_a_quote_in_marks_after_a_where_clause() -> None:
    text = 'وقال سامي الفهد أثناء زيارة إلى باريس حيث يلتقي نظيره "لم نقل يوما إن المفاوضات انتهت".'
    doc = attributed(text, (("PER", "سامي الفهد"), ("LOC", "باريس")))
    assert [q.text for q in doc.quotes] == ["لم نقل يوما إن المفاوضات انتهت"]
    assert names(doc) == ["سامي الفهد"]


def test_a_definite_place_noun_before_the_marks_after_haythu() -> None:
    text = 'وقال المدير خالد العمري في مؤتمر صحافي في جدة، حيث مقر الهيئة "نعلن اكتمال المشروع بالكامل".'
    doc = attributed(text, (("PER", "خالد العمري"), ("LOC", "جدة")))
    assert [q.text for q in doc.quotes] == ["نعلن اكتمال المشروع بالكامل"]
    assert names(doc) == ["خالد العمري"]


def test_haythu_then_an_is_not_the_quote() -> None:
    text = "وقال المدير في جدة حيث إن المشروع تأخر كثيرا بسبب الأمطار."
    assert found(text) == []


def test_a_quote_in_marks_after_the_subject_and_a_comma() -> None:
    text = "وقال سامي الفهد (شقيق اللاعب)، «نحن فخورون بما قدمه أخي للنادي»."
    doc = attributed(text, (("PER", "سامي الفهد"),))
    assert [q.text for q in doc.quotes] == ["نحن فخورون بما قدمه أخي للنادي"]
    assert names(doc) == ["سامي الفهد"]


def test_a_name_in_marks_after_a_preposition_is_still_no_quote() -> None:
    assert found('وقال المدير لـ "صحيفة المدينة اليوم" إن العمل مستمر.') == ["العمل مستمر"]


def test_words_after_qala_and_a_comma_without_an_or_marks() -> None:
    text = "وقال المتحدث باسم الدفاع المدني سامي الفهد، أسفر الحريق عن إصابة أربعة أشخاص بجروح طفيفة."
    doc = attributed(text, (("PER", "سامي الفهد"),))
    assert [q.text for q in doc.quotes] == ["أسفر الحريق عن إصابة أربعة أشخاص بجروح طفيفة"]
    assert names(doc) == ["سامي الفهد"]


def test_words_after_qala_end_at_the_next_cue() -> None:
    text = "وقال المدير سامي الفهد، تم تشغيل المحطة الجديدة بكامل طاقتها، مشيرا إلى أن العمل مستمر."
    quotes = found(text, (("PER", "سامي الفهد"),))
    assert quotes == ["تم تشغيل المحطة الجديدة بكامل طاقتها", "العمل مستمر"]


def test_qala_in_a_story_an_attribution_or_a_condition_reports_no_unmarked_words() -> None:
    assert found("ثم قال له يا بني لا تسافر وحدك في الليل أبدا.") == []
    assert "مقتولا في ظروف غامضة" not in found("وعثر على جثة مسؤول محلي كما قال حزبه، مقتولا في ظروف غامضة.")
    assert found("ولو قال المدرب أنا على حق وأنتم على خطأ لن يستمع إليه أحد.") == []


def test_the_subjects_own_document_before_an_object() -> None:
    text = "وأكدت هيئة الغذاء في بيانها ضرورة الالتزام بالتعليمات الصادرة."
    doc = attributed(text, (("ORG", "هيئة الغذاء"),))
    assert [q.text for q in doc.quotes] == ["ضرورة الالتزام بالتعليمات الصادرة"]
    assert names(doc) == ["هيئة الغذاء"]


def test_the_own_document_after_a_fronted_subject() -> None:
    assert found("وكانت الهيئة قد أكدت في تقريرها ضرورة تحديث الأنظمة.") == ["ضرورة تحديث الأنظمة"]
