"""A definite head noun alone («الشركة»، «المنظمة») or an institution's name said short («الداخلية») means
the body the document named before (speakers/backrefs.py, clusters.py). The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.tokens.doc import Doc, Entity

from .conftest import attributed, doc_with_entities, names


def _tagged_twice(text: str, full: str, short: str) -> Doc:
    """`full` tagged where it first occurs, `short` where it last occurs (the NER tags both)."""
    doc = doc_with_entities(text, (("ORG", full),))
    start = text.rindex(short)
    doc.entities.append(Entity(start, start + len(short), short, "e9", "ORG"))
    return attribute_speakers(find_quotes(doc))


def test_company_introduced_with_adjectives_is_what_the_company_says() -> None:
    text = (
        "ارتفع سهم شركة الأدوية السويسرية الكبرى «ميرافال» أمس في البورصة. "
        "وأكدت الشركة أنها ستطرح علاجا جديدا العام المقبل."
    )
    assert names(attributed(text, (("ORG", "ميرافال"),))) == ["ميرافال"]


def test_company_introduced_right_after_its_classifier_keeps_it() -> None:
    text = (
        "افتتحت شركة نوفاتك فرعا جديدا في المدينة. وقال مدير الفرع سامي العتيبي إن الإقبال كبير. "
        "وأوضحت الشركة أن الفرع سيعمل طوال أيام الأسبوع."
    )
    doc = attributed(text, (("ORG", "نوفاتك"), ("PER", "سامي العتيبي")))
    assert names(doc)[-1] == "شركة نوفاتك"


def test_the_head_refers_to_the_body_introduced_with_it_not_the_last_one() -> None:
    text = (
        "تراجعت أرباح شركة السيارات الكورية «دونغمو» هذا العام. وانتقدت هيئة الأسواق المالية أداءها. "
        "وقالت الشركة إنها ستراجع خططها."
    )
    doc = attributed(text, (("ORG", "دونغمو"), ("ORG", "هيئة الأسواق المالية")))
    assert names(doc)[-1] == "دونغمو"


def test_no_body_introduced_with_the_head_keeps_the_description() -> None:
    text = "وانتقدت هيئة الأسواق المالية الأداء. وقالت الشركة إنها ستراجع خططها."
    doc = attributed(text, (("ORG", "هيئة الأسواق المالية"),))
    assert names(doc)[-1] == "الشركة"


def test_head_named_once_with_the_body_then_short() -> None:
    text = (
        "دعت منظمة الإسكوا الدول إلى التعاون. وقالت الإسكوا إن المشروع سيتواصل. "
        "وكشفت المنظمة أن التمويل سيزيد العام المقبل."
    )
    assert names(_tagged_twice(text, "منظمة الإسكوا", "الإسكوا"))[-1] == "منظمة الإسكوا"


def test_ministry_said_without_its_head_is_the_ministry() -> None:
    text = (
        "أعلنت وزارة الزراعة البحرينية خطة لدعم المزارعين. "
        "وأكدت الزراعة البحرينية أنها ستوزع البذور مجانا على المزارعين."
    )
    doc = attributed(text, (("ORG", "وزارة الزراعة البحرينية"),))
    assert names(doc)[-1] == "وزارة الزراعة البحرينية"


def test_apposed_head_before_a_bare_name_is_left_out() -> None:
    text = (
        "وقالت منظمة غرين ووتش إن المياه ملوثة في المنطقة. "
        "وأضافت غرين ووتش أن السلطات لم تتحرك بعد لمعالجة التلوث."
    )
    assert names(_tagged_twice(text, "منظمة غرين ووتش", "غرين ووتش"))[0] == "غرين ووتش"


def test_a_body_named_in_full_is_not_the_office_it_heads() -> None:
    text = (
        "افتتح مكتب الهيئة الوطنية للمياه في المدينة أمس. "
        "وقالت الهيئة الوطنية للمياه إن المكتب سيستقبل الطلبات يوميا."
    )
    doc = _tagged_twice(text, "مكتب الهيئة الوطنية للمياه", "الهيئة الوطنية للمياه")
    assert names(doc) == ["الهيئة الوطنية للمياه"]


def test_a_report_of_a_body_does_not_make_the_report_the_body() -> None:
    text = "وأظهر تقرير البنك المركزي تراجع التضخم. وأوضح التقرير أن الأسعار استقرت في الربع الأخير."
    doc = attributed(text, (("ORG", "البنك المركزي"),))
    assert names(doc)[-1] != "البنك المركزي"
