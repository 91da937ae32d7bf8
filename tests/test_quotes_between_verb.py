"""«وبين» opening a sentence is the verb «وبيّن» ("and he explained") even when the sentence before ends with
«بين» ("between"): only a «بين» in its own sentence pairs with it (cues._between_before). Invented wording."""

from __future__ import annotations

from .conftest import found


def test_between_in_the_previous_sentence_does_not_pair() -> None:
    text = "ووزعت المقاعد بمسافات واسعة بين الصفوف. وبين مدير المشروع أن الأعمال ستنتهي قبل نهاية العام."
    assert found(text) == ["الأعمال ستنتهي قبل نهاية العام"]


def test_between_in_the_same_sentence_still_pairs() -> None:
    assert found("وقارنت الدراسة بين المدن الساحلية وبين المدن الجبلية في معدلات الأمطار.") == []
