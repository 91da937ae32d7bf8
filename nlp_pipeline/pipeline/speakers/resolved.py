"""A resolved speaker: who a cue's subject is, as the resolver passes it between its steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nlp_pipeline.lang.ar.lexicon import DOCUMENT_NOUNS, SOURCE_HEADS
from nlp_pipeline.lang.ar.wordforms import is_definite, without_article, word_stem, words_of
from nlp_pipeline.pipeline.speakers.clusters import Cluster
from nlp_pipeline.pipeline.speakers.unnamed_sources import MAX_PHRASE_WORDS, source_phrase
from nlp_pipeline.tokens.doc import Quote, Token


@dataclass
class Resolved:
    """A speaker: a cluster (a named person or organisation) or an unnamed source's description."""

    cluster: Cluster | None
    description: str | None = None
    mention: tuple[int, int] | None = None  # the span the cue attaches to; None when implied
    entity: str | None = None
    gender: str | None = None  # of the verb that named an unnamed source («قالت مصادر»: f)

    def compatible(self, gender: str | None) -> bool:
        """Whether a verb of `gender` can have this speaker as its implied subject: a person's gender, or
        the gender of the verb that named a source («ألمحت مصادر…» then «وقال» is someone else)."""
        if self.cluster is not None:  # an organisation takes verbs of either gender, and plural ones
            return self.cluster.agrees(gender) and not (gender == "p" and self.cluster.label == "PER")
        return not (self.gender in ("m", "f") and gender in ("m", "f") and gender != self.gender)

    def learn_gender(self, gender: str | None) -> None:
        """A verb's gender tells a named subject's: «قالت ريم» is a woman, «قالت مصادر» a feminine source."""
        if gender not in ("m", "f") or self.mention is None:
            return
        if self.cluster is not None and self.cluster.label == "PER":
            self.cluster.gender = self.cluster.gender or gender
        elif self.cluster is None:
            self.gender = self.gender or gender

    def implied(self) -> Resolved:
        """The same speaker for a later cue that does not name it."""
        return Resolved(self.cluster, self.description, None, self.entity, self.gender)


def named_before(
    quotes: Sequence[Quote], clusters: Sequence[Cluster], head: str, pos: int
) -> Resolved | None:
    """What a short back-reference («الوزارة») before `pos` means: the latest described source or
    organisation whose first word has the stem `head` («وزارة العمل»)."""
    for q in reversed([q for q in quotes if q.speaker and q.speaker.cluster is None and q.end <= pos]):
        name = q.speaker.name
        if name and len(name.split()) > 1 and word_stem(words_of(name)[0]) == head:
            return Resolved(None, name, None)
    for c in reversed(clusters):
        # any mention before: «منظمة اليونسكو» then «اليونسكو» then «المنظمة» is still the one named so
        seen = [m for m in c.mentions if m.start < pos and len(m.words) > 1 and word_stem(m.words[0]) == head]
        if seen and c.label == "ORG":
            return Resolved(c, None, None, seen[-1].entity)
    return None


def described_before(quotes: Sequence[Quote], words: tuple[str, ...], pos: int) -> Resolved | None:
    """«المسؤول المصرفي»، «التقرير» after «مسؤول مصرفي ذو صلة…»، «تقرير أمني غربي»: a description with the
    article that repeats the start of an unnamed source described before `pos` means that source."""
    if not words or not all(is_definite(w) for w in words):
        return None
    bare = [without_article(w) for w in words]
    for q in reversed([q for q in quotes if q.speaker and q.speaker.cluster is None and q.end <= pos]):
        earlier = words_of(q.speaker.name or "")
        if len(earlier) > len(bare) and list(earlier[: len(bare)]) == bare:
            return Resolved(None, q.speaker.name, None)
    return None


def source_before(quotes: Sequence[Quote], word: str, pos: int) -> Resolved | None:
    """«المسؤول»، «المصدر» alone: the unnamed source described before `pos` («مصدر في الوزارة»), the
    speaker of the latest statement before it when that is a description headed by a source noun."""
    if without_article(word) not in SOURCE_HEADS:
        return None
    before = [q for q in quotes if q.speaker and q.end <= pos]
    if not before or before[-1].speaker.cluster is not None:
        return None
    described = words_of(before[-1].speaker.name or "")
    if len(described) < 2 or described[0] not in SOURCE_HEADS:
        return None
    # «وقال المراقبون» after «وسائل الإعلام الإيرانية»: a group of people named by a sound plural is a new
    # source unless the description before has that head («مراقبون غربيون»); «المسؤول» may be «مصدر…»'s
    head = without_article(word)
    if head.endswith(("ون", "ين")) and _skeleton(head) not in {_skeleton(w) for w in described}:
        return None
    return Resolved(None, before[-1].speaker.name, None)


def _skeleton(word: str) -> str:
    """A source word without its sound plural ending and long vowels, so a plural and its singular meet:
    «مراقبون»/«مراقب»، «مسؤولين»/«مسؤول»."""
    for ending in ("ون", "ين", "ات"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            word = word[: -len(ending)]
            break
    return "".join(ch for ch in word if ch not in "اوي")


def described_in_text(tokens: Sequence[Token], word: str, first: int) -> tuple[int, int] | None:
    """«المصادر»، «التقرير» alone, where no statement was attributed to the source before: the description
    the text gave it where it first came in without the article («أشادت مصادر في الوزارة…»، «نشر تقرير
    أمني…»), when that has more than the head word; the latest such before token `first`. Its offsets."""
    head = without_article(word)
    if head not in SOURCE_HEADS | DOCUMENT_NOUNS:
        return None
    for t in range(first - 1, -1, -1):
        norm = tokens[t].norm
        if head in (norm, norm[1:] if norm[:1] in "وف" else norm):
            end = min(t + MAX_PHRASE_WORDS, len(tokens))
            # «أشادت مصادر … بالقرار»: what the verb there took with ب is not part of the description
            end = next((k for k in range(t + 1, end) if tokens[k].norm.startswith("بال")), end)
            phrase = source_phrase(tokens, t, end)
            if phrase.first != t or phrase.last - phrase.first < 2:
                return None  # «في تقرير إن…»: a statement's container named by its author, not described
            start = tokens[phrase.first].start + (norm != head)  # without «و»/«ف»
            return start, tokens[phrase.last - 1].end
    return None


def statement_author(found: Resolved | None, current: Resolved | None) -> Resolved | None:
    """«وأضاف التقرير…»، «ونقل البيان عن…»: a statement named by its document noun alone is its author's,
    the source speaking before it (an organisation or a description, not a person)."""
    if found is None or found.cluster is not None or current is None or found.mention is None:
        return found
    words = words_of(found.description or "")
    if len(words) != 1 or not is_definite(words[0]) or without_article(words[0]) not in DOCUMENT_NOUNS:
        return found
    if current.cluster is not None and current.cluster.label == "PER":
        return found
    return Resolved(current.cluster, current.description, found.mention, current.entity, current.gender)
