"""A verb with the plural subject suffix -وا has no subject after it: the word after it is its object or an
adverbial, and the speaker is the group named before (speakers/suffixed.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_the_object_after_a_plural_verb_is_not_its_speaker() -> None:
    text = "واجتمع المزارعون في ساحة البلدة أمس. وطالبوا الوزارة بتعويضهم عن خسائر الموسم الماضي."
    assert names(attributed(text)) == ["المزارعون"]


def test_a_word_after_a_plural_verb_is_not_its_speaker() -> None:
    text = "وقال عدة موظفين في الشركة، تحدثوا شريطة عدم ذكر أسمائهم، إن الرواتب تأخرت."
    assert "شريطة" not in names(attributed(text))
