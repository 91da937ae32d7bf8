"""What else belongs to a person's role phrase: the complement a role noun takes with its own preposition
(«المشرف العام على المهرجان الدكتور فلان»: the holder is named after it), and the adjectives after the
organisation a role is in («رئيس نادي X الأرجنتيني»). subject.py and resolver.py use them."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, ROLE_COMPLEMENTS
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_definite, word_stem
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.tokens.doc import Token


def complemented_role(norm: str) -> bool:
    """«المشرف»، «المسؤولة»: a role noun that takes a complement with a preposition."""
    return word_stem(norm) in ROLE_COMPLEMENTS


def role_complement(tokens: Sequence[Token], first: int, t: int) -> bool:
    """«المشرف (العام) على المهرجان الدكتور فلان»: the preposition a role noun takes, inside its phrase."""
    roles = (word_stem(tokens[k].norm) for k in range(max(first, t - 2), t))
    return any(ROLE_COMPLEMENTS.get(role) == tokens[t].norm for role in roles)


def role_end(names: Mentions, org: Mention, last: int) -> int:
    """«رئيس نادي X الأرجنتيني»: the end of a role in an organisation that names no person (a title, the
    organisation, its adjectives); the phrase describes a person, not the organisation."""
    k = org.last  # «مدير مدارس X الذي…»: a relative pronoun ends like an adjective but opens a clause
    while k < last and is_definite(n := names.tokens[k].norm) and is_adjective(n) and n not in FUNCTION_WORDS:
        k += 1
    return k
