"""Reading CoNLL-style NER files (`word TAG` or `word<TAB>TAG`) into sentences of PER/LOC/ORG tags."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nlp_pipeline.tokens.doc import ENTITY_LABELS

_ALIASES = {"PERS": "PER", "PERSON": "PER", "GPE": "LOC", "LOCATION": "LOC", "ORGANIZATION": "ORG"}

# WikiFANE's fine-grained types (ACE-style) mapped onto the three labels. Groups (المسلمين، العرب)
# are O: the annotation guide does not count nationality or group nouns. Facilities and products are O.
WIKIFANE_TYPES = {
    "PER": "Politician Artist Other_PER Scientist Religious_PER Police Athlete Businessperson Engineer "
    "Lawyer",
    "LOC": "Population-Center Nation State-or-Province County-or-District GPE-Cluster Continent Water-Body "
    "Land-Region-Natural",
    "ORG": "Commercial Non-Governmental Government Sports Media Educational Religious_ORG Entertainment "
    "Medical-Science",
}
WIKIFANE_MAP = {t: label for label, types in WIKIFANE_TYPES.items() for t in types.split()}


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]
    doc_start: bool = False  # the first sentence after a `-DOCSTART-` line


TypeMap = Callable[[str], str | None]


def standard_type(t: str) -> str | None:
    """PERS -> PER, GPE -> LOC; anything that is not PER/LOC/ORG (MISC, DATE, ...) -> None (= O)."""
    t = _ALIASES.get(t.upper(), t.upper())
    return t if t in ENTITY_LABELS else None


def wikifane_type(t: str) -> str | None:
    return WIKIFANE_MAP.get(t)


def to_iob2(tags: list[str], type_map: TypeMap = standard_type) -> list[str]:
    """Map types and repair IOB1: an I- after O or after another type starts a new entity (conlleval)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, typ = tag.partition("-")
        label = type_map(typ) if prefix in ("B", "I", "S", "E") and typ else None
        if label is None:
            out.append("O")
        elif prefix == "I" and prev != "O" and prev[2:] == label:
            out.append("I-" + label)
        else:
            out.append("B-" + label)
        prev = out[-1]
    return out


def read_conll(path: str | Path, type_map: TypeMap = standard_type) -> Iterator[Sentence]:
    """Sentences of a CoNLL file; BOM, CRLF, U+200E marks and `-DOCSTART-` lines are tolerated."""
    words: list[str] = []
    tags: list[str] = []
    doc_start = False
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\r\n").replace("\u200e", "").replace("\u200f", "")
            parts = line.split("\t") if "\t" in line else line.split()
            parts = [p.strip() for p in parts if p.strip()]
            if not parts or parts[0] == "-DOCSTART-":
                if words:
                    yield Sentence(words, to_iob2(tags, type_map), doc_start)
                    words, tags, doc_start = [], [], False
                doc_start = doc_start or bool(parts)
                continue
            words.append(parts[0])
            tags.append(parts[1] if len(parts) > 1 else "O")
    if words:
        yield Sentence(words, to_iob2(tags, type_map), doc_start)
