"""The name after a comma and an honorific that closes a long role phrase.

«ومؤسس مبادرة الخير في كل مكان، الدكتور فلان:»: an organisation's name may hold «في», which otherwise ends
a role phrase («الوزير في مؤتمر…»). A comma + an honorific + a person the NER tagged, within the reach of a
role phrase, is the holder the phrase describes: an honorific stands only before a person's name.
"""

from __future__ import annotations

from collections.abc import Mapping

from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, is_punct
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_honorific
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.tokens.doc import Token


def honorific_holder(tokens: list[Token], t: int, end: int, persons: Mapping[int, Mention]) -> Mention | None:
    """The person after «، <honorific>» in tokens[t:end], where the role phrase met a «في» at `t`; None once a
    clause starts (a cue, أن/إن, a mark other than a comma) before it."""
    for k in range(t + 1, end - 2):
        text, norm = tokens[k].text, tokens[k].norm
        if text in CLAUSE_PUNCT and is_honorific(tokens[k + 1].norm):
            return persons.get(k + 2)
        if (is_punct(text) and text not in CLAUSE_PUNCT) or is_complementizer(norm) or match_cue(tokens, k):
            return None
    return None
