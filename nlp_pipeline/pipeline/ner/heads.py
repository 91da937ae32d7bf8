"""Organisation head words, after the tagger (issue 11: ORG recall is the weak side, 0.33 on news).

The tagger misses many multi-word institutions («وزارة الصحة»، «مجلس الشورى») and reads «مستشفى عسير» as
the place alone. Following the annotation guide: a head that is part of the official name (وزارة، هيئة،
مجلس …, `lang/ar/data/org_heads.txt`) starts an ORG span over the definite words or the place after it; a
generic classifier (تنظيم، نادي، صحيفة …, `org_classifiers.txt`) stays outside, and the one name word after
it is the ORG. Only untagged words are taken, and a place right after an official head joins the ORG.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, ORG_CLASSIFIERS, ORG_HEADS
from nlp_pipeline.lang.ar.wordforms import is_definite, with_proclitics
from nlp_pipeline.pipeline.ner.bioes import Span

_HEADS = frozenset(f for h in ORG_HEADS for f in with_proclitics(h))
_CLASSIFIERS = frozenset(f for h in ORG_CLASSIFIERS for f in with_proclitics(h))
MAX_WORDS = 4  # definite words after a head: «مجلس القضاء الأعلى»، «هيئة التخصصات الصحية»


def _name_word(norm: str) -> bool:
    return len(norm) >= 3 and norm.isalpha() and norm not in FUNCTION_WORDS


def _definite_name_word(norm: str) -> bool:
    """«الصحة»، «الأعلى», but not «اليوم» (a time word with the article)."""
    return is_definite(norm) and norm not in FUNCTION_WORDS


def _sentence(words: Sequence[str], spans: Sequence[Span]) -> list[Span]:
    label_at = {i: (first, last, label) for first, last, label in spans for i in range(first, last)}
    out = set(spans)
    i = 0
    while i < len(words) - 1:
        if i in label_at or not (words[i] in _HEADS or words[i] in _CLASSIFIERS):
            i += 1
            continue
        nxt = label_at.get(i + 1)
        if words[i] in _HEADS and nxt is not None and nxt[0] == i + 1 and nxt[2] in ("LOC", "ORG"):
            out.discard(nxt)  # «مستشفى عسير», «وزارة» + «الخارجية السورية»: one ORG
            out.add((i, nxt[1], "ORG"))
            i = nxt[1]
            continue
        end = i + 1
        if words[i] in _HEADS:
            while (
                end < len(words)
                and end - i <= MAX_WORDS
                and end not in label_at
                and _definite_name_word(words[end])
            ):
                end += 1
            if end > i + 1:
                out.add((i, end, "ORG"))
        elif nxt is None and _name_word(words[i + 1]):
            out.add((i + 1, i + 2, "ORG"))
        i = max(end, i + 1)
    return sorted(out)


def tag_org_heads(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]) -> list[list[Span]]:
    """The spans of one document, with the organisations their head words show."""
    return [_sentence(words, sent_spans) for words, sent_spans in zip(sentences, spans)]
