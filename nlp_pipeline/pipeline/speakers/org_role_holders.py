"""The person a role in a named organisation refers back to: «وبيّن مدير عام الخطوط السعودية أن…» after «…
بحضور مدير عام الخطوط الجوية العربية السعودية المهندس صالح بن ناصر الجاسر».

News introduce an official once as «role + organisation + honorific + name» and later repeat the role phrase
alone as the subject of a speech verb. The role phrase is then that person (the issue's nominal anaphora),
not an unnamed description. subject.title_holder finds the holder when only a few words stand between the
title and the name; this module reads the introducing phrase backwards from the name, so an organisation of
any length and honorifics («المهندس»، «الدكتور») may stand between them. The role's title word and the
organisation (the same cluster: a short form joins its full name, clusters.shortened) must both match, so
another official of the same body or the same title elsewhere is not taken.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import is_honorific, is_title, word_stem
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.subject import title_holder

MAX_HONORIFICS = 2  # title words between the organisation and the name («المهندس»، «معالي الدكتور»)
MAX_ROLE_WORDS = 3  # words of the role before the organisation («مدير عام»، «نائب رئيس مجلس»)


def org_title_holder(names: Mentions, first: int, org: Mention) -> Mention | None:
    """The person holding the role whose title words run from token `first` to the organisation `org`
    («مدير عام الخطوط السعودية»): subject.title_holder's, else one introduced as «role + org + titles +
    name» before `first`, the latest such."""
    held = title_holder(names, first, org)
    if held is not None or org.cluster is None:
        return held
    tokens = names.tokens
    titles = {word_stem(tokens[t].norm) for t in range(first, org.first) if is_title(tokens[t].norm)}
    if not titles:
        return None
    people = [p for p in names.mentions if p.label == "PER" and p.cluster is not None and p.last <= first]
    return next((p for p in reversed(people) if _introduced(names, p, org, titles)), None)


def _introduced(names: Mentions, p: Mention, org: Mention, titles: set[str]) -> bool:
    """Whether the text writes «title of `titles` + a mention of `org`'s cluster + up to MAX_HONORIFICS
    title words» right before the person mention `p`, with no punctuation inside."""
    tokens = names.tokens
    t = p.first - 1
    skipped = 0
    while t >= 0 and skipped < MAX_HONORIFICS and (is_title(tokens[t].norm) or is_honorific(tokens[t].norm)):
        t, skipped = t - 1, skipped + 1
    body = next((m for m in names.mentions if m.last == t + 1 and m.label != "PER"), None)
    if body is None or body.cluster is not org.cluster:
        return False
    for k in range(body.first - 1, max(body.first - 1 - MAX_ROLE_WORDS, -1), -1):
        if is_punct(tokens[k].text):
            return False
        if is_title(tokens[k].norm) and word_stem(tokens[k].norm) in titles:
            return True
    return False
