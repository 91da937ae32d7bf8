"""Words after «قال» with no أن, colon or marks (ANNOTATION_GUIDE.md: a statement without marks is indirect
speech): «وقال المتحدث باسم الهيئة فلان، أسفر الحادث عن…»، «وقال الوزير إيران تدعم الإرهاب…». «قال» always
reports words; when nothing in the rest of its sentence opens them (no أن, colon, mark or bracket before the
next cue), what follows its subject is what was said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.punctuation import COLON, PARENTHESES, QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import is_complementizer, without_conjunction
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.quotes.objects import object_start

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.finder import _QuoteFinder

SAID = words("unmarked_say_verbs.txt")  # the past of «قال» only
TOLD = words("told_pronouns.txt")  # «قال لي…»: words spoken to someone in a story
NOT_AFTER = words("not_before_unmarked.txt")  # «ولو قال…»، «…، كما قال حزبه»
MIN_WORDS = 5  # fewer words after the subject are an adverbial or an addressee, not a statement
OPENERS = COLON | QUOTE_MARKS | PARENTHESES


def unmarked_words(finder: _QuoteFinder, cue: Cue, hi: int) -> tuple[int, int] | None:
    """The token range of the words «قال» reports without أن, a colon or marks, up to `hi`, or None."""
    tokens = finder.tokens
    if cue.kind != "verb" or not SAID.intersection(without_conjunction(tokens[cue.first].norm)):
        return None
    told = cue.last < hi and tokens[cue.last].norm in TOLD
    if told or cue.first and tokens[cue.first - 1].norm in NOT_AFTER:
        return None
    for t in range(cue.last, hi):
        if match_cue(tokens, t, hi) is not None:
            hi = t  # «…، مشيرًا إلى…»: the next cue reports on its own, the words end before it
            break
        if tokens[t].text in OPENERS or is_complementizer(tokens[t].norm):
            return None  # the words open some other way
    while hi > cue.last and not finder.is_word(hi - 1):
        hi -= 1
    if hi == cue.last or len(tokens[hi - 1].norm) == 1:
        return None  # «وقال رئيس المبادرة، د.»: the sentence ended at a title's abbreviation, not the words
    obj = object_start(tokens, finder.named, finder.entity_tokens, cue.last, hi, False, cue.gender)
    if obj is None or obj.lead or sum(finder.is_word(t) for t in range(obj.token, hi)) < MIN_WORDS:
        return None
    return obj.token, hi
