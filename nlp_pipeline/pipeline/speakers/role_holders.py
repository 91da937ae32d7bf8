"""The person a role in an organisation names where the NER tagged no person: «وقال رئيس اتحاد X في الولاية،
فلان الفلاني، إن…» (a name set between commas right after the role), «وكان رئيس الحكومة التونسية فلان الفلاني
قد أكد…» (the NER's organisation took in the name written with the article after its nisba adjective).

Without these the resolver keeps the role phrase («رئيس اتحاد X») as the speaker's description though the text
names the person; the guide wants the name.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import ADVERBS
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, is_punct
from nlp_pipeline.lang.ar.wordforms import is_adjective
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.swallowed import swallowed_name

APPOSED_GAP = 3  # words between the role phrase and the comma before the name («في الولاية»)


def role_holder(names: Mentions, org: Mention, k: int, last: int) -> tuple[int, int] | None:
    """The token span of the name of the person holding the role that ends at token k (its organisation
    `org`), within the cue's subject window ending at `last`; None when the text names nobody there."""
    return _swallowed(names, org) or _between_commas(names, k, last)


def _swallowed(names: Mentions, org: Mention) -> tuple[int, int] | None:
    """«الحكومة التونسية الحبيب الصيد» tagged as one organisation: the name its words took in, as a title
    phrase takes one in (swallowed.py), its last word no adjective either."""
    first, last = swallowed_name(names, org.first, org.last, within=org)
    return None if first == last or is_adjective(names.tokens[last - 1].norm) else (first, last)


def _between_commas(names: Mentions, k: int, last: int) -> tuple[int, int] | None:
    """«رئيس اتحاد X في الولاية، أفنين ألتينر، …»: a name of two words or more between a comma a few words
    after the role and the next comma (or the end of the subject). Not a time phrase («، أمس الأول،»)."""
    tokens = names.tokens
    comma = next((t for t in range(k, min(k + APPOSED_GAP + 1, last)) if is_punct(tokens[t].text)), None)
    if comma is None or tokens[comma].text not in CLAUSE_PUNCT:
        return None
    nfirst, nlast = names.name_words(comma + 1)
    if nlast - nfirst < 2 or nlast > last or (nlast < last and tokens[nlast].text not in CLAUSE_PUNCT):
        return None
    if any(tokens[t].norm in ADVERBS for t in range(nfirst, nlast)):
        return None
    return nfirst, nlast
