"""A group named by a sound plural is not a back-reference to another unnamed source quoted before it
(resolved.source_before). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_observers_are_not_the_media_quoted_before() -> None:
    text = "وقالت وسائل إعلام محلية إن الطريق سيبقى مغلقا حتى الغد. وقال المراقبون إن الإغلاق سيطول."
    assert names(attributed(text)) == ["وسائل إعلام محلية", "المراقبون"]
