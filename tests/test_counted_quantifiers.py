"""«طالب» is the noun "student" after a quantifier, after a number word with a preposition fused to it, and
beside its feminine; only elsewhere is it the verb "demanded" (quotes/counted.py).
The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_after_every_it_is_a_noun() -> None:
    assert found("وتشترط المسابقة أن يقدم كل طالب بحثا عن تاريخ مدينته.") == []


def test_after_a_number_with_a_fused_preposition_it_is_a_noun() -> None:
    assert found("وافتتحت الجامعة قاعة تتسع لمائة طالب بمقاعد حديثة ومريحة.") == []


def test_beside_its_feminine_it_is_a_noun() -> None:
    assert found("وتستقبل المدرسة كل صباح طالب وطالبة من الأحياء المجاورة.") == []


def test_the_verb_stays_a_cue() -> None:
    assert found("وطالب الوزير بتسريع العمل في المشروع.") == ["تسريع العمل في المشروع"]
