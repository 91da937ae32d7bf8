"""How far an unnamed source's description reaches: its affiliation stays, where it was said does not.

Invented sentences only; each test fails without the rule it names (unnamed_sources._phrase_end).
"""

from __future__ import annotations

from .conftest import attributed, names


def test_a_second_phrase_after_the_affiliation_is_where_it_was_said() -> None:
    """«أحد القادة الميدانيين للمقاومة» has its affiliation; «في بلدة X» after it tells where he spoke."""
    text = "وقال أحد القادة الميدانيين للمقاومة في بلدة المنصورة إن الهجوم صد."
    assert names(attributed(text, (("LOC", "المنصورة"),))) == ["أحد القادة الميدانيين للمقاومة"]


def test_an_institution_keeps_its_place_after_its_genitive() -> None:
    """«الإدارة العامة للدفاع المدني في منطقة تبوك»: an institution's place is part of its name."""
    text = "وقالت الإدارة العامة للدفاع المدني في منطقة تبوك إن الحريق أخمد."
    entities = (("ORG", "للدفاع المدني"), ("LOC", "منطقة تبوك"))
    assert names(attributed(text, entities)) == ["الإدارة العامة للدفاع المدني في منطقة تبوك"]


def test_each_conjunct_keeps_its_own_phrase() -> None:
    """«المهتمين بالتراث والعاملين في المتاحف»: the phrase after «والعاملين» is that conjunct's own."""
    text = "وقال عدد من المهتمين بالتراث والعاملين في المتاحف إن الزوار كثر."
    assert names(attributed(text)) == ["عدد من المهتمين بالتراث والعاملين في المتاحف"]


def test_a_source_with_ba_and_a_body_keeps_the_body_s_name() -> None:
    """«مصدر بإدارة شرطة جنوب دارفور»: ب + a body is the source's affiliation, with the body's genitives."""
    text = "وأعلن مصدر بإدارة شرطة جنوب دارفور أن المتهم اعتقل."
    assert names(attributed(text, (("LOC", "جنوب دارفور"),))) == ["مصدر بإدارة شرطة جنوب دارفور"]


def test_min_and_a_named_place_is_where_the_source_comes_from() -> None:
    """«مصادر قبلية من محافظة X»: the place the sources come from is not part of their description; «في»
    + a place stays («مصادر في وزارة الداخلية»)."""
    text = "وقالت مصادر قبلية من محافظة مأرب إن القتال مستمر. وقالت مصادر في وزارة الداخلية إن الطريق مغلق."
    entities = (("LOC", "محافظة مأرب"), ("ORG", "وزارة الداخلية"))
    assert names(attributed(text, entities)) == ["مصادر قبلية", "مصادر في وزارة الداخلية"]
