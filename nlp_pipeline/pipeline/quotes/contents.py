"""Stage `list_quote_entities(doc)`: which entities each quote talks about, so that speaker -> mentioned
entity pairs are one join away in the output. Runs last, once entities and speakers are final."""

from __future__ import annotations

from bisect import bisect_left

from nlp_pipeline.tokens.doc import Doc


def list_quote_entities(doc: Doc) -> Doc:
    """Fill every quote's `entities` with the ids of the entities whose span lies inside its content."""
    entities = sorted(doc.entities, key=lambda e: (e.start, e.end))
    starts = [e.start for e in entities]
    for quote in doc.quotes:
        first = bisect_left(starts, quote.start)
        inside = (e for e in entities[first:] if e.start < quote.end)
        quote.entities = [e.id for e in inside if e.end <= quote.end]
    return doc
