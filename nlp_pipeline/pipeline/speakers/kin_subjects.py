"""A relative named by kinship after the verb: «وقال والد الشهيد إن…»، «وقالت والدة الطفلة…».

The speaker is the father or mother, never the son or daughter in the genitive, though the NER often tags that
genitive as a person («الشهيد»، «هووت») and the subject rules would take it. The kinship phrase (the noun, its
genitive and the genitive's adjectives) is the speaker's description, unless a person is apposed to it further
along («والد الطفلة المواطن فلان»، «شقيق الضحية، فلان،»): then that person.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import words
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_complementizer, is_definite
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.resolved import Resolved

KIN_SPEAKERS = words("kin_speakers.txt")
MAX_APPOSED = 6  # tokens from the end of the phrase to a person apposed to it


def kin_speaker(names: Mentions, first: int, last: int) -> Resolved | None:
    """The relative the kinship phrase opening tokens[first:last] names, or None when they open none."""
    tokens = names.tokens
    if first + 1 >= last or tokens[first].norm not in KIN_SPEAKERS:
        return None
    k = first + 1
    if is_punct(tokens[k].text) or is_complementizer(tokens[k].norm):
        return None
    genitive = names.person_at(k)
    k = genitive.last if genitive is not None else k + 1
    while k < last and is_definite(tokens[k].norm) and is_adjective(tokens[k].norm):
        k += 1  # «والد الطفلة السورية»
    end = min(last, k + MAX_APPOSED)
    person = next((m for m in names.mentions if m.label == "PER" and k <= m.first < end), None)
    if person is not None:
        return Resolved(person.cluster, None, (person.start, person.end), person.entity)
    start, stop = tokens[first].start, tokens[k - 1].end
    return Resolved(None, names.doc.text[start:stop], (start, stop))
