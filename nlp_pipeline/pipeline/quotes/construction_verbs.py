"""Verbs that report speech only with أن right after their preposition (construction_verbs.tsv): «ذهب …
إلى أن» holds an opinion («ذهب الباحثون إلى أن…») where «ذهب» is otherwise "went" («ذهب الوفد إلى الرياض
بعد أن…»). The verb is a cue only when its preposition is found a few words on, past the subject and asides
(prepositions.py), with أن/أنه right after it; the content is then the أن clause, as for any verb without an
object rule."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, QUANTIFIERS, table
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_definite, without_conjunction
from nlp_pipeline.pipeline.quotes.prepositions import preposition_at
from nlp_pipeline.tokens.doc import Token

BARE = frozenset({"ان", "بان"})  # أن with no pronoun on it: «إلى أن» may be "until" before a verb
NOUN_ENDINGS = ("ات", "ة")  # a plural or feminine noun opens the clause; no verb ends so
LONG_NOUN = 6  # letters: «ارتفاع»، «انخفاض» (verbal nouns), longer than most past verbs («اكتشف»)
PRESENT = ("ي", "ت")  # «يستكمل»، «تنتهي»: present verbs, long as they may be
PARTICLES = FUNCTION_WORDS | QUANTIFIERS


def _table() -> dict[str, tuple[str, str]]:
    """norm form -> (gender m/f/p, the normalized preposition)."""
    forms: dict[str, tuple[str, str]] = {}
    for preposition, *columns in table("construction_verbs.tsv"):
        for gender, column in zip("mfp", columns, strict=True):
            forms |= {normalize(form): (gender, normalize(preposition)) for form in column.split()}
    return forms


FORMS = _table()


def construction_gender(tokens: Sequence[Token], i: int, end: int) -> str | None:
    """The gender of the verb at token i when its preposition follows with أن right after it, or None."""
    found = next((FORMS[f] for f in without_conjunction(tokens[i].norm) if f in FORMS), None)
    if found is None:
        return None
    at = preposition_at(tokens, i + 1, end, found[1])
    return found[0] if at is not None and _that_clause(tokens, at + 1, end) else None


def _that_clause(tokens: Sequence[Token], k: int, end: int) -> bool:
    """أنّ at token k, opening a clause with a subject («إلى أنه…»، «إلى أن الأسعار…»، «إلى أن فجوات…»),
    not «إلى أن» + a verb, "until" («وتذهب صامتة، إلى أن اكتشف…»، «إلى أن يتم…»): a pronoun on it, or after
    it a word no verb can be: definite, a plural or feminine noun, a particle, or a long word that is no
    present verb (a verbal noun: «إلى أن ارتفاع الأسعار…»)."""
    if k + 1 >= end or not is_complementizer(tokens[k].norm):
        return False
    nxt = tokens[k + 1].norm
    if tokens[k].norm not in BARE or is_definite(nxt) or nxt.endswith(NOUN_ENDINGS):
        return True
    return nxt in PARTICLES or (len(nxt) >= LONG_NOUN and not nxt.startswith(PRESENT))
