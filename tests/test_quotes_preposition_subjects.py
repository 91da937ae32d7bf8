"""A speech verb whose content always follows one preposition («أعرب/تحدث/كشف عن»، «نبه إلى»): the words
between the verb and that preposition are its subject (or an addressee), never the start of its content, also
when the subject is no tagged name."""

from __future__ import annotations

from .conftest import attributed, found


def test_an_untagged_subject_before_an_is_no_content() -> None:
    doc = attributed("وأعرب رئيس الوفد الزائر عن شكره للجمعية على حسن الاستقبال.")
    assert [q.text for q in doc.quotes] == ["شكره للجمعية على حسن الاستقبال"]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "رئيس الوفد الزائر"


def test_a_subject_and_an_adverbial_before_an_are_no_content() -> None:
    text = "وتحدث أحد الموقوفين في مقابلة تلفزيونية عن رحلته إلى الحدود مع رفاقه."
    assert found(text) == ["رحلته إلى الحدود مع رفاقه"]


def test_tahaddatha_without_an_reports_only_the_quote_after_it() -> None:
    text = 'وتحدث شقيق اللاعب للصحيفة قائلا: "نحن فخورون بما قدمه أخي".'
    assert found(text) == ["نحن فخورون بما قدمه أخي"]


def test_a_participle_keeps_its_object_after_another_preposition() -> None:
    text = "وقال الخطيب إن الصيام سنة ثابتة، منبها على بدعية الاحتفال بصيامها واتخاذ ذلك عيدا."
    assert found(text) == ["الصيام سنة ثابتة", "بدعية الاحتفال بصيامها واتخاذ ذلك عيدا"]


def test_kashafa_keeps_its_direct_object_after_a_tagged_subject() -> None:
    text = "كشفت النيابة العامة في المدينة اليوم، تفاصيل سرقة نفذها ثلاثة شبان أمام أحد المتاجر."
    entities = (("ORG", "النيابة العامة في المدينة"),)
    assert found(text, entities) == ["تفاصيل سرقة نفذها ثلاثة شبان أمام أحد المتاجر"]


def test_abra_after_a_clause_and_a_comma_is_via() -> None:
    text = "وأكد الوزير أهمية تطوير القطاع البلدي، عبر اختيار ذوي الكفاءات بعيداً عن التعصب والتحيز."
    assert found(text) == ["أهمية تطوير القطاع البلدي، عبر اختيار ذوي الكفاءات بعيداً عن التعصب والتحيز"]


def test_abra_after_a_short_aside_is_the_verb() -> None:
    text = "وانتهى الحفل بتكريم الفائزين. من جانبه، عبر رئيس النادي عن سعادته بهذا النجاح الكبير."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["سعادته بهذا النجاح الكبير"]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.name == "رئيس النادي"


def test_abarat_after_a_long_clause_is_still_the_verb() -> None:
    text = "وخلال افتتاحها الموقع الرئيسي للمهرجان، عبرت رئيسة الهيئة عن سعادتها بنجاح الموسم الثقافي."
    assert found(text) == ["سعادتها بنجاح الموسم الثقافي"]
