"""Words of a speech verb's subject before its object («أكدت الوزارة أهميةَ…»): the description's head and
the adjectives that agree with it.

A head written with the article and a feminine ending («الوزارة»، «الهيئة»، «اللجنة») is the same head as
the listed bare form («وزارة»), but a back-reference: being definite it takes no genitive, so a definite noun
after it is the object («ودعت المديرية الإخوةَ…»، «وتدعو المؤسسة المتقاعدين…»), unless it is an adjective
of the name («الأمانة العامة لهيئة…»: name_adjectives.txt). An adjective agrees in definiteness: after a
definite word an indefinite nisba is the object («الوزارة أهميةَ…»، «اللاعب جاهزيةً…»).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import DESCRIPTION_HEADS, words
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_definite, word_stem
from nlp_pipeline.tokens.doc import Token

NAME_ADJECTIVES = words("name_adjectives.txt")


def described(norm: str) -> bool:
    """A description's head: «وزارة»، «مصادر»، «المحللين»، «الوزارة»."""
    return norm in DESCRIPTION_HEADS or word_stem(norm) in DESCRIPTION_HEADS or back_reference(norm)


def back_reference(norm: str) -> bool:
    """A listed feminine head written with the article: «الوزارة»، «الهيئة»، «المؤسسة»."""
    stem = word_stem(norm)
    return is_definite(norm) and stem not in DESCRIPTION_HEADS and stem + "ة" in DESCRIPTION_HEADS


def name_adjective(norm: str) -> bool:
    """«العامة»، «العليا»: an adjective of an institution's name; its genitive may follow it."""
    return norm in NAME_ADJECTIVES


def agrees(tokens: Sequence[Token], k: int) -> bool:
    """An adjective at token k that can describe the word before it (no indefinite one after a definite)."""
    norm = tokens[k].norm
    if name_adjective(norm):
        return True
    return is_adjective(norm) and (is_definite(norm) or k == 0 or not is_definite(tokens[k - 1].norm))


def nationality_before_name(tokens: Sequence[Token], named: Collection[int], k: int, hi: int) -> bool:
    """A definite nisba adjective (الكندي، الفرنسي) right before a named person or organisation."""
    norm = tokens[k].norm
    return is_definite(norm) and is_adjective(norm) and any(j in named for j in range(k + 1, min(k + 3, hi)))


def acting_place(places: Collection[int], k: int, gender: str | None) -> bool:
    """A place the NER tagged right after a feminine verb is its subject: «وأعلنت مصر دعمها…»، «ودعت إيران
    إلى…» (a country takes the feminine verb); after a masculine one it is the object of a subject named
    before («ودعا إيران إلى…»)."""
    return gender == "f" and k in places
