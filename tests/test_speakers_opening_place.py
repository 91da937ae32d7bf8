"""A feminine cue with no subject continues the place or body named right after an earlier feminine verb of
its sentence («ورفضت القاهرة… وقالت»), not the man who spoke before (speakers/opening_place.py). The
sentences are invented."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers

from .conftest import doc_with_entities, names


def test_feminine_cue_continues_the_place_after_the_sentence_verb() -> None:
    text = (
        "وقال جون سميث إن المحادثات ستستمر أسبوعا. "
        "ورفضت القاهرة المشاركة في العملية البرية وقالت إن الحل يجب أن يكون سياسيا."
    )
    doc = attribute_speakers(find_quotes(doc_with_entities(text, (("PER", "جون سميث"), ("LOC", "القاهرة")))))
    assert names(doc) == ["جون سميث", "القاهرة"]


def test_place_after_an_auxiliary_far_from_the_cue_takes_it() -> None:
    text = (
        "ولطالما كانت فرنسا شريكا حذرا في المفاوضات التي ترعاها الأمم المتحدة حول الملف النووي "
        "وتؤكد أن الضمانات غير كافية."
    )
    doc = attribute_speakers(find_quotes(doc_with_entities(text, (("LOC", "فرنسا"),))))
    assert names(doc) == ["فرنسا"]


def test_a_place_after_a_preposition_is_no_subject() -> None:
    text = "وقال جون سميث إن الوفد سيصل غدا. وعادت إلى القاهرة لجنة التفاوض وقالت إن الاتفاق قريب."
    doc = attribute_speakers(find_quotes(doc_with_entities(text, (("PER", "جون سميث"), ("LOC", "القاهرة")))))
    assert "القاهرة" not in names(doc)
