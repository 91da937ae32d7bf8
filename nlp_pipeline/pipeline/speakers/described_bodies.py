"""What a definite description of a body refers back to: a head noun alone («الوزارة»، «الشركة»: backrefs.py),
or a head noun with nisba adjectives («وقال النادي الإنجليزي…» after «قال نادي مانشستر سيتي المنافس في الدوري
الإنجليزي…»).

News call a body again by its head noun and an adjective of its country or city instead of its name. The
general definite back-reference was tried and dropped: «النادي الإيطالي» may well be the other club of the
story. It is safe when the text introduced a body with that head noun («نادي X») and wrote each adjective of
the description in that body's own phrase: between the head and the name, or in the words after a mention of
it up to the end of its clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import MEDIA_NOUNS
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, END_PUNCT
from nlp_pipeline.lang.ar.wordforms import (
    is_adjective,
    is_definite,
    is_org_head,
    without_article,
    without_conjunction,
)
from nlp_pipeline.pipeline.speakers.backrefs import head_referent, introduced_before
from nlp_pipeline.pipeline.speakers.clusters import Cluster
from nlp_pipeline.pipeline.speakers.described_people import introduced_person
from nlp_pipeline.pipeline.speakers.resolved import Resolved
from nlp_pipeline.tokens.doc import Quote, Token

ADJECTIVE_REACH = 8  # words after a mention of the body where its adjectives are looked for («المنافس في …»)
MAX_ADJECTIVES = 2  # «الشركة الألمانية العملاقة»


def phrase_referent(
    quotes: Sequence[Quote],
    clusters: Sequence[Cluster],
    tokens: Sequence[Token],
    words: tuple[str, ...],
    pos: int,
) -> Resolved | None:
    """What a definite description `words` before char `pos` refers back to: a head noun alone as
    backrefs.head_referent says; a head noun and nisba adjectives, the body introduced with that head
    whose own phrase holds every adjective; else None."""
    if not words or not is_definite(words[0]):
        return None
    if len(words) == 1:
        return head_referent(quotes, clusters, tokens, words[0], pos) or introduced_person(
            clusters, tokens, words[0], pos
        )
    head, adjectives = words[0], words[1:]
    if len(adjectives) > MAX_ADJECTIVES or not (is_org_head(head) or without_article(head) in MEDIA_NOUNS):
        return None
    if not all(is_definite(a) and is_adjective(a) for a in adjectives):
        return None
    body = introduced_before(clusters, tokens, without_article(head), pos)
    if body is None or not all(_written_with(tokens, body, a, pos) for a in adjectives):
        return None
    return Resolved(body, None, None, body.mentions[0].entity)


def _written_with(tokens: Sequence[Token], body: Cluster, adjective: str, pos: int) -> bool:
    """Whether the adjective stands in the phrase of a mention of `body` before `pos`: up to three words
    before it (between an introducing head and the name), or within ADJECTIVE_REACH words after it in its
    clause."""
    for m in body.mentions:
        if m.start >= pos:
            continue
        before = range(max(m.first - 3, 0), m.first)
        after = []
        for t in range(m.last, min(m.last + ADJECTIVE_REACH, len(tokens))):
            if tokens[t].text in END_PUNCT or tokens[t].text in CLAUSE_PUNCT:
                break
            after.append(t)
        if any(adjective in without_conjunction(tokens[t].norm) for t in [*before, *after]):
            return True
    return False
