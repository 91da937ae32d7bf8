"""Is a span in marks after a cue its quote, or a name in marks (subject, addressee, outlet or term)?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.lexicon import ADVERBS, FUNCTION_WORDS
from nlp_pipeline.lang.ar.marks import MarkedSpan
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, COLON, DASHES
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_definite
from nlp_pipeline.pipeline.quotes.cues import SAYING, Cue, is_say_verb, match_cue, subject_ends
from nlp_pipeline.pipeline.quotes.headlines import is_outlet
from nlp_pipeline.pipeline.quotes.marked_subjects import marked_name_end

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.quotes.finder import _QuoteFinder

WHERE = "حيث"  # «…في الإسماعيلية، حيث مقر القناة "…"»: a place's relative clause, not a new statement
NAMED_NOUN_WORDS = 2  # «وصفه باتفاق نووي "…"»: words between a naming verb and its term in marks
MIN_UNMARKED_WORDS = 3  # a quote in marks after a subject without a colon: shorter ones are names or terms


def introduces(finder: _QuoteFinder, cue: Cue, k: int, span: MarkedSpan) -> bool:
    """Whether the marked span at token k is the cue's quote rather than a name or term in marks."""
    prev = finder.tokens[k - 1]
    # «وقال "…"», «وقال، "…"»: right after the cue, or after a comma right after it
    first = k == cue.last or (k == cue.last + 1 and prev.text in CLAUSE_PUNCT)
    # «وقال فلان - حسب ما أوردته صحيفة… - "…"»: right after an aside between dashes
    first = first or (
        prev.text in DASHES and any(finder.tokens[j].text in DASHES for j in range(cue.last, k - 1))
    )
    # «وقالت "نيويورك تايمز" إن…»: a subject in marks (marked_subjects.py), not the quote; after a naming
    # verb a word may follow its term («بما أسماه "الخطوة الكبرى" التي…»)
    subject = cue.kind != "naming" and marked_name_end(finder.tokens, k, len(finder.tokens)) is not None
    if prev.text in COLON or first and not (subject or _marked_name(finder, span)):
        return True
    if first and subject:
        return False
    if cue.kind == "verb" and _opens_clause(finder, k, span):
        return True  # «وأوضح لـ"X" مسؤول مطلع، "أن…"»: marks around a content clause, not around a name
    if cue.kind == "naming":  # «وصفه بـ"…"», «وصفه باتفاق "…"» (the word after ب, then the term)
        fused = finder.tokens[cue.last].norm[:1] == "ب" and k - cue.last <= NAMED_NOUN_WORDS
        fused = fused and all(map(finder.is_word, range(cue.last, k)))
        return prev.norm in ("ب", "ل") and k - 1 == cue.last or fused
    if cue.kind == "relay" and prev.norm in SAYING:
        return True  # «نقلت الوكالة عن مسؤول قوله “…”»
    # «قال لـ"الشرق الأوسط" إن…»: a mark after a preposition or a clitic with tatweel is a name.
    said = is_say_verb(finder.tokens[cue.first].norm) or cue.kind == "document"
    # «ونقل الموقع عنه قوله للصحفيين في الفندق "…"»: «قوله» is a say verb's noun; its quote may come later
    said = said or cue.kind == "relay" and any(finder.tokens[j].norm in SAYING for j in range(cue.last, k))
    if (
        not said
        or span.close is None
        or prev.norm in FUNCTION_WORDS - ADVERBS  # not «قال أمس "…"»
        or prev.text.endswith("\u0640")
        or len(prev.norm) == 1
        and prev.text not in CLAUSE_PUNCT  # «لـ "…"» is a name; «فلان، "…"» the quote
        or is_outlet(prev.norm)  # «في تصريحات لصحيفة «…»»: the outlet's name
    ):
        return False
    words = finder.doc.text[span.start : span.end].split()
    return len(words) >= MIN_UNMARKED_WORDS


def _opens_clause(finder: _QuoteFinder, k: int, span: MarkedSpan) -> bool:
    """The span in marks at token k opens with أن/إن and goes on past a name's length: a content clause.
    (A short one is a name whose first word is spelled «ان»: «قناة "ان اتش كي"».)"""
    words = len(finder.doc.text[span.start : span.end].split())
    return words > MIN_UNMARKED_WORDS and is_complementizer(finder.tokens[k + 1].norm)


def _marked_name(finder: _QuoteFinder, span: MarkedSpan) -> bool:
    """«وتابع "فلان": "…"», «ذكرت "فلان" في بيان أن…»: a word or two in marks, then a colon or أن, is the
    subject in marks (outlets and companies are often written so), not the quote."""
    short = len(finder.doc.text[span.start : span.end].split()) < MIN_UNMARKED_WORDS
    return short and subject_ends(finder.tokens, finder.token_at(span.outer_end - 1) + 1)


def where_quote(finder: _QuoteFinder, cue: Cue, k: int, end: int) -> tuple[int, int] | None:
    """«وقال فلان أثناء زيارة إلى لشبونة حيث يلتقي نظيره "…"»: «حيث» at token k describes the place where
    a say verb's words were spoken when the next thing after it (before `end`) is a quote in marks, with no
    أن, colon, cue or clause mark before it: that quote (token range), else None."""
    if finder.tokens[k].norm != WHERE or not is_say_verb(finder.tokens[cue.first].norm):
        return None
    for t in range(k + 1, end):
        if (span := finder.opening.get(t)) is not None:
            # a definite word before the marks ends the place («حيث مقر القناة "…"»), no outlet's head
            # before its name («لقناة "…"»)
            words = len(finder.doc.text[span.start : span.end].split())
            closed = span.close is not None and words >= MIN_UNMARKED_WORDS
            if introduces(finder, cue, t, span) or closed and is_definite(finder.tokens[t - 1].norm):
                return t, finder.token_at(span.outer_end - 1) + 1
            return None
        cue_word = t not in finder.named and match_cue(finder.tokens, t, end)  # not «روي», a name (روى)
        if not finder.is_word(t) or is_complementizer(finder.tokens[t].norm) or cue_word:
            return None
    return None
