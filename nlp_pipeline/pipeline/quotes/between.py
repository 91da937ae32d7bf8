"""«وبين» is «وبيّن» (and he made clear) or "and between": «بين الهوية وبين وسائل التعريف» pairs a «بين» a
few words before it in the same sentence; «…بين المقاعد. وبين المدير أن…» (a «بين» in the sentence before)
does not."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import END_PUNCT
from nlp_pipeline.tokens.doc import Token

BETWEEN, AND_BETWEEN = "بين", "وبين"
NOT_BETWEEN = (normalize("بينما"), normalize("بينت"))  # "while", «بيّنت»
BETWEEN_SPAN = 12  # words from «بين X» to its «وبين Y»


def and_between(tokens: Sequence[Token], i: int) -> bool:
    """Whether the «وبين» at token i is "and between": «بين» (or «بينها»، «بينهم»…) among the few words before
    it in its sentence."""
    if tokens[i].norm != AND_BETWEEN:
        return False
    near = list(range(max(0, i - BETWEEN_SPAN), i))
    near = near[max((n + 1 for n, j in enumerate(near) if tokens[j].text in END_PUNCT), default=0) :]
    return any(tokens[j].norm.startswith(BETWEEN) and tokens[j].norm not in NOT_BETWEEN for j in near)
