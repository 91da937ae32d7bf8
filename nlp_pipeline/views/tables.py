"""One output record -> rows of four tables that join on ids (doc_id, entity_id, quote_id, cluster).

Column types are `str`, `int` or `list` (a list of ids); `meta_<key>` columns carry the document's `meta` on
every table, as text (a value that is not a string is written as JSON).
"""

from __future__ import annotations

import json
from typing import Any

Row = dict[str, Any]
TABLES = ("documents", "entities", "quotes", "speakers")
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "str", "source": "str", "error_type": "str", "error_message": "str", "chars": "int",
        "sentences": "int", "tokens": "int", "entities": "int", "quotes": "int", "text": "str",
    },
    "entities": {
        "doc_id": "str", "entity_id": "str", "start": "int", "end": "int", "text": "str", "label": "str",
        "cluster": "str", "name": "str",
    },
    "quotes": {
        "doc_id": "str", "quote_id": "str", "start": "int", "end": "int", "text": "str", "kind": "str",
        "cue_start": "int", "cue_end": "int", "cue_text": "str",
        "speaker_name": "str", "speaker_latin": "str", "speaker_label": "str", "speaker_cluster": "str",
        "speaker_entity": "str", "speaker_start": "int", "speaker_end": "int", "speaker_text": "str",
        "entities": "list",
    },
    "speakers": {
        "doc_id": "str", "name": "str", "latin": "str", "label": "str", "cluster": "str", "statements": "int",
        "quote_ids": "list",
    },
}  # fmt: skip


def meta_column(key: str) -> str:
    return f"meta_{key}"


def columns(table: str, meta_keys: list[str]) -> dict[str, str]:
    return {**COLUMNS[table], **{meta_column(k): "str" for k in meta_keys}}


def record_rows(record: dict[str, Any]) -> dict[str, list[Row]]:
    """The rows one record adds to each table (an error record adds one document row and nothing else)."""
    meta = {meta_column(k): as_text(v) for k, v in (record.get("meta") or {}).items()}
    doc_id = record["id"]
    error = record.get("error") or {}
    text = record.get("text")
    entities = record.get("entities", [])
    quotes = record.get("quotes", [])
    document = {
        "doc_id": doc_id, "source": record.get("source"),
        "error_type": error.get("type"), "error_message": error.get("message"),
        "chars": None if text is None else len(text),
        "sentences": _count(record, "sentences"), "tokens": _count(record, "tokens"),
        "entities": _count(record, "entities"), "quotes": _count(record, "quotes"), "text": text,
    }  # fmt: skip
    labels = {e["id"]: e["label"] for e in entities}
    cluster_labels = {e["cluster"]: e["label"] for e in entities if e.get("cluster")}
    rows = {
        "documents": [document],
        "entities": [_entity_row(doc_id, e) for e in entities],
        "quotes": [_quote_row(doc_id, q, labels, cluster_labels) for q in quotes],
    }
    rows["speakers"] = _speaker_rows(doc_id, rows["quotes"])
    return {table: [{**row, **meta} for row in table_rows] for table, table_rows in rows.items()}


def _entity_row(doc_id: str, e: dict[str, Any]) -> Row:
    return {"doc_id": doc_id, "entity_id": e["id"], "start": e["start"], "end": e["end"], "text": e["text"],
            "label": e["label"], "cluster": e.get("cluster"), "name": e.get("name")}  # fmt: skip


def _quote_row(doc_id: str, q: dict[str, Any], labels: dict[str, str], cluster_labels: dict[str, str]) -> Row:
    cue = q.get("cue") or {}
    speaker = q.get("speaker") or {}
    label = labels.get(speaker.get("entity", "")) or cluster_labels.get(speaker.get("cluster", ""))
    return {
        "doc_id": doc_id, "quote_id": q["id"], "start": q["start"], "end": q["end"], "text": q["text"],
        "kind": q["kind"],
        "cue_start": cue.get("start"), "cue_end": cue.get("end"), "cue_text": cue.get("text"),
        "speaker_name": speaker.get("name"), "speaker_latin": speaker.get("latin"), "speaker_label": label,
        "speaker_cluster": speaker.get("cluster"), "speaker_entity": speaker.get("entity"),
        "speaker_start": speaker.get("start"), "speaker_end": speaker.get("end"),
        "speaker_text": speaker.get("text"), "entities": list(q.get("entities", [])),
    }  # fmt: skip


def _speaker_rows(doc_id: str, quote_rows: list[Row]) -> list[Row]:
    """One row per speaker of the document: a name cluster, or an unnamed source (no cluster) by its name."""
    speakers: dict[str, Row] = {}
    for q in quote_rows:
        if q["speaker_name"] is None:
            continue
        key = q["speaker_cluster"] or f"name:{q['speaker_name']}"
        row = speakers.setdefault(key, {
            "doc_id": doc_id, "name": q["speaker_name"], "latin": q["speaker_latin"],
            "label": q["speaker_label"], "cluster": q["speaker_cluster"], "statements": 0, "quote_ids": [],
        })  # fmt: skip
        row["statements"] += 1
        row["quote_ids"].append(q["quote_id"])
    return list(speakers.values())


def _count(record: dict[str, Any], key: str) -> int | None:
    return len(record[key]) if key in record else None


def as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
