"""Name mentions from the NER's entities, cleaned of what the tagger took in around a name.

A title at the head of a person's entity stays outside the name («الدكتور فلان»، «الشريف فلان»), and a title
tagged alone is no name; two person entities side by side are one name the tagger split; an outlet spoken to
(«لفرانس برس») is cut off a person's entity; a one-word organisation that is a person's surname is that
person. mentions.py clusters the mentions and adds the untagged ones.
"""

from __future__ import annotations

from collections.abc import Callable

from nlp_pipeline.lang.ar.lexicon import GIVEN_NAMES, NAME_PARTICLES
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import (
    is_addressee,
    is_construct_title,
    is_definite,
    is_honorific,
    is_title,
    spelled_as_name,
    words_of,
)
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.name_tails import glued_tail
from nlp_pipeline.tokens.doc import Doc

BIN = normalize("بن")


def leading_title(norm: str) -> bool:
    """A title with the article before a person's name (not «أمين» the given name)."""
    return is_definite(norm) and (is_title(norm) or is_honorific(norm))


class EntityMentions:
    """The entities of one document as name mentions."""

    def __init__(
        self, doc: Doc, token_at: Callable[[int], int], strip_proclitic: Callable[[str], str]
    ) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.token_at = token_at
        self.strip_proclitic = strip_proclitic
        self.same_entity: dict[str, str] = {}  # entity id -> the entity whose name it continues
        self.places = {w for e in doc.entities if e.label == "LOC" for w in words_of(strip_proclitic(e.text))}

    def _place_before(self, t: int) -> bool:
        """«بجازان» at the head of a person's entity: ب/ل + a place the text names, not a word of the name."""
        norm = self.tokens[t].norm
        return len(norm) > 3 and norm[0] in "بل" and norm[1:] in self.places

    def _second_honorific(self, t: int) -> bool:
        """«العقيد دكتور فلان»: an honorific written without the article right after a title with it is a
        second title of the same person, not the first word of the name."""
        norm = self.tokens[t].norm
        after_title = t > 0 and leading_title(self.tokens[t - 1].norm)
        return after_title and is_honorific(norm) and not is_definite(norm)

    def _given_name(self, t: int) -> bool:
        """A common given name at token t (علي, not the preposition على that normalizes alike)."""
        return t >= 0 and spelled_as_name(self.tokens[t].norm, self.tokens[t].text)

    def _title_genitive_end(self, first: int, last: int) -> int:
        """A person's entity right after a title in the construct state («محافظ»، «أمين»، «رئيس») that took in
        the title's genitive: the name is a lineage «X بن Y», so it starts at the given name before the first
        «بن»; the words before that are the place or body the title governs. `first` when there is none (a
        «عبد الله بن…» written apart keeps «عبد»)."""
        before = self.tokens[first - 1] if first > 0 else None
        if before is None or not is_construct_title(before.norm, before.text):
            return first
        at = next((t for t in range(first + 2, last) if self.tokens[t].norm == BIN), None)
        return first if at is None or self.tokens[at - 2].norm in NAME_PARTICLES else at - 1

    def _tokens_of(self, start: int, end: int) -> range:
        return range(self.token_at(start), self.token_at(end - 1) + 1)

    def _abd_compound(self, t: int, tagged: set[int]) -> bool:
        """«الرئيس عبدربه منصور هادي» tagged «منصور هادي»: a «عبد…» compound written as one word
        (عبدربه، عبدالله) is only ever a given name, so right before a person's name it opens that name; not
        when it ends another entity or follows a particle (then more of the name is missing)."""
        if t < 0 or t in tagged:
            return False
        norm = self.tokens[t].norm
        before = self.tokens[t - 1].norm if t > 0 else ""
        return norm.startswith("عبد") and len(norm) > 4 and before not in NAME_PARTICLES

    def mentions(self) -> list[Mention]:
        """A mention for every entity, cleaned of what the NER took in around the name."""
        out = []
        tagged = {t for e in self.doc.entities if e.start < e.end for t in self._tokens_of(e.start, e.end)}
        for e in self.doc.entities:
            if e.start >= e.end:
                continue
            first, last = self.token_at(e.start), self.token_at(e.end - 1) + 1
            start = e.start
            while (
                e.label == "PER"
                and first < last
                and (
                    leading_title(self.tokens[first].norm)
                    or self._place_before(first)
                    or self._second_honorific(first)
                )
            ):
                first += 1  # «الشريف أحمد الفعر»، «الدكتور فلان»: the title is outside the name
                start = self.tokens[first].start if first < last else e.end
            if start >= e.end:
                continue  # a title alone is no name
            if e.label == "PER" and (k := self._title_genitive_end(first, last)) > first:
                first, start = k, self.tokens[k].start  # «محافظ خميس مشيط سعيد بن…»: the name is «سعيد بن…»
            if e.label == "PER" and (
                (last - first == 1 and self._given_name(first - 1)) or self._abd_compound(first - 1, tagged)
            ):
                first -= 1  # «المرشد علي خامنئي» tagged «خامنئي»: the given name before is the name's
                start = self.tokens[first].start
            name = self.strip_proclitic(self.doc.text[start : e.end])
            out.append(Mention(start, e.end, first, last, name, e.label, e.id))
        return _surnames_as_persons(self._joined([self._without_addressee(m, out) for m in out]))

    def _joined(self, mentions: list[Mention]) -> list[Mention]:
        """Two person entities with nothing but a space between («عبد الستار» «بارز») are one name the NER
        split: one mention; the second entity gets the first's cluster (`write_clusters`)."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if not (
                prev is not None
                and prev.label == m.label == "PER"
                and prev.last == m.first
                and not self.doc.text[prev.end : m.start].strip()
                and len(m.words) == 1  # a surname the tagger left apart, not «فلانة الحربي» «محمد…»
                and m.words[0] not in GIVEN_NAMES
            ):
                out.append(m)
                continue
            name = self.strip_proclitic(self.doc.text[prev.start : m.end])
            out[-1] = Mention(prev.start, m.end, prev.first, m.last, name, "PER", prev.entity)
            if m.entity and prev.entity:
                self.same_entity[m.entity] = prev.entity
        return out

    def _without_addressee(self, m: Mention, mentions: list[Mention]) -> Mention:
        """«قال فلان لفرانس برس»: a person's entity that took an outlet spoken to ends before it."""
        cut = next((k for k in range(m.first + 1, m.last) if is_addressee(self.tokens[k].norm)), None)
        if m.label == "PER" and cut is not None:
            end = self.tokens[cut - 1].end
            return Mention(m.start, end, m.first, cut, self.doc.text[m.start : end], m.label, m.entity)
        return self._without_named_addressee(m, mentions)

    def _without_named_addressee(self, m: Mention, mentions: list[Mention]) -> Mention:
        """«قال فلان لبلومبرغ»: a person's entity that took the addressee after the name loses it when the
        name without it is named elsewhere (a surname alone or inside a fuller name); «فلان بحمد الله»: a
        glued preposition's phrase after the name goes (name_tails.py)."""
        people = [o for o in mentions if o is not m and o.label == "PER"]
        if m.label == "PER" and (cut := glued_tail(self.tokens, m, people)) is not None:
            end = self.tokens[cut - 1].end
            return Mention(m.start, end, m.first, cut, self.doc.text[m.start : end], m.label, m.entity)
        last = self.tokens[m.last - 1].norm
        if m.label != "PER" or m.last - m.first < 2 or len(last) < 4 or last[0] != "ل":
            return m
        rest = set(m.words[:-1])
        # «لافروف» is a name when the text names him so elsewhere; «لبلومبرغ» is never a person's word
        if any(m.words[-1] in o.words for o in people) or not any(rest <= set(o.words) for o in people):
            return m
        end = self.tokens[m.last - 2].end
        return Mention(m.start, end, m.first, m.last - 1, self.doc.text[m.start : end], m.label, m.entity)


def _surnames_as_persons(mentions: list[Mention]) -> list[Mention]:
    """«وكتب "الحربي" عبر…» tagged ORG where the text names «فلان الحربي»: one word that is the surname of a
    person of the document is that person, not an organisation."""
    surnames = {m.words[-1] for m in mentions if m.label == "PER" and len(m.words) > 1}
    return [
        Mention(m.start, m.end, m.first, m.last, m.name, "PER", m.entity)
        if m.label == "ORG" and len(m.words) == 1 and m.words[0] in surnames
        else m
        for m in mentions
    ]
