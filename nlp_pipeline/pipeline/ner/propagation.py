"""Label consistency within a document ("one sense per discourse").

A news article names its people, places and organisations several times; the tagger, reading one
sentence at a time, finds some mentions and misses others («سلتيك» tagged in one sentence, left O in
the next). Every word sequence the tagger labelled somewhere in the document is labelled wherever
else it occurs untagged, with the label it got most often. Measured with `nlp-pipeline bench`
(documents of 20 sentences where the gold file has no `-DOCSTART-`): ANERcorp dev +0.9 F1, AQMAR
dev +5.0, seeds +0.7 (see README). `propagate_clitic_forms` does the same through a proclitic
(«السعودية» tagged, «والسعودية» / «للسعودية» untagged): dev pool +0.4 F1 (models/README.md).

A person named in full is then called by the surname alone («عادل الجبير» … «وأكد الجبير»), which the
tagger often misses: `propagate_name_parts` tags the last part of every person's name where it recurs
untagged, with its proclitics. Parts that are common words on their own (particles such as عبد/أبو/بن,
الله, titles, function words) are never propagated alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import regex

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, NAME_ENDS, NAME_PARTICLES, PERSON_TITLES
from nlp_pipeline.lang.ar.wordforms import is_head_noun, is_title, with_proclitics
from nlp_pipeline.pipeline.ner.bioes import Span

_LETTER = regex.compile(r"\p{L}")


def _is_name(words: tuple[str, ...]) -> bool:
    """Only sequences with at least two letters are propagated: never punctuation or digits alone."""
    return len(_LETTER.findall("".join(words))) >= 2


def _taken(spans: Sequence[Sequence[Span]]) -> list[set[int]]:
    """Word positions already inside a span, per sentence."""
    return [{i for first, last, _ in sent_spans for i in range(first, last)} for sent_spans in spans]


class _Placer:
    """Places spans on the untagged repeats of a name in one document; `where` indexes each word's
    positions so that a name is looked up where its first word occurs, not searched for word by word."""

    def __init__(self, sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]) -> None:
        self.sentences = sentences
        self.out = [list(sent_spans) for sent_spans in spans]
        self.taken = _taken(spans)
        self.where: dict[str, list[tuple[int, int]]] = defaultdict(list)  # word -> (sentence, position)
        for s, words in enumerate(sentences):
            for i, w in enumerate(words):
                self.where[w].append((s, i))

    def place(self, firsts: Iterable[str], rest: tuple[str, ...], label: str) -> None:
        """Tag every untagged run of one of `firsts` followed by `rest`."""
        for first in firsts:
            for s, i in self.where.get(first, ()):
                positions = range(i, i + 1 + len(rest))
                words = self.sentences[s]
                if tuple(words[i + 1 : i + 1 + len(rest)]) == rest and self.taken[s].isdisjoint(positions):
                    self.out[s].append((i, i + 1 + len(rest), label))
                    self.taken[s].update(positions)

    def spans(self) -> list[list[Span]]:
        return [sorted(sent_spans) for sent_spans in self.out]


def _labels(
    sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]
) -> dict[tuple[str, ...], str]:
    """Every word sequence tagged in the document, with the label it got most often."""
    counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, sent_spans in zip(sentences, spans):
        for first, last, label in sent_spans:
            counts[tuple(words[first:last])][label] += 1
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


def propagate(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """The spans of every sentence of one document, plus the untagged repeats of tagged names."""
    labels = _labels(sentences, spans)
    placer = _Placer(sentences, spans)
    # Longest names first, so that «بان كي مون» is placed before «مون» could take its last word.
    for name in sorted(labels, key=lambda n: (-len(n), n)):
        if _is_name(name):
            placer.place((name[0],), name[1:], labels[name])
    return placer.spans()


def _common_word(norm: str) -> bool:
    """A word that a tagger's slip may label alone but that names no one: «عبد»، «الرئيس»، «تنظيم»."""
    return norm in _NOT_A_NAME_ALONE or is_title(norm) or is_head_noun(norm)


def propagate_clitic_forms(
    sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]
) -> list[list[Span]]:
    """The spans of one document, plus the untagged repeats of tagged names behind a proclitic:
    «السعودية» tagged once, «والسعودية» and «للسعودية» elsewhere get its label (through و/ف/ب/ل)."""
    labels = _labels(sentences, spans)
    placer = _Placer(sentences, spans)
    for name in sorted(labels, key=lambda n: (-len(n), n)):
        if (
            _is_name(name)
            and len(_LETTER.findall(name[0])) >= 3
            and (len(name) > 1 or not _common_word(name[0]))
        ):
            placer.place(sorted(with_proclitics(name[0]) - {name[0]}), name[1:], labels[name])
    return placer.spans()


# A part that is one of these alone is a common word, not the person: «عبد», «الله», «الرئيس», «في».
_NOT_A_NAME_ALONE = NAME_PARTICLES | NAME_ENDS | PERSON_TITLES | FUNCTION_WORDS


def surname(name: Sequence[str]) -> tuple[str, ...] | None:
    """The part of a person's name that stands for the person alone: its last word, with the particle
    before it (الجبير of عادل الجبير, عبد العزيز of سلمان بن عبد العزيز); None when that is the whole
    name or a common word."""
    unit = tuple(name[-2:]) if len(name) >= 2 and name[-2] in NAME_PARTICLES else tuple(name[-1:])
    if len(unit) >= len(name) or (len(unit) == 1 and unit[0] in _NOT_A_NAME_ALONE) or not _is_name(unit):
        return None
    if len(_LETTER.findall(unit[-1])) < 3:
        return None
    return unit


def propagate_name_parts(
    sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]
) -> list[list[Span]]:
    """The spans of one document, plus PER spans where a tagged person's surname recurs untagged."""
    other: set[tuple[str, ...]] = set()  # words tagged as something else somewhere: left alone
    parts: set[tuple[str, ...]] = set()
    for words, sent_spans in zip(sentences, spans):
        for first, last, label in sent_spans:
            name = tuple(words[first:last])
            if label != "PER":
                other.add(name)
            elif (part := surname(name)) is not None:
                parts.add(part)
    placer = _Placer(sentences, spans)
    for part in sorted(parts - other, key=lambda n: (-len(n), n)):
        placer.place(sorted(with_proclitics(part[0])), part[1:], "PER")
    return placer.spans()
