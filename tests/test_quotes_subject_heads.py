"""The subject before a speech verb's object (subject_heads.py): a feminine head with the article
(«الوزارة»، «الهيئة») is the subject, a definite noun after it is the object, an indefinite nisba after a
definite word is the object. Invented news wording."""

from __future__ import annotations

from .conftest import found


def test_a_definite_feminine_head_is_the_subject() -> None:
    assert found("وأكدت الهيئة حرصها على حماية المستهلكين.") == ["حرصها على حماية المستهلكين"]


def test_a_definite_noun_after_a_back_reference_is_the_object() -> None:
    text = "ودعت اللجنة المواطنين إلى المشاركة في الاستفتاء."
    assert found(text) == ["المواطنين إلى المشاركة في الاستفتاء"]


def test_an_adjective_of_the_name_keeps_its_genitive_in_the_subject() -> None:
    text = "وأعلنت الأمانة العامة للمجلس تأجيل الاجتماع إلى الأسبوع المقبل."
    assert found(text) == ["تأجيل الاجتماع إلى الأسبوع المقبل"]


def test_an_indefinite_nisba_after_a_definite_subject_is_the_object() -> None:
    assert found("وأكد الوزير أهمية التعاون بين البلدين.") == ["أهمية التعاون بين البلدين"]
