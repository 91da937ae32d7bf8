"""An institution named once in full with the place it serves («… في مدينة X»، «… بمنطقة X») and then short:
its quotes take the full name (speakers/placed_bodies.py). The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.tokens.doc import Doc, Entity

from .conftest import names


def _tagged(text: str, entities: tuple[tuple[str, str], ...]) -> Doc:
    """Every occurrence of each entity tagged, as the NER tags a name each time it is written."""
    doc = tokenize_doc(Doc("t", text))
    for label, surface in entities:
        start = text.find(surface)
        while start >= 0:
            doc.entities.append(Entity(start, start + len(surface), surface, f"e{len(doc.entities)}", label))
            start = text.find(surface, start + len(surface))
    doc.entities.sort(key=lambda e: e.start)
    return attribute_speakers(find_quotes(doc))


def test_a_body_named_in_full_with_its_place_keeps_the_place() -> None:
    text = (
        "شاركت وزارة الصحة في غزة في حملة التطعيم الأسبوع الماضي. "
        "وقالت وزارة الصحة إن الحملة شملت عشرة آلاف طفل."
    )
    entities = (("ORG", "وزارة الصحة"), ("LOC", "غزة"))
    assert names(_tagged(text, entities)) == ["وزارة الصحة في غزة"]


def test_a_body_with_a_fused_preposition_and_place_keeps_it() -> None:
    text = (
        "افتتحت المديرية العامة للتعليم بمنطقة تبوك مدرسة جديدة. "
        "وأوضحت المديرية العامة للتعليم أن المدرسة تستقبل خمسمائة طالب."
    )
    entities = (("ORG", "المديرية العامة للتعليم"), ("LOC", "تبوك"))
    assert names(_tagged(text, entities)) == ["المديرية العامة للتعليم بمنطقة تبوك"]


def test_a_place_the_body_helps_is_not_its_name() -> None:
    text = "وقدمت وزارة الخارجية دعما لليمن. وقالت وزارة الخارجية إن الدعم سيستمر."
    entities = (("ORG", "وزارة الخارجية"), ("LOC", "لليمن"))
    assert names(_tagged(text, entities)) == ["وزارة الخارجية"]
