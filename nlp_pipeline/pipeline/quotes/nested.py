"""Nested reports: a source phrase between a verb and its content («وقالت الشركة، بحسب موقع…، إن…») reports
the same content; each keeps its own record (ANNOTATION_GUIDE.md; issue 10: nested reports)."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.cues import Cue


def nested_sources(cues: list[Cue], targets: list[tuple[int, int] | None]) -> set[int]:
    """«وقالت الشركة، بحسب موقع…، إن…»: a source phrase between a verb and its content reports the
    same content (a nested report, the source's own record). Fills its target; returns their indices."""
    nested = set()
    for n, cue in enumerate(cues):
        if cue.kind != "source" or targets[n] is not None:
            continue
        for m in range(n - 1, -1, -1):
            verb, target = cues[m], targets[m]
            if verb.kind == "verb" and target is not None and verb.last <= cue.first < target[0]:
                targets[n] = target
                nested.add(n)
                break
    return nested
