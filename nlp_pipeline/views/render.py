"""`render`: records -> one HTML page with each article's entities and statements marked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from nlp_pipeline.views.html import render_template
from nlp_pipeline.views.markup import article_html
from nlp_pipeline.views.records import is_error
from nlp_pipeline.views.tables import as_text as _as_text


@dataclass
class _DocView:
    prefix: str  # page-unique start of every anchor id in this document
    record: dict[str, Any]
    error: dict[str, Any] | None
    article: Markup
    meta: list[tuple[str, str]]
    entity_text: dict[str, str]


def _view(n: int, record: dict[str, Any]) -> _DocView:
    prefix = f"d{n}"
    meta = [(k, _as_text(v)) for k, v in record.get("meta", {}).items()]
    article = Markup() if is_error(record) else article_html(record, prefix)
    return _DocView(
        prefix,
        record,
        record.get("error"),
        article,
        meta,
        {e["id"]: e["text"] for e in record.get("entities", [])},
    )


def select(records: Iterable[dict[str, Any]], ids: list[str], limit: int) -> tuple[list[dict[str, Any]], int]:
    """The records to show (those named by `ids`, else the first `limit`) and how many others there were."""
    chosen, skipped = [], 0
    for record in records:
        if (record["id"] in ids) if ids else len(chosen) < limit:
            chosen.append(record)
        else:
            skipped += 1
    return chosen, skipped


def render_page(records: list[dict[str, Any]], title: str, skipped: int = 0) -> str:
    docs = [_view(n, r) for n, r in enumerate(records)]
    return render_template("page.html.j2", title=title, docs=docs, skipped=skipped)


def missing_ids(records: list[dict[str, Any]], ids: list[str]) -> Iterator[str]:
    found = {r["id"] for r in records}
    return (i for i in ids if i not in found)
