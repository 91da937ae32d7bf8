"""A name mention and the cluster of mentions of one name, with the cluster's canonical name.

`mentions.py` finds the mentions of a document and forms the clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp_pipeline.lang.ar.lexicon import EUROPEAN_PARTICLES, INSTITUTION_HEADS, MEDIA_NOUNS, ORG_CLASSIFIERS
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import is_definite, is_head_noun, is_org_head, without_article, words_of

IBN, BIN = normalize("ابن"), normalize("بن")
LINEAGE = {IBN, BIN, normalize("آل")}


@dataclass
class Mention:
    """A name in the text: an NER entity, or a name found after a title when the NER has none there."""

    start: int
    end: int
    first: int  # token range
    last: int
    name: str  # surface form without proclitic
    label: str  # PER | ORG | LOC
    entity: str | None = None
    cluster: Cluster | None = None
    words: tuple[str, ...] = field(init=False)  # normalized words of `name`

    def __post_init__(self) -> None:
        self.words = words_of(self.name)

    @property
    def lineage(self) -> set[str]:
        """The words of the name with «ابن» as «بن»: «ابن مشيط» refers back to «سعيد بن عبدالعزيز بن
        مشيط», the same lineage word written at the head of a short form; without a European particle
        («فان غال» is «لويس فان غال»)."""
        return {BIN if w == IBN else w for w in self.words if w not in EUROPEAN_PARTICLES}


@dataclass
class Cluster:
    id: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest name: most words, then most letters (diacritics are no letters: «روسيًّا» is not fuller
        than «روسيا»), then the first seen; an organisation's without the classifier before it when the text
        also names it without one («منظمة X» and «X»: X)."""
        best = max(self.mentions, key=lambda m: (len(m.words), sum(map(len, m.words)), -m.start))
        # a head the resolver put before a name is another body («قيادة قوات التحالف»), a classifier is not
        classifier = bool(best.words) and without_article(best.words[0]) in ORG_CLASSIFIERS | MEDIA_NOUNS
        # an institution's head is part of its name before a definite genitive («وزارة الداخلية»، «منظمة
        # الأمم المتحدة»: the bare words are a short form), apposed before a bare name («منظمة هيومن رايتس
        # ووتش»); other heads stay apposed («اتحاد الكونكاكاف»: the labels cite it bare)
        rest = best.words[1:2]  # «مكتب الهيئة العامة…»: a body's own name after the head is another body
        part = best.words[0] in INSTITUTION_HEADS and any(is_definite(w) and not is_org_head(w) for w in rest)
        tagged = classifier or (best.entity is not None and not part)
        if self.label != "PER" and tagged and any(m.words == best.words[1:] for m in self.mentions):
            return best.name.split(maxsplit=1)[1]
        # A name found after a title ends at the surname the text uses alone (علي حسن | جبهة…); the NER's
        # shorter tag of the same words («ليو تيونغ» of «ليو تيونغ لاي») is not the text using it alone
        others = [m for m in self.mentions if m is not best and m.words and best.entity is None]
        others = [m for m in others if not best.start <= m.start < m.end <= best.end]
        others = others if self.label == "PER" else []
        ends = [best.words.index(m.words[-1]) for m in others if m.words[-1] in best.words[1:]]
        return " ".join(best.name.split()[: max(ends) + 1]) if ends else best.name

    def last_start(self, pos: int) -> int:
        """Where the cluster was last named before char `pos` (-1: not before it): a surname alone goes to
        the person of that name named last, not to the one whose cluster was opened last."""
        return max((m.start for m in self.mentions if m.start < pos), default=-1)

    def last_before(self, pos: int) -> Mention | None:
        seen = [m for m in self.mentions if m.start < pos]
        return seen[-1] if seen else None

    def agrees(self, gender: str | None) -> bool:
        """Whether a verb or title of this gender can refer to the cluster (only a person has a gender)."""
        return self.label != "PER" or gender not in ("m", "f") or self.gender in (None, gender)


def classified(m: Mention, other: Mention) -> bool:
    """Two organisation mentions, one the other with a classifier or head noun before it (منظمة X، X)."""
    if m.label == "PER" or other.label == "PER":
        return False
    longer, shorter = (m, other) if len(m.words) > len(other.words) else (other, m)
    return bool(shorter.words) and longer.words[1:] == shorter.words and is_head_noun(longer.words[0])


def shortened(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """An institution's name said short: its head and last word with some words left out between
    («قيادة التحالف» of «قيادة قوات التحالف»). A construct head takes the article once its genitive is left
    out: «الحلف الأطلسي» of «حلف شمال الأطلسي»."""
    head = short[0] == full[0] or (not is_definite(full[0]) and without_article(short[0]) == full[0])
    if not 2 <= len(short) < len(full) or not head or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(w in rest for w in short[1:-1])


def name_extends(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """An organisation's name of two words or more that the other continues («حزب كوملة» and «حزب كوملة
    الكردستاني»)."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long[: len(short)] == short


def lineage_only(m: Mention, other: Mention) -> bool:
    """One word that the other name has only after «بن/ابن/آل» («سعود» in «… آل سعود», «نايف» in «محمد
    بن نايف»): a father's or family name, not how the text calls that person alone («الأمير سعود»)."""
    if len(m.words) != 1 or m.words[0] not in other.words:
        return False
    at = [k for k, w in enumerate(other.words) if w == m.words[0]]
    return all(k > 0 and other.words[k - 1] in LINEAGE for k in at)


def joins(m: Mention, other: Mention) -> bool:
    """Whether mention m names what `other` names: the same words, a person's words inside the other's
    (لافروف ⊂ سيرغي لافروف, «ابن X» in «… بن X»), an organisation with its classifier or name continued."""
    words, o = m.lineage, other.lineage
    if m.label == "PER":
        return words == o or bool(words) and (words <= o or o <= words) and not lineage_only(m, other)
    return (
        words == o
        or classified(m, other)
        or name_extends(m.words, other.words)
        or shortened(m.words, other.words)
        or shortened(other.words, m.words)
    )


def fits(words: set[str], c: Cluster) -> bool:
    """A person's words inside the cluster's fullest mention, or containing it."""
    full = max(c.mentions, key=lambda m: len(m.words)).lineage
    return words <= full or full <= words


def names_same_body(words: tuple[str, ...], named: tuple[str, ...]) -> bool:
    """Whether a described source's words name an organisation named so: the same words, the start of
    its name («مكتب الإحصاءات»), its name said short («قيادة التحالف» of «قيادة قوات التحالف»)."""
    return words == named or name_extends(words, named) or shortened(words, named)
