"""The subject of a verb whose statement is its object («دعا X Y إلى…»، «طالب X Y بـ…»، «أعلن X …»): where the
subject ends and the object begins.

Invented sentences only; each test fails without the rule it names.
"""

from __future__ import annotations

from .conftest import attributed, found, names


def test_a_definite_noun_after_a_definite_feminine_head_opens_the_object() -> None:
    """«ودعت الشرطة المواطنينَ إلى…»: a definite head takes no definite genitive, and «المواطنين» does not
    agree with it as an adjective would; «الشرطة العامة» agrees and stays in the subject."""
    text = "ودعت الشرطة المواطنين إلى الإبلاغ عن أي مخالفات."
    assert names(attributed(text)) == ["الشرطة"]
    assert found(text) == ["المواطنين إلى الإبلاغ عن أي مخالفات"]
    assert names(attributed("ودعت الشرطة العامة السكان إلى الابتعاد عن الوادي.")) == ["الشرطة العامة"]


def test_god_after_a_feminine_head_is_the_object_of_a_prayer() -> None:
    """«ودعت الحكومة اللهَ أن…»: the content after أن; «الله» is whom the body prayed to, not its name."""
    assert names(attributed("ودعت الحكومة الله أن يحفظ البلاد من كل سوء.")) == ["الحكومة"]


def test_a_place_after_the_body_belongs_to_the_subject() -> None:
    """«حذرت مديرية الشرطة بمحافظة X من…»: the fused ب of a place is no object («طالب بإلغاء…»)."""
    text = "حذرت مديرية الشرطة بمحافظة الخرج من الاحتيال عبر الهاتف."
    doc = attributed(text, (("ORG", "مديرية الشرطة"), ("LOC", "الخرج")))
    assert names(doc) == ["مديرية الشرطة بمحافظة الخرج"]
    assert [text[q.start : q.end] for q in doc.quotes] == ["الاحتيال عبر الهاتف"]
    # a name that starts with ب is no preposition: «بريطانيا» is whom he urged
    urged = "حث الرئيس سامي خليل بريطانيا على البقاء في الاتحاد."
    assert "ريطانيا على البقاء" in found(urged, (("PER", "سامي خليل"), ("LOC", "بريطانيا")))[0]


def test_a_place_inside_a_role_phrase_leads_on_to_its_holder() -> None:
    """«ودعا المتحدث الرسمي لإدارة X بمنطقة Y العقيد فلان، السائقين إلى…»: the colonel, not the role."""
    text = "ودعا المتحدث الرسمي لإدارة المرور بمنطقة تبوك العقيد سالم العنزي، السائقين إلى التقيد بالسرعة."
    doc = attributed(text, (("ORG", "لإدارة المرور"), ("LOC", "تبوك"), ("PER", "سالم العنزي")))
    assert names(doc) == ["سالم العنزي"]


def test_a_masculine_verb_takes_no_feminine_subject() -> None:
    """«كما طالب شركاتِ الاتصالات بـ…»، «وطالب الهيئةَ بـ…»: the object; the subject is the one named before.
    A feminine verb keeps its feminine subject, and a name ending like a plural is still a name."""
    text = "وأعلن رئيس الوزراء سامي خليل خطة جديدة. كما طالب شركات الاتصالات بخفض الأسعار."
    assert names(attributed(text, (("PER", "سامي خليل"),))) == ["سامي خليل"] * 2
    text = "وأكد الوزير سالم الراشد دعم المشروع. وطالب الهيئة بتسريع الإجراءات."
    assert names(attributed(text, (("PER", "سالم الراشد"),))) == ["سالم الراشد"] * 2
    assert names(attributed("وطالبت الحكومة الشركات بتسريع الإجراءات.")) == ["الحكومة"]
    assert names(attributed("وقال عرفات إن الاتفاق قريب.", (("PER", "عرفات"),))) == ["عرفات"]
