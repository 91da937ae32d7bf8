"""Reporting verbs added to the lexicon and the أن that is no verb's «that», on invented news wording: each
test asserts the content and its speaker."""

from __future__ import annotations

from .conftest import attributed, names


def said(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str | None]]:
    """(content, speaker name) of each quotation the pipeline finds in `text`."""
    doc = attributed(text, entities)
    return list(zip([q.text for q in doc.quotes], names(doc)))


def test_a_report_quoted_and_a_study_s_finding_before_anna() -> None:
    text = "وأورد التقرير أن درجات الحرارة سترتفع في المناطق الشمالية."
    assert said(text) == [("درجات الحرارة سترتفع في المناطق الشمالية", "التقرير")]
    text = "وتوصلت الدراسة إلى أن النوم المبكر يحسن الذاكرة."
    assert said(text) == [("النوم المبكر يحسن الذاكرة", "الدراسة")]


def test_a_verb_form_after_a_time_word_is_a_verbal_noun() -> None:
    assert said("وارتفعت الأسعار عقب توصل الطرفين لاتفاق والقلق من أن يتراجع الطلب.") == []


def test_quoting_and_reaching_report_nothing_without_anna() -> None:
    assert said("وتوصل الطرفان إلى اتفاق نهائي بشأن الحدود.") == []
    assert said("وأوردت الصحيفة الخبر في صفحتها الأولى.") == []


def test_the_participle_of_expressing_reports_after_an() -> None:
    text = "وافتتح المحافظ سالم العمري المعرض، معبرا عن سعادته بمشاركة الشباب."
    assert said(text, (("PER", "سالم العمري"),)) == [("سعادته بمشاركة الشباب", "سالم العمري")]
    assert said("وعرض المتحف صورا معبرة لجميع مناطق البلاد.") == []


def test_wishing_reports_with_anna() -> None:
    text = "وتمنى المحافظ أن يستمر الدعم للجمعيات الخيرية."
    assert said(text) == [("يستمر الدعم للجمعيات الخيرية", "المحافظ")]


def test_an_after_a_subordinator_is_no_verb_s_that() -> None:
    text = "وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة."
    assert said(text) == [("المحادثات كانت مثمرة", "الوزير")]
    text = "وشدد الوزير، في الوقت ذاته، على أن المشروع سيكتمل قريبا."
    assert said(text) == [("المشروع سيكتمل قريبا", "الوزير")]
    assert said("وأعلن المدير دون أن يحدد موعدا.") == []


def test_greetings_conveyed_by_a_relay_verb_are_its_subject_s_statement() -> None:
    text = "ونقل سالم العمري للأمير خلال الاستقبال تحيات رئيس الوزراء وتقديره لمواقف المملكة."
    content = "تحيات رئيس الوزراء وتقديره لمواقف المملكة"
    assert said(text, (("PER", "سالم العمري"),)) == [(content, "سالم العمري")]
    assert said("ونقلت الشركة المعدات إلى الموقع الجديد.") == []
    assert said("وحمل الملك الوزير نقل تحياته لرئيس الدولة.") == []
