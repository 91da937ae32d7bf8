"""A relative named by kinship after a speech verb is the relative, not the one in the genitive
(speakers/kin_subjects.py), through the whole pipeline. The sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _speakers(doc: Doc) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_father_of_a_tagged_genitive_is_the_father(nlp) -> None:  # noqa: ANN001
    doc = nlp("وتوفي الشاب محمد القرني في الحادث. وقال والد القرني إن ابنه كان عائدا من عمله.")
    assert _speakers(doc) == ["والد القرني"]


def test_mother_keeps_her_genitive(nlp) -> None:  # noqa: ANN001
    assert _speakers(nlp("وقالت والدة الطفلة إن ابنتها بحالة جيدة.")) == ["والدة الطفلة"]


def test_kin_phrase_carries_to_the_next_verb(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقالت زوجة المفقود إن زوجها خرج للصيد ولم يعد. وأضافت أنها أبلغت الشرطة.")
    assert _speakers(doc) == ["زوجة المفقود", "زوجة المفقود"]


def test_a_person_apposed_to_the_kin_phrase_is_the_speaker(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقال شقيق الضحية، سالم العنزي، إن الأسرة تنتظر نتائج التحقيق.")
    assert _speakers(doc) == ["سالم العنزي"]


def test_a_nasab_name_is_no_kinship(nlp) -> None:  # noqa: ANN001
    assert _speakers(nlp("وروى ابن بطة عن شيوخه أن الصبر مفتاح الفرج.")) == ["ابن بطة"]
