"""A subject of up to three words in marks right after its verb, with a word after the closing mark, is the
speaker, not the quote (quotes/marked_subjects.py); a short quote after its verb ending at punctuation stays.
The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_a_name_in_marks_before_ila_anna() -> None:
    text = 'وأشارت "نيويورك ديلي نيوز" إلى أن الأمطار أغرقت عددا من الأحياء.'
    assert found(text) == ["الأمطار أغرقت عددا من الأحياء"]


def test_a_three_word_name_in_marks_before_inna() -> None:
    text = 'وقالت "نيويورك ديلي نيوز" إن الأمطار أغرقت عددا من الأحياء.'
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["الأمطار أغرقت عددا من الأحياء"]
    assert names(doc) == ["نيويورك ديلي نيوز"]


def test_a_name_in_marks_then_the_object() -> None:
    text = "وأعلنت «المراعي» توزيع أرباح نقدية على المساهمين عن الربع الثاني."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["توزيع أرباح نقدية على المساهمين عن الربع الثاني"]
    assert names(doc) == ["المراعي"]


def test_a_name_in_marks_then_the_preposition() -> None:
    text = 'وأشار "ابن سالم" إلى مشاركة فرع الوزارة في تأمين المياه للزوار.'
    assert found(text) == ["مشاركة فرع الوزارة في تأمين المياه للزوار"]


def test_a_name_in_marks_then_qailan() -> None:
    text = 'وبيّن "الغامدي" قائلاً: لست الوحيد الذي ينتظر الموافقة منذ أشهر.'
    assert found(text) == ["لست الوحيد الذي ينتظر الموافقة منذ أشهر"]


def test_a_short_answer_in_marks_stays_a_quote() -> None:
    text = "وسئل المدرب عن مستقبله مع الفريق، فأجاب «لا أعرف». ثم غادر المؤتمر."
    assert found(text) == ["لا أعرف"]


def test_a_term_after_a_naming_verb_stays_its_quote() -> None:
    text = "وانتقد النائب ما أسماه «الصفقة الخاسرة» التي وقعتها البلدية مع الشركة."
    assert found(text) == ["الصفقة الخاسرة"]
