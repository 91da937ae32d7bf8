"""Medical and academic specialists («استشاري»، «أخصائية»، «بروفيسور») head a title phrase: the speaker is the
holder named after it (person_titles.txt), through the whole pipeline. The sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _speakers(doc: Doc) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_consultant_then_doctor_and_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقال استشاري أمراض القلب الدكتور خالد النمر إن الوقاية ممكنة.")
    assert _speakers(doc) == ["خالد النمر"]


def test_female_specialist_then_doctor_and_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقالت أخصائية التغذية الدكتورة ريم السالم إن الصيام مفيد.")
    assert _speakers(doc) == ["ريم السالم"]


def test_professor_with_his_university_then_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقال بروفيسور التاريخ بجامعة ستانفورد جون سميث إن الثروة تضاعفت.")
    assert _speakers(doc) == ["جون سميث"]
