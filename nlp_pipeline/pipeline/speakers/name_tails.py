"""A person's entity that ran on into a prepositional phrase after the name: «واستهل حديثه مع الأمير فلان
بحمد الله»، «وأشاد فلان باشتراك…»، «وقدم فلان لذوي الضحايا…».

The NER takes in the word after the name when ب/ل is glued to it. That word is a preposition and a noun, not a
name word, when the noun alone is a far more common word than the glued form (glued.py: «حمد» against «بحمد»),
the words before it name the same person elsewhere in the document, and no other person's name holds it (a
surname such as «بلان» or «بارباع» stays: written alone it is no common word, or the text names it again).
The mention ends before that word; everything after it (the «الله» of «بحمد الله») goes with it.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import GIVEN_NAMES
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.glued import preposition_glued
from nlp_pipeline.tokens.doc import Token


def glued_tail(tokens: list[Token], m: Mention, people: list[Mention]) -> int | None:
    """The token where person mention m's name ends because a glued preposition starts a phrase there, or
    None. `people`: the document's other person mentions."""
    for k in range(m.first + 1, m.last):
        norm = tokens[k].norm
        if norm in GIVEN_NAMES or not preposition_glued(tokens[k].text, norm, True):
            continue
        before = set(m.words[: k - m.first])
        if any(norm in o.words for o in people):
            return None  # the text names someone with this word: a name word
        if any(before <= set(o.words) for o in people):
            return k
        return None
    return None
