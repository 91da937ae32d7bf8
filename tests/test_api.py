"""The Python API as a notebook user meets it: one text, a stream with bad items, data frames, import."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys

import pandas as pd
import pytest

import nlp_pipeline
from nlp_pipeline import Doc, DocError, DocumentError

from .conftest import ROOT, SEEDS

LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار."
KREMLIN = "أعلن الكرملين أن بوتين سيزور دمشق."
EXPECTED = ROOT / "tests" / "data" / "seeds_expected.jsonl"


@pytest.fixture(scope="module")
def nlp() -> nlp_pipeline.NewsPipeline:
    return nlp_pipeline.load()


def test_import_is_cheap_and_models_load_at_the_first_document() -> None:
    code = (
        "import sys, nlp_pipeline; nlp = nlp_pipeline.load(); print(nlp_pipeline.__version__,"
        " sorted(m for m in ('torch', 'stanza', 'pyarrow', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0.1.0", "[]"]


def test_one_text(nlp: nlp_pipeline.NewsPipeline) -> None:
    doc = nlp(LAVROV, id="a1", meta={"site": "example", "day": pd.Timestamp("2025-12-24")})
    assert isinstance(doc, Doc)
    assert (doc.id, doc.meta) == ("a1", {"site": "example", "day": "2025-12-24T00:00:00"})
    assert [(e.text, e.label) for e in doc.entities] == [("سيرغي لافروف", "PER"), ("موسكو", "LOC")]
    (quote,) = doc.quotes
    assert (quote.text, quote.kind, quote.speaker.latin) == (
        "موسكو مستعدة للحوار",
        "indirect",
        "Sergei Lavrov",
    )
    assert [t.text for t in doc.sentence_tokens(doc.sentences[0])][:2] == ["وقال", "وزير"]


def test_a_document_is_the_record_run_writes(nlp: nlp_pipeline.NewsPipeline) -> None:
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    for path, line in zip(SEEDS, expected):
        doc = nlp(path.read_text(encoding="utf-8"), id=path.stem, source=f"seeds/{path.name}")
        assert json.dumps(doc.to_dict(), ensure_ascii=False) == line


def test_a_bad_text_raises_with_its_error(nlp: nlp_pipeline.NewsPipeline) -> None:
    with pytest.raises(DocumentError) as raised:
        nlp(" \n ", id="blank")
    assert (raised.value.error.id, raised.value.error.type) == ("blank", "EmptyDocument")


def test_a_stream_with_bad_items_in_the_middle(nlp: nlp_pipeline.NewsPipeline) -> None:
    inputs = [LAVROV, "", None, "قال".encode() + b"\xff", {"id": "k", "text": KREMLIN, "site": "x"}, KREMLIN]
    results = list(nlp.pipe(inputs))
    assert [type(r).__name__ for r in results] == ["Doc", "DocError", "DocError", "DocError", "Doc", "Doc"]
    assert [r.id for r in results] == ["0", "1", "2", "3", "k", "5"]
    assert [r.type for r in results if isinstance(r, DocError)] == [
        "EmptyDocument", "NotText", "UnicodeDecodeError",
    ]  # fmt: skip
    assert results[3].to_dict()["error"]["byte_offset"] == 6
    assert results[4].meta == {"site": "x"}
    assert results[0] == nlp(LAVROV)
    assert [e.label for e in results[5].entities] == ["ORG", "PER", "LOC"]


def test_two_workers_give_the_same_results_in_order() -> None:
    nlp = nlp_pipeline.load(ner=False)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    texts.insert(2, "   ")
    one, two = list(nlp.pipe(texts)), list(nlp.pipe(texts, workers=2))
    assert one == two
    assert isinstance(two[2], DocError) and len(two[5].quotes) > 0


def test_a_data_frame(nlp: nlp_pipeline.NewsPipeline) -> None:
    frame = pd.DataFrame(
        {
            "body": [LAVROV, None, KREMLIN],
            "views": [10, 20, 30],
            "day": pd.to_datetime(["2025-12-24", "2025-12-25", None]),
        },
        index=[101, 102, 103],
    )
    results = list(nlp.pipe_frame(frame, text="body"))
    assert [r.id for r in results] == ["101", "102", "103"]
    assert isinstance(results[1], DocError) and results[1].type == "EmptyDocument"
    assert results[0].meta == {"views": 10, "day": "2025-12-24T00:00:00"}
    assert results[2].meta == {"views": 30, "day": None}
    assert [e.text for e in results[2].entities] == ["الكرملين", "بوتين", "دمشق"]
    by_views = list(nlp.pipe_frame(frame, text="body", id="views"))
    assert [r.id for r in by_views] == ["10", "20", "30"]
    assert "views" not in by_views[0].meta
    with pytest.raises(KeyError, match="'text'"):
        nlp.pipe_frame(frame)


def test_the_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5
    assert result.failed == 0


def test_the_module_docstring_example_runs() -> None:
    from nlp_pipeline import api

    result = doctest.testmod(api)
    assert (result.attempted, result.failed) == (4, 0)
