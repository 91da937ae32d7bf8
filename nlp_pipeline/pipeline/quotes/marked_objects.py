"""A speech verb's object that opens with a quotation mark: «دعا إلى «تعزيز العلاقات» بين البلدين»،
«وكانت السلطات أعلنت في يناير الماضي "تحرير" المحافظة من…». It is content when it says something: three
words or more in the marks, or a phrase that goes on after them; a short term alone is the topic («تطرقت إلى
«موسم الهجرة» وطالبت…»، «تحدثت عن «ظاهرة أوباما»»). A straight mark («"») opens it too: at the object's place,
after the verb, its subject and adverbials, a mark can only open."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS, is_punct, opens_quote
from nlp_pipeline.tokens.doc import Token

MIN_MARKED_WORDS = 3  # words of an object in marks that stands alone (fewer: a term or a topic)
MAX_APPOSITION = 3  # words of a name or a number in marks («"40 عاما"»، «"الرياض"»)


def marked_object(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether the mark at token k opens an object that is content."""
    if k >= hi or not opens_quote(tokens[k].text):
        return False
    close = next((t for t in range(k + 1, hi) if tokens[t].text in QUOTE_MARKS), hi)
    if sum(content_word(tokens[t]) for t in range(k + 1, close)) >= MIN_MARKED_WORDS:
        return True
    nxt = tokens[close + 1] if close + 1 < hi else None
    return nxt is not None and content_word(nxt) and not nxt.norm.startswith(("و", "ف"))


def content_word(tok: Token) -> bool:
    """A word with a letter, not a mark or a number."""
    return not is_punct(tok.text) and any(c.isalpha() for c in tok.norm)


def past_marked_apposition(tokens: Sequence[Token], places: Collection[int], k: int, hi: int) -> int:
    """«أعلن اللاعب فلان "40 عاما" السيرَ على…»، «وأفادت مصادر "الرياض" بمقتل…»: a name or a number in marks
    where the object would start belongs to the subject (its age, a body's short name) or is the addressee
    (a newspaper); the object starts after its closing mark. k when there is none. `places`: entity tokens."""
    if k >= hi or not opens_quote(tokens[k].text):
        return k
    window = range(k + 1, min(hi, k + MAX_APPOSITION + 2))
    close = next((t for t in window if tokens[t].text in QUOTE_MARKS), k)
    inside = range(k + 1, close)
    named = inside and (all(t in places for t in inside) or tokens[k + 1].norm[:1].isdigit())
    # «وحذرت صحيفة «كيهان» وموقع…»: a coordinated name goes on; what the marks name is the verb's object
    coordinated = close + 1 < hi and tokens[close + 1].norm.startswith(("و", "ف"))
    return close + 1 if named and not coordinated else k
