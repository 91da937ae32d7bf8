"""Cues as the finder meets them in a sentence: a verb inside marks with its own subject and أن
(«"إن البلدية تؤكد أن…"»، «"أفادت الجامعة بأن…"»، «"…، وأكدت الهيئة أن…"»: a nested report, both
records), and a participle that is one more adjective rather than a cue."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, END_PUNCT, QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_definite, is_head_noun
from nlp_pipeline.pipeline.quotes.cues import MAX_MARKED_SUBJECT, Cue, match_cue
from nlp_pipeline.tokens.doc import Token

# Prepositions that no verb follows (not «على», which normalizes to the name «علي», nor «من», also "who"), and
# time words that take a verb only through أن/ما («بعد أن أعلن»، «عقب ما»): «عقب توصل طهران لاتفاق» is a noun.
NOUN_BEFORE = frozenset({"في", "عن", "الي", "مع", "بعد", "قبل", "عقب", "اثر"})


def subject_after_mark(tokens: Sequence[Token], verb: int) -> tuple[int, int] | None:
    """«"إن البلدية تؤكد أن…"»: the subject between a quotation mark (and إن) and the verb at `verb`, as
    a token range: one to three words, the first with the article or an institution's head noun."""
    k = verb
    while k > 0 and verb - k < MAX_MARKED_SUBJECT and tokens[k - 1].text not in QUOTE_MARKS:
        k -= 1
        if not any(c.isalpha() for c in tokens[k].norm) or match_cue(tokens, k):
            return None
    if k == 0 or k == verb or tokens[k - 1].text not in QUOTE_MARKS:
        return None
    if is_complementizer(tokens[k].norm):
        k += 1
    first = tokens[k].norm if k < verb else ""
    return (k, verb) if is_definite(first) or is_head_noun(first) else None


def nested_cue(tokens: Sequence[Token], t: int, hi: int) -> Cue | None:
    """Inside marks, «"إن البلدية تؤكد أن…"»: a verb with its subject after the mark and أن after it; or
    a verb opening the quote, or with «و» after a mark inside it, with its subject and أن after it
    («وتابع: "أفادت الجامعة بأن…"»، «"…، وأكدت الهيئة أن…"»)."""
    cue = match_cue(tokens, t, hi)
    if cue is None or cue.kind != "verb" or cue.last >= hi:
        return None
    # «"…، وأكدت الوزارة أن…"»: after a mark inside the quote, a verb with «و» opens a clause of its own
    opens = t > 0 and (tokens[t - 1].text in QUOTE_MARKS or tokens[t].norm.startswith("و"))
    after_mark = t > 0 and tokens[t - 1].text in QUOTE_MARKS | CLAUSE_PUNCT | END_PUNCT
    if opens and after_mark and subject_before_an(tokens, cue.last, hi):
        return cue
    if not is_complementizer(tokens[cue.last].norm):
        return None
    return cue if subject_after_mark(tokens, t) is not None else None


def subject_before_an(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """One to three words from token k, the first with the article or an institution's head noun, then أن:
    the subject of a verb that opens a quote, and the verb's content after it."""
    if k >= hi or not (is_definite(tokens[k].norm) or is_head_noun(tokens[k].norm)):
        return False
    for a in range(k + 1, min(hi, k + 1 + MAX_MARKED_SUBJECT)):
        if is_complementizer(tokens[a].norm):
            return True
        if not tokens[a].norm.isalpha() or match_cue(tokens, a):
            return False
    return False


def clause_cue(tokens: Sequence[Token], t: int, hi: int) -> Cue | None:
    """The cue at token t of a sentence ending before `hi`; a verb form right after a preposition is a verbal
    noun, and a feminine participle right after an indefinite feminine nisba adjective is one more adjective
    («إجراءات أمنية مشددة»), not «مشددةً على…»."""
    cue = match_cue(tokens, t, hi)
    if cue is not None and cue.kind == "verb" and t > 0 and tokens[t - 1].norm in NOUN_BEFORE:
        return None  # «نجحوا في حث جهاز المناعة»: after a preposition the form is a verbal noun
    if cue is not None and cue.kind == "participle" and cue.gender == "f" and t > 0:
        prev = tokens[t - 1].norm
        if prev.endswith(("ية", "يه")) and not is_definite(prev):
            return None
    return cue
