"""An unnamed source that is the subject of the verb opening the sentence is the speaker of a later cue with
no subject in it (speakers/opening_sources.py); a group named by a sound plural is not a back-reference to
another source (resolved.source_before). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names

PERSON = (("PER", "أحمد سالم"),)


def test_a_participle_continues_the_source_that_opens_the_sentence() -> None:
    text = (
        "قال أحمد سالم إن الطريق سيبقى مغلقا حتى الغد. "
        "وقد تناقلت وسائل الإعلام المحلية صور الحادث على نطاق واسع، مشيرة إلى أن الأضرار كانت كبيرة."
    )
    assert names(attributed(text, PERSON)) == ["أحمد سالم", "وسائل الإعلام المحلية"]


def test_a_group_of_people_is_not_the_subject_of_a_singular_cue() -> None:
    text = (
        "قال أحمد سالم إن الطريق سيبقى مغلقا حتى الغد. "
        "وتداول ناشطون مقطعا مصورا لأحد السائقين، حيث قال إن الأضرار كانت كبيرة."
    )
    assert "ناشطون" not in names(attributed(text, PERSON))


def test_an_object_in_ين_after_the_opening_verb_is_no_subject() -> None:
    text = (
        "قال أحمد سالم إن الطريق سيبقى مغلقا حتى الغد. "
        "واستقبل المسؤولين في مكتبه، مؤكدا أن الأهالي ينتظرون فتح الطريق."
    )
    assert names(attributed(text, PERSON))[-1] == "أحمد سالم"


def test_observers_are_not_the_media_quoted_before() -> None:
    text = "وقالت وسائل إعلام محلية إن الطريق سيبقى مغلقا حتى الغد. وقال المراقبون إن الإغلاق سيطول."
    assert names(attributed(text)) == ["وسائل إعلام محلية", "المراقبون"]
