"""A cue word that is a noun by its place: a verb of saying written like a countable noun, after a
numeral or a quantifier, even with a preposition fused to it («15 ألف طالب»، «1200 طالب»، «لمائة طالب»،
«كل طالب»), or paired with its feminine («طالب وطالبة»: students, not «demanded»), or any cue word after
a kunya or nasab particle («علي بن أبي طالب»، «أبو طالب»: a name). A year may come right before a verb
(«في 2015 طالب الوزير…»), so a year is no count; other verbs after a number stay verbs («مهرجان صيف ينبع
36 أكد…»). A feminine plural participle (مقترحات، مطالبات، لافتات، مضيفات) is the plural noun unless it
opens a circumstantial clause right after a comma («…، مشيرات إلى أن…»، «…، مقترحات على المسؤولين…»)."""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import NAME_PARTICLES, words
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT
from nlp_pipeline.lang.ar.wordforms import without_conjunction
from nlp_pipeline.tokens.doc import Token

NUMBER_WORDS = words("number_words.txt")
COUNTABLE_CUES = words("countable_cues.txt")
FUSED = ("ل", "ب")  # «لمائة طالب»، «لكل طالب»
YEARS = (range(1900, 2100), range(1350, 1500))  # Gregorian and Hijri years written before a verb


def noun_by_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i is named after a name particle, or counted by the numeral before it."""
    if i == 0:
        return False
    before = tokens[i - 1].norm
    if before in NAME_PARTICLES:
        return True
    forms = without_conjunction(tokens[i].norm)
    if not COUNTABLE_CUES.intersection(forms):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm == "و" + forms[-1] + "ة":
        return True  # «طالب وطالبة»: the noun and its feminine
    counting = before in NUMBER_WORDS or (before[:1] in FUSED and before[1:] in NUMBER_WORDS)
    return counting or (before.isdigit() and not any(int(before) in y for y in YEARS))


def plural_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether the participle at token i, in the feminine plural, is the plural noun: «لاستقبال مقترحات
    الزوار»، «وسط مطالبات الأهالي»، «رؤى ومقترحات»; not «…، مشيرات إلى أن…» after a comma."""
    plural = tokens[i].norm.endswith("ات")
    return plural and (i == 0 or tokens[i - 1].text not in CLAUSE_PUNCT)
