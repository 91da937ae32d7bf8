"""An institution's head in construct with a name: «وكشفت أمانة منطقة حائل…»، «وذكر تلفزيون الصين المركزي…».

A head without the article takes a genitive chain that only a word with the article closes; the description
of a source stops at an unclosed chain (unnamed_sources._phrase_end: «دراسة نشرت في…» has a verb after the
head). A named place or body closes the chain as the article does (a name is definite), so where one follows
the head, directly or after up to two nouns without the article («أمانة [منطقة] حائل»، «مديرية [أمن شمال]
سيناء»), the description runs to the end of the name and the adjectives with the article after it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import ADVERBS, FUNCTION_WORDS
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    has_tanween,
    is_adjective,
    is_complementizer,
    is_definite,
    without_lam,
)
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.tokens.doc import Token

MAX_LINKS = 2  # nouns without the article between the head and the name


def _link(token: Token, tokens: Sequence[Token], t: int) -> bool:
    """A noun without the article that can stand in the chain: no mark, function word, time word, cue,
    adjective, tanween or conjunction."""
    norm = token.norm
    return not (
        is_punct(token.text)
        or is_definite(norm)
        or is_adjective(norm)
        or is_complementizer(norm)
        or norm in FUNCTION_WORDS
        or norm in ADVERBS
        or norm[:1] in ("و", "ف")
        or has_tanween(token.text)
        or match_cue(tokens, t) is not None
    )


def construct_name_end(
    tokens: Sequence[Token], first: int, k: int, last: int, names: Collection[tuple[int, int]]
) -> int:
    """The end of the description tokens[first:k] when its head, without the article, is in construct
    with a name (token ranges `names`) at k or after up to MAX_LINKS nouns; k otherwise."""
    head = tokens[first]
    if k != first + 1 or is_definite(without_lam(head.norm)) or has_tanween(head.text):
        return k
    starts = {a: b for a, b in names if k <= a < last}
    t = k
    while t < last and t not in starts and t - k < MAX_LINKS and _link(tokens[t], tokens, t):
        t += 1
    if t not in starts:
        return k
    end = min(starts[t], last)
    while end < last and is_definite(tokens[end].norm) and is_adjective(tokens[end].norm):
        end += 1  # «تلفزيون الصين المركزي»
    return end


def fused_construct(token: Token) -> bool:
    """«لتحالف»، «بهيئة»: ل/ب + a noun without the article or tanween, in construct with the nouns after it;
    an institution's description takes them up to the word with the article that closes the chain («قيادة
    القوات المشتركة لتحالف دعم الشرعية»), as after its own head (unnamed_sources._phrase_end)."""
    norm = token.norm
    if len(norm) < 4 or norm[0] not in "لب" or norm[1] == "ل" or has_tanween(token.text):
        return False
    rest = norm[1:]
    return not (
        is_definite(rest) or is_adjective(rest) or rest.endswith(("ون", "ين")) or rest in FUNCTION_WORDS
    )


def chain_goes_on(token: Token, construct: bool, institution: bool) -> bool:
    """Whether a description's genitive chain goes on after `token`: an adjective or a word with the article
    ends it («وسائل إعلام محلية»); in an institution's name, a fused ل/ب noun in construct opens one."""
    if is_definite(token.norm) or is_adjective(token.norm) or has_tanween(token.text):
        return False
    return construct or (institution and fused_construct(token))
