"""A date phrase between a speech verb (or its subject) and its object: «وكانت السلطات أعلنت في يناير الماضي
تحريرَ…»، «أعلنت الشركة في أبريل من عام 2013 إلغاءَ…»، «أعلن في 15 مارس إطلاقَ…». «في» + a month name
(months.txt; a Reuters double name «يوليو تموز» too), maybe a day number before the month, and the words
that keep the date going (month_tails.txt, a year in digits). Like the time words of adverbs.txt it says when
the statement was made, not what: the object starts after it (adverbials.py steps over it)."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import phrases, words
from nlp_pipeline.tokens.doc import Token

MONTHS = phrases("months.txt")
MONTH_TAILS = words("month_tails.txt")
IN = "في"
OF = "من"
YEAR = frozenset({"عام", "العام"})


def date_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The token after a date phrase opened by «في» at token k; k when none starts there."""
    if tokens[k].norm != IN:
        return k
    t = k + 1
    if t < hi and tokens[t].norm.isdigit():  # «في 15 مارس»
        t += 1
    end = _month_end(tokens, t, hi)
    if end == t:
        return k
    end = _month_end(tokens, end, hi)  # «في يوليو تموز»: two names of one month
    if end + 1 < hi and tokens[end].norm == OF and tokens[end + 1].norm in YEAR:  # «من العام الماضي»
        end += 2
    elif end < hi and tokens[end].norm in YEAR:  # «في صفر عام 1374هـ»
        end += 1
    while end < hi and (tokens[end].norm in MONTH_TAILS or tokens[end].norm[:1].isdigit()):
        end += 1  # «الماضي»، «2013»، «1374هـ»
    return end


def _month_end(tokens: Sequence[Token], t: int, hi: int) -> int:
    for month in MONTHS:
        if t + len(month) <= hi and all(tokens[t + n].norm == w for n, w in enumerate(month)):
            return t + len(month)
    return t
