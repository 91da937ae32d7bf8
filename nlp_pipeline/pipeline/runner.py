"""Wiring: a pipeline is a list of stages, each a callable `Doc -> Doc` with one job."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.tokens.doc import Doc

Stage = Callable[[Doc], Doc]


def default_stages(ner: bool = True, quotes: bool = True) -> list[Stage]:
    stages: list[Stage] = [tokenize_doc]
    if ner:
        from nlp_pipeline.pipeline.ner.stage import tag_entities

        stages.append(tag_entities)
    if quotes:
        from nlp_pipeline.pipeline.quotes.contents import list_quote_entities
        from nlp_pipeline.pipeline.quotes.finder import find_quotes
        from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers

        stages += [find_quotes, attribute_speakers, list_quote_entities]
    return stages


class Pipeline:
    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc
