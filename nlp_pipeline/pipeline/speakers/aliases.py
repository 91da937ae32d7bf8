"""A body's short form written right after its full name: «شركة بترول الإمارات الوطنية "إينوك"»، «منظمة الأمم
المتحدة للأغذية والزراعة (فاو)».

News introduce an organisation once in full with its acronym or short name in quotation marks or brackets
after it, then use the short form alone. Both name one body, and the speaker's name is its fullest form in
the document (annotation guide), so the short form's mentions join the full name's cluster. Not for media
outlets («وكالة الأنباء الإيطالية "أنسا"»): the labels cite an agency by the name it signs with.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, MEDIA_NOUNS
from nlp_pipeline.lang.ar.wordforms import (
    ARTICLE,
    is_head_noun,
    without_article,
    without_conjunction,
    without_lam,
)
from nlp_pipeline.pipeline.speakers.addressees import CLOSING_BRACKETS, OPENING_BRACKETS
from nlp_pipeline.pipeline.speakers.clusters import Cluster, Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions

MAX_ALIAS_WORDS = 2  # «إينوك»، «أرامكو السعودية»: a short form is one or two words


def join_aliases(names: Mentions) -> Mentions:
    """Merge the cluster of a short form written in marks right after an organisation's full name into
    the full name's cluster; the same mentions, returned."""
    tokens = names.tokens
    orgs = sorted((m for m in names.mentions if m.label == "ORG"), key=lambda m: m.first)
    by_first = {m.first: m for m in orgs}
    for full in orgs:
        if full.last >= len(tokens) or tokens[full.last].text not in OPENING_BRACKETS:
            continue
        short = by_first.get(full.last + 1)
        if short is None or not _alias_of(names, full, short):
            continue
        _merge(names, full.cluster, short.cluster)
    for m in names.mentions:  # «الأرصاد» after «الرئاسة العامة للأرصاد وحماية البيئة»
        own = m.cluster is not None and all(o.words == m.words for o in m.cluster.mentions)
        if (
            m.label == "PER"
            or not own
            or m.cluster is None
            or any(_as_place(names, o) for o in m.cluster.mentions)
        ):
            continue  # only a short form's own cluster, never one written as a place («بعد الجبيل»)
        body = next((o for o in orgs if o.start < m.start and genitive_short(m.words, o.words)), None)
        if body is not None:
            for o in m.cluster.mentions:
                o.label = "ORG"  # «الأرصاد», which the NER may take for a place
            _merge(names, body.cluster, m.cluster)
    return names


def genitive_short(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A body called by the definite genitive its name puts after ل («للأرصاد» -> «الأرصاد»), whole or its
    start: the field of a «هيئة/مؤسسة/رئاسة عامة لـ…» is how news name it short."""
    if not short or not short[0].startswith(ARTICLE) or len(short[0]) < 5:
        return False
    for i, word in enumerate(full[1:], 1):
        if word == "ل" + short[0][1:] and full[i + 1 : i + len(short)] == short[1:]:
            return True
    return False


def _alias_of(names: Mentions, full: Mention, short: Mention) -> bool:
    """`short` is written in marks right after `full` and is shorter: an alias, not a second body."""
    tokens = names.tokens
    closed = short.last < len(tokens) and tokens[short.last].text in CLOSING_BRACKETS
    fewer = len(short.words) < len(full.words)
    # «"جامعة هارفارد"»، «(البنك المركزي)»: a head noun opens a body's description or another body, no alias;
    # nor is a name the text also writes so («جامعة بالعالم "هارفارد"» where «جامعة هارفارد» is named)
    others = short.cluster.mentions if short.cluster is not None else [short]
    headed = any(len(o.words) > MAX_ALIAS_WORDS or not o.words or is_head_noun(o.words[0]) for o in others)
    outlet = _outlet(names, full)
    return closed and fewer and not (headed or outlet) and None not in (full.cluster, short.cluster)


def _outlet(names: Mentions, full: Mention) -> bool:
    """The full name is a media outlet's: its head or the word before it is a media noun («وكالة»)."""
    heads = [full.words[0]] if full.words else []
    if full.first > 0:
        heads.append(names.tokens[full.first - 1].norm)
    forms = {without_article(without_lam(f)) for w in heads for f in without_conjunction(w)}
    return bool(forms & MEDIA_NOUNS)


def _merge(names: Mentions, keep: Cluster | None, gone: Cluster | None) -> None:
    """Every mention of `gone` now belongs to `keep`; `gone` is no cluster any more."""
    if keep is None or gone is None or keep is gone:
        return
    for m in gone.mentions:
        m.cluster = keep
    keep.mentions = sorted(keep.mentions + gone.mentions, key=lambda m: m.start)
    names.clusters.remove(gone)


def _as_place(names: Mentions, m: Mention) -> bool:
    """A mention written as a place: after a preposition («بعد الجبيل»، «في…») or with ب/ل glued on."""
    tokens = names.tokens
    before = tokens[m.first - 1].norm if m.first > 0 else ""
    glued = without_conjunction(tokens[m.first].norm)[-1][:3] in ("بال", "لل")
    return bool(FUNCTION_WORDS.intersection(without_conjunction(before))) or glued
