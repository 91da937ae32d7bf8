"""A cue word that is a noun by its place (quotes/counted.py): «طالب» counted after a numeral is "student",
a cue word after «أبو/أبي/بن» is part of a name; a year before the verb and other verbs after a number stay
cues."""

from __future__ import annotations

from .conftest import attributed, names


def _cues(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[str]:
    doc = attributed(text, entities)
    return [doc.text[q.cue.start : q.cue.end] for q in doc.quotes if q.cue is not None]


def test_a_counted_student_is_no_demand() -> None:
    text = "وقال المدير فهد السالم إن المدارس تضم 12 ألف طالب وطالبة. وتخرج منها 1200 طالب في العام الماضي."
    assert _cues(text, (("PER", "فهد السالم"),)) == ["وقال"]


def test_a_cue_word_after_a_kunya_is_a_name() -> None:
    text = "وزار الوفد مسجد علي بن أبي طالب في المدينة. وأوضح رئيس البلدية خالد أبو طالب أن الطرق مفتوحة."
    doc = attributed(text, (("PER", "خالد أبو طالب"),))
    assert [doc.text[q.cue.start : q.cue.end] for q in doc.quotes if q.cue] == ["وأوضح"]
    assert names(doc) == ["خالد أبو طالب"]


def test_a_year_or_another_verb_after_a_number_stays_a_cue() -> None:
    name = (("PER", "سعد الحربي"),)
    assert _cues("وفي 2015 طالب الوزير سعد الحربي بتطوير المدارس.", name) == ["طالب"]
    assert _cues("وفي ختام المهرجان 36 أكد سعد الحربي أن الزوار تضاعفوا.", name) == ["أكد"]
