"""Nested reports: a source phrase between a verb and its content («وقالت الشركة، بحسب موقع…، إن…») reports
the same content, and a verb inside reported content reports part of it; each keeps its own record
(ANNOTATION_GUIDE.md; issue 10: nested reports). A verb whose subject opens the content reports inside it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.wordforms import is_definite, is_honorific, is_title
from nlp_pipeline.pipeline.quotes.cues import SAYING, Cue, fronted_subject
from nlp_pipeline.tokens.doc import Token


def nested_sources(cues: list[Cue], targets: list[tuple[int, int] | None]) -> set[int]:
    """«وقالت الشركة، بحسب موقع…، إن…»: a source phrase between a verb and its content reports the
    same content (a nested report, the source's own record). Fills its target; returns their indices."""
    nested = set()
    for n, cue in enumerate(cues):
        if cue.kind != "source":  # its own target, if any, is the clause before the verb: not the one
            continue
        for m in range(n - 1, -1, -1):
            verb, target = cues[m], targets[m]
            if verb.kind == "verb" and target is not None and verb.last <= cue.first < target[0]:
                targets[n] = target
                nested.add(n)
                break
    return nested


def embedded(tokens: Sequence[Token], named: Collection[int], cue: Cue, first: int) -> bool:
    """A verb inside reported content that begins at token `first`, whose subject came before it in the
    content («أوضح أن الحملة تكفلت بعلاج المريضة التي أعربت عن شكرها…»): the report is part of the content
    (a nested report: both records). A verb with «و/ف» or after a word with «و», after a mark, or with its
    subject after it («…» قال الرئيس فلان إن…) opens a new statement instead. `named`: tokens of people and
    organisations."""
    if cue.kind != "verb" or cue.first <= first or cue.last >= len(tokens):
        return False
    after = tokens[cue.last].norm
    subject_after = cue.last in named or is_definite(after) or is_title(after) or is_honorific(after)
    before = tokens[cue.first - 1].norm  # «، والذي يؤكد…»: a new clause on the last name
    own = (
        not tokens[cue.first].norm.startswith(("و", "ف")) and before.isalpha() and not before.startswith("و")
    )
    return own and not subject_after


def relayed_at(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The cue of a relayed statement in tokens[first:last], after a relay verb: «قوله», else «عن»."""
    saying = [t for t in range(first, last) if tokens[t].norm in SAYING]
    return (saying or [t for t in range(first, last) if tokens[t].norm == "عن"] or [None])[0]


def opens_on_subject(tokens: Sequence[Token], named: Collection[int], cue: Cue, first: int) -> bool:
    """Content beginning at token `first` opens on the subject of the cue's verb, so the report is inside it
    (a nested report, both records): a name («قال إن الرئيس زعم أنه…»), or any subject of a verb without
    «و/ف» («أوضح أن الشركة التي أعلنت…»، «قال إن الدراسة أظهرت أمس أن…»). A verb with «و/ف», a verb with
    its own subject after it, or a participle opens a new statement («…أن الوقت تغير وذكر أن…»، «…أن الخطة
    جاهزة أكد الوزير أن…»، «…، مشيرًا إلى أن…»)."""
    subject = fronted_subject(tokens, first - 1, cue.first)
    if subject is None or subject[0] != first:
        return False
    if any(t in named for t in range(*subject)):
        return True
    if cue.kind != "verb" or tokens[cue.first].norm.startswith(("و", "ف")) or cue.last >= len(tokens):
        return False
    after = tokens[cue.last].norm
    return not (cue.last in named or is_title(after) or is_honorific(after))
