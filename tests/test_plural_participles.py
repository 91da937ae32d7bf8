"""A feminine plural participle (مقترحات، مطالبات) is a cue only where it opens a circumstantial clause
after a comma; elsewhere it is the plural noun ("proposals", "demands"), never a speech act
(quotes/counted.py). The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_plural_noun_after_a_noun_is_no_cue() -> None:
    assert found("وخصصت البلدية رقما موحدا لاستقبال مقترحات السكان حول الحدائق العامة في الأحياء.") == []
    assert found("وتأخر إصلاح الطريق الرئيسي وسط مطالبات الأهالي المتكررة بإعادة تأهيله.") == []


def test_plural_participle_after_a_comma_is_a_cue() -> None:
    text = "وتحدثت المشاركات عن تجربتهن في المعرض، مشيرات إلى أن الإقبال فاق التوقعات هذا العام."
    assert "الإقبال فاق التوقعات هذا العام" in found(text)
