"""Zipf frequencies of written words in a few languages and in Arabic, from `wordfreq`, kept small in memory.

wordfreq keeps each language's whole list as a dict once it is read: about 200 MB for the four languages
that snapping weighs (known.py), paid by every worker process. Here each list is read once, its ASCII
words are kept as two numpy arrays (their hashes, sorted, and their Zipf values, rounded as
`wordfreq.zipf_frequency` rounds them), and wordfreq's own caches are emptied: about 5 MB a language.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache

import numpy as np

MINIMUM = 1e-9  # what zipf_frequency's default minimum (Zipf 0) is as a frequency
ARABIC_MIN_ZIPF = 2.0  # Arabic words rarer than this read as 0.0 (keeps the table near 2 MB)


def ascii_buckets(lang: str) -> Iterator[tuple[float, list[str]]]:
    """wordfreq's list for `lang` as it is stored: buckets of words of one frequency (one centibel apart),
    most frequent first, each with that frequency and its ASCII words (every word of Arabic, whose words
    only ARABIC_MIN_ZIPF and up are kept); wordfreq's caches are emptied once the list has been read."""
    import wordfreq  # deferred: read at the first foreign name

    try:
        for index, bucket in enumerate(wordfreq.get_frequency_list(lang)):
            frequency = wordfreq.cB_to_freq(-index)
            if lang == "ar" and zipf_of(frequency) < ARABIC_MIN_ZIPF:
                break
            yield frequency, [w for w in bucket if w.isascii() or lang == "ar"]
    finally:
        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()
        wordfreq._wf_cache.clear()


def zipf_of(frequency: float) -> float:
    """wordfreq's Zipf value of a listed word: the frequency to three significant digits, then to the
    Zipf scale (log10 per billion words) to two decimals."""
    frequency = max(frequency, MINIMUM)
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


@cache
def _table(lang: str) -> tuple[np.ndarray, np.ndarray]:
    hashes: list[int] = []
    values: list[float] = []
    for frequency, words in ascii_buckets(lang):
        hashes += map(hash, words)
        values += [zipf_of(frequency)] * len(words)
    table = np.array(hashes, dtype=np.int64)
    order = np.argsort(table, kind="stable")
    return table[order], np.array(values, dtype=np.float64)[order]


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of `word` (any case) in `lang`; 0.0 for a word the list does not hold."""
    hashes, values = _table(lang)
    key = hash(word.casefold())
    i = int(np.searchsorted(hashes, key))
    return float(values[i]) if i < len(hashes) and hashes[i] == key else 0.0
