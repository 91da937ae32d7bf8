"""Label consistency within a document ("one sense per discourse").

A news article names its people, places and organisations several times; the tagger, reading one
sentence at a time, finds some mentions and misses others («سلتيك» tagged in one sentence, left O in
the next). Every word sequence the tagger labelled somewhere in the document is labelled wherever
else it occurs untagged, with the label it got most often. Measured with `nlp-pipeline bench`
(documents of 20 sentences where the gold file has no `-DOCSTART-`): ANERcorp dev +0.9 F1, AQMAR
dev +5.0, seeds +0.7 (see README).

A person named in full is then called by the surname alone («عادل الجبير» … «وأكد الجبير»), which the
tagger often misses: `propagate_name_parts` tags the last part of every person's name where it recurs
untagged, with its proclitics. Parts that are common words on their own (particles such as عبد/أبو/بن,
الله, titles, function words) are never propagated alone.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import regex

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, NAME_ENDS, NAME_PARTICLES, PERSON_TITLES
from nlp_pipeline.lang.ar.wordforms import with_proclitics
from nlp_pipeline.pipeline.ner.bioes import Span

_LETTER = regex.compile(r"\p{L}")


def _is_name(words: tuple[str, ...]) -> bool:
    """Only sequences with at least two letters are propagated: never punctuation or digits alone."""
    return len(_LETTER.findall("".join(words))) >= 2


def _taken(spans: Sequence[Sequence[Span]]) -> list[set[int]]:
    """Word positions already inside a span, per sentence."""
    return [{i for first, last, _ in sent_spans for i in range(first, last)} for sent_spans in spans]


def propagate(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """The spans of every sentence of one document, plus the untagged repeats of tagged names."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for words, sent_spans in zip(sentences, spans):
        for first, last, label in sent_spans:
            labels[tuple(words[first:last])][label] += 1
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)  # first word -> (sentence, position)
    for s, words in enumerate(sentences):
        for i, w in enumerate(words):
            where[w].append((s, i))
    out = [list(sent_spans) for sent_spans in spans]
    taken = _taken(spans)
    # Longest names first, so that «بان كي مون» is placed before «مون» could take its last word.
    for name in sorted(labels, key=lambda n: (-len(n), n)):
        if not _is_name(name):
            continue
        label = labels[name].most_common(1)[0][0]
        for s, i in where[name[0]]:
            positions = range(i, i + len(name))
            if tuple(sentences[s][i : i + len(name)]) == name and taken[s].isdisjoint(positions):
                out[s].append((i, i + len(name), label))
                taken[s].update(positions)
    return [sorted(sent_spans) for sent_spans in out]


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
    out = [list(sent_spans) for sent_spans in spans]
    taken = _taken(spans)
    for part in sorted(parts - other, key=lambda n: (-len(n), n)):
        heads = with_proclitics(part[0])
        for s, words in enumerate(sentences):
            for i in range(len(words) - len(part) + 1):
                positions = range(i, i + len(part))
                if (
                    words[i] in heads
                    and tuple(words[i + 1 : i + len(part)]) == part[1:]
                    and taken[s].isdisjoint(positions)
                ):
                    out[s].append((i, i + len(part), "PER"))
                    taken[s].update(positions)
    return [sorted(sent_spans) for sent_spans in out]
