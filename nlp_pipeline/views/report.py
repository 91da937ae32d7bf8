"""`report`: a corpus at a glance. Counters filled one record at a time (any file size), then a page."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import strip_name_proclitic
from nlp_pipeline.tokens.doc import ENTITY_LABELS
from nlp_pipeline.views.html import render_template
from nlp_pipeline.views.tables import record_rows

EXAMPLES_PER_SPEAKER = 2
EXCERPT_CHARS = 160


@dataclass
class SpeakerStats:
    name: str
    latin: str | None
    label: str | None
    statements: int = 0
    documents: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass
class CorpusStats:
    documents: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    unattributed: int = 0
    speakers: dict[str, SpeakerStats] = field(default_factory=dict)
    names: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, name) -> mentions
    pairs: Counter[tuple[str, str, str]] = field(
        default_factory=Counter
    )  # (speaker, label, name) -> mentions

    def add(self, record: dict[str, Any]) -> None:
        self.documents += 1
        if "error" in record:
            self.errors[record["error"].get("type", "?")] += 1
            return
        self.tokens += len(record.get("tokens", []))
        entities = record.get("entities", [])
        self.labels.update(e["label"] for e in entities)
        names = entity_names(entities)
        self.names.update((e["label"], names[e["id"]]) for e in entities)
        self.kinds.update(q["kind"] for q in record.get("quotes", []))
        rows = record_rows(record)
        for q in rows["quotes"]:
            if q["speaker_name"] is None:
                self.unattributed += 1
                continue
            self._count_statement(q)
            inside = set(q["entities"])
            mentioned = (e for e in entities if e["id"] in inside)
            self.pairs.update((q["speaker_name"], e["label"], names[e["id"]]) for e in mentioned)
        for s in rows["speakers"]:
            self.speakers[s["name"]].documents += 1

    def _count_statement(self, q: dict[str, Any]) -> None:
        stats = self.speakers.setdefault(
            q["speaker_name"], SpeakerStats(q["speaker_name"], q["speaker_latin"], q["speaker_label"])
        )
        stats.statements += 1
        stats.latin = stats.latin or q["speaker_latin"]
        text = q["text"]
        if len(stats.examples) < EXAMPLES_PER_SPEAKER:
            stats.examples.append(text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…")


def entity_names(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Entity id -> the name it is counted under: its `name` (the cluster's name), else, in records written
    without it, its cluster's most frequent form (longest on a tie), so that «موسكو», «وموسكو» and «لموسكو»
    in one document count as one name."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entities:
        forms[e.get("cluster") or e["text"]][e["text"]] += 1
    best = {key: max(c, key=lambda t: (c[t], len(t))) for key, c in forms.items()}
    return {e["id"]: e.get("name") or best[e.get("cluster") or e["text"]] for e in entities}


def bare_names(names: Counter[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(label, name) -> the name without its proclitic where the corpus has that bare name with the same label
    or it starts with the article («وتركيا» -> «تركيا», «والدول الغربية» -> «الدول الغربية»): a document
    that names Turkey once, after «و», counts it with the others. «بيروت» and «بلال» stay whole."""
    known: defaultdict[str, set[str]] = defaultdict(set)
    for label, name in names:
        known[label].add(normalize(name))
    return {(label, name): strip_name_proclitic(name, known[label]) for label, name in names}


def build_stats(records: Iterable[dict[str, Any]]) -> CorpusStats:
    stats = CorpusStats()
    for record in records:
        stats.add(record)
    return stats


def render_report(stats: CorpusStats, title: str, top: int = 20) -> str:
    speakers = sorted(stats.speakers.values(), key=lambda s: (-s.statements, s.name))[:top]
    bare = bare_names(stats.names + Counter((label, name) for _, label, name in stats.pairs))
    counts: Counter[tuple[str, str]] = Counter()
    for key, n in stats.names.items():
        counts[key[0], bare[key]] += n
    pairs: Counter[tuple[str, str, str]] = Counter()
    for (speaker, label, name), n in stats.pairs.items():
        pairs[speaker, label, bare[label, name]] += n
    names = {
        label: [(name, n) for (lab, name), n in counts.most_common() if lab == label][:top]
        for label in ENTITY_LABELS
    }
    summary = [*((label, stats.labels[label]) for label in ENTITY_LABELS),
               *((kind, stats.kinds[kind]) for kind in ("direct", "indirect", "mixed"))]  # fmt: skip
    return render_template(
        "report.html.j2", title=title, stats=stats, speakers=speakers, names=names, summary=summary,
        pairs=pairs.most_common(top * 2), quotes=sum(stats.kinds.values()),
    )  # fmt: skip
