"""Adverbials between a speech verb (or its subject) and what it reports: time words (أمس، يوم الأحد), phrases
(في وقت سابق، في الوقت نفسه), a short aside between dashes («مؤكدًا -أيده الله- عمقَ…») and the subject's own
document («في بيانها»، «في تقريره»). The finder and the object rule step over them to reach the content."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import ADVERB_PHRASES, ADVERBS, ASIDE_OPENERS, DOCUMENT_NOUNS
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, DASHES, is_punct
from nlp_pipeline.lang.ar.wordforms import is_complementizer
from nlp_pipeline.pipeline.quotes.dates import date_end
from nlp_pipeline.tokens.doc import Token

MAX_ASIDE = 4  # words between two dashes that make an aside
MAX_CLAUSE_ASIDE = 12  # words of an aside opened by a preposition between two commas or dashes
DAY = "يوم"  # «يوم الأحد»: with a weekday (adverbs.txt) after it
IN = "في"
POSSESSIVES = ("ه", "ها", "هم", "هما")  # «في بيانها»: the subject's own document


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
    if norm == IN and k + 1 < hi and _own_document(tokens[k + 1].norm):
        return k + 2  # «وأكدت الوزارة في بيانها أهميةَ…»: where it was said, not what
    if (end := date_end(tokens, k, hi)) > k:  # «في يناير الماضي» (dates.py)
        return end
    if tokens[k].text in DASHES:
        close = next((t for t in range(k + 1, min(hi, k + MAX_ASIDE + 2)) if tokens[t].text in DASHES), None)
        if close is not None and close > k + 1:
            return close + 1
    return k


def _own_document(norm: str) -> bool:
    """A document noun with a possessive pronoun: «بيانها»، «تقريره»، «تصريحاتهم»."""
    return any(norm.endswith(p) and norm[: -len(p)] in DOCUMENT_NOUNS for p in POSSESSIVES)


def skip_adverbials(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The first token from k that does not start an adverbial, past a comma that closes them («وكان الجهاز
    أعلن الأربعاء الماضي، وفاةَ…»)."""
    start = k
    while k < hi and (end := adverbial_end(tokens, k, hi)) > k:
        k = end
    return k + 1 if start < k < hi - 1 and tokens[k].text in CLAUSE_PUNCT else k


def clause_aside_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """«، خلال لقائه بالأهالي أمس،»، «- في نشرتها عن حالة الطقس -»: at a comma or dash before a preposition
    of time or place (aside_openers.txt), the token after the closing comma or dash; k when none closes it
    within MAX_CLAUSE_ASIDE words, or أن or a full stop comes first (then it is a clause, not an aside)."""
    marks = DASHES if tokens[k].text in DASHES else CLAUSE_PUNCT if tokens[k].text in CLAUSE_PUNCT else None
    if marks is None or k + 1 >= hi or tokens[k + 1].norm not in ASIDE_OPENERS:
        return k
    for t in range(k + 2, min(hi, k + MAX_CLAUSE_ASIDE + 2)):
        if tokens[t].text in marks:
            return t + 1 if t + 1 < hi else k
        if is_complementizer(tokens[t].norm) or (is_punct(tokens[t].text) and tokens[t].text not in DASHES):
            return k
    return k
