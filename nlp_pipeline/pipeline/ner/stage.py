"""NER stage: tag each sentence's token norms, decode spans, make names consistent across the document.

The tagger sees each token's `norm` (the model was trained on normalized corpus words), one sentence at a
time, and its spans are mapped back onto the ORIGINAL text. Spans follow whitespace tokens the way ANERcorp
does: proclitics stay inside (وموسكو is one LOC token).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp_pipeline.pipeline.ner.bioes import Span, spans_from_tags
from nlp_pipeline.pipeline.ner.heads import tag_org_heads
from nlp_pipeline.pipeline.ner.propagation import propagate, propagate_clitic_forms, propagate_name_parts
from nlp_pipeline.pipeline.ner.rules import DEFAULT_RULES, Rules
from nlp_pipeline.pipeline.ner.tagger import Tagger, default_tagger, tagger_input
from nlp_pipeline.tokens.doc import ENTITY_LABELS, Doc, Entity


def entity_spans(
    words: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], rules: Rules = DEFAULT_RULES
) -> list[list[Span]]:
    """PER/LOC/ORG spans of one document's sentences from their tags, then the document-level rules."""
    spans = [[span for span in spans_from_tags(t) if span[2] in ENTITY_LABELS] for t in tags]
    if rules.org_heads:
        spans = tag_org_heads(words, spans)
    if rules.consistency:
        spans = propagate(words, spans)
    if rules.clitic_forms:
        spans = propagate_clitic_forms(words, spans)
    if rules.name_parts:
        spans = propagate_name_parts(words, spans)
    return spans


def tag_entities(doc: Doc, tagger: Tagger | None = None) -> Doc:
    """Pipeline stage: fill doc.entities."""
    tagger = tagger or default_tagger()
    sents = [doc.sentence_tokens(s) for s in doc.sentences]
    words = [[tagger_input(t.norm or t.text) for t in toks] for toks in sents]
    doc.entities = []
    for toks, sent_spans in zip(sents, entity_spans(words, tagger.tag(words))):
        for first, last, label in sent_spans:
            start, end = toks[first].start, toks[last - 1].end
            doc.entities.append(Entity(start, end, doc.text[start:end], f"e{len(doc.entities)}", label))
    return doc
