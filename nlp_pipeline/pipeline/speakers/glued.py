"""ب/ل glued to the word after a title is a preposition, not the start of a name the NER missed: «وأشاد
الأمين العام للمجلس بجهود المملكة، مؤكدًا…» is the secretary general's statement, not one of «بجهود المملكة».
Told apart by how Arabic text writes the word (wordfreq): «جهود» is far more common than «بجهود», while
«ريطانيا» of «بريطانيا» or «وران» of «لوران» is no word. Unlabelled check: garbage speakers of this shape
(«بالعلاقات»، «بكل عفوية»، «بجنوب البلاد») go; names that start with the letter stay.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import GIVEN_NAMES
from nlp_pipeline.lang.ar.wordforms import is_head_noun
from nlp_pipeline.pipeline.latin.wordfreqs import zipf

REST_ZIPF = 3.5  # the word without ب/ل is a common word (a few times per million words)…
MARGIN = 0.8  # …and written alone this much more often (log10) than with the letter


def preposition_glued(text: str, norm: str, first: bool) -> bool:
    """ب/ل glued to a head noun («بديوان المظالم») is no name word; nor, as a name's first word, one
    that is no given name and whose rest is a far more common word («بجهود»)."""
    if not norm.startswith(("ب", "ل")):
        return False
    if is_head_noun(norm[1:]):
        return True
    if not first or norm in GIVEN_NAMES or len(text) < 3:
        return False
    rest = zipf(text[1:], "ar")
    return rest >= REST_ZIPF and rest - zipf(text, "ar") >= MARGIN
