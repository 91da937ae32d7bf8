"""The subject between «كان/كانت» and the cue verb (the news pluperfect) is the speaker's mention, even with a
name in marks and a comma before the verb, or a long body name; a verb with «و» after a comma opens a clause
of its own (speakers/aux_subjects.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def _mentions(text: str, entities: tuple[tuple[str, str], ...]) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in attributed(text, entities).quotes]


def test_spokesman_in_marks_and_comma_before_the_verb() -> None:
    text = (
        "قال المدير فهد السالم إن الحديقة جاهزة. "
        "وكان المتحدث باسم البلدية “سامر الخطيب”، أكد أمس رسميا تأجيل افتتاح الحديقة الجديدة."
    )
    assert _mentions(text, (("PER", "فهد السالم"), ("PER", "سامر الخطيب"))) == ["فهد السالم", "سامر الخطيب"]


def test_body_in_marks_with_an_apposition_and_qad() -> None:
    text = (
        "ارتفعت أسعار الأسهم في السوق أمس. "
        'وكانت "مؤسسة النور" المساهمة في "شركة الواحة" قد قالت إن العرض الجديد يقل عن قيمة الشركة.'
    )
    doc = attributed(text, (("ORG", "مؤسسة النور"), ("ORG", "شركة الواحة")))
    assert names(doc) == ["مؤسسة النور"]


def test_long_body_name_after_kanat() -> None:
    text = (
        "قال الوزير فهد السالم إن الزيارة ناجحة. "
        "وكانت هيئة الطيران المدني للمطارات الإقليمية في الشمال الغربي أعلنت عن تأجيل الرحلات المسائية."
    )
    mentions = _mentions(text, (("PER", "فهد السالم"), ("ORG", "هيئة الطيران المدني")))
    assert mentions[1] is not None and mentions[1].startswith("هيئة الطيران المدني")


def test_a_new_clause_after_a_comma_keeps_its_own_speaker() -> None:
    text = (
        'وقال مدير المستشفى خالد العمري إن "المصابين نقلوا إلى مبنى كان الأطباء قد جهزوه أمس"، '
        'وقال "الحالات كلها مستقرة الآن ولا خطر على أحد منهم".'
    )
    assert names(attributed(text, (("PER", "خالد العمري"),))) == ["خالد العمري", "خالد العمري"]


def test_a_long_described_subject_after_kanat() -> None:
    text = (
        "انتشرت أخبار عن المدينة أمس. وكانت مجموعات محسوبة على حركة النهضة من أبناء مدينة الساحل الشرقي ذكرت "
        "على مواقع التواصل أن المرحلة الأولى انتهت."
    )
    assert _mentions(text, (("ORG", "حركة النهضة"),)) == ["مجموعات"]
