"""A role in an organisation whose holder the NER did not tag is the holder's statement when the text names
him: between commas after the role, or inside the organisation the NER tagged (speakers/role_holders.py).
The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_a_name_between_commas_after_the_role_is_the_speaker() -> None:
    text = "وقال رئيس اتحاد الصيادين في المدينة، كارلوس منتيرو، في تصريح للصحافة إن الموسم كان جيدا."
    assert names(attributed(text, (("ORG", "اتحاد الصيادين"),))) == ["كارلوس منتيرو"]


def test_a_time_phrase_between_commas_is_no_name() -> None:
    text = "وقال رئيس اتحاد الصيادين، أمس الأول، إن الموسم كان جيدا."
    assert names(attributed(text, (("ORG", "اتحاد الصيادين"),))) == ["رئيس اتحاد الصيادين"]


def test_a_name_the_organisation_took_in_after_its_adjective_is_the_speaker() -> None:
    text = "وكان رئيس الحكومة المالطية الحسين الصباغ قد أكد أن الميزانية ستعرض الشهر المقبل."
    assert names(attributed(text, (("ORG", "الحكومة المالطية الحسين الصباغ"),))) == ["الحسين الصباغ"]
