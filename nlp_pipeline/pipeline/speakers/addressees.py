"""Who a statement was made to, written between the cue and its subject: «وأكد لـ«عكاظ» وكيل الوزارة…»،
«أبلغ «سبق» مدير الفرع…»، «وأوضح المصدر لشبكة سكاي نيوز…». subject.py steps over them to the subject.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import MEDIA_NOUNS, TITLE_LINKS
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import is_addressee, is_title
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions

OPENING_BRACKETS = frozenset('«“‹"(')
CLOSING_BRACKETS = frozenset('»”›")')


def skip_addressee(names: Mentions, first: int, last: int) -> int:
    """«وأكد لـ«عكاظ» وكيل الوزارة…», «أبلغ «سبق» مدير الفرع…»: who was spoken to may come before the
    subject."""
    tokens = names.tokens
    if first < last and tokens[first].text in OPENING_BRACKETS:
        return _marked_addressee(names, first, last)
    if first >= last or tokens[first].norm != "ل":
        return first
    k = first + 1
    if k < last and tokens[k].text in OPENING_BRACKETS:
        k += 1  # past the opening mark, which may also close («لـ"الاقتصادية"»)
        while k < last and tokens[k].text not in CLOSING_BRACKETS:
            k += 1
        return k + 1
    m = next((m for m in names.mentions if m.first == k), None)
    return m.last if m else k + 1


def _marked_addressee(names: Mentions, first: int, last: int) -> int:
    """«أبلغ «سبق» مدير عام الفرع فلان أن…»: an organisation in marks right after the cue, then a title or
    a person, is the outlet spoken to (the object of أبلغ), and the subject follows it; else `first`."""
    tokens = names.tokens
    k = first + 1
    org = next((m for m in names.mentions if m.first == k and m.label == "ORG"), None)
    if org is None or org.last >= last or tokens[org.last].text not in CLOSING_BRACKETS:
        return first
    k = org.last + 1
    if k < last and (is_title(tokens[k].norm) or names.person_at(k) is not None):
        return k
    return first


def spoken_to(norm: str, before: str) -> bool:
    """ل + an outlet's head noun («لشبكة»، «لصحيفة»): whom the statement was made to; after a title it is
    the title's genitive («المدير العام لقناة…»)."""
    after_title = is_title(before) or before in TITLE_LINKS
    return not after_title and len(norm) > 2 and norm[0] == "ل" and norm[1:] in MEDIA_NOUNS


def addressee(names: Mentions, m: Mention, t: int, first: int) -> bool:
    """«قال …، لبي بي سي عربي»: a name with the preposition ل after the subject is who was spoken to; right
    after the cue only an outlet's name with ل is («وقال لرويترز إن…»: the subject is left unsaid)."""
    text = names.tokens[t].text
    if t == first:
        return is_addressee(names.tokens[t].norm) and len(names.tokens[t].norm) > 2
    return text.startswith("ل") and normalize(text) != normalize(m.name.split()[0])
