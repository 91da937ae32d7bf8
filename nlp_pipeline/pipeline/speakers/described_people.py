"""The person a definite noun alone refers back to: «وأوضح المتهم أن…» after «…بينما كان المتهم الثاني فلان…».

News introduce a person once with the noun that says what they are in the story («المتهم»، «المرجع»،
«اللاعب») with the article, in apposition right before the name, then use that noun as the subject of a
speech verb. The general definite back-reference was tried and dropped; it is safe when the noun itself was
written so right before a mention of a person: the person named so last before the statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_definite, is_org_head, without_article, without_conjunction
from nlp_pipeline.pipeline.speakers.clusters import Cluster
from nlp_pipeline.pipeline.speakers.resolved import Resolved
from nlp_pipeline.tokens.doc import Token

NOUN_REACH = 3  # words before a name where its noun is looked for («المتهم الثاني فلان»)


def introduced_person(
    clusters: Sequence[Cluster], tokens: Sequence[Token], word: str, pos: int
) -> Resolved | None:
    """The person whose mention before char `pos` the noun `word` («المتهم») stood right before (up to
    NOUN_REACH words, no punctuation between), the latest such; None when `word` names a body or has no
    article."""
    if not is_definite(word) or is_org_head(word):
        return None
    noun = without_article(word)
    best = None
    for c in clusters:
        if c.label != "PER":
            continue
        for m in c.mentions:
            if m.start < pos and (best is None or m.start > best[0]) and _noun_before(tokens, m.first, noun):
                best = (m.start, c, m)
    return Resolved(best[1], None, None, best[2].entity) if best else None


def _noun_before(tokens: Sequence[Token], first: int, noun: str) -> bool:
    """Whether the noun with the article stands up to NOUN_REACH words before token `first`, only words with
    the article (adjectives, honorifics: «المرجع الديني السيد فلان») between: an apposition. Without the
    article it is a construct («مؤتمر فلان», «والد فلان»): something of that person, not the person."""
    for t in range(first - 1, max(first - 1 - NOUN_REACH, -1), -1):
        forms = without_conjunction(tokens[t].norm)
        if is_punct(tokens[t].text) or not any(is_definite(f) for f in forms):
            return False
        if any(without_article(f) == noun for f in forms if is_definite(f)):
            return True
    return False
