"""A body's own name in marks right after its description: «وكالة الإغاثة الخاصة "أوكسفام"».

News introduce a body with what it is and then its name in marks («شركة الكيماويات الألمانية "باسف"»،
«منظمة الإغاثة "كير"»): the name in marks is the speaker's name, the words before it only describe it (the
NER may tag the description as an organisation too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS
from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import is_definite, is_head_noun, without_conjunction
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.tokens.doc import Token


def marked_name(
    tokens: Sequence[Token], t: int, first: int, by_token: Mapping[int, Mention], found: Sequence[Mention]
) -> bool:
    """Whether the mark at token `t` opens an organisation's name, closed by a mark right after it, that
    follows a body's description tokens[first:t] (a head noun such as «وكالة»، «شركة» and its modifiers
    with the article, or one organisation the NER tagged there): the subject scan steps over the mark to
    that name. Not a mark right after the cue (a quotation), nor after a preposition («لـ "عكاظ"»)."""
    m = by_token.get(t + 1)
    if t <= first or tokens[t].text not in QUOTE_MARKS or m is None or m.label != "ORG" or m.first != t + 1:
        return False
    if m.last >= len(tokens) or tokens[m.last].text not in QUOTE_MARKS:
        return False
    if any(f.label != "ORG" or f.last != t for f in found) or len(found) > 1:
        return False  # a person, or a body named before the description ends: the subject is found
    if _head_noun(tokens[m.first].norm):
        return False  # «تعتبر الحزب «منظمة إرهابية»»: what the body is called, a description, not a name
    # the description: a head noun and its genitives and adjectives with the article («الإغاثة الخاصة»);
    # a word with a fused preposition («لوكالة "X"»، «باسم») makes the name in marks another body
    modifiers = [tokens[k].norm for k in range(first + 1, t)]
    if not all(is_definite(w) and w not in FUNCTION_WORDS for w in modifiers):
        return False
    return _head_noun(tokens[first].norm)


def _head_noun(norm: str) -> bool:
    """«وكالة»، «وشركة»: a noun that heads a body's description, with or without و/ف."""
    return any(is_head_noun(w) for w in without_conjunction(norm))
