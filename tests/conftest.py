from __future__ import annotations

from pathlib import Path

import pytest

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.tokens.doc import Doc, Entity

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}


def doc_with_entities(text: str, entities: tuple[tuple[str, str], ...] = ()) -> Doc:
    """Tokenize, and add (label, surface) entities at their first occurrence, as the NER would tag them."""
    doc = tokenize_doc(Doc("t", text))
    for n, (label, surface) in enumerate(entities):
        start = text.index(surface)
        doc.entities.append(Entity(start, start + len(surface), surface, f"e{n}", label))
    return doc


def found(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The quotations the finder finds in `text`, as their text."""
    return [q.text for q in find_quotes(doc_with_entities(text, entities)).quotes]


def attributed(text: str, entities: tuple[tuple[str, str], ...] = ()) -> Doc:
    """`text` with (label, surface) entities, through the quotation finder and the speaker stage."""
    return attribute_speakers(find_quotes(doc_with_entities(text, entities)))


def names(doc: Doc) -> list[str | None]:
    """Each quotation's speaker name, None where it has none."""
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def tagged_everywhere(text: str, entities: tuple[tuple[str, str], ...]) -> Doc:
    """Every occurrence of each (label, surface) tagged, as the NER tags a name each time it is written."""
    doc = tokenize_doc(Doc("t", text))
    for label, surface in entities:
        start = text.find(surface)
        while start >= 0:
            doc.entities.append(Entity(start, start + len(surface), surface, f"e{len(doc.entities)}", label))
            start = text.find(surface, start + len(surface))
    doc.entities.sort(key=lambda e: e.start)
    return doc


def attributed_all(text: str, entities: tuple[tuple[str, str], ...]) -> Doc:
    """`text` with every occurrence of each entity tagged, through the quotation and speaker stages."""
    return attribute_speakers(find_quotes(tagged_everywhere(text, entities)))
