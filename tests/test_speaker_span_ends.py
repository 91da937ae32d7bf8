"""Where a body's or a source's name ends after the cue: a place with its classifier after «في» («… في منطقة
X»: speakers/served_places.py), and a genitive chain opened by a fused ل/ب noun in an institution's name
(«… لتحالف دعم …»: speakers/construct_names.chain_goes_on). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed_all, names


def test_a_body_takes_the_place_it_serves_with_its_classifier() -> None:
    text = "وأوضحت الإدارة العامة لجمعية الإسعاف الطبي الخيري في منطقة السهول الغربية أنها نقلت عشرين مصابا."
    entities = (("ORG", "لجمعية الإسعاف الطبي الخيري"), ("LOC", "السهول الغربية"))
    want = "الإدارة العامة لجمعية الإسعاف الطبي الخيري في منطقة السهول الغربية"
    assert names(attributed_all(text, entities)) == [want]


def test_a_body_named_in_full_with_a_classified_place_keeps_it_later() -> None:
    text = (
        "نظمت مديرية الزراعة في محافظة الوادي الأخضر معرضا للتمور. "
        "وقالت مديرية الزراعة إن المعرض استقبل ثلاثة آلاف زائر."
    )
    entities = (("ORG", "مديرية الزراعة"), ("LOC", "الوادي الأخضر"))
    assert names(attributed_all(text, entities)) == ["مديرية الزراعة في محافظة الوادي الأخضر"]


def test_a_classifier_without_a_place_is_not_taken() -> None:
    text = "وقالت مديرية الزراعة في محافظة كبيرة إن المعرض استقبل ثلاثة آلاف زائر."
    assert names(attributed_all(text, (("ORG", "مديرية الزراعة"),))) == ["مديرية الزراعة"]


def test_a_fused_noun_in_construct_takes_its_genitive() -> None:
    text = "وأعلنت قيادة القوات المشتركة لتحالف صون الحدود أن دوريتين عادتا إلى قاعدتهما سالمتين."
    assert names(attributed_all(text, ())) == ["قيادة القوات المشتركة لتحالف صون الحدود"]


def test_an_unclosed_fused_chain_stops_before_it() -> None:
    text = "وأعلنت قيادة القوات المشتركة لتحالف عسكري أن دوريتين عادتا إلى قاعدتهما سالمتين."
    assert names(attributed_all(text, ())) == ["قيادة القوات المشتركة لتحالف عسكري"]


def test_an_agency_named_with_its_genitive_keeps_it() -> None:
    text = (
        "وذكرت وكالة النسيم للأنباء الرسمية أن السفينة وصلت إلى الميناء. "
        "وأوضحت النسيم أن السفينة تحمل ألف طن من القمح."
    )
    assert names(attributed_all(text, (("ORG", "النسيم"),))) == ["وكالة النسيم للأنباء"] * 2


def test_an_agency_without_the_genitive_keeps_its_classifier_only() -> None:
    text = "وذكرت وكالة النسيم أن السفينة وصلت إلى الميناء. وأوضحت النسيم أن السفينة تحمل ألف طن من القمح."
    assert names(attributed_all(text, (("ORG", "النسيم"),))) == ["وكالة النسيم"] * 2


def test_a_group_after_a_verb_of_its_own_keeps_its_adjectives() -> None:
    text = "وانتقد عدد من الأطباء البيطريين القرار الجديد، مؤكدين أن الأسواق تحتاج إلى رقابة أشد."
    assert names(attributed_all(text, ())) == ["عدد من الأطباء البيطريين"]


def test_a_group_stops_before_a_relative_clause() -> None:
    text = "وانتقد عدد من الأطباء الذين حضروا اللقاء القرار الجديد، مؤكدين أن الأسواق تحتاج إلى رقابة أشد."
    assert names(attributed_all(text, ())) == ["عدد من الأطباء"]


def test_a_role_without_a_name_keeps_the_body_it_serves_in() -> None:
    text = "وقال مندوب عربي في منظمة الصحة العالمية إن حملة التطعيم ستبدأ الشهر المقبل."
    assert names(attributed_all(text, (("ORG", "منظمة الصحة العالمية"),))) == [
        "مندوب عربي في منظمة الصحة العالمية"
    ]


def test_a_role_does_not_take_a_place_it_spoke_in_that_is_no_body() -> None:
    text = "وقال مندوب عربي في مؤتمر صحفي إن حملة التطعيم ستبدأ الشهر المقبل."
    assert names(attributed_all(text, ())) == ["مندوب عربي"]
