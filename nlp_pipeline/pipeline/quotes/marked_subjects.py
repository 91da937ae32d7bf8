"""A subject in marks right after its verb: «وأشارت "وول ستريت جورنال" إلى أن…»، «وأعلنت «الشركة» توزيع…»،
«وبيّن "فلان" قائلًا:». Saudi outlets often write the names of outlets, companies and people so. A name of up
to three words in marks that the sentence goes on from with a word is the verb's subject, not its quote (a
short quote right after its verb ends at punctuation: «أجاب «لا».»); the verb's object or preposition is
then looked for after the closing mark, as after an unmarked subject."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS, is_punct, opens_quote
from nlp_pipeline.tokens.doc import Token

MAX_NAME_WORDS = 3  # «وقالت "لوس أنجلوس تايمز" إن…»


def marked_name_end(tokens: Sequence[Token], k: int, hi: int) -> int | None:
    """The token after the closing mark when a name in marks opens at token k and a word follows the
    closing mark after a space, else None."""
    if k >= hi or not opens_quote(tokens[k].text):
        return None
    for t in range(k + 1, min(hi, k + MAX_NAME_WORDS + 2)):
        if tokens[t].text in QUOTE_MARKS:
            if t == k + 1 or t + 1 >= hi:
                return None
            nxt = tokens[t + 1]
            word = not is_punct(nxt.text) and nxt.start == tokens[t].end + 1
            return t + 1 if word else None
        if is_punct(tokens[t].text):
            return None
    return None


def after_marked_subject(tokens: Sequence[Token], k: int, hi: int) -> int:
    """Token k, or the token after a name in marks that opens at k (`marked_name_end`)."""
    end = marked_name_end(tokens, k, hi)
    return k if end is None else end
