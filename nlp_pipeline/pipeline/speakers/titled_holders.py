"""The person a role phrase at the head of a subject names: «قال المتحدث باسم الوزارة فلان»، «أكد أمين
الأحساء رئيس اللجنة المهندس فلان». resolver.py asks after subject.entity_subject chose a mention."""

from __future__ import annotations

from nlp_pipeline.lang.ar.wordforms import is_honorific, is_title
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.subject import apposed_person


def role_phrase_holder(names: Mentions, first: int, last: int, m: Mention | None) -> Mention | None:
    """The holder of the role phrase in tokens[first:last], else `m`. No person chosen, an organisation, or a
    name that is all titles («أمين»): the person apposed to the phrase. A name that opens with a title
    («أمين الأحساء», a title and its place the NER tagged as a name): the person an honorific marks further
    along the phrase, since an honorific stands only before the name of the person it describes."""
    tokens = names.tokens
    if m is None or m.label != "PER" or all(is_title(tokens[t].norm) for t in range(m.first, m.last)):
        return apposed_person(names, first, last) or m
    if m.first == first and is_title(tokens[first].norm):
        held = apposed_person(names, first, last)
        if held is not None and held.first > first and is_honorific(tokens[held.first - 1].norm):
            return held
    return m
