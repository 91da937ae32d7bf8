"""A unit of a body, named before the body the NER tagged («الإدارة العامة لهيئة X»، «إدارة نادي X»), is the
speaker as a whole, not the body (speakers/body_units.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_a_general_directorate_of_a_tagged_authority_is_the_speaker() -> None:
    text = "وأوضحت الإدارة العامة لهيئة النقل البحري أن الرحلات ستستأنف الأسبوع المقبل."
    doc = attributed(text, (("ORG", "لهيئة النقل البحري"),))
    assert names(doc) == ["الإدارة العامة لهيئة النقل البحري"]


def test_the_secretariat_of_a_club_after_its_classifier_is_the_speaker() -> None:
    text = "وأعلنت الأمانة العامة للنادي الساحلي عن فتح باب التسجيل للأعضاء الجدد."
    doc = attributed(text, (("ORG", "الساحلي"),))
    assert names(doc) == ["الأمانة العامة للنادي الساحلي"]


def test_the_management_of_a_club_is_the_speaker() -> None:
    text = "وأكدت إدارة نادي الساحل أن اللاعب باق مع الفريق حتى نهاية الموسم."
    doc = attributed(text, (("ORG", "الساحل"),))
    assert names(doc) == ["إدارة نادي الساحل"]


def test_a_role_before_the_club_is_still_a_person() -> None:
    text = "وأكد رئيس نادي الساحل أن اللاعب باق مع الفريق حتى نهاية الموسم."
    doc = attributed(text, (("ORG", "الساحل"),))
    assert names(doc) == ["رئيس نادي الساحل"]
