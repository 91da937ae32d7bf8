"""One record's text as HTML: entities, statements, cues and speaker mentions as nested elements.

Every character of `text` is written once, escaped, in order; marks become elements around it. Marks
that cross (an entity running past the end of a quote) are split, so the HTML stays well nested. Additions
that are not part of the text (entity labels, speaker chips) carry the class `tag`, so that a reader of
the page can tell them apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

QUOTE, MENTION, CUE, ENTITY = range(4)  # outermost first


@dataclass(eq=False)
class _Mark:
    start: int
    end: int
    rank: int
    attrs: dict[str, str]
    anchor: str | None = None  # id attribute, on the first piece only
    before: Markup = field(default_factory=Markup)  # written before the first piece
    last_inside: Markup = field(default_factory=Markup)  # written inside the last piece, at its end


def anchor(prefix: str, key: str) -> str:
    return f"{prefix}-{key}"


def mention_key(speaker: dict[str, Any]) -> str:
    return f"m{speaker['start']}-{speaker['end']}"


def cluster_latin(record: dict[str, Any]) -> dict[str, str]:
    """Latin names known for a cluster (from its speakers), for hovering over any of its mentions."""
    found = {}
    for q in record.get("quotes", []):
        speaker = q.get("speaker") or {}
        if speaker.get("cluster") and speaker.get("latin"):
            found[speaker["cluster"]] = speaker["latin"]
    return found


def speaker_chip(prefix: str, quote: dict[str, Any]) -> Markup:
    """A link from a statement to the speaker's mention (or the entity when the speaker is only implied)."""
    speaker = quote.get("speaker")
    if speaker is None:
        return Markup('<span class="tag chip chip-unknown" title="no speaker found"><bdi>؟</bdi></span>')
    target = mention_key(speaker) if "start" in speaker else speaker.get("entity")
    title = " · ".join(x for x in (speaker.get("latin"), quote["kind"], quote["id"]) if x)
    tag, href = ("a", Markup(' href="#{}"').format(anchor(prefix, target))) if target else ("span", Markup())
    return Markup('<{0} class="tag chip"{1} title="{2}"><bdi>{3}</bdi></{0}>').format(
        Markup(tag), href, title, speaker["name"]
    )


def _marks(record: dict[str, Any], prefix: str) -> list[_Mark]:
    latin = cluster_latin(record)
    marks: list[_Mark] = []
    for e in record.get("entities", []):
        hover = " · ".join(x for x in (latin.get(e.get("cluster") or ""), e["label"], e["id"]) if x)
        attrs = {"class": f"ent ent-{e['label']}", "data-entity": e["id"], "data-start": str(e["start"]),
                 "data-end": str(e["end"]), "title": hover}  # fmt: skip
        label = Markup('<bdi class="tag label">{}</bdi>').format(e["label"])
        marks.append(_Mark(e["start"], e["end"], ENTITY, attrs, anchor(prefix, e["id"]), last_inside=label))
    mentions: dict[str, _Mark] = {}
    for q in record.get("quotes", []):
        attrs = {"class": f"quote quote-{q['kind']}", "data-quote": q["id"], "data-start": str(q["start"]),
                 "data-end": str(q["end"])}  # fmt: skip
        marks.append(
            _Mark(q["start"], q["end"], QUOTE, attrs, anchor(prefix, q["id"]), speaker_chip(prefix, q))
        )
        if q.get("cue"):
            cue = q["cue"]
            attrs = {
                "class": "cue",
                "data-cue": q["id"],
                "data-start": str(cue["start"]),
                "data-end": str(cue["end"]),
            }
            marks.append(_Mark(cue["start"], cue["end"], CUE, attrs))
        speaker = q.get("speaker") or {}
        if "start" in speaker and (key := mention_key(speaker)) not in mentions:
            attrs = {"class": "speaker-mention", "title": speaker.get("latin") or speaker["name"]}
            mentions[key] = _Mark(speaker["start"], speaker["end"], MENTION, attrs, anchor(prefix, key))
    return [m for m in [*marks, *mentions.values()] if m.start < m.end]


def _open(mark: _Mark, first: bool) -> Markup:
    attrs = dict(mark.attrs)
    if not first:
        attrs["class"] += " cont"  # a piece after a split
    elif mark.anchor:
        attrs = {"id": mark.anchor, **attrs}
    rendered = Markup("").join(Markup(' {}="{}"').format(Markup(k), v) for k, v in attrs.items())
    return (mark.before if first else Markup()) + Markup("<span{}>").format(rendered)


def _close(mark: _Mark, last: bool) -> Markup:
    return (mark.last_inside if last else Markup()) + Markup("</span>")


def article_html(record: dict[str, Any], prefix: str) -> Markup:
    """The record's text with its marks; ids of anchors start with `prefix` (unique within the page)."""
    text: str = record.get("text") or ""
    starting: dict[int, list[_Mark]] = defaultdict(list)
    ending: dict[int, list[_Mark]] = defaultdict(list)
    for mark in _marks(record, prefix):
        starting[mark.start].append(mark)
        ending[mark.end].append(mark)
    points = sorted({0, len(text), *starting, *ending})
    out: list[str] = []
    active: set[_Mark] = set()
    opened: list[_Mark] = []
    for here, upto in zip(points, [*points[1:], len(text)]):
        active.difference_update(ending[here])
        active.update(starting[here])
        wanted = sorted(active, key=lambda m: (m.rank, m.start, -m.end))
        keep = 0
        while keep < min(len(opened), len(wanted)) and opened[keep] is wanted[keep]:
            keep += 1
        out += [_close(m, m.end == here) for m in reversed(opened[keep:])]
        out += [_open(m, m.start == here) for m in wanted[keep:]]
        opened = wanted
        out.append(escape(text[here:upto]))
    return Markup("").join(out)
