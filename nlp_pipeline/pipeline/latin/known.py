"""Foreign names snapped to a spelling people actually write: among the Latin words whose consonants match
the Arabic ones («كاميرون» K-M-R-N: Cameron, Kameron, Camron…), the one our graphone model finds plausible
and that people write often, judged by `wordfreq` (Apache-2.0 code, CC BY-SA 4.0 data: word frequencies
from Wikipedia, subtitles, news and the web in English, German, French and Spanish). "Cameron", not the
letter-by-letter "Kamiron"; "Clinton", not "Klinton"; "Poroshenko", not "Boroshenko".

Only words the foreign-name model spells are snapped (spell.py), never a name after the article or with
«ة» (Arab names). On ANETAC's dev forms, with a model trained without them: exact 0.262 → 0.308
(`benchmarks/known_spellings.py`); on its test forms, with the shipped model: 0.266 → 0.314 (`nlp-pipeline
translit eval`); models/TRANSLIT.md.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from functools import lru_cache

from nlp_pipeline.pipeline.latin.graphone import TranslitModel
from nlp_pipeline.pipeline.latin.wordfreqs import ascii_buckets, zipf

# Consonant classes shared by the two scripts (vowels, و ي ه ع and h w y are left out: they are written
# inconsistently across the two). ج/غ and g/j share a class: «جوردون» Gordon, «غابرييل» Gabriel.
CLASS_LETTERS = {"B": "بپ", "T": "تط", "S": "ثسص", "G": "جغگ", "K": "خقك", "D": "دض", "Z": "ذز", "R": "ر"}
CLASS_LETTERS |= {"X": "شچ", "F": "فڤ", "L": "ل", "M": "م", "N": "ن"}
ARABIC_CLASS = {letter: cls for cls, letters in CLASS_LETTERS.items() for letter in letters}
# Longest first: «tsch» before «sch» before «ch».
LATIN_DIGRAPHS = {"tsch": "X", "sch": "X", "tch": "X", "sh": "X", "ch": "X", "th": "T", "kh": "K", "gh": "G"}
LATIN_DIGRAPHS |= {"ph": "F", "ck": "K", "qu": "K", "x": "KS"}
LATIN_CLASS = dict(zip("bptdszckqgjfvlmnr", "BBTDSZKKKGGFFLMNR", strict=True))
# Lower-case consonants to their class, the other lower-case letters dropped, the digraphs' upper-case
# classes and line breaks kept.
LATIN_TABLE = str.maketrans({c: LATIN_CLASS.get(c) for c in "abcdefghijklmnopqrstuvwxyz"})
REPEATS = re.compile(r"(.)\1+")
SOFT_C = re.compile(r"c(?=[eiy])")  # «فيسبوك» Facebook, «فنسنت» Vincent, «نانسي» Nancy: c before e/i/y is s
MIN_ZIPF = 1.5  # words rarer than this in English text (fewer than ~30 per billion words) are not tried
MAX_CANDIDATES = 40  # the most frequent words of a consonant skeleton
MAX_MISFIT = 4.0  # log10 below the model's own best spelling: beyond it, a frequent word is another name
FREQUENCY_WEIGHT = 1.0  # one Zipf unit (ten times as frequent) outweighs one log10 unit of the model
# (weight, misfit limit and languages chosen on ANETAC's dev forms and the news dev and training sets)
LANGUAGES = ("en", "de", "fr", "es")  # English first: the candidates are English words
MIN_LETTERS, MIN_CLASSES = 4, 2  # shorter words match too many common words («كي» "que", «ويب» "web")
WRITTEN = 3.0  # Zipf: every word of a transliterated English name is this common («هيومن رايتس ووتش»)
ENGLISH_ONLY = 0.8  # Zipf: a word this much more frequent in English than in the median is an English word


def _classes(letters: str) -> str:
    return REPEATS.sub(r"\1", letters)


def arabic_skeleton(word: str) -> str:
    return _classes("".join(ARABIC_CLASS.get(c, "") for c in word.replace("تش", "ش")))


def latin_skeleton(words: str) -> str:
    """Consonant classes of a Latin word, or of many at once, one per line (one pass over them all is what
    keeps the index's ~160,000 English words to a fraction of a second)."""
    for digraph, cls in LATIN_DIGRAPHS.items():
        words = words.replace(digraph, cls)
    words = SOFT_C.sub("S", words)
    return _classes(words.translate(LATIN_TABLE))


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """English words and their Zipf frequency (log10 per billion words)."""
    return {
        word: zipf
        for freq, words in ascii_buckets("en")
        if (zipf := math.log10(freq) + 9) >= MIN_ZIPF
        for word in words
        if word.isalpha() and len(word) > 1
    }


@lru_cache(maxsize=1)
def _by_skeleton() -> dict[str, list[str]]:
    frequent: dict[str, list[tuple[float, str]]] = defaultdict(list)
    zipfs = _zipf()
    for word, key in zip(zipfs, latin_skeleton("\n".join(zipfs)).split("\n"), strict=True):
        frequent[key].append((zipfs[word], word))
    return {key: [w for _, w in sorted(ws, reverse=True)[:MAX_CANDIDATES]] for key, ws in frequent.items()}


@lru_cache(maxsize=50_000)
def _cost(word: str) -> float:
    """Minus how often people write `word` (its median Zipf frequency over a few languages: a name is
    written alike in all), plus a penalty when it is mostly an English word («كير» "care", not Kerry)."""
    zipfs = [zipf(word, lang) for lang in LANGUAGES]
    median = statistics.median(zipfs)
    return -FREQUENCY_WEIGHT * median + max(0.0, zipfs[0] - median - ENGLISH_ONLY)


def is_written_word(latin: str) -> bool:
    """Whether English text writes this word often (Zipf ≥ WRITTEN: a few times per million words) and it
    is not a two-letter syllable («إن تي» is no "An Ti")."""
    return len(latin) > 2 and _zipf().get(latin.casefold(), 0.0) >= WRITTEN


def known_spelling(model: TranslitModel, arabic: str, latin: str) -> str:
    """`latin` (the model's spelling of `arabic`), or a frequent written word the model finds plausible."""
    skeleton = arabic_skeleton(arabic)
    if len(arabic) < MIN_LETTERS or len(skeleton) < MIN_CLASSES:
        return latin
    candidates = _by_skeleton().get(skeleton, [])
    if not candidates or candidates == [latin]:
        return latin  # nothing to weigh: the frequency lists of other languages stay unread
    best, value = latin, _cost(latin)
    for candidate in candidates:
        if candidate == latin:
            continue
        misfit = model.fit(arabic, candidate)
        if misfit is not None and misfit <= MAX_MISFIT and (total := misfit + _cost(candidate)) < value:
            best, value = candidate, total
    return best
