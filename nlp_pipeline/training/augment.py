"""Mention replacement: copies of labelled sentences whose names are swapped for other names of the same
type, drawn from the gazetteers in `../shared/corpora/gazetteers` (issue 11).

The tagger sees ~5,000 person names in ANERcorp; a news day brings names it never saw. Swapping each
entity for a gazetteer name in the same context teaches the character model what names look like rather
than which names occur. The gazetteers are read at training time only: what ships is the weights.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nlp_pipeline.corpora.conll import Sentence
from nlp_pipeline.lang.ar.normalize import normalize

ANETAC_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
ANERGAZET = {"PER": "AlignedPersGazetteer", "LOC": "AlignedLocGazetteer", "ORG": "AlignedOrgGazetteer"}
AKHATEEB_PER = (
    "male-first--names-in-arabic.txt",
    "female-first-names-in-arabic.txt",
    "last-names-in-arabic.txt",
)
PROCLITICS = ("وب", "ول", "و", "ب", "ل", "ف", "ك")  # kept on the replacement as the corpus writes it


@dataclass(frozen=True)
class Gazetteer:
    """Names by label, each a tuple of words."""

    names: dict[str, list[tuple[str, ...]]]

    @classmethod
    def read(cls, folder: Path) -> Gazetteer:
        names: dict[str, set[tuple[str, ...]]] = {"PER": set(), "LOC": set(), "ORG": set()}
        anetac = folder / "anetac" / "en-ar-named-entities.txt"
        for line in anetac.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] in ANETAC_TYPES:
                names[ANETAC_TYPES[parts[0]]].add((parts[2],))
        for name in AKHATEEB_PER:  # Arab given names and family names, one a line
            for line in (folder / "akhateeb_arabic_names" / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    names["PER"].add((line.strip().lstrip("\ufeff"),))
        for label, sub in ANERGAZET.items():
            for line in (folder / "anergazet" / sub / "data").read_text(encoding="utf-8").splitlines():
                words = tuple(line.split())
                if words and not line.startswith(("====", "****")):
                    names[label].add(words)
        clean = {
            label: sorted({tuple(normalize(w) for w in ws) for ws in found if all(normalize(w) for w in ws)})
            for label, found in names.items()
        }
        return cls(clean)


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each IOB2 entity."""
    out: list[tuple[int, int, str]] = []
    for k, tag in enumerate(tags):
        if tag.startswith("B-"):
            out.append((k, k + 1, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == k and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], k + 1, out[-1][2])
    return out


def _proclitic(word: str) -> str:
    # Only before the article (والرياض، بالسعودية): a leading و or ب may be the name's own (وزارة، بوش).
    for p in PROCLITICS:
        if word.startswith(p + "ال"):
            return p
    return ""


def _replacement(gaz: Gazetteer, label: str, length: int, rng: random.Random) -> tuple[str, ...]:
    pool = gaz.names[label]
    if label == "PER" and length > 1:  # a full name: given name and family name(s) from the word list
        return tuple(rng.choice(pool)[0] for _ in range(min(length, 3)))
    return rng.choice(pool)


def replace_mentions(sents: Iterable[Sentence], gaz: Gazetteer, seed: int = 1234) -> list[Sentence]:
    """One copy of every sentence that has an entity, each entity replaced by a gazetteer name."""
    rng = random.Random(seed)
    out = []
    for s in sents:
        found = spans(s.tags)
        if not found:
            continue
        words: list[str] = []
        tags: list[str] = []
        k = 0
        for start, end, label in found:
            words += s.words[k:start]
            tags += s.tags[k:start]
            new = list(_replacement(gaz, label, end - start, rng))
            new[0] = _proclitic(s.words[start]) + new[0]
            words += new
            tags += [f"B-{label}"] + [f"I-{label}"] * (len(new) - 1)
            k = end
        out.append(Sentence(words + s.words[k:], tags + s.tags[k:]))
    return out
