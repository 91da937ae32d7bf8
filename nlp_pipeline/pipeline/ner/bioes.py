"""The one decoder from tag sequences to entity spans, and back.

Reads BIOES (the tagger's scheme) and IOB2 (the corpora, after `corpora.conll.to_iob2`); stray I-/E- tags are
repaired the conlleval way: an I- after O or after another type starts a new entity.
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int, str]  # (first token, last token + 1, label) within one sentence


def spans_from_tags(tags: Sequence[str]) -> list[Span]:
    """(first, last+1, label) token spans of BIOES or IOB2 tags, in order."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if label and prefix in ("I", "E") and typ == label:
            if prefix == "E":
                spans.append((start, i + 1, label))
                start, label = -1, ""
            continue
        if label:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix == "S":
            spans.append((i, i + 1, typ))
        elif prefix in ("B", "I", "E") and typ:
            if prefix == "E":
                spans.append((i, i + 1, typ))
            else:
                start, label = i, typ
    return spans


def iob2_from_spans(n: int, spans: Sequence[Span]) -> list[str]:
    """IOB2 tags of n tokens holding the given (non-overlapping) spans."""
    tags = ["O"] * n
    for first, last, label in spans:
        tags[first:last] = ["B-" + label] + ["I-" + label] * (last - first - 1)
    return tags


def fix_singletons(tags: Sequence[str]) -> list[str]:
    """The tagger's BIOES output made well-formed, as stanza's `fix_singleton_tags` does it: an I- that starts
    or ends its entity becomes B- or E-, then a B- or E- standing alone becomes S-."""
    out = list(tags)

    def inside(i: int, typ: str, prefixes: tuple[str, ...]) -> bool:
        return 0 <= i < len(out) and out[i] in tuple(p + typ for p in prefixes)

    for i, tag in enumerate(tags):
        if tag.startswith("I-"):
            typ = tag[2:]
            if not inside(i + 1, typ, ("I-", "E-")):
                out[i] = "E-" + typ
            if not inside(i - 1, typ, ("B-", "I-")):
                out[i] = "B-" + typ
    for i, tag in enumerate(list(out)):
        typ = tag[2:]
        if (tag.startswith("B-") and not inside(i + 1, typ, ("I-", "E-"))) or (
            tag.startswith("E-") and not inside(i - 1, typ, ("B-", "I-"))
        ):
            out[i] = "S-" + typ
    return out
