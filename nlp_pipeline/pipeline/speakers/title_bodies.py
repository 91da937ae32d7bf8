"""A role's title that goes on to the body it serves in: «نائب سفير تركيا في الأمم المتحدة»، «مندوب خليجي في
أوبك»، «جنرال في القوات الجوية».

A title phrase takes the places after it (mentions.skip_title: «مدير تعليم جازان», «… في محافظة X») but
stopped at «في» before an organisation, so a role without a name lost the body that says whose it is, and a
name after it («وزير البيشمركة في حكومة إقليم كردستان فلان») was not reached. The speaker's description
keeps it (the guide's unnamed sources keep their description; the labelled sets keep «في» + the body after a
role). mentions.skip_title calls it: where the phrase reaches a place, it reaches such a body.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.tokens.doc import Token

SERVES_IN = ("في", "لدي")  # «في الأمم المتحدة»، «لدى الأمم المتحدة» (normalized: لدى -> لدي)


def served_in(mentions: Sequence[Mention], tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is «في»/«لدى» before an organisation's name, or a word of a name after one."""
    for m in mentions:
        if m.label != "ORG" or m.first < 1 or tokens[m.first - 1].norm not in SERVES_IN:
            continue
        if m.first - 1 <= k < m.last:
            return True
    return False
