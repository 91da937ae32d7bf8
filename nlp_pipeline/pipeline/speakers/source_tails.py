"""Adverbials that a source's description ran into, cut off its end.

A description of an unnamed source takes «في …» / «من …» after its head («مصادر في وزارة الدفاع»، «ضابط في
مكتب التحقيقات»), so it also swallows the adverbials written right after it: a frame («وتحدث البعض في إطار
الحملة عن…»), the place the source is in or comes from («وقالت مصادر قبلية من محافظة X إن…»، «وقال أحد
القادة الميدانيين في قرية X…»), or, after a first «في», the statement's container («وكتب ضابط في مكتب X في
الشهادة أن…»). The source is the description before them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import (
    ADVERBS,
    DOCUMENT_NOUNS,
    FRAME_NOUNS,
    OCCASION_NOUNS,
    PHRASE_PREPOSITIONS,
    PLACE_NOUNS,
    PUBLISHING_WORDS,
    QUANTIFIERS,
)
from nlp_pipeline.lang.ar.wordforms import (
    is_adjective,
    is_definite,
    is_org_head,
    without_article,
    without_lam,
)
from nlp_pipeline.pipeline.speakers.construct_names import construct_name_end
from nlp_pipeline.tokens.doc import Token


def adverbial_start(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where an adverbial begins inside the description tokens[first:last]; `last` when none does."""
    head = first + 1 if without_lam(tokens[first].norm) in QUANTIFIERS and last - first > 1 else first
    body = is_org_head(without_lam(tokens[head].norm))  # «النيابة العامة في دبي»: the place names the body
    seen_preposition = False
    for k in range(head + 1, last - 1):
        if tokens[k].norm not in PHRASE_PREPOSITIONS:
            continue
        nxt = tokens[k + 1].norm
        if nxt in FRAME_NOUNS:
            return k
        if not body and nxt in PLACE_NOUNS and not is_definite(nxt):
            return k
        # a second «في»: the first told where the source works, this one where it spoke («في الشهادة»)
        if seen_preposition and without_article(nxt) in DOCUMENT_NOUNS | OCCASION_NOUNS:
            return k
        seen_preposition = True
    return last


def named_end(
    tokens: Sequence[Token], first: int, k: int, last: int, names: Collection[tuple[int, int]]
) -> int:
    """The end of a description tokens[first:k] at the names in it (token ranges of the entities). One that
    stopped inside a name takes it whole: «مصدر بمديرية أمن شمال سيناء»، «الباحثون في جامعة X». One that
    runs past a name it reached through a preposition into a noun with the article ends at the name, since a
    name takes no genitive and that noun is no adjective: «طالبت ناخبات في الأحساء اللجنة العامة…» (the
    verb's object)."""
    k = max([k] + [b for a, b in names if first < a < k < b <= last])
    k = construct_name_end(tokens, first, k, last, names)
    for a, b in sorted(names):
        after = tokens[b].norm if b < k else ""
        # not «…الموجّهة للخارج»: a word opening with م may be a participle agreeing with the head before the
        # name; such words (nouns like «المجلس» too) do not end the description, the safe side
        participle = without_article(after).startswith("م")
        if first < a and b < k and after.startswith("ال") and not (is_adjective(after) or participle):
            return b
    return k


def unnamed_document(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A document noun at `first` that names no author: an indefinite adjective describes it («تقرير
    اقتصادي»، «بيان رسمي»), or «صدر» and a time word follow where the author would be («وجاء في بيان صدر مساء
    أمس أن…»: not a body called «مساء»)."""
    nxt = tokens[first + 1].norm if first + 1 < last else ""
    if is_adjective(nxt) and not is_definite(nxt):
        return True
    issued = without_article(nxt) in PUBLISHING_WORDS and first + 2 < last
    return issued and tokens[first + 2].norm in ADVERBS
