"""A chain of roles before the person who holds them, and a description that reached a place then the verb's
object. Run through the whole pipeline (api.load()); the sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _said(doc: Doc) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in doc.quotes]


def test_title_and_place_tagged_as_a_name_give_way_to_the_honoured_holder(nlp) -> None:  # noqa: ANN001
    # speakers/titled_holders.py: the NER tags «أمين جدة» (mayor of Jeddah) as a person; the engineer is him
    doc = nlp("وأكد أمين جدة رئيس اللجنة التنفيذية المهندس هاني أبو راس أن المشاريع تسير وفق الخطة.")
    assert _said(doc) == [("المشاريع تسير وفق الخطة", "هاني أبو راس")]


def test_a_name_before_its_role_stays_the_speaker(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقال محمد العلي رئيس اللجنة إن العمل مستمر.")
    assert _said(doc) == [("العمل مستمر", "محمد العلي")]


def test_role_complement_inside_a_chain_reaches_the_holder(nlp) -> None:  # noqa: ANN001
    # subject.apposed_person: «المشرف على …» keeps its complement instead of ending the role phrase at «على»
    doc = nlp(
        "وأوضح مدير الخدمات بأمانة منطقة تبوك المشرف على لجان الانتخابات بالمنطقة المهندس سالم العنزي"
        " أن التسجيل مستمر."
    )
    assert _said(doc) == [("التسجيل مستمر", "سالم العنزي")]


def test_description_ends_at_the_place_before_the_verbs_object(nlp) -> None:  # noqa: ANN001
    # speakers/source_tails.named_end: a place takes no genitive; «الأمانة» is whom they asked
    doc = nlp("وطالب مواطنون في جدة الأمانة بإصلاح الطرق المتضررة.")
    assert _said(doc) == [("إصلاح الطرق المتضررة", "مواطنون في جدة")]


def test_description_keeps_an_adjective_after_the_place(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقال مسؤولون في وزارة الصحة السعودية إن الحالات تراجعت.")
    assert _said(doc) == [("الحالات تراجعت", "مسؤولون في وزارة الصحة السعودية")]
