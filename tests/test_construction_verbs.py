"""«ذهب … إلى أن» holds an opinion and reports it; «ذهب» with any other «إلى» is "went"
(quotes/construction_verbs.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_went_to_that_reports_the_opinion() -> None:
    text = "وذهب الباحث سامر الخطيب إلى أن انخفاض الأمطار سيؤثر في المحاصيل هذا الموسم."
    doc = attributed(text, (("PER", "سامر الخطيب"),))
    assert [q.text for q in doc.quotes] == ["انخفاض الأمطار سيؤثر في المحاصيل هذا الموسم"]
    assert names(doc) == ["سامر الخطيب"]


def test_present_plural_subject_reports_the_opinion() -> None:
    assert found("ويذهب عدد من الاقتصاديين إلى أنه لا حاجة إلى رفع الفائدة الآن.") == [
        "لا حاجة إلى رفع الفائدة الآن"
    ]


def test_went_somewhere_is_no_cue() -> None:
    assert found("وذهب الوفد إلى العاصمة بعد أن أنهى اجتماعاته في المدينة الساحلية.") == []


def test_going_somewhere_then_an_is_no_cue() -> None:
    assert found("وأن تذهب إلى المعرض يعني أنك ستجد كتبا نادرة.") == []


def test_until_before_a_verb_is_no_cue() -> None:
    assert found("كان يأتي مبكرا ويذهب متأخرا، إلى أن اكتشف مديره أن ساعته معطلة.") == []
