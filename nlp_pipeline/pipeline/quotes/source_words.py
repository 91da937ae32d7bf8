"""Source phrases at the head of a sentence or after a colon («وبحسب النقابة، فإن…»، «ووفقًا للتقرير فإن…»):
which word after «بحسب/وفقًا لـ/حسب» names a source, and where the content starts when a relative clause
describes the source («ووفقًا لوكالة "أنسا"، التي استشهدت بمصادر…، فإن…»). Issue 10: statements missed on
unseen news.

A source phrase is a cue only when a source follows it («بحسب الخطة» is not; cues.plausible_source). Its first
noun may carry a glued «ل» («لصحيفة») or «لل», the «ل» before the article whose alif is dropped («للتقرير»
is «ل» + «التقرير»), and an institution speaks as a source by its head noun alone («النقابة»، «المؤسسة»،
«اللجنة») or by a short name of its own («الخارجية الأميركية»).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import RELATIVE_PRONOUNS, words
from nlp_pipeline.lang.ar.punctuation import COLON, is_punct
from nlp_pipeline.lang.ar.wordforms import (
    is_complementizer,
    is_org_head,
    lam_article,
    without_article,
    without_lam,
    word_stem,
)
from nlp_pipeline.tokens.doc import Token

SHORT_BODIES = words("short_bodies.txt")
DEEMED = words("deem_verbs.txt")  # «تراه»، «يراه»: "deems (fit)"
WHAT = frozenset({"ما", "لما"})


def source_noun(norm: str, nouns: frozenset[str]) -> bool:
    """Whether the word `norm` after a source phrase names a source: one of `nouns` (unnamed sources,
    documents, outlets, institutions), an institution's head, or a body's short name, «ل/لل» glued or not."""
    forms = {norm, without_lam(norm), lam_article(norm)}
    for form in forms:
        if word_stem(form) in nouns or form in nouns or is_org_head(form) or form in SHORT_BODIES:
            return True
    return any(without_article(form) in nouns for form in forms)


def after_description(tokens: Sequence[Token], comma: int, hi: int) -> int | None:
    """«ووفقًا لوكالة "أنسا"، التي استشهدت بمصادر…، فإن…»: when a relative clause after the source's comma
    describes the source, the content starts after the next إن/أن; None when no relative clause is there."""
    if comma + 1 >= hi or tokens[comma + 1].norm not in RELATIVE_PRONOUNS:
        return None
    return next((t + 1 for t in range(comma + 2, hi - 1) if is_complementizer(tokens[t].norm)), None)


def heads_clause(tokens: Sequence[Token], lo: int, first: int) -> bool:
    """Whether a source phrase at token `first` heads its clause, and so attributes what follows it: nothing
    but marks before it in the sentence (which starts at `lo`), or a colon right before it («…: وفقًا لبنك…،
    كان هناك…»)."""
    return all(is_punct(tokens[t].text) for t in range(lo, first)) or (
        first > lo and tokens[first - 1].text in COLON
    )


def at_discretion(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """«بحسب ما تراه الجهات المختصة»، «حسبما يراه مناسبًا»: after a source phrase ending before token k, «ما»
    and «رأى» with an object pronoun leave a choice to someone's discretion; nothing is attributed."""
    if k < hi and tokens[k].norm in WHAT:
        k += 1
    return k < hi and tokens[k].norm in DEEMED
