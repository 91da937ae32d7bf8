"""Quotations of scripture: «لقوله تعالى: (…)»، «وقال الله تعالى في كتابه: (…)»، «قال سبحانه: (…)».

After a verb of saying, «الله» and the epithets that praise Him («تعالى»، «سبحانه»، «عز وجل») name one
speaker, God, written «الله» (the guide: the fullest form of the name), whichever of them the text writes.
Only after قال/قوله: after «دعا»/«سأل» («ودعا الله تعالى أن…») God is the one addressed, not the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import without_conjunction
from nlp_pipeline.pipeline.quotes.cues import SAYING, Cue, is_say_verb
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.resolved import Resolved
from nlp_pipeline.tokens.doc import Token

GOD = normalize("الله")
EPITHETS = words("divine_epithets.txt")
PRAYING = words("prayer_verbs.txt")
LORD = frozenset({GOD, normalize("المولى")})
# «لقوله تعالى»: the noun of saying with a fused ل (because of) or ب/ك (as in)
SAYING_FORMS = SAYING | {p + w for p in "لبكو" for w in SAYING}


def god_span(tokens: Sequence[Token], cue: Cue | None, first: int, last: int) -> tuple[int, int] | None:
    """The tokens from `first` that name God after a verb of saying: «الله» with epithets after it, or
    epithets alone; None when tokens[first:last] do not open with an epithet or «الله» + epithet. After a
    verb of praying, «الله»/«المولى» is the verb's object: an empty span (no subject written)."""
    prays = cue is not None and PRAYING.intersection(without_conjunction(tokens[cue.first].norm))
    if prays and first < last and tokens[first].norm in LORD:
        return first, first
    if cue is None or not (is_say_verb(tokens[cue.first].norm) or tokens[cue.first].norm in SAYING_FORMS):
        return None
    k = first + 1 if first < last and tokens[first].norm == GOD else first
    while k < last and EPITHETS.intersection(without_conjunction(tokens[k].norm)):  # «سبحانه وتعالى»
        k += 1
    return (first, k) if k > first and tokens[k - 1].norm != GOD else None


def god_speaker(names: Mentions, span: tuple[int, int]) -> Resolved | None:
    """The speaker of the words `span` names: God, one person written «الله» wherever He is quoted; None for
    an empty span (God prayed to: the cue's subject is not written)."""
    first, last = span
    if first == last:
        return None
    start, end = names.tokens[first].start, names.tokens[last - 1].end
    m = names.add(Mention(start, end, first, last, "الله", "PER"))
    return Resolved(m.cluster, None, (start, end))
