"""An أن after a cue that another word governs is not the cue's content (quotes/governed_an.py): a proviso
«، على أن», the writer's aside «، بل إن»/«، خصوصًا أن», the complement of a relative clause's verb. The
sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_proviso_after_a_decision_is_no_statement() -> None:
    text = "وأقر المجلس البلدي اللائحة الجديدة للأسواق، على أن تطبق اعتبارا من الشهر المقبل في الأحياء."
    assert found(text) == []


def test_ala_an_after_a_verb_that_takes_ala_is_its_content() -> None:
    text = "وشدد الوزير، خلال اجتماعه بالمسؤولين، على أن الأمن أولوية لدى الحكومة."
    assert found(text) == ["الأمن أولوية لدى الحكومة"]


def test_writers_aside_after_a_comma_is_no_statement() -> None:
    text = "وأكمل النادي صفقاته مبكرا هذا الصيف، بل إن قائمته تضم الآن لاعبا إضافيا عن العدد المسموح."
    assert found(text) == []
    text = "ويرى المحللون في الاتفاق فرصة جديدة للمنطقة، خصوصا أن الأسعار ارتفعت كثيرا خلال الشهر الماضي."
    assert "الأسعار ارتفعت كثيرا خلال الشهر الماضي" not in found(text)


def test_an_of_a_relative_clause_verb_is_no_statement() -> None:
    text = "وأظهرت الجولة حماس الزوار الذين يتطلعون أن يروا المزيد من الفعاليات في المدينة."
    assert "يروا المزيد من الفعاليات في المدينة" not in found(text)


def test_an_right_after_the_verb_stays_its_content() -> None:
    text = "وأكد المدير خصوصا أن الموسم المقبل سيشهد فعاليات جديدة في المدينة."
    assert found(text) == ["الموسم المقبل سيشهد فعاليات جديدة في المدينة"]
