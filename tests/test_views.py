"""The views of the output: the JSON Schema against real records, tables that pandas and DuckDB read, and
HTML pages read back as a browser would (every entity and statement at its offsets, nothing runs)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli import app
from nlp_pipeline.views.schema import record_schema

from .conftest import ROOT

EXPECTED = ROOT / "tests" / "data" / "seeds_expected.jsonl"
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> &amp; '


def cli(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, list(args))
    return res.exit_code, res.stdout + res.stderr


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seeds() -> list[dict]:
    return read_records(EXPECTED)


@pytest.fixture(scope="module")
def bad_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """What `run` writes for bad input: empty file, invalid UTF-8, a malformed JSONL line, missing text, and
    a good JSONL document with meta (through the tokenizer only: input handling needs no model)."""
    tmp = tmp_path_factory.mktemp("bad")
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "bad_utf8.txt").write_bytes("سوريا".encode() + b"\xff tail")
    (tmp / "docs.jsonl").write_text(
        '{not json\n{"id": "m"}\n{"id": "x", "text": "قال الوزير", "site": "' + HOSTILE.replace('"', '\\"')
        + '", "tags": [1, 2]}\n',
        encoding="utf-8",
    )  # fmt: skip
    out = tmp / "out.jsonl"
    code, _ = cli("run", *(str(tmp / n) for n in ("empty.txt", "bad_utf8.txt", "docs.jsonl")), "-o", str(out),
                  "--no-ner", "--no-quotes")  # fmt: skip
    assert code == 1
    return read_records(out)


# ------------------------------------------------------------------------------------------ schema


def test_schema_command_prints_a_valid_draft_2020_12_schema() -> None:
    code, out = cli("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_validates_seed_records_and_error_records(seeds: list[dict], bad_records: list[dict]) -> None:
    validator = jsonschema.Draft202012Validator(record_schema())
    assert [r["error"]["type"] for r in bad_records if "error" in r] == [
        "EmptyDocument", "UnicodeDecodeError", "MalformedJSONL", "MissingText",
    ]  # fmt: skip
    for record in [*seeds, *bad_records]:
        assert list(validator.iter_errors(record)) == [], record["id"]


def test_schema_rejects_what_the_contract_forbids(seeds: list[dict]) -> None:
    validator = jsonschema.Draft202012Validator(record_schema())
    record = json.loads(json.dumps(seeds[1]))
    record["entities"][0]["label"] = "MISC"
    assert not validator.is_valid(record)
    del record["entities"][0]["label"]
    assert not validator.is_valid(record)
    assert not validator.is_valid({"schema_version": "1", "id": "x", "source": "y", "error": {"type": "E"}})


def test_every_quote_lists_the_entities_inside_it(seeds: list[dict]) -> None:
    for record in seeds:
        entities = {e["id"]: e for e in record["entities"]}
        for q in record["quotes"]:
            inside = [
                e["id"] for e in record["entities"] if q["start"] <= e["start"] and e["end"] <= q["end"]
            ]
            assert q["entities"] == inside
            assert all(entities[i]["text"] in q["text"] for i in q["entities"])
    assert sum(len(q["entities"]) for r in seeds for q in r["quotes"]) > 20


def test_mentions_of_one_cluster_share_its_name_and_a_speaker_is_named_as_its_entity(
    seeds: list[dict],
) -> None:
    for record in seeds:
        names: dict[str, set[str]] = {}
        for e in record["entities"]:
            names.setdefault(e["cluster"], set()).add(e["name"])
        assert all(len(n) == 1 and None not in n for n in names.values())
        by_id = {e["id"]: e for e in record["entities"]}
        for q in record["quotes"]:
            if q["speaker"] and q["speaker"].get("entity"):
                assert by_id[q["speaker"]["entity"]]["name"] == q["speaker"]["name"]
    # diacritics make no name fuller: the adverb «روسيًّا» the tagger took for Russia is not its name
    assert {e["name"] for r in seeds for e in r["entities"] if e["text"] == "روسيًّا"} == {"روسيا"}


# ------------------------------------------------------------------------------------------ tables


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_tables_have_one_row_per_entity_quote_and_speaker(
    tmp_path: Path, seeds: list[dict], fmt: str
) -> None:
    code, out = cli("export", str(EXPECTED), "--to", str(tmp_path), "--format", fmt)
    assert code == 0, out
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    tables = {t: read(tmp_path / f"{t}.{fmt}") for t in ("documents", "entities", "quotes", "speakers")}
    assert list(tables["documents"].doc_id) == [r["id"] for r in seeds]
    assert len(tables["entities"]) == sum(len(r["entities"]) for r in seeds)
    assert len(tables["quotes"]) == sum(len(r["quotes"]) for r in seeds)
    speakers = tables["speakers"]
    assert speakers.statements.sum() == sum(1 for r in seeds for q in r["quotes"] if q["speaker"])
    shaibani = speakers[speakers.latin == "Asaad al-Shaibani"]
    assert list(shaibani.statements) == [3] and list(shaibani.label) == ["PER"]
    # ids join: every quote's speaker entity is a row of the entities table of the same document
    quotes = tables["quotes"].dropna(subset=["speaker_entity"])
    joined = quotes.merge(
        tables["entities"], left_on=["doc_id", "speaker_entity"], right_on=["doc_id", "entity_id"]
    )
    assert len(joined) == len(quotes)
    # every mention of a name counts under that name, whatever its proclitic or however short it is
    entities = tables["entities"]
    assert set(entities[entities.text.isin(["لموسكو", "وموسكو"])].name) == {"موسكو"}
    assert set(entities[entities.text == "ولافروف"].name) == {"سيرغي لافروف"}
    if fmt == "csv":
        assert (tmp_path / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        assert "كوميرسانت" in set(tables["speakers"].name)


def test_export_carries_meta_and_error_records(tmp_path: Path, bad_records: list[dict]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in bad_records), encoding="utf-8")
    code, _ = cli("export", str(path), "--to", str(tmp_path / "t"))
    assert code == 0
    docs = pd.read_parquet(tmp_path / "t" / "documents.parquet")
    assert len(docs) == len(bad_records) == 5
    assert list(docs.error_type.notna()) == ["error" in r for r in bad_records]
    good = docs[docs.doc_id == "x"].iloc[0]
    assert good.meta_site == HOSTILE and good.meta_tags == "[1, 2]"
    assert len(pd.read_parquet(tmp_path / "t" / "entities.parquet")) == 0


def readme_block(language: str, containing: str) -> str:
    blocks = re.findall(rf"```{language}\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if containing in b)


def run_python(block: str, scope: dict) -> list:
    """Run a README snippet as a notebook would: statements executed, the value of each expression kept."""
    values = []
    for stmt in ast.parse(block).body:
        if isinstance(stmt, ast.Expr):
            values.append(eval(compile(ast.Expression(stmt.value), "README", "eval"), scope))
        else:
            exec(compile(ast.Module([stmt], []), "README", "exec"), scope)
    return values


def test_readme_queries_who_said_most_and_whom_they_mention(tmp_path: Path, seeds: list[dict]) -> None:
    duckdb = pytest.importorskip("duckdb")
    assert cli("export", str(EXPECTED), "--to", str(tmp_path / "tables"))[0] == 0
    python = readme_block("python", "read_parquet").replace("out/tables", str(tmp_path / "tables"))
    most, pairs = run_python(python, {})
    assert most.index[0] == ("أسعد الشيباني", "Asaad al-Shaibani") and most.iloc[0] == 3
    assert pairs[("فايز الأسمر", "موسكو")] == 2
    sql = readme_block("sql", "unnest").replace("out/tables", str(tmp_path / "tables"))
    said, mentioned = (duckdb.sql(query).fetchall() for query in sql.split(";") if query.strip())
    assert said[0] == ("أسعد الشيباني", "Asaad al-Shaibani", 3)
    assert sum(n for *_, n in mentioned) == int(pairs.sum())
    assert int(pairs.sum()) == sum(len(q["entities"]) for r in seeds for q in r["quotes"] if q["speaker"])
    assert ("فايز الأسمر", "موسكو", "LOC", 2) in mentioned


def test_export_usage_errors_are_one_line(tmp_path: Path) -> None:
    torn = tmp_path / "torn.jsonl"
    torn.write_text('{"id": "a", "schema_version": "1"}\n{"id": "b", "te', encoding="utf-8")
    for args in (["--to", str(tmp_path), "--format", "xls"], ["--to", str(tmp_path)]):
        code, out = cli("export", str(torn if "xls" not in args else EXPECTED), *args)
        assert code == 2 and out.count("\n") == 1 and out.startswith("nlp-pipeline: error:"), out
    assert "torn.jsonl:2" in cli("export", str(torn), "--to", str(tmp_path))[1]
