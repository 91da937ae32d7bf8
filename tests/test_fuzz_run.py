"""The whole `run` command on random input: random JSONL lines (any Unicode, lone surrogates, bidi controls,
any JSON type in any field, broken JSON) and random file names in a directory (undecodable bytes, FIFOs,
symlink loops). One output line per input item, in order, each valid JSON; exit status 0 or 1; no traceback.

`make fuzz` runs it longer (FUZZ_EXAMPLES=2000). Every case it found is a plain test in test_poison_pills.py.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nlp_pipeline.cli import app

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))

ODD = ["\ud800", "\udfff", "\ud83d", "\u202e", "\u2066", "\u200f", "\x00", "\u2028", "\u0085", "\n",
       "\r", "\ufeff", "\ufffd", "«", "»", "“", "”", '"', "\\", " ", "قال ", "لافروف", "موسكو", "وأضاف أن ",
       "."]  # fmt: skip
PIECES = st.one_of(st.characters(), st.sampled_from(ODD))
TEXT = st.lists(PIECES, max_size=30).map("".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)
NEWS = st.lists(st.sampled_from(ODD[7:]), min_size=1, max_size=30).map("".join)  # mostly words and marks
DOCUMENT = st.fixed_dictionaries(
    {"text": st.one_of(NEWS, st.text(max_size=40), TEXT)}, optional={"id": JSON, "meta": JSON, "lang": JSON}
)
OBJECTS = st.one_of(
    DOCUMENT, DOCUMENT, st.fixed_dictionaries({}, optional={"id": JSON, "text": JSON, "meta": JSON})
)


def encode(value: object, ascii_only: bool) -> bytes:
    """As a scraper would write it; raw lone surrogates make invalid UTF-8."""
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


ENCODED = st.builds(encode, OBJECTS, st.sampled_from([True, True, True, False]))
LINES = st.one_of(
    ENCODED,
    ENCODED,
    ENCODED,
    st.builds(encode, JSON, st.booleans()),
    st.builds(lambda raw, cut: raw[:cut], ENCODED, st.integers(0, 30)),  # broken JSON
    st.binary(max_size=30),
).map(lambda raw: raw.replace(b"\n", b" "))

NAMES = st.binary(min_size=1, max_size=24).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))
KINDS = st.sampled_from(["file", "file", "file", "fifo", "loop", "dangling"])
CONTENTS = st.one_of(st.binary(max_size=40), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
ENTRIES = st.dictionaries(
    st.builds(lambda name, txt: name + b".txt" if txt else name, NAMES, st.booleans()),
    st.tuples(KINDS, CONTENTS),
    max_size=6,
)


def make_dir(folder: Path, entries: dict[bytes, tuple[str, bytes]]) -> list[str]:
    """Create the entries; the sources expected in the output, in order (regular *.txt files only)."""
    folder.mkdir()
    base = os.fsencode(folder)
    expected = []
    for name, (kind, content) in entries.items():
        if name in (b".", b".."):
            continue
        path = base + b"/" + name
        if kind == "file":
            with open(path, "wb") as f:
                f.write(content)
            if name.endswith(b".txt"):
                expected.append(name)
        elif kind == "fifo":
            os.mkfifo(path)
        else:
            os.symlink(path if kind == "loop" else b"nowhere", path)
    expected.sort(key=os.fsdecode)
    return [(base + b"/" + n).decode("utf-8", "backslashreplace") for n in expected]


def run_and_check(args: list[str], expected_sources: list[str], out: Path) -> list[dict]:
    res = CliRunner().invoke(app, ["run", *args, "-o", str(out)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    lines = out.read_bytes().split(b"\n")
    assert lines.pop() == b""
    records = [json.loads(line.decode("utf-8"), parse_constant=_invalid) for line in lines]
    assert [r["source"] for r in records] == expected_sources
    errors = [r for r in records if "error" in r]
    assert res.exit_code == (1 if errors else 0), res.output
    for rec in records:
        if "error" not in rec:
            for span in rec["tokens"] + rec["entities"] + rec["quotes"]:
                assert rec["text"][span["start"] : span["end"]] == span["text"]
    return records


def _invalid(constant: str) -> None:
    raise AssertionError(f"{constant} is not JSON")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINES, max_size=6), entries=ENTRIES)
def test_run_on_random_input_gives_one_valid_line_per_item(lines: list[bytes], entries: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, src = Path(tmp) / "docs", Path(tmp) / "in.jsonl"
        dir_sources = make_dir(folder, entries)
        src.write_bytes(b"\n".join(lines))
        jsonl_sources = [f"{src}:{n}" for n, line in enumerate(lines, start=1) if line.strip()]
        records = run_and_check([str(folder), str(src)], dir_sources + jsonl_sources, Path(tmp) / "out.jsonl")
    for rec in records:  # pytest --hypothesis-show-statistics shows how often each kind came out
        event(rec["error"]["type"] if "error" in rec else "processed")
