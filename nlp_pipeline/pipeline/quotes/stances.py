"""The `stance` object rule: a verb that reports content only when its object is a stance (stance_nouns.txt).

«جدد الوزير رفضَه للتدخل في شؤون بلاده» restates a position: a statement; «جدد النادي عقدَ اللاعب» renews
a contract: an act. The object word decides, not the verb.

Under any object rule, admiration or praise as the object («أبدى الزوار إعجابهم بالفكرة»، «مبديًا إعجابه
بالحفل») evaluates a thing or a person, which the guide does not count as speech (like «أشاد بـ»); a stance or
a feeling about what happens («أبدى قلقه من…»، «أبدى استعداده لـ…») still reports (praise_nouns.txt).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import MASDAR_CUES, words
from nlp_pipeline.lang.ar.wordforms import is_complementizer, without_article
from nlp_pipeline.tokens.doc import Token

STANCE_NOUNS = words("stance_nouns.txt")
PRAISE_NOUNS = words("praise_nouns.txt")
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ي")  # the subject's pronoun on the noun
_PRAISE_STEMS = {n[:-1] + "ت" if n.endswith("ة") else n for n in PRAISE_NOUNS}  # إشادة -> إشادته
PRAISE_FORMS = PRAISE_NOUNS | {stem + p for stem in _PRAISE_STEMS for p in PRONOUNS}


def stance_object(tokens: Sequence[Token], start: int) -> bool:
    """Whether the object starting at token `start` is a stance the subject restates. Not a verbal noun with
    أن after it, at once or after one preposition («جدد تأكيده على أن…»): that noun is a cue of its own
    (masdar_cues.txt), and its clause the one statement."""
    if start >= len(tokens) or tokens[start].norm not in STANCE_NOUNS:
        return False
    after = [t.norm for t in tokens[start + 1 : start + 3]]
    return not (tokens[start].norm in MASDAR_CUES and any(map(is_complementizer, after)))


def praise_noun(norm: str) -> bool:
    """Whether a word (normalized) is a praise noun: «إعجابه»، «الإعجاب»، «إشادتها»."""
    return without_article(norm) in PRAISE_FORMS


def word_allowed(tokens: Sequence[Token], start: int, rule: str) -> bool:
    """The object word's test, after the verb's own rule passed: a stance under the «stance» rule, and never
    a praise noun."""
    return (rule != "stance" or stance_object(tokens, start)) and not praise_noun(tokens[start].norm)
