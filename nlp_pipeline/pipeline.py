"""Wiring: a pipeline is a list of stages, each a callable `Doc -> Doc` with one job."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from nlp_pipeline.doc import Doc, error_record
from nlp_pipeline.inputs import Item
from nlp_pipeline.tokenize import tokenize_doc

Stage = Callable[[Doc], Doc]


def default_stages(ner: bool = True, quotes: bool = True) -> list[Stage]:
    stages: list[Stage] = [tokenize_doc]
    if ner:
        from nlp_pipeline.ner import tag_entities

        stages.append(tag_entities)
    if quotes:
        from nlp_pipeline.quotes import find_quotes
        from nlp_pipeline.speakers import attribute_speakers

        stages += [find_quotes, attribute_speakers]
    return stages


class Pipeline:
    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def record(self, item: Item) -> dict[str, Any]:
        """The output record for one input item; a failure inside a stage becomes an error record."""
        if item.error is not None:
            return error_record(item.id, item.source, *item.error, **item.error_extra)
        assert item.text is not None
        try:
            doc = self(Doc(id=item.id, text=item.text, source=item.source, meta=item.meta))
        except Exception as e:  # one bad document never stops the batch
            return error_record(item.id, item.source, type(e).__name__, str(e) or repr(e))
        return doc.to_dict()


def to_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"
