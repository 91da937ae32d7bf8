"""A speech verb's subject that the object rule does not recognise, closed by a time word.

In news the time word of a report (أمس، اليوم، يوم الأحد) stands between the verb's subject and its object:
«أعلن مهرجان الرياض المسرحي، أمس (الأحد)، فتحَ باب المشاركة»، «دعا وسيط الأمم المتحدة في ليبيا فلان أمس إلى
تشكيل…»، «حثت ألمانيا وإيطاليا اليوم الاثنين الدولَ…». Where the object rule found no subject at all, a short
phrase after the verb that ends in an entity (and maybe its adjectives) right before such a word is the
subject, and the object starts after the time word (and the weekday, brackets and commas around it). Without
an entity there the words are more likely the object itself («وأكد أهميةَ المشروع أمس»، «جددت مملكة X رفضَها
القاطع أمس…»), so they are left as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import ADVERBS, OBJECT_PREPOSITIONS, RELATIVE_PRONOUNS, words
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, QUOTE_MARKS, is_punct
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_complementizer, is_lam_genitive
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.tokens.doc import Token

CLOSING_TIMES = words("closing_times.txt")
DAY = "يوم"
MAX_SUBJECT = 10  # tokens of the subject phrase before the time word
BRACKETS = ("(", ")")


def time_closed_subject(tokens: Sequence[Token], places: Collection[int], k: int, hi: int) -> int:
    """The token after the time words that close a subject starting at token k; k when there is none.
    `places`: tokens of any entity."""
    entity = False  # the last word was an entity's, or an adjective after one
    for t in range(k, min(hi, k + MAX_SUBJECT + 1)):
        tok = tokens[t]
        if t > k and entity and _time_word(tokens, t, hi):
            return _after_times(tokens, t, hi)
        if is_punct(tok.text):
            if tok.text not in CLAUSE_PUNCT and tok.text not in QUOTE_MARKS:
                return k
            continue
        if tok.norm in OBJECT_PREPOSITIONS or is_complementizer(tok.norm) or match_cue(tokens, t, hi):
            return k
        entity = t in places or (entity and is_adjective(tok.norm))
    return k


def time_closed_later(tokens: Sequence[Token], k: int, hi: int) -> int:
    """Where the object starts when the subject goes on past token k, the object the subject rule found: a
    relative clause («وأظهر المسح الذي نُشر اليوم الثلاثاء زيادةَ…») or a genitive with ل that continues a
    body's name («أعلنت شركة X الألمانية لصناعة السيارات اليوم الثلاثاء تراجعَ…») runs to the time word that
    closes the subject; the object starts after it. k when no time word comes before punctuation, a
    preposition, أن or a cue (then the words at k are the object: «أكد أهميةَ المشروع للمنطقة أمس»)."""
    if k >= hi or not (
        tokens[k - 1].norm in RELATIVE_PRONOUNS
        or is_lam_genitive(tokens[k].norm, tokens[k + 1].norm if k + 1 < hi else None)
    ):
        return k
    for t in range(k + 1, min(hi, k + MAX_SUBJECT)):
        if _time_word(tokens, t, hi):
            return _after_times(tokens, t, hi)
        tok = tokens[t]
        if is_punct(tok.text) or tok.norm in OBJECT_PREPOSITIONS or is_complementizer(tok.norm):
            return k
        if match_cue(tokens, t, hi):
            return k
    return k


def _time_word(tokens: Sequence[Token], t: int, hi: int) -> bool:
    norm = tokens[t].norm
    return norm in CLOSING_TIMES or (norm == DAY and t + 1 < hi and tokens[t + 1].norm in ADVERBS)


def _after_times(tokens: Sequence[Token], t: int, hi: int) -> int:
    """Past the time words, a weekday in brackets and the commas around them: «أمس (الاثنين)،»."""
    while t < hi:
        tok = tokens[t]
        if tok.norm in ADVERBS or tok.norm == DAY or tok.text in CLAUSE_PUNCT:
            t += 1
        elif tok.text == BRACKETS[0] and t + 2 < hi and tokens[t + 2].text == BRACKETS[1]:
            t += 3
        else:
            break
    return t
