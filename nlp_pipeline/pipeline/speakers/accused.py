"""Words after a verb that are its object, not its subject: the speaker is then implied («وأضاف»).

«وأعرب عن أمله…»: عن opens the verb's object. «كما اتهم الحزبَ وتنظيمَ X بأن…»، «واتهمت الجامعةَ بأنها…»: an
accusation verb (accusation_verbs.txt) names the accused before its content; with one noun phrase there (one
word, or named entities joined by و) that phrase is the accused, and the accuser is the one spoken of before.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import ORG_CLASSIFIERS, words
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import without_conjunction
from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.pipeline.speakers.mentions import Mentions

ACCUSATION_VERBS = words("accusation_verbs.txt")


def object_first(names: Mentions, cue: Cue | None, first: int, last: int) -> bool:
    """Whether tokens[first:last], between the cue and its content, open with the verb's object."""
    if cue is None or cue.kind != "verb":
        return False
    if first < last and names.tokens[first].norm == "عن":
        return True
    return _accused_only(names, cue, first, last)


def _accused_only(names: Mentions, cue: Cue, first: int, last: int) -> bool:
    """An accusation verb without an object pronoun, then one noun phrase before its content."""
    tokens = names.tokens
    if not ACCUSATION_VERBS.intersection(without_conjunction(tokens[cue.first].norm)):
        return False
    words_at = [t for t in range(first, last) if not is_punct(tokens[t].text)]
    if len(words_at) == 1:  # «واتهمت الجامعة بأنها…»
        return True
    starts = {m.first: m for m in names.mentions if m.label in ("PER", "ORG", "LOC")}
    phrases = 0
    joined = False  # after «و» or «وتنظيم»: the next entity is coordinated with the one before
    t = first
    while t < last:
        norm = tokens[t].norm
        if t in starts:
            phrases += not (joined or (t > first and norm.startswith("و")))
            joined = False
            t = starts[t].last
            continue
        if not is_punct(tokens[t].text):
            if not (norm == "و" or norm.startswith("و") and norm[1:] in ORG_CLASSIFIERS):
                return False  # a word that is no entity: a title, a subject's description, an adverb
            joined = True
        t += 1
    return phrases == 1
