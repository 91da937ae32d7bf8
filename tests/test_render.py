"""The HTML views read back as a browser would: the article text intact at its offsets, every entity and
statement marked where the record says, speaker chips linking to their mentions, nothing that runs or
loads."""

from __future__ import annotations

import json
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli import app

from .conftest import ROOT

EXPECTED = ROOT / "tests" / "data" / "seeds_expected.jsonl"
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'
VOID = {"meta", "br", "img", "link", "input", "hr"}


class Page(HTMLParser):
    """Each article's text as rendered (labels and chips left out) and where each marked element lies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.articles: list[str] = []
        self.marked: list[dict[tuple[str, str], list[tuple[int, str]]]] = []  # (attr, value) -> pieces

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "article" in a.get("class", "").split():
            self.articles.append("")
            self.marked.append(defaultdict(list))
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = [set(a.get("class", "").split()) for _, a in self.stack]
        if not any("article" in c for c in classes) or any("tag" in c for c in classes):
            return
        pos = len(self.articles[-1])
        self.articles[-1] += data
        for _, a in self.stack:
            for key in ("data-entity", "data-quote", "data-cue"):
                if key in a:
                    self.marked[-1][(key, a[key])].append((pos, data))


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def render(tmp_path: Path, source: Path, *args: str) -> Path:
    out = tmp_path / "page.html"
    res = CliRunner().invoke(app, ["render", str(source), "-o", str(out), *args])
    assert res.exit_code == 0, res.stderr
    return out


def assert_nothing_runs_or_loads(page: Page) -> None:
    for tag, attrs in page.tags:
        assert tag not in ("script", "img", "iframe", "link", "object", "embed"), tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert attrs.get("href", "#").startswith("#"), attrs
        assert "src" not in attrs


def spans_at(pieces: list[tuple[int, str]]) -> tuple[int, int, str]:
    start = pieces[0][0]
    text = "".join(t for _, t in pieces)
    assert all(a + len(t) == b for (a, t), (b, _) in zip(pieces, pieces[1:])), "a mark with a hole"
    return start, start + len(text), text


def test_seeds_page_marks_every_entity_statement_and_cue_at_its_offsets(tmp_path: Path) -> None:
    records = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    out = render(tmp_path, EXPECTED)
    page = parse(out)
    assert '<html lang="ar" dir="rtl">' in out.read_text(encoding="utf-8")
    assert_nothing_runs_or_loads(page)
    assert len(page.articles) == len(records)
    for record, text, marked in zip(records, page.articles, page.marked):
        assert text == record["text"]
        for e in record["entities"]:
            assert spans_at(marked[("data-entity", e["id"])]) == (e["start"], e["end"], e["text"])
        for q in record["quotes"]:
            assert spans_at(marked[("data-quote", q["id"])]) == (q["start"], q["end"], q["text"])
            cue = q["cue"]
            assert spans_at(marked[("data-cue", q["id"])]) == (cue["start"], cue["end"], cue["text"])


def test_speaker_chips_link_to_the_speaker_mention_and_labels_are_isolated(tmp_path: Path) -> None:
    page = parse(render(tmp_path, EXPECTED, "--id", "004_1d7c129ce0994c4a"))
    ids = {a["id"]: a for _, a in page.tags if "id" in a}
    chips = [a for tag, a in page.tags if tag == "a" and "chip" in a.get("class", "")]
    assert len(chips) == 9  # every statement of 004 has a speaker; implied ones link to the entity
    for chip in chips:
        target = ids[chip["href"][1:]]
        assert "speaker-mention" in target.get("class", "") or "data-entity" in target
    mention = ids["d0-m105-114"]  # «كوميرسانت», the subject of «ووفقًا»
    assert mention["class"] == "speaker-mention" and mention["title"] == "Kommersant"
    labels = [tag for tag, a in page.tags if "label" in a.get("class", "").split()]
    assert labels and set(labels) == {"bdi"}


def test_hostile_text_and_meta_show_as_text(tmp_path: Path) -> None:
    src = tmp_path / "hostile.jsonl"
    src.write_text(
        json.dumps({"id": HOSTILE, "text": f"قال الوزير {HOSTILE} في دمشق.", "site": HOSTILE}) + "\n"
    )
    out = tmp_path / "hostile_out.jsonl"
    assert (
        CliRunner().invoke(app, ["run", str(src), "-o", str(out), "--no-ner", "--no-quotes"]).exit_code == 0
    )
    for command in (["render"], ["report"]):
        html = tmp_path / f"{command[0]}.html"
        assert CliRunner().invoke(app, [*command, str(out), "-o", str(html)]).exit_code == 0
        page = parse(html)
        assert_nothing_runs_or_loads(page)
        assert "<script>" not in html.read_text(encoding="utf-8")
    assert HOSTILE in parse(tmp_path / "render.html").articles[0]


def test_error_records_and_long_articles_render(tmp_path: Path) -> None:
    record = json.loads(EXPECTED.read_text(encoding="utf-8").splitlines()[1])
    long = dict(record, id="long", text=record["text"] * 40)
    n = len(record["text"])
    for key in ("entities", "quotes"):
        long[key] = [dict(x, id=f"{x['id']}_{k}", start=x["start"] + k * n, end=x["end"] + k * n)
                     for k in range(40) for x in record[key]]  # fmt: skip
    error = {"schema_version": "1", "id": "bad", "source": "bad.txt",
             "error": {"type": "UnicodeDecodeError", "message": "invalid UTF-8 at byte 10"}}  # fmt: skip
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps(error) + "\n" + json.dumps(long, ensure_ascii=False) + "\n", encoding="utf-8")
    page = parse(render(tmp_path, src))
    assert page.articles == [long["text"]]
    assert len([k for k in page.marked[0] if k[0] == "data-entity"]) == len(long["entities"])
    assert "invalid UTF-8 at byte 10" in render(tmp_path, src).read_text(encoding="utf-8")


def test_report_lists_counts_speakers_names_and_pairs(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["report", str(EXPECTED), "-o", str(out)])
    assert res.exit_code == 0
    page = parse(out)
    assert_nothing_runs_or_loads(page)
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") > 10 and "Asaad al-Shaibani" in html and "Fayez al-Asmar" in html
    for name in ("أسعد الشيباني", "كوميرسانت", "موسكو"):
        assert name in html


@pytest.mark.parametrize("args", [["--id", "nope"], ["--limit", "0"]])
def test_render_usage_errors(tmp_path: Path, args: list[str]) -> None:
    res = CliRunner().invoke(app, ["render", str(EXPECTED), "-o", str(tmp_path / "x.html"), *args])
    assert res.exit_code == 2


def test_report_counts_a_name_after_a_proclitic_with_the_bare_name() -> None:
    from nlp_pipeline.views.report import bare_names, build_stats

    def record(i: int, names: list[tuple[str, str]]) -> dict:
        text = " ".join(n for n, _ in names)
        entities, start = [], 0
        for k, (name, label) in enumerate(names):
            entities.append({"id": f"e{k}", "start": start, "end": start + len(name), "text": name,
                             "label": label, "cluster": f"c{k}"})  # fmt: skip
            start += len(name) + 1
        return {"id": f"d{i}", "text": text, "tokens": [], "entities": entities, "quotes": []}

    stats = build_stats(
        [
            record(0, [("تركيا", "LOC"), ("بيروت", "LOC"), ("بلال", "PER")]),
            record(1, [("وتركيا", "LOC"), ("والدول الغربية", "LOC"), ("ويروت", "LOC")]),
        ]
    )
    bare = bare_names(stats.names)
    assert bare["LOC", "وتركيا"] == "تركيا"  # the corpus has the bare name with the same label
    assert bare["LOC", "والدول الغربية"] == "الدول الغربية"  # the article shows where the name starts
    assert bare["LOC", "بيروت"] == "بيروت" and bare["PER", "بلال"] == "بلال"  # letters of the name itself
    assert bare["LOC", "ويروت"] == "ويروت"  # no bare «يروت» with that label in the corpus
