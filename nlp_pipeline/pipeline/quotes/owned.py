"""A speech verb's object that carries a pronoun of its subject: «وأبدت عائلة الضحية استياءَها من…»،
«أبدى أهالي الحي استياءهم…». When no subject was recognised after the verb (a description the lexicons do
not know), the words before that noun are the subject and the content starts at it. The noun has no
article, the word before it ends the subject with the article («الضحية»، «الحي»), and nothing between the
verb and it is punctuation, a particle or a cue.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import ARTICLE, is_complementizer, is_definite
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.quotes.definite_subjects import definite_subject_end
from nlp_pipeline.pipeline.quotes.objects import ObjectStart
from nlp_pipeline.tokens.doc import Token

MAX_SUBJECT = 4  # words of the subject between the verb and its object
# The subject's pronoun on the object, by the verb's gender: a feminine verb has a feminine or a plural
# subject (VSO: the verb stays singular before a plural subject), a masculine one a masculine one.
PRONOUNS = {"f": ("ها", "هم", "هن"), "m": ("ه", "هم", "هما"), "p": ("هم", "هما")}


def owned_object(
    tokens: Sequence[Token], named: Collection[int], obj: ObjectStart | None, hi: int, cue: Cue
) -> ObjectStart | None:
    """The object start after an unknown subject, else `obj` as found (only where `obj` is the word right
    after a verb whose object has no preposition of its own)."""
    gender = cue.gender
    if obj is None or obj.lead or obj.token != cue.last or obj.token in named or cue.preposition:
        return obj
    if (after := definite_subject_end(tokens, named, cue.last - 1, hi, gender)) is not None:
        return ObjectStart(after, 0)  # «أعلنت الأجهزة الأمنية مساء الجمعة عزمَها…» (definite_subjects.py)
    if gender not in PRONOUNS or _owned(tokens[obj.token].norm, gender):
        return obj  # «وأبدت سعادتها بالأطقم الجديدة وجودتها»: the first word is the object
    first = obj.token
    for j in range(first + 1, min(first + MAX_SUBJECT + 1, hi)):
        norm = tokens[j - 1].norm
        if (
            is_punct(tokens[j - 1].text)
            or norm in FUNCTION_WORDS
            or is_complementizer(norm)
            or _prepositional(norm)
        ):
            return obj
        if match_cue(tokens, j - 1) is not None or j - 1 in named:
            return obj
        if _owned(tokens[j].norm, gender) and norm.startswith(ARTICLE):  # «الضحية», not «بالعسل»
            return ObjectStart(j, 0)
    return obj


def _owned(norm: str, gender: str) -> bool:
    """A noun without the article that ends in the subject's pronoun («استياءها»)."""
    ending = next((p for p in PRONOUNS[gender] if norm.endswith(p)), None)
    if ending is None or norm.startswith("ب") or is_definite(norm):
        return False  # «بقوله»: a prepositional phrase
    stem = norm[: -len(ending)]
    return len(stem) >= 3 and stem not in FUNCTION_WORDS  # not «عليه»، «لديه»


def _prepositional(norm: str) -> bool:
    """«بالأطقم»، «للمشروع»: a prepositional phrase, never part of the subject."""
    return norm.startswith(("بال", "لل", "كال"))
