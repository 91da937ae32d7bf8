"""What a definite head noun alone («وقالت الشركة»، «وأوضحت المنظمة») refers to when the document named the
body without that head in its name.

The NER leaves a classifier outside an organisation's span («شركة تويوتا»: تويوتا), and news often puts
adjectives between the head and the name («شركة الكيماويات الألمانية العملاقة "باسف"»). A later «الشركة»
then means the body the text introduced with «شركة», not whatever organisation came last: a back-reference
repeats the head noun the body was introduced with.

An institution is also named without its head noun («الداخلية الكويتية» after «وزارة الداخلية الكويتية»): the
same body, whose speaker name is its fullest form.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import INSTITUTION_HEADS, MEDIA_NOUNS
from nlp_pipeline.lang.ar.punctuation import QUOTE_MARKS
from nlp_pipeline.lang.ar.wordforms import (
    is_definite,
    is_org_head,
    with_proclitics,
    without_article,
    word_stem,
)
from nlp_pipeline.pipeline.speakers.clusters import Cluster, Mention, names_same_body
from nlp_pipeline.pipeline.speakers.resolved import Resolved, named_before, source_before
from nlp_pipeline.tokens.doc import Quote, Token

# Words between an introducing head noun and the name: adjectives of the head («الألمانية العملاقة»), or a
# definite genitive that says what the body does («شركة الإلكترونيات اليابانية توشيبا»).
MAX_BETWEEN = 4


def _introduced_by(tokens: Sequence[Token], m: Mention, head: str, named: set[int]) -> bool:
    """Whether the text writes the head noun (without the article, any proclitic: «لشركة») before the
    mention `m`, with only a quotation mark and up to MAX_BETWEEN definite words, none of them part of another
    name, between them."""
    forms = with_proclitics(head)
    k = m.first - 1
    if k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    between = 0
    while k >= 0 and between <= MAX_BETWEEN:
        norm = tokens[k].norm
        if norm in forms:
            return True
        if k in named or not is_definite(norm):
            return False  # «وزير الطاقة في شركة…»: another name or a non-adjective ends the phrase
        between += 1
        k -= 1
    return False


def introduced_before(
    clusters: Sequence[Cluster], tokens: Sequence[Token], head: str, pos: int
) -> Cluster | None:
    """The organisation that «ال+head» before char `pos` refers to: the one the text introduced last with
    the head noun `head` without the article («شركة») before a mention of it."""
    named = {t for c in clusters for m in c.mentions for t in range(m.first, m.last)}
    best: tuple[int, Cluster] | None = None
    for c in clusters:
        if c.label != "ORG":
            continue
        for m in c.mentions:
            later = best is None or m.start > best[0]
            if m.start < pos and later and _introduced_by(tokens, m, head, named):
                best = (m.start, c)
    return best[1] if best else None


def headless(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """An institution's name said without its head noun: the definite genitive after the head, whole or
    its start («الداخلية» of «وزارة الداخلية في غزة»، «الأمم المتحدة» of «منظمة الأمم المتحدة»); not a
    body's own name after another head («الهيئة العامة…» is not «مكتب الهيئة العامة…»)."""
    return (
        0 < len(short) < len(full)
        and full[0] in INSTITUTION_HEADS  # not a classifier: «النهضة» of «جمعية النهضة» is its own name
        and is_definite(short[0])
        and not is_org_head(short[0])
        and full[1 : len(short) + 1] == short
    )


def body_named(clusters: Sequence[Cluster], words: tuple[str, ...]) -> Cluster | None:
    """The organisation a description's words name: the same words, the start of its name, its name said
    short; only failing those, its name without its head (a body named in full wins over one it heads)."""
    for match in (names_same_body, headless):
        for c in clusters:
            if c.label != "PER" and any(match(words, m.words) for m in c.mentions):
                return c
    return None


def head_referent(
    quotes: Sequence[Quote], clusters: Sequence[Cluster], tokens: Sequence[Token], word: str, pos: int
) -> Resolved | None:
    """What a definite head noun alone (`word`: «الوزارة»، «الشركة»، «المصدر») before char `pos` means: the
    body or source named with that head, else the organisation the text introduced with it."""
    earlier = named_before(quotes, clusters, word_stem(word), pos) or source_before(quotes, word, pos)
    if earlier is None and (is_org_head(word) or without_article(word) in MEDIA_NOUNS):
        body = introduced_before(clusters, tokens, without_article(word), pos)
        earlier = Resolved(body, None, None, body.mentions[0].entity) if body else None
    return earlier
