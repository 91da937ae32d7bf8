"""A name with the article that a title phrase took in: «رئيس الهيئة الوطنية المنصف الزواري».

`skip_title` steps over ال words after a title as its modifiers (الخارجية الروسي); a name written with the
article at the end of a long phrase is then inside it. Moved out of subject.py (size limit).
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import TITLE_LINKS
from nlp_pipeline.lang.ar.wordforms import is_adjective, is_definite, is_head_noun, is_title
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions


def swallowed_name(names: Mentions, first: int, k: int, within: Mention | None = None) -> tuple[int, int]:
    """A name with the article that a title phrase tokens[first:k] took in («رئيس الهيئة الوطنية المنصف
    الزواري»): its last two words when they follow a nisba adjective, the first no adjective, neither a
    title, a head noun or a place. (k, k) when there is none. `within`: the mention the phrase is (an
    organisation the NER tagged with the name inside), whose own words do not count as another name."""
    tokens = names.tokens
    if k - first < 4 or not (is_definite(tokens[k - 3].norm) and is_adjective(tokens[k - 3].norm)):
        return k, k
    if is_adjective(tokens[k - 2].norm):
        return k, k
    for t in (k - 2, k - 1):
        norm = tokens[t].norm
        if not is_definite(norm) or is_title(norm) or norm in TITLE_LINKS:
            return k, k
        if is_head_noun(norm) or any(m.first <= t < m.last for m in names.mentions if m is not within):
            return k, k
    return k - 2, k
