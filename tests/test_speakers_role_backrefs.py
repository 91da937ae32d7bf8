"""A role or a short name that refers back to one named in full before: «مدير عام X» to the person introduced
as holding that role (speakers/org_role_holders.py), an organisation named short to its full name
(clusters.shortened). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed_all, names

FULL = "الهيئة العامة الوطنية للموانئ"
SHORT = "الهيئة العامة للموانئ"
PERSON = "خالد بن سعيد العمري"


def test_role_of_a_body_named_short_is_the_person_introduced_with_it() -> None:
    text = (
        f"افتتح مدير عام {FULL} المهندس {PERSON} المبنى الجديد أمس بحضور عدد من المسؤولين. "
        f"وأوضح مدير عام {SHORT} أن المبنى يضم أحدث الأجهزة."
    )
    doc = attributed_all(text, (("ORG", FULL), ("ORG", SHORT), ("PER", PERSON)))
    assert names(doc) == [PERSON]


def test_another_role_of_the_body_is_not_that_person() -> None:
    text = (
        f"افتتح مدير عام {FULL} المهندس {PERSON} المبنى الجديد أمس بحضور عدد من المسؤولين. "
        f"وأوضح نائب {SHORT} أن المبنى يضم أحدث الأجهزة."
    )
    doc = attributed_all(text, (("ORG", FULL), ("ORG", SHORT), ("PER", PERSON)))
    assert names(doc) != [PERSON]


def test_a_body_named_short_takes_its_full_name() -> None:
    text = f"أطلقت {FULL} خدمة جديدة للشحن. وقالت {SHORT} إن الخدمة تبدأ الشهر المقبل."
    doc = attributed_all(text, (("ORG", FULL), ("ORG", SHORT)))
    assert names(doc) == [FULL]


CLUB = "الوحدة الرياضي"
OTHER = "النجم الساحلي"


def test_head_noun_and_adjective_name_the_body_introduced_with_them() -> None:
    text = (
        f"أعلن نادي {CLUB} المنافس في الدوري الأردني ضم مهاجم جديد. "
        f"وقال النادي الأردني في بيان إن اللاعب سيصل غدا."
    )
    doc = attributed_all(text, (("ORG", CLUB),))
    assert names(doc) == [CLUB, CLUB]


def test_an_adjective_the_body_was_not_described_with_names_no_body() -> None:
    text = (
        f"أعلن نادي {CLUB} المنافس في الدوري الأردني ضم مهاجم جديد من {OTHER}. "
        f"وقال النادي التونسي في بيان إن اللاعب سيصل غدا."
    )
    doc = attributed_all(text, (("ORG", CLUB), ("ORG", OTHER)))
    assert names(doc)[-1] != CLUB


SUSPECT = "سامر الخطيب"


def test_a_noun_written_before_a_name_refers_back_to_that_person() -> None:
    text = (
        f"مثل المتهم الأول {SUSPECT} أمام المحكمة أمس بتهمة الاحتيال. "
        "وأوضح المتهم أنه لم يكن يعلم بمصدر الأموال."
    )
    doc = attributed_all(text, (("PER", SUSPECT),))
    assert names(doc) == [SUSPECT]


def test_a_construct_before_a_name_is_not_that_person() -> None:
    text = f"حضر صديق {SUSPECT} الجلسة أمس في المحكمة. وأوضح الصديق أن سامر لم يكن يعلم بمصدر الأموال."
    doc = attributed_all(text, (("PER", SUSPECT),))
    assert names(doc) != [SUSPECT]


DEANSHIP = "عمادة شؤون الطلاب"


def test_a_deanship_is_a_body_not_the_rank_its_stem_spells() -> None:
    text = (
        f"أعلنت {DEANSHIP} بجامعة الساحل عن فتح باب التسجيل في الأنشطة الصيفية. "
        "كما بينت العمادة أن التسجيل يتم عبر موقعها الإلكتروني."
    )
    doc = attributed_all(text, (("ORG", DEANSHIP),))
    assert names(doc)[-1] == DEANSHIP
