"""A title of address with a pronoun as the cue's subject: «وقال سموه»، «ونقل معاليه لفلان…»، «وجاء في برقية
سموه». It stands for a person named before (subject.addressed_person), so it is the subject itself: a name
after it is the one spoken to («ونقل معاليه لخادم الحرمين تحيات…»), and a document noun before it
(«برقية»، «كلمة») is that person's statement, whose author the title names.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import ADDRESS_TITLES, DOCUMENT_NOUNS
from nlp_pipeline.lang.ar.wordforms import without_article, without_lam, word_stem
from nlp_pipeline.tokens.doc import Token

MAX_DOCUMENT_WORDS = 2  # «في نص برقية سموه»: document nouns before the title


def address_title_at(tokens: Sequence[Token], first: int, last: int, source: bool) -> int | None:
    """The token of a title of address that opens tokens[first:last], after up to two document nouns
    («برقية سموه»); None when there is none. `source`: after بحسب/وفقًا, where a ل is glued on («لسموه»)."""
    t = first
    while t < min(last, first + MAX_DOCUMENT_WORDS) and _document(tokens[t].norm):
        t += 1
    if t >= last:
        return None
    norm = without_lam(tokens[t].norm) if source or t > first else tokens[t].norm
    return t if norm in ADDRESS_TITLES else None


def _document(norm: str) -> bool:
    return bool({norm, without_article(norm), word_stem(norm)} & DOCUMENT_NOUNS)
