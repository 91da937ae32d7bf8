"""Adverbials between a speech verb (or its subject) and what it reports: time words (أمس، يوم الأحد), phrases
(في وقت سابق، في الوقت نفسه) and a short aside between dashes («مؤكدًا -أيده الله- عمقَ…»). The finder and
the object rule step over them to reach the content."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import ADVERB_PHRASES, ADVERBS
from nlp_pipeline.lang.ar.punctuation import DASHES
from nlp_pipeline.tokens.doc import Token

MAX_ASIDE = 4  # words between two dashes that make an aside
DAY = "يوم"  # «يوم الأحد»: with a weekday (adverbs.txt) after it


def adverbial_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The token after the adverbial starting at token k (k itself when none starts there)."""
    norm = tokens[k].norm
    if norm == DAY and k + 1 < hi and tokens[k + 1].norm in ADVERBS:
        return k + 2
    if norm in ADVERBS:
        return k + 1
    for phrase in ADVERB_PHRASES:
        if k + len(phrase) <= hi and all(tokens[k + n].norm == w for n, w in enumerate(phrase)):
            return k + len(phrase)
    if tokens[k].text in DASHES:
        close = next((t for t in range(k + 1, min(hi, k + MAX_ASIDE + 2)) if tokens[t].text in DASHES), None)
        if close is not None and close > k + 1:
            return close + 1
    return k


def skip_adverbials(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The first token from k that does not start an adverbial."""
    while k < hi and (end := adverbial_end(tokens, k, hi)) > k:
        k = end
    return k
