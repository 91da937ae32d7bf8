"""A body's full name that goes on to the place it serves: «الأمانة العامة لهيئة X في السعودية»، «المديرية
العامة للشؤون الصحية بمنطقة الرياض»، «وزارة الداخلية في غزة».

The NER tags the body without the place, and the resolver adds the place only where the body is the subject of
a cue it attributes (resolver._institution). But a text often names the body in full once, where it is no
speaker («شكلت المديرية العامة … بمنطقة الرياض لجنة»، «الناطق باسم وزارة الداخلية في غزة»), then speaks of it
short. The speaker's name is the fullest form in the document (annotation guide), so every mention of an
institution followed by «في» + a place or «بـ» + a place joins its cluster in full.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import INSTITUTION_HEADS, MEDIA_NOUNS, ORG_HEADS
from nlp_pipeline.lang.ar.wordforms import without_article, without_conjunction, without_lam
from nlp_pipeline.pipeline.speakers.aliases import join_aliases
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.served_places import classifier_before
from nlp_pipeline.pipeline.speakers.unnamed_sources import name_end
from nlp_pipeline.tokens.doc import Doc, Token

MAX_TAIL_WORDS = 8  # «لهيئة كبار العلماء في السعودية»: genitives and a place after the tagged words


def place_full_names(names: Mentions) -> Mentions:
    """Add the full mention of every institution the text names with the place it serves; the same
    mentions, returned."""
    tokens = names.tokens
    named = {n.first: n.last for n in names.mentions if n.label in ("LOC", "ORG")}
    for m in [m for m in names.mentions if m.label == "ORG"]:
        forms = {without_article(without_lam(w)) for w in without_conjunction(tokens[m.first].norm)}
        if not forms & (INSTITUTION_HEADS | ORG_HEADS) or forms & MEDIA_NOUNS:
            continue  # a classifier's or an outlet's name is not continued by a place («وكالة X في كوريا»)
        last = min(len(tokens), m.last + MAX_TAIL_WORDS)
        k = name_end(tokens, m.last, last, names.places, False, named)
        if k <= m.last or not _served_place(tokens, m.last, k, names.places):
            continue
        start, end = tokens[m.first].start, tokens[k - 1].end
        name = names.strip_proclitic(names.doc.text[start:end])
        names.add(Mention(start, end, m.first, k, name, "ORG"))
    return names


def _served_place(tokens: Sequence[Token], first: int, k: int, places: Collection[int]) -> bool:
    """Whether the words tokens[first:k] after a body end on a place written after «في» or a fused «بـ»
    («في غزة»، «بمنطقة الرياض»، «بلبنان»); not after «لـ» («دعم الاتحاد لتونس»: whom it helps)."""
    j = k - 1
    if j not in places:
        return False
    while j - 1 >= first and j - 1 in places:
        j -= 1
    j = classifier_before(tokens, j, first)  # «في منطقة الحدود الشمالية»
    before = tokens[j - 1].norm if j > first else ""
    return before == "في" or tokens[j].norm.startswith("ب") or (before.startswith("ب") and len(before) > 3)


def body_mentions(doc: Doc) -> Mentions:
    """The document's name mentions: a short form in marks joined to its full name (aliases.py), and an
    institution's full name with the place it serves."""
    return place_full_names(join_aliases(Mentions(doc)))
