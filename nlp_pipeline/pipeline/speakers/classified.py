"""An organisation's speaker name with the classifier the text writes before it («شركة X», not X).

The NER leaves a generic classifier outside an organisation's span (annotation guide), but a speaker's name is
the fullest form of it in the document: where the text calls the body «شركة X» or «حركة X», that is the name
(name_classifiers.txt). Only where the text writes the classifier right before the name (after a mark too:
«شركة "X"»); a name never written so keeps its bare form.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import AGENCY_TAILS, NAME_CLASSIFIERS
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import with_proclitics, words_of
from nlp_pipeline.pipeline.latin.names import latin_name
from nlp_pipeline.pipeline.speakers.clusters import Cluster
from nlp_pipeline.tokens.doc import Doc, Token


def _classifier_before(tokens: list[Token], first: int) -> str | None:
    """The classifier written right before token `first` (across one opening mark), also after a proclitic
    و/ف/ب/ل («ولشركة X»: a genitive of the same name); with the article it is no classifier."""
    k = first - 1
    if k >= 0 and is_punct(tokens[k].text):  # «شركة "X"»: the mark between them
        k -= 1
    if k < 0:
        return None
    return next((c for c in NAME_CLASSIFIERS if tokens[k].norm in with_proclitics(c)), None)


def _agency_tail(tokens: list[Token], k: int) -> str:
    """«وكالة X للأنباء»: the genitive after the name that ends an agency's full name, else nothing."""
    return f" {tokens[k].text}" if k < len(tokens) and tokens[k].norm in AGENCY_TAILS else ""


def classified_name(cluster: Cluster, tokens: list[Token]) -> str:
    """The cluster's name with the classifier the text writes before it, else its name as it is."""
    name = cluster.name
    if cluster.label != "ORG":
        return name
    bare = words_of(name)
    for m in cluster.mentions:
        if m.words[1:] == bare and m.words[0] in NAME_CLASSIFIERS:  # the mention holds the classifier
            return f"{m.name.split(maxsplit=1)[0]} {name}"
        if m.words == bare and (c := _classifier_before(tokens, m.first)):
            return f"{c} {name}{_agency_tail(tokens, m.last)}"
    return name


def full_names(doc: Doc, clusters: list[Cluster]) -> None:
    """A cluster's fullest name is known once the whole document is read: every quote of it gets that name,
    with the classifier the text writes before it; its Latin spelling is the bare name's («شركة X»: X)."""
    by_id = {c.id: c for c in clusters}
    for q in doc.quotes:
        c = by_id.get(q.speaker.cluster) if q.speaker and q.speaker.cluster else None
        if q.speaker and c is not None and q.speaker.name != (name := classified_name(c, doc.tokens)):
            q.speaker.name, q.speaker.latin = name, latin_name(c.name, c.label)
