"""Requests are reported speech (quotes/requests.py): «طلب» as a verb with its subject and its addressee
after «من»; never the noun "request", never a subjectless «وطلب منه» (as often the passive). A coordinated
title after a name is the next person's (speakers/mentions.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_fronted_subject_then_addressee_reports_what_is_asked() -> None:
    text = "وأفادت مصادر أن الوزير السعودي طلب رسميا من الجانب الفرنسي التعاون في ملف الطاقة النظيفة."
    assert "التعاون في ملف الطاقة النظيفة" in found(text)


def test_subject_after_a_feminine_verb_then_addressee() -> None:
    doc = attributed("وطلبت البلدية من السكان إخلاء الأرصفة قبل موعد الصيانة.")
    assert [q.text for q in doc.quotes] == ["إخلاء الأرصفة قبل موعد الصيانة"]
    assert names(doc) == ["البلدية"]


def test_addressee_pronoun_after_a_subject_and_an_clause() -> None:
    assert found("طلب ثلاثة من النواب منها تقديم تقرير مفصل عن المشروع.") == ["تقديم تقرير مفصل عن المشروع"]
    assert found("وطلبت اللجنة منه أن يقدم استقالته خلال أسبوع.") == ["يقدم استقالته خلال أسبوع"]


def test_the_noun_request_reports_nothing() -> None:
    assert found("وافقت الهيئة على طلب من الشركة بتمديد العقد عامين.") == []
    assert found("رفض المجلس طلب التمديد المقدم من المقاول.") == []
    assert found("وصل خطاب طلب من صاحب المصنع إلى الإدارة.") == []


def test_no_subject_may_be_the_passive() -> None:
    assert found("تم توزيع الاستمارات على المتطوعين، وطلب منهم تعبئتها بسرعة.") == []


def test_addressee_with_a_relative_clause_is_left_alone() -> None:
    assert found("وطلبت الأسرة من الرجل الذي صدمها دفع التعويض.") == []


def test_coordinated_title_after_a_name_is_the_next_persons() -> None:
    text = (
        "جرى اتصال بين الرئيس الفرنسي جاك مارتان والرئيس اللبناني سمير حداد أمس، وناقش حداد مع مارتان "
        "ملف الطاقة. وقال الرئيس اللبناني إن الاتصال كان مثمرا."
    )
    entities = (("PER", "جاك مارتان"), ("PER", "سمير حداد"))
    assert names(attributed(text, entities)) == ["سمير حداد"]
