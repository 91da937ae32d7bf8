from __future__ import annotations

from pathlib import Path

import pytest

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
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
