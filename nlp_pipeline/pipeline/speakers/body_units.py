"""A unit of a body the NER tagged, named before it: «الإدارة العامة لهيئة الهلال الأحمر»، «الأمانة العامة
للنادي الأهلي»، «إدارة نادي الشباب».

The NER tags the body («لهيئة الهلال الأحمر»، «الأهلي»، «الشباب») and not the unit's head before it; the
resolver joins one head word right before the body to its name (resolver._institution). A unit's head with
its adjectives («الإدارة العامة») and a genitive ل on the body, or a classifier («نادي»، «للنادي») between
them, is the speaker as a whole: the unit, not the body it belongs to (and never the body's name with the
preposition glued to it, «لهيئة…»).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import INSTITUTION_HEADS, ORG_CLASSIFIERS, ORG_HEADS, TITLE_LINKS
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    is_adjective,
    is_definite,
    lam_article,
    without_article,
    without_lam,
)
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.tokens.doc import Token

MAX_UNIT_ADJECTIVES = 2  # «الإدارة العامة»، «اللجنة التنفيذية العليا»
HEADS = INSTITUTION_HEADS | ORG_HEADS


def body_unit(tokens: Sequence[Token], first: int, m: Mention, role: bool) -> bool:
    """Whether the subject tokens[first:…] names the organisation `m` or a unit of it: `m` itself, one word
    right before it unless that word is a person's role (`role`: «رئيس نادي X»), or a unit's head, its
    adjectives, then a classifier or a ل glued to `m` («الإدارة العامة لهيئة X»، «إدارة نادي X»)."""
    if first >= m.first - (not role):
        return True
    between = list(range(first + 1, m.first))
    if not between or _head(tokens[first].norm) not in HEADS:
        return False
    if any(is_punct(tokens[t].text) for t in between):
        return False
    classified = _classifier(tokens[between[-1]].norm)
    adjectives = between[:-1] if classified else between
    if not classified and not _glued(tokens[m.first].norm):
        return False
    if len(adjectives) > MAX_UNIT_ADJECTIVES:
        return False
    return all(_adjective(tokens[t].norm) for t in adjectives)


def _head(norm: str) -> str:
    return without_article(without_lam(norm))


def _classifier(norm: str) -> bool:
    """«نادي»، «للنادي»، «بنادي»: a classifier or a body's head, bare or after ل/ب."""
    bare = norm[1:] if norm.startswith("ب") and len(norm) > 3 else norm
    return _head(lam_article(bare)) in ORG_CLASSIFIERS | HEADS  # «للنادي»


def _glued(norm: str) -> bool:
    """«لهيئة»، «لوزارة»: a ل glued to a body's head without the article, the genitive of a unit's name."""
    return len(norm) > 3 and norm[0] == "ل" and not is_definite(norm[1:]) and norm[1:] in HEADS


def _adjective(norm: str) -> bool:
    """«العامة»، «التنفيذية»: a definite adjective of the unit's head."""
    return is_definite(norm) and (norm in TITLE_LINKS or is_adjective(norm))
