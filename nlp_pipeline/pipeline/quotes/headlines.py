"""Headline statements «NAME: statement»: a line of its own, no cue, the speaker's name before the colon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.lexicon import GIVEN_NAMES, MEDIA_NOUNS
from nlp_pipeline.lang.ar.punctuation import COLON, DASHES
from nlp_pipeline.lang.ar.wordforms import is_title, without_article, without_conjunction
from nlp_pipeline.pipeline.quotes.cues import Cue

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.finder import _QuoteFinder

HEADLINE_NAME = 6  # tokens before the colon of «NAME: statement»
MIN_WORDS = 3  # words after the colon: fewer are a label («المكان: جدة»)


def headline_content(finder: _QuoteFinder, lo: int, hi: int, cues: list[Cue]) -> tuple[int, int] | None:
    """The token range of the statement when the sentence tokens[lo:hi] is «NAME: statement», else None."""
    tokens, text = finder.tokens, finder.doc.text
    line_start = text.rfind("\n", 0, tokens[lo].start) + 1
    if text[line_start : tokens[lo].start].strip():
        return None
    return _after_name(finder, lo, hi, cues)


def _after_name(finder: _QuoteFinder, lo: int, hi: int, cues: list[Cue]) -> tuple[int, int] | None:
    tokens = finder.tokens
    colon = next((t for t in range(lo, min(hi, lo + HEADLINE_NAME + 1)) if tokens[t].text in COLON), None)
    if colon is None or colon == lo or any(c.first < colon for c in cues):
        return None
    if any(tokens[t].text in DASHES for t in range(lo, colon)):
        return None  # «فلان- الصحيفة- المدينة:» is a dateline, not a speaker
    if any(is_outlet(tokens[t].norm) for t in range(lo, colon)):
        # «رابط الخبر بصحيفة…: title»: a link to the story; the title after it may be a headline statement
        return _after_name(finder, colon + 1, hi, cues) if colon + 1 < hi else None
    before = range(lo, colon)
    names = (t in finder.named or is_title(tokens[t].norm) or tokens[t].norm in GIVEN_NAMES for t in before)
    if any(finder.owner[t] for t in range(lo, colon)) or not any(names):
        return None
    if sum(finder.is_word(t) for t in range(colon + 1, hi)) >= MIN_WORDS or finder.opening.get(colon + 1):
        return colon + 1, hi
    return None


def is_outlet(norm: str) -> bool:
    """A media noun, bare, with the article or with a clitic (صحيفة، بصحيفة، وموقع، الصحيفة)."""
    for form in without_conjunction(norm):
        bare = form[1:] if form[:1] in "بل" and form[1:] in MEDIA_NOUNS else form
        if bare in MEDIA_NOUNS or without_article(bare) in MEDIA_NOUNS:
            return True
    return False
