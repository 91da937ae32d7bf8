"""The `stance` object rule: a verb that reports content only when its object is a stance (stance_nouns.txt).

«جدد الوزير رفضَه للتدخل في شؤون بلاده» restates a position: a statement; «جدد النادي عقدَ اللاعب» renews
a contract: an act. The object word decides, not the verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import MASDAR_CUES, words
from nlp_pipeline.lang.ar.wordforms import is_complementizer
from nlp_pipeline.tokens.doc import Token

STANCE_NOUNS = words("stance_nouns.txt")


def stance_object(tokens: Sequence[Token], start: int) -> bool:
    """Whether the object starting at token `start` is a stance the subject restates. Not a verbal noun with
    أن after it, at once or after one preposition («جدد تأكيده على أن…»): that noun is a cue of its own
    (masdar_cues.txt), and its clause the one statement."""
    if start >= len(tokens) or tokens[start].norm not in STANCE_NOUNS:
        return False
    after = [t.norm for t in tokens[start + 1 : start + 3]]
    return not (tokens[start].norm in MASDAR_CUES and any(map(is_complementizer, after)))
