"""The NER dev pool (issue 11): ANERcorp dev, AQMAR dev and the entities of the news dev set, about 2,000
entities, scored per set and pooled, with bootstrap intervals over documents, and with each document-level
rule of `pipeline/ner/rules.py` switched in turn (the ablation table of models/README.md).

The news dev set stores character spans into SaudiNewsNet articles; they become token tags through the
project's own tokenizer (`corpora/labelled_news.py`), one document per article, so that document-level rules
apply as in `run`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp_pipeline.corpora.conll import Sentence, read_conll
from nlp_pipeline.corpora.labelled_news import labelled_articles
from nlp_pipeline.pipeline.ner.rules import DEFAULT_RULES, LEVERS, NO_RULES, Rules
from nlp_pipeline.pipeline.ner.tagger import Tagger
from nlp_pipeline.scoring import bootstrap
from nlp_pipeline.scoring.ner import DOC_SENTENCES, decode, document_sizes, label_counts, score, tag_words


@dataclass
class GoldSet:
    name: str
    docs: list[list[Sentence]]  # documents, each a list of sentences
    problems: list[str] = field(default_factory=list)  # gold spans that needed care (news set)


def split_documents(sentences: list[Sentence], doc_sentences: int = DOC_SENTENCES) -> list[list[Sentence]]:
    out, start = [], 0
    for n in document_sizes(sentences, doc_sentences):
        out.append(sentences[start : start + n])
        start += n
    return out


def news_set(gold: Path, corpora: Path, name: str = "news dev") -> GoldSet:
    """The entities of a quotation gold file whose records point into SaudiNewsNet (one document each)."""
    docs, problems = labelled_articles(gold, corpora)
    return GoldSet(name, docs, problems)


def pool_sets(corpora: Path, news_gold: Path, doc_sentences: int = DOC_SENTENCES) -> list[GoldSet]:
    from nlp_pipeline.training.ner import anercorp_split

    _, ane_dev = anercorp_split(corpora)
    aqmar_dev = list(read_conll(corpora / "aqmar" / "dev.txt"))
    return [
        GoldSet("ANERcorp dev", split_documents(ane_dev, doc_sentences)),
        GoldSet("AQMAR dev", split_documents(aqmar_dev, doc_sentences)),
        news_set(news_gold, corpora),
    ]


def variants() -> dict[str, Rules]:
    """The shipped rules, the tagger alone, and each lever flipped from its default."""
    out = {"defaults": DEFAULT_RULES, "tagger alone": NO_RULES}
    for lever in LEVERS:
        on = getattr(DEFAULT_RULES, lever)
        out[f"{'without' if on else 'with'} {lever}"] = DEFAULT_RULES.without(lever) if on else _with(lever)
    return out


def _with(lever: str) -> Rules:
    return Rules(**{f: getattr(DEFAULT_RULES, f) or f == lever for f in LEVERS})


def run_pool(
    sets: list[GoldSet], rounds: int = bootstrap.ROUNDS, against: Path | None = None
) -> dict[str, Any]:
    """Per set and pooled: scores, bootstrap intervals, each variant's paired difference to the defaults.
    With `against` (another model folder), that model with the shipped rules is one more variant."""
    docs = [d for s in sets for d in s.docs]
    sentences = [sent for d in docs for sent in d]
    inputs, tags = tag_words(sentences)
    runs = {name: (tags, rules) for name, rules in variants().items()}
    if against is not None:
        runs[f"model {against}"] = (Tagger(against).tag(inputs), DEFAULT_RULES)
    sizes = [len(d) for d in docs]
    bounds = [0]
    for s in sets:
        bounds.append(bounds[-1] + len(s.docs))
    gold_docs = []
    start = 0
    for n in sizes:
        gold_docs.append([s.tags for s in sentences[start : start + n]])
        start += n
    arrays = {}
    for name, (run_tags, rules) in runs.items():
        preds = decode(inputs, run_tags, sizes, rules)
        per_doc, start = [], 0
        for g, n in zip(gold_docs, sizes):
            per_doc.append(label_counts(g, preds[start : start + n]))
            start += n
        arrays[name] = (bootstrap.as_array(per_doc), preds)
    scopes = {s.name: (bounds[k], bounds[k + 1]) for k, s in enumerate(sets)}
    scopes["pooled"] = (0, len(docs))
    report: dict[str, Any] = {
        "sets": {
            s.name: {"documents": len(s.docs), "sentences": sum(map(len, s.docs)), "problems": s.problems}
            for s in sets
        },
        "rounds": rounds,
        "variants": {},
    }
    ref = arrays["defaults"][0]
    for name, (array, preds) in arrays.items():
        report["variants"][name] = {}
        for scope, (lo, hi) in scopes.items():
            set_sizes = [len(s.docs) for s in sets] if scope == "pooled" else [hi - lo]
            idx = bootstrap.resamples(set_sizes, rounds) + lo
            first, last = sum(sizes[:lo]), sum(sizes[:hi])
            entry = score([s.tags for s in sentences[first:last]], preds[first:last])
            entry["bootstrap"] = bootstrap.summary(array, idx)
            if name != "defaults":
                entry["delta"] = bootstrap.paired_delta(array, ref, idx)
            report["variants"][name][scope] = entry
    return report


def _ci(b: dict[str, float]) -> str:
    return f"{b['low']:.3f}–{b['high']:.3f}"


def _delta(d: dict[str, float]) -> str:
    return f"{d['mean']:+.3f} ({d['low']:+.3f}…{d['high']:+.3f})"


def pool_table(report: dict[str, Any]) -> Any:
    """One row per variant and set: P, R, F1 with its 95 % interval, PER/ORG recall, and the paired
    difference to the defaults (micro F1, PER and ORG recall)."""
    from rich.table import Table

    table = Table(title=f"NER dev pool ({report['rounds']} bootstrap resamples over documents)")
    cols = ("rules", "set", "P", "R", "F1", "F1 95 %", "PER R", "ORG R", "LOC F1", "ΔF1", "ΔPER R", "ΔORG R")
    for col in cols:
        table.add_column(col, justify="left" if col in ("rules", "set") else "right")
    for name, scopes in report["variants"].items():
        for scope, e in scopes.items():
            m, pl, d = e["micro"], e["per_label"], e.get("delta")
            table.add_row(
                name,
                f"{scope} ({m['support']})",
                *(f"{m[k]:.3f}" for k in ("precision", "recall", "f1")),
                _ci(e["bootstrap"]["micro_f1"]),
                f"{pl['PER']['recall']:.3f}",
                f"{pl['ORG']['recall']:.3f}",
                f"{pl['LOC']['f1']:.3f}",
                _delta(d["micro_f1"]) if d else "",
                _delta(d["PER_recall"]) if d else "",
                _delta(d["ORG_recall"]) if d else "",
            )
        table.add_section()
    problems = sum(len(s["problems"]) for s in report["sets"].values())
    table.caption = f"gold spans needing care: {problems} (listed in --json)"
    return table
