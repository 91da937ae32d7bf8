"""Quotation benchmark on the project's gold format (benchmarks/quotes/README.md).

A predicted quote matches a gold quote when their spans overlap (one-to-one, largest overlaps first).
Reported: detection precision/recall/F1, and over matched gold quotes the share whose predicted speaker name
(after normalization), Latin name (case-insensitive) and kind are right; Latin also over the matched quotes
whose speaker is right, which is the Latin stage's own accuracy (a wrong speaker's Latin name is wrong too).
A wrong Latin name of a right speaker is told apart by how it is wrong (`latin_miss`).
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from nlp_pipeline.corpora import saudinewsnet
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.pipeline.latin.known import latin_skeleton
from nlp_pipeline.scoring.metrics import Counts
from nlp_pipeline.tokens.doc import Doc, Entity
from nlp_pipeline.utils.jsonl import read_jsonl

DEFAULT_CORPORA = Path("../shared/corpora")


def gold_text(record: dict[str, Any], gold_path: Path, corpora: Path = DEFAULT_CORPORA) -> str:
    """A gold document's text: its `text` field; a SaudiNewsNet article by day and index; else
    `<id>.txt` in the seeds folder beside the benchmarks folder."""
    if "text" in record:
        return record["text"]
    if record.get("corpus") == saudinewsnet.FOLDER:
        return saudinewsnet.article(corpora, record["day"], record["index"]).content
    seeds = gold_path.resolve().parent.parent.parent / "seeds"
    if (seeds / f"{record['id']}.txt").is_file():
        return (seeds / f"{record['id']}.txt").read_text(encoding="utf-8")
    raise FileNotFoundError(f"no text for gold document {record['id']!r} (no `text` field, no seeds file)")


def match_spans(
    gold: list[tuple[int, int]],
    pred: list[tuple[int, int]],
    agree: Collection[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first. Between
    pairs that overlap as much (a nested report: the newspaper's and the official's statement on one span),
    the (gold, predicted) pairs in `agree` (one speaker) first: the order of the records decides nothing."""
    pairs = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((overlap, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, g, p in sorted(pairs, key=lambda x: (-x[0], (x[1], x[2]) not in agree, x[1], x[2])):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return sorted(out)


def same_name(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return _name_key(gold) == _name_key(pred)


# «عبد الرحمن» and «عبدالرحمن» are one name written with and without the space (both common in news).
_ABD_SPACE = re.compile(r"(?<!\w)عبد\s+(?=ال)")


def _name_key(name: str) -> str:
    return _ABD_SPACE.sub("عبد", normalize(" ".join(name.split())))


def same_latin(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return " ".join(gold.split()).casefold() == " ".join(pred.split()).casefold()


def latin_miss(gold: str, pred: str | None) -> str:
    """How a wrong Latin name is wrong: none given; other words (a name part kept or left out: «بن» and the
    father's name, a title); the same words with the same consonants, spelled otherwise (Tawfik for
    Tawfiq, Fahad for Fahd: vowels, doubled letters, q/k); or other spellings (other letters, other names)."""
    if pred is None:
        return "none"
    gold_words, pred_words = _latin_words(gold), _latin_words(pred)
    if len(gold_words) != len(pred_words):
        return "other words"
    if all(latin_skeleton(a) == latin_skeleton(b) for a, b in zip(gold_words, pred_words, strict=True)):
        return "same consonants"
    return "other spelling"


def _latin_words(latin: str) -> list[str]:
    return latin.casefold().replace("-", " ").split()


@dataclass
class Tally:
    """What happened to the gold quotes of one group (all, or one cue type)."""

    gold: int = 0
    found: int = 0
    speaker_ok: int = 0
    named: int = 0  # found quotes whose gold speaker has a Latin name
    latin_ok: int = 0
    named_speaker_ok: int = 0  # of `named`, those whose speaker is right
    latin_ok_speaker_ok: int = 0

    def report(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "recall": _share(self.found, self.gold),
            "speaker_accuracy": _share(self.speaker_ok, self.found),
            "latin_accuracy": _share(self.latin_ok, self.named),
            "latin_accuracy_speaker_right": _share(self.latin_ok_speaker_ok, self.named_speaker_ok),
        }


def _share(n: int, of: int) -> float:
    return round(n / of, 4) if of else 0.0


HALVES = ("first", "second")


def gold_half(records: list[Any], half: str | None) -> list[Any]:
    """The first or the second half of a gold file's documents, in file order (the first has the odd one)."""
    cut = (len(records) + 1) // 2
    return {None: records, "first": records[:cut], "second": records[cut:]}[half]


def score_quotes(
    gold_path: Path, process: Callable[[Doc], Doc], corpora: Path = DEFAULT_CORPORA, half: str | None = None
) -> dict[str, Any]:
    """Run `process` on every gold document (or on one `half` of them) and score its quotes against the gold.

    Speaker accuracy is over the gold quotes that were found; Latin accuracy over those of them whose gold
    speaker has a Latin name (descriptions have none); `by_cue_type` groups gold quotes by their `cue_type`.
    """
    started = time.perf_counter()
    total, by_type = Tally(), defaultdict(Tally)
    n_pred = kind_ok = 0
    errors: list[dict[str, Any]] = []
    records = gold_half(read_jsonl(gold_path), half)
    for record in records:
        text = gold_text(record, gold_path, corpora)
        doc = process(Doc(record["id"], text, source=str(gold_path)))
        gold, pred = record.get("quotes", []), doc.quotes
        said = [q.speaker.name if q.speaker else None for q in pred]
        wanted = [w.get("speaker") for w in gold]
        agree = {(g, p) for g, w in enumerate(wanted) for p, n in enumerate(said) if same_name(w, n)}
        spans = [(g["start"], g["end"]) for g in gold], [(p.start, p.end) for p in pred]
        pairs = dict(match_spans(*spans, agree))
        n_pred += len(pred)
        for g, want in enumerate(gold):
            tallies = (total, by_type[want.get("cue_type", "unlabelled")])
            for t in tallies:
                t.gold += 1
            if g not in pairs:
                errors.append(_error(record["id"], "missed", want, want.get("speaker"), None))
                continue
            got = pred[pairs[g]]
            name = got.speaker.name if got.speaker else None
            latin = got.speaker.latin if got.speaker else None
            kind_ok += want.get("kind") == got.kind
            speaker_ok = same_name(want.get("speaker"), name)
            named = want.get("latin") is not None
            latin_ok = named and same_latin(want["latin"], latin)
            for t in tallies:
                t.found += 1
                t.speaker_ok += speaker_ok
                t.named += named
                t.latin_ok += latin_ok
                t.named_speaker_ok += named and speaker_ok
                t.latin_ok_speaker_ok += latin_ok and speaker_ok
            if not speaker_ok:
                errors.append(_error(record["id"], "wrong speaker", want, want.get("speaker"), name))
            elif named and not latin_ok:
                errors.append(_error(record["id"], "wrong latin", want, want.get("latin"), latin))
                errors[-1]["latin_miss"] = latin_miss(want["latin"], latin)
        hit = set(pairs.values())
        errors += [
            _error(record["id"], "spurious", asdict(q), None, q.speaker.name if q.speaker else None)
            for i, q in enumerate(pred)
            if i not in hit
        ]
    detection = Counts(tp=total.found, fp=n_pred - total.found, fn=total.gold - total.found)
    return {
        "gold": str(gold_path),
        "half": half,
        "documents": len(records),
        "gold_quotes": total.gold,
        "predicted_quotes": n_pred,
        "matched": total.found,
        "precision": round(detection.precision, 4),
        "recall": round(detection.recall, 4),
        "f1": round(detection.f1, 4),
        "speaker_accuracy": _share(total.speaker_ok, total.found),
        "latin_accuracy": _share(total.latin_ok, total.named),
        "named": total.named,
        "latin_accuracy_speaker_right": _share(total.latin_ok_speaker_ok, total.named_speaker_ok),
        "named_speaker_right": total.named_speaker_ok,
        "kind_accuracy": _share(kind_ok, total.found),
        "by_cue_type": {k: t.report() for k, t in sorted(by_type.items())},
        "errors_by_kind": dict(Counter(e["error"] for e in errors)),
        "latin_misses": dict(Counter(e["latin_miss"] for e in errors if "latin_miss" in e).most_common()),
        "seconds": round(time.perf_counter() - started, 3),
        "errors": errors,
    }


def _error(
    doc_id: str, kind: str, quote: dict[str, Any], gold: str | None, predicted: str | None
) -> dict[str, Any]:
    return {
        "id": doc_id,
        "error": kind,
        "start": quote["start"],
        "end": quote["end"],
        "text": quote["text"][:80],
        "gold": gold,
        "predicted": predicted,
    }


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    """The report as two small tables: scores, then what went wrong."""
    console = console or Console()
    table = Table(title=f"Quotations: {report['gold']} ({report['documents']} documents)")
    columns = ("gold", "predicted", "matched", "precision", "recall", "F1", "speaker", "latin")
    for column in (*columns, "latin, right speaker", "kind"):
        table.add_column(column, justify="right")
    table.add_row(
        str(report["gold_quotes"]),
        str(report["predicted_quotes"]),
        str(report["matched"]),
        *(f"{report[k]:.3f}" for k in ("precision", "recall", "f1")),
        *(f"{report[k]:.3f}" for k in ("speaker_accuracy", "latin_accuracy")),
        f"{report['latin_accuracy_speaker_right']:.3f} ({report['named_speaker_right']})",
        f"{report['kind_accuracy']:.3f}",
    )
    console.print(table)
    by_type = Table(title="By cue type (gold)")
    for column in ("cue type", "gold", "recall", "speaker", "latin"):
        by_type.add_column(column, justify="right")
    for name, t in report["by_cue_type"].items():
        by_type.add_row(
            name, str(t["gold"]), *(f"{t[k]:.3f}" for k in ("recall", "speaker_accuracy", "latin_accuracy"))
        )
    console.print(by_type)
    console.print("errors: " + ", ".join(f"{k} {v}" for k, v in report["errors_by_kind"].items()))
    if report["latin_misses"]:
        console.print("wrong latin, how: " + ", ".join(f"{k} {v}" for k, v in report["latin_misses"].items()))
    if report["errors"]:
        errors = Table(title="Errors")
        for column in ("document", "error", "span", "text", "gold", "predicted"):
            errors.add_column(column)
        for e in report["errors"]:
            errors.add_row(
                e["id"],
                e["error"],
                f"{e['start']}-{e['end']}",
                e["text"],
                str(e["gold"]),
                str(e["predicted"]),
            )
        console.print(errors)


def with_entities(path: Path) -> Callable[[Doc], Doc]:
    """A stand-in for the NER stage: entities from a JSONL file (`id`, `entities` with start/end/label)."""
    by_id = {r["id"]: r["entities"] for r in read_jsonl(path)}

    def add(doc: Doc) -> Doc:
        doc.entities = [
            Entity(e["start"], e["end"], doc.text[e["start"] : e["end"]], f"e{n}", e["label"])
            for n, e in enumerate(by_id.get(doc.id, []))
        ]
        return doc

    return add


def rules_process(entities: Callable[[Doc], Doc] | None = None) -> Callable[[Doc], Doc]:
    """Tokenize, (entities), quotes, speakers: the quotation stages without the statistical NER."""
    from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
    from nlp_pipeline.pipeline.quotes.finder import find_quotes
    from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers

    def process(doc: Doc) -> Doc:
        tokenize_doc(doc)
        if entities is not None:
            entities(doc)
        return attribute_speakers(find_quotes(doc))

    return process
