"""Output files back into typed documents: record -> Doc -> record, on the seeds' output and fuzzed ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nlp_pipeline
from nlp_pipeline import Doc, DocError

from .conftest import ROOT

EXPECTED = ROOT / "tests" / "data" / "seeds_expected.jsonl"


def test_the_seeds_output_reads_back_into_docs_and_writes_out_the_same() -> None:
    lines = EXPECTED.read_text(encoding="utf-8").splitlines()
    docs = list(nlp_pipeline.read_jsonl(EXPECTED))
    assert [type(d) for d in docs] == [Doc] * len(lines) and len(lines) == 2
    for doc, line in zip(docs, lines):
        assert json.dumps(doc.to_dict(), ensure_ascii=False) == line
        for sentence in doc.sentences:  # each sentence's tokens are found again from the offsets
            tokens = doc.sentence_tokens(sentence)
            assert tokens and sentence.start <= tokens[0].start and tokens[-1].end <= sentence.end
        assert sum(len(s.tokens) for s in doc.sentences) == len(doc.tokens)
        named = [q.speaker for q in doc.quotes if q.speaker and q.speaker.start is not None]
        assert named and all(doc.text[s.start : s.end] == s.text for s in named)


def test_error_records_read_back_as_doc_errors(tmp_path: Path) -> None:
    bad = DocError("x", "a.txt", "UnicodeDecodeError", "invalid UTF-8 at byte 3", extra={"byte_offset": 3})
    path = tmp_path / "out.jsonl"
    lines = [EXPECTED.read_text(encoding="utf-8").splitlines()[0], json.dumps(bad.to_dict())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc, error = nlp_pipeline.read_jsonl(path)
    assert isinstance(doc, Doc) and error == bad
    assert error.to_dict()["error"] == {
        "type": "UnicodeDecodeError",
        "message": bad.message,
        "byte_offset": 3,
    }


@pytest.mark.parametrize(
    "line", ['{"id": "x", "text": "نص"}', "[1, 2]", '{"schema_version": "1", "id": "x"', "{}"]
)
def test_a_line_that_is_not_a_record_is_named(tmp_path: Path, line: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(EXPECTED.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{path.name}:4: not an output record"):
        list(nlp_pipeline.read_jsonl(path))


TEXT = st.text(max_size=12)
OFFSET = st.integers(0, 10_000)
SPAN = st.fixed_dictionaries({"start": OFFSET, "end": OFFSET, "text": TEXT})
TOKEN = st.fixed_dictionaries({"start": OFFSET, "end": OFFSET, "text": TEXT, "norm": TEXT})
ENTITY = st.fixed_dictionaries(
    {"id": TEXT, "start": OFFSET, "end": OFFSET, "text": TEXT,
     "label": st.sampled_from(["PER", "LOC", "ORG"]), "cluster": st.none() | TEXT}
)  # fmt: skip
SPEAKER = st.fixed_dictionaries(
    {"name": TEXT, "latin": st.none() | TEXT},
    optional={"start": OFFSET, "end": OFFSET, "text": TEXT, "entity": TEXT, "cluster": TEXT},
)
QUOTE = st.fixed_dictionaries(
    {"id": TEXT, "start": OFFSET, "end": OFFSET, "text": TEXT,
     "kind": st.sampled_from(["direct", "indirect", "mixed"]), "cue": st.none() | SPAN,
     "speaker": st.none() | SPEAKER, "entities": st.lists(TEXT, max_size=3)}
)  # fmt: skip
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
DOC_RECORD = st.fixed_dictionaries(
    {"schema_version": st.just("1"), "id": TEXT, "source": TEXT, "text": st.text(max_size=60),
     "sentences": st.lists(st.fixed_dictionaries({"start": OFFSET, "end": OFFSET}), max_size=4),
     "tokens": st.lists(TOKEN, max_size=6), "entities": st.lists(ENTITY, max_size=4),
     "quotes": st.lists(QUOTE, max_size=3), "meta": st.dictionaries(TEXT, JSON, max_size=3)}
)  # fmt: skip
ERROR_RECORD = st.fixed_dictionaries(
    {"schema_version": st.just("1"), "id": TEXT, "source": TEXT,
     "error": st.fixed_dictionaries({"type": TEXT, "message": TEXT}, optional={"byte_offset": OFFSET})}
)  # fmt: skip


@given(st.lists(DOC_RECORD | ERROR_RECORD, min_size=1, max_size=5))
def test_fuzzed_records_survive_the_round_trip(records: list[dict]) -> None:
    for rec in records:
        parsed = json.loads(json.dumps(rec, ensure_ascii=False))
        typed = Doc.from_dict(parsed) if "error" not in parsed else DocError.from_dict(parsed)
        assert typed.to_dict() == rec  # key order is checked on real records, above
