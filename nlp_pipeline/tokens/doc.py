"""The document model: what each stage reads and fills in, and how it serializes to CONTRACT.md."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"
ENTITY_LABELS = ("PER", "LOC", "ORG")


@dataclass
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["text"])


@dataclass
class Token(Span):
    norm: str

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Token:
        return cls(d["start"], d["end"], d["text"], d["norm"])


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
    name: str | None = None  # the cluster's name: «لموسكو» -> «موسكو», «الشيباني» -> «أسعد الشيباني»

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        return cls(d["start"], d["end"], d["text"], d["id"], d["label"], d.get("cluster"), d.get("name"))


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

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        return cls(**{k: d.get(k) for k in ("name", "latin", "start", "end", "text", "entity", "cluster")})


@dataclass
class Quote(Span):
    id: str
    kind: str  # direct | indirect | mixed
    cue: Span | None = None
    speaker: Speaker | None = None
    entities: list[str] = field(default_factory=list)  # ids of the entities inside the quote's content

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        cue, speaker = d.get("cue"), d.get("speaker")
        return cls(
            d["start"], d["end"], d["text"], d["id"], d["kind"],
            cue=Span.from_dict(cue) if cue else None,
            speaker=Speaker.from_dict(speaker) if speaker else None, entities=list(d.get("entities") or []),
        )  # fmt: skip


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

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Doc:
        """The typed document of an output record (the inverse of `to_dict`).

        A record lists each sentence's offsets only; `Sentence.tokens` is found again from the token offsets.
        """
        check_schema(record)
        tokens = [Token.from_dict(t) for t in record.get("tokens", [])]
        starts = [t.start for t in tokens]
        sentences = [
            Sentence(
                s["start"],
                s["end"],
                list(range(bisect_left(starts, s["start"]), bisect_left(starts, s["end"]))),
            )
            for s in record.get("sentences", [])
        ]
        return cls(
            id=record["id"],
            text=record["text"],
            source=record.get("source", ""),
            meta=dict(record.get("meta") or {}),
            sentences=sentences,
            tokens=tokens,
            entities=[Entity.from_dict(e) for e in record.get("entities", [])],
            quotes=[Quote.from_dict(q) for q in record.get("quotes", [])],
        )


def _entity_dict(e: Entity) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "id": e.id,
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "label": e.label,
        "cluster": e.cluster,
    }
    if e.name is not None:  # no cluster, no name: the key is left out
        entity["name"] = e.name
    return entity


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


@dataclass
class DocError:
    """A document that could not be processed: what stands in its place, in input order, never dropped.

    `type` names the problem (`EmptyDocument`, `UnicodeDecodeError`, `MissingColumn`, or the exception a stage
    raised), `message` says it in words, `extra` holds details such as `byte_offset`. `to_dict()` is the error
    record of CONTRACT.md.
    """

    id: str
    source: str
    type: str
    message: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return error_record(self.id, self.source, self.type, self.message, **self.extra)

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> DocError:
        check_schema(record)
        error = dict(record["error"])
        error_type, message = error.pop("type"), error.pop("message")
        return cls(record["id"], record.get("source", ""), error_type, message, extra=error)


def error_record(doc_id: str, source: str, error_type: str, message: str, **extra: Any) -> dict[str, Any]:
    """The record for a document that could not be processed (CONTRACT.md): it is never dropped."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "source": source,
        "error": {"type": error_type, "message": message, **extra},
    }


def from_record(record: Mapping[str, Any]) -> Doc | DocError:
    """A `Doc`, or a `DocError` for an error record."""
    return DocError.from_dict(record) if "error" in record else Doc.from_dict(record)


def check_schema(record: Mapping[str, Any]) -> None:
    version = record.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ValueError(
            f"record {record.get('id')!r}: schema_version {version!r}, expected {SCHEMA_VERSION!r}"
        )
