"""Cues after their content. A quote in marks: «"…"، قال الوزير». A clause: «انفجرت عبوة قرب المبنى، كما قال
شهود.» ("as witnesses said"): «كما» after a comma, then a past verb cue that found no content of its own and
whose clause is only its subject (a few words up to a comma or the sentence's end), attributes the clause
before the comma, from its sentence's start. «كما قال الوزير إن…» ("he also said") has content after it and
is handled as any cue; «، كما جدد عفوًا عامًا عن…» ("he also renewed") and «كما قال الشاعر: …» go on past a
subject's length or to a colon."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, COLON, END_PUNCT, is_punct
from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.pipeline.quotes.stances import praise_noun
from nlp_pipeline.tokens.doc import Token

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.finder import _QuoteFinder

AS = words("as_particles.txt")
MIN_WORDS = 4  # a shorter clause before «، كما» is an adverbial, not a statement
# A present form («كما يقول المثل»، «كما يقول الخبراء»: as the saying goes, as experts say) is a writer's
# commentary more often than a report; a report's source speaks in the past («، كما قال شهود»).
PRESENT_PREFIXES = ("ي", "ت")
MAX_SUBJECT_WORDS = 6  # «، كما ذكرت من جانبها وكالة «برناما» الرسمية.»: the subject and an adverbial


def trailing_targets(
    finder: _QuoteFinder, lo: int, hi: int, cues: list[Cue]
) -> Iterator[tuple[int, int, Cue]]:
    """The token range each cue of the sentence tokens[lo:hi] attributes before it, with the cue."""
    tokens = finder.tokens
    for cue in cues:
        k = cue.first - 1
        while k >= lo and tokens[k].text in CLAUSE_PUNCT:
            k -= 1
        if k == cue.first - 1 and tokens[cue.first].norm.startswith(("و", "ف")):
            continue  # «صحيفة «…» وحذرت…»: و after the marks opens a new clause
        if cue.last < hi and praise_noun(tokens[cue.last].norm):
            continue  # «"…"، وأبدت إعجابها بـ…»: praise of what was said, no report of it (stances.py)
        span = finder.owner[k] if k >= lo else None
        if span is not None and span.close is not None and finder.token_at(span.close) == k:
            yield finder.token_at(span.open), k + 1, cue
        elif (clause := postposed_clause(tokens, lo, hi, cue)) is not None:
            yield clause[0], clause[1], cue


def postposed_clause(tokens: Sequence[Token], lo: int, hi: int, cue: Cue) -> tuple[int, int] | None:
    """The token range before «، كما» + the verb cue, in the sentence tokens[lo:hi], or None."""
    if cue.kind != "verb" or cue.first - 2 <= lo or tokens[cue.first - 1].norm not in AS:
        return None
    if tokens[cue.first].norm.startswith(PRESENT_PREFIXES):
        return None
    if not _subject_only(tokens, cue.last, hi):
        return None
    comma = cue.first - 2
    if tokens[comma].text not in CLAUSE_PUNCT:
        return None
    first = lo
    while first < comma and is_punct(tokens[first].text):
        first += 1
    if sum(not is_punct(tokens[t].text) for t in range(first, comma)) < MIN_WORDS:
        return None
    return first, comma


def _subject_only(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """The cue's clause from token k ends within a subject's length at a comma or the sentence's end."""
    count = 0
    for t in range(k, hi):
        text = tokens[t].text
        if text in CLAUSE_PUNCT or text in END_PUNCT:
            return True
        if text in COLON:
            return False
        count += not is_punct(text)
        if count > MAX_SUBJECT_WORDS:
            return False
    return True
