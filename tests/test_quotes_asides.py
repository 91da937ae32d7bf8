"""An aside opened by a preposition of time or place between commas or dashes after an object verb's subject
(aside_openers.txt): the object follows the closing mark and the subject is the speaker. Invented wording."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_an_aside_between_commas_before_the_object() -> None:
    text = "وأكد المحافظ، خلال لقائه بالأهالي أمس، أهمية تطوير الطرق الريفية."
    assert [q.endswith("تطوير الطرق الريفية") for q in found(text)] == [True]
    assert names(attributed(text)) == ["المحافظ"]


def test_an_aside_between_commas_before_ila() -> None:
    text = "ودعا المحافظ، خلال لقائه بالأهالي أمس، إلى تطوير الطرق الريفية."
    assert found(text) == ["تطوير الطرق الريفية"]
    assert names(attributed(text)) == ["المحافظ"]


def test_an_aside_after_a_named_body_before_a_fused_ba() -> None:
    text = "أوصى المجلس البلدي في محافظة الخرج، خلال جلسته العادية التي عقدت أمس، بإنشاء حديقة عامة للأطفال."
    entities = (("LOC", "الخرج"),)
    assert found(text, entities) == ["إنشاء حديقة عامة للأطفال"]
    assert names(attributed(text, entities)) == ["المجلس البلدي في محافظة الخرج"]


def test_a_long_aside_between_dashes() -> None:
    text = "وتوقعت هيئة الأرصاد - في نشرتها عن حالة الطقس اليوم - هطول أمطار غزيرة على المرتفعات."
    assert found(text) == ["هطول أمطار غزيرة على المرتفعات"]
    assert names(attributed(text)) == ["هيئة الأرصاد"]


def test_a_comma_clause_with_an_is_no_aside() -> None:
    # «، في حين أن…»: أن opens a clause of its own, not an aside before the verb's object
    text = "وأكد المدير، في حين أن الموسم طويل، ثقته بالفريق."
    assert "ثقته بالفريق" not in found(text)
