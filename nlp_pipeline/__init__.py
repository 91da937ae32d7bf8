"""nlp-pipeline: Arabic news entities and attributed quotations, offline.

    nlp = nlp_pipeline.load()            # a NewsPipeline (models load at the first document)
    doc = nlp(text, id="a1")             # a Doc: sentences, tokens, entities, quotes with speakers
    docs = nlp.pipe(texts, workers=2)    # Docs in input order, a DocError in place of a bad input
    docs = nlp.pipe_frame(df, text="body")
    docs = nlp_pipeline.read_jsonl("out/seeds.jsonl")   # an output file back as Docs

The names below come from `nlp_pipeline.api`, imported on first use: `import nlp_pipeline` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Doc", "DocError", "DocumentError", "NewsPipeline", "__version__", "load", "read_jsonl"]

if TYPE_CHECKING:  # what editors and type checkers see
    from nlp_pipeline.api import Doc, DocError, DocumentError, NewsPipeline, load, read_jsonl


def __getattr__(name: str) -> Any:
    if name in __all__:
        from nlp_pipeline import api

        return getattr(api, name)
    raise AttributeError(f"module 'nlp_pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
