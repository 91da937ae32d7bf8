"""A speech verb's subject that no lexicon knows: a definite noun phrase before the object.

«من جهتها أعلنت الأجهزة الأمنية الفلسطينية مساء الجمعة عزمَها على…»، «أعلنت عدد من المستشفيات المعتمدة في
البرنامج تحويلَ…»: after a verb whose object is a thing said (thing_object_verbs.txt: أعلن، أكد، كشف…, not
دعا/حث, whose definite object is the addressee), a definite noun with its adjectives and definite genitives
(maybe «في» + a definite word, and time adverbials) before a word without the article: the definite phrase
is the subject (a definite object takes no bare noun after it) and the content starts at the bare word.
Before, the content started at the subject and the speaker was lost. Titles and described bodies
(«أكد الوزير التزامَ…»، «أكدت الوزارة أهميةَ…») the object rule knows already; this runs only where it found
no subject (owned.py). The head agrees with the verb (a masculine verb's definite feminine noun is its
object); the bare word is no particle, preposition phrase, adjective, entity, cue or new clause, so
«أكد الالتزامَ الكامل بـ…» and «أكد الدعمَ السعودي لمصر» are left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, OBJECT_PREPOSITIONS, words
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    ARTICLE,
    is_adjective,
    is_complementizer,
    is_definite,
    unlike_verb,
    without_conjunction,
)
from nlp_pipeline.pipeline.quotes.adverbials import adverbial_end
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.tokens.doc import Token

PARTITIVE_HEADS = words("partitive_heads.txt")
THING_OBJECT_VERBS = words("thing_object_verbs.txt")
OF = "من"
IN = "في"
MAX_SUBJECT = 8  # tokens of the definite phrase, adverbials included
FEMININE_ENDS = ("ة", "ات")  # a feminine verb's head: «الأجهزة»، «الشركة»، «السلطات»


def definite_subject_end(
    tokens: Sequence[Token],
    named: Collection[int],
    verb: int,
    hi: int,
    gender: str | None,
) -> int | None:
    """The bare word after a definite subject phrase right after the verb at token `verb` (one of
    thing_object_verbs.txt), or None. `named`: tokens of people and
    organisations."""
    if verb + 1 >= hi or not THING_OBJECT_VERBS.intersection(without_conjunction(tokens[verb].norm)):
        return None
    k = t = verb + 1
    partitive = tokens[t].norm in PARTITIVE_HEADS and t + 2 < hi and tokens[t + 1].norm == OF
    if partitive:
        t += 2  # «عدد من المستشفيات»
    head = tokens[t].norm
    if not _definite_word(tokens, t) or t in named or not _agrees(head, gender, partitive):
        return None
    t += 1
    while t < hi and t - k < MAX_SUBJECT:
        if (end := adverbial_end(tokens, t, hi)) > t:  # «مساء الجمعة»، «أمس»
            t = end
        elif _definite_word(tokens, t):  # «الأمنية»، «الدفاع المدني»
            t += 1
        elif tokens[t].norm == IN and t + 1 < hi and _definite_word(tokens, t + 1):
            t += 2  # «المعتمدة في البرنامج»
        else:
            break
    return t if t < hi and _bare_object(tokens, named, t, hi) else None


def _agrees(head: str, gender: str | None, partitive: bool) -> bool:
    """A masculine verb's subject is no feminine head; a feminine one's is feminine or a plural in ات (a
    partitive «عدد من…» takes either)."""
    if gender == "m":
        return not unlike_verb(head, gender)
    if gender == "f":
        return partitive or head.endswith(FEMININE_ENDS)
    return False


def _definite_word(tokens: Sequence[Token], t: int) -> bool:
    """A word with the article itself, not behind a preposition («بالرياض»، «للمشروع») or «و»."""
    norm = tokens[t].norm
    return norm.startswith(ARTICLE) and len(norm) > 3 and norm not in FUNCTION_WORDS


def _bare_object(tokens: Sequence[Token], named: Collection[int], t: int, hi: int) -> bool:
    """A content word without the article that can open the object («عزمها»، «تحويل»)."""
    tok = tokens[t]
    norm = tok.norm
    return not (
        is_punct(tok.text)
        or not any(c.isalpha() for c in norm)
        or is_definite(norm)
        or norm in FUNCTION_WORDS
        or norm in OBJECT_PREPOSITIONS
        or is_complementizer(norm)
        or is_adjective(norm)
        or t in named
        or norm[0] in "وفبلك"  # a new clause, or a preposition phrase («باستخدام»، «لمصر»)
        or match_cue(tokens, t, hi) is not None
    )
