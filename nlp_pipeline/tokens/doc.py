"""The document model: what each stage reads and fills in, and how it serializes to CONTRACT.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"
ENTITY_LABELS = ("PER", "LOC", "ORG")


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Token(Span):
    norm: str


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[int] = field(default_factory=list)  # indices into Doc.tokens


@dataclass
class Entity(Span):
    id: str
    label: str  # PER | LOC | ORG
    cluster: str | None = None


@dataclass
class Speaker:
    """Who said a quote. start/end/text are the mention the cue attaches to; None when only implied."""

    name: str
    latin: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    entity: str | None = None
    cluster: str | None = None


@dataclass
class Quote(Span):
    id: str
    kind: str  # direct | indirect | mixed
    cue: Span | None = None
    speaker: Speaker | None = None
    entities: list[str] = field(default_factory=list)  # ids of the entities inside the quote's content


@dataclass
class Doc:
    id: str
    text: str
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return [self.tokens[i] for i in sentence.tokens]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "tokens": [asdict(t) for t in self.tokens],
            "entities": [_entity_dict(e) for e in self.entities],
            "quotes": [_quote_dict(q) for q in self.quotes],
            "meta": self.meta,
        }


def _entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "label": e.label,
        "cluster": e.cluster,
    }


def _quote_dict(q: Quote) -> dict[str, Any]:
    speaker = None
    if q.speaker is not None:
        speaker = {k: v for k, v in asdict(q.speaker).items() if v is not None or k in ("name", "latin")}
    return {
        "id": q.id,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "cue": asdict(q.cue) if q.cue else None,
        "speaker": speaker,
        "entities": q.entities,
    }


def error_record(doc_id: str, source: str, error_type: str, message: str, **extra: Any) -> dict[str, Any]:
    """The record for a document that could not be processed (CONTRACT.md): it is never dropped."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "source": source,
        "error": {"type": error_type, "message": message, **extra},
    }
