"""A title in construct with a genitive names a role of its own: «وكيل أعمال اللاعب»، «نائب سفير تركيا».

`Mentions.by_descriptors` picks the person a title phrase describes by the titles each person was written
with, and a person who shares none still qualifies when the NER tagged them («وقال الوزير» after «قال
فلان»). A title without the article followed by its genitive («وكيل أعمال اللاعب»، «مدير مكتب الصحة») says
whose role it is: it is not the last person named (the player, the secretary-general) unless that person
was written with its head title (in the descriptors, or in a long chain of titles right before the name),
with another title of the phrase, or with one of its adjectives («رئيس الوزراء البريطاني» for a person
written «البريطاني فلان»). A style of address («معالي المشرف العام») or a definite title after the head
(«نائب الرئيس») is no such construct: the existing choice stands. The phrase then stays a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp_pipeline.lang.ar.lexicon import ADDRESS_STYLES
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_construct_title, is_definite, is_title, word_stem
from nlp_pipeline.pipeline.speakers.clusters import Cluster

if TYPE_CHECKING:
    from nlp_pipeline.pipeline.speakers.mentions import Mentions

# A long chain of titles before a name («نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير فلان») puts
# the head title further from the name than the descriptors reach.
TITLE_CHAIN = 10
TITLE_AFTER = 2  # «فلان ولي العهد»: a title right after the name
COUNTERPART = normalize("نظير")  # «نظيره السوري»: holds the same title as the one it is the counterpart of


def genitive_person(names: Mentions, cluster: Cluster, words: set[str], pos: int) -> bool:
    """True when the title phrase at character `pos` (`words`: its word stems) is a title in construct with
    a genitive noun, and `cluster` shares with it neither its head title nor another title or adjective."""
    t = names.token_at(pos)
    tokens = names.tokens
    if not is_construct_title(tokens[t].norm, tokens[t].text) or t + 1 >= len(tokens):
        return False
    nxt = tokens[t + 1].norm
    head = word_stem(tokens[t].norm)
    if head in ADDRESS_STYLES or (is_definite(nxt) and is_title(nxt)):  # «معالي المشرف»، «نائب الرئيس»
        return False
    if {head, COUNTERPART} & cluster.descriptors or _written_with(names, cluster, head):
        return False
    shared = words & cluster.descriptors
    if any(is_adjective(w) or is_title(w) for w in shared):
        return False
    return any(not is_adjective(w) for w in words - {head})


def _written_with(names: Mentions, cluster: Cluster, head: str) -> bool:
    """A mention of `cluster` with the title `head` in the unpunctuated words right before it, or right
    after it («فلان ولي العهد»)."""
    tokens = names.tokens
    for m in cluster.mentions:
        before = range(m.first - 1, max(m.first - TITLE_CHAIN, 0) - 1, -1)
        for span in (before, range(m.last, min(m.last + TITLE_AFTER, len(tokens)))):
            for k in span:
                if is_punct(tokens[k].text):
                    break
                if word_stem(tokens[k].norm) == head:
                    return True
    return False
