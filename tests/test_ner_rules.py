"""Document-level NER rules (issue 11): name-part propagation, organisation heads, and the dev-pool reader."""

from __future__ import annotations

from nlp_pipeline.corpora.labelled_news import span_sentences
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.pipeline.ner.heads import tag_org_heads
from nlp_pipeline.pipeline.ner.propagation import propagate_clitic_forms, propagate_name_parts, surname
from nlp_pipeline.pipeline.ner.rules import DEFAULT_RULES, NO_RULES
from nlp_pipeline.pipeline.ner.stage import entity_spans


def _norm(sents: list[str]) -> list[list[str]]:
    return [[normalize(w) for w in s.split()] for s in sents]


def test_surname_recurs_alone_and_with_proclitics() -> None:
    sents = _norm(["التقى عادل الجبير نظيره", "وقال الجبير إن", "وأكد والجبير للجبير بالجبير"])
    out = propagate_name_parts(sents, [[(1, 3, "PER")], [], []])
    assert out == [[(1, 3, "PER")], [(1, 2, "PER")], [(1, 2, "PER"), (2, 3, "PER"), (3, 4, "PER")]]


def test_particle_and_compound_parts() -> None:
    assert surname(_norm(["سلمان بن عبد العزيز"])[0]) == ("عبد", "العزيز")
    assert surname(_norm(["حسن نصر الله"])[0]) is None  # «الله» alone is no one
    assert surname(_norm(["أبو مازن"])[0]) is None  # the part would be the whole name
    sents = _norm(["قال عبد الله أبو قصرة", "وقال عبد إن أبو الله"])
    out = propagate_name_parts(sents, [[(1, 5, "PER")], []])
    assert out[1] == []  # neither «عبد» nor «أبو» nor «الله» alone
    sents = _norm(["قال عبد الله أبو قصرة", "وقال أبو قصرة إن قصرة"])
    assert propagate_name_parts(sents, [[(1, 5, "PER")], []])[1] == [(1, 3, "PER")]


def test_a_part_tagged_otherwise_is_left_alone() -> None:
    sents = _norm(["التقى عمر البشير", "في مستشفى البشير", "زار البشير"])
    out = propagate_name_parts(sents, [[(1, 3, "PER")], [(1, 3, "ORG")], []])
    assert out[2] == [(1, 2, "PER")]  # «البشير» is PER part; the ORG «مستشفى البشير» is another name
    out = propagate_name_parts(sents, [[(1, 3, "PER")], [(2, 3, "LOC")], []])
    assert out[2] == []  # «البشير» tagged LOC elsewhere: ambiguous, not propagated


def test_tagged_name_recurs_behind_a_proclitic() -> None:
    sents = _norm(["أعلنت شركة زين السعودية", "وقالت لزين السعودية إن", "زار السعودية وللسعودية والسعوديةُ"])
    spans = [[(2, 4, "ORG")], [], [(1, 2, "LOC")]]
    out = propagate_clitic_forms(sents, spans)
    assert out[1] == [(1, 3, "ORG")]  # «لزين السعودية»: the ORG behind ل
    assert out[2] == [(1, 2, "LOC"), (2, 3, "LOC"), (3, 4, "LOC")]  # «للسعودية» (ل + ال), «والسعودية»
    sents = _norm(["قال الرئيس عبد تنظيم", "وللرئيس وعبد وتنظيم"])
    spans = [[(1, 2, "PER"), (2, 3, "PER"), (3, 4, "ORG")], []]
    assert propagate_clitic_forms(sents, spans)[1] == []  # a title, a particle, a classifier alone


def test_rules_switch_off() -> None:
    words = _norm(["التقى عادل الجبير", "وقال الجبير"])
    tags = [["O", "B-PER", "E-PER"], ["O", "O"]]
    assert entity_spans(words, tags, DEFAULT_RULES)[1] == [(1, 2, "PER")]
    assert entity_spans(words, tags, NO_RULES)[1] == []


def test_org_heads() -> None:
    sents = _norm(["أكدت وزارة الصحة اليوم", "في مستشفى عسير", "لاعب نادي الهلال", "قوات في"])
    spans = [[], [(2, 3, "LOC")], [], []]
    assert tag_org_heads(sents, spans) == [[(1, 3, "ORG")], [(1, 3, "ORG")], [(2, 3, "ORG")], []]


def test_news_spans_become_token_tags() -> None:
    text = "قال عادل الجبير إن وزارة الخارجية السعودية تدعم اليمن. وأكد الجبير ذلك."
    ents = [
        {"start": 4, "end": 15, "text": "عادل الجبير", "label": "PER"},
        {"start": 19, "end": 42, "text": "وزارة الخارجية السعودية", "label": "ORG"},
        {"start": 48, "end": 53, "text": "اليمن", "label": "LOC"},
        {"start": 60, "end": 65, "text": "جبير ", "label": "PER"},  # off token boundaries: widened
    ]
    sents, problems = span_sentences(text, ents)
    assert [s.words for s in sents] == [
        ["قال", "عادل", "الجبير", "إن", "وزارة", "الخارجية", "السعودية", "تدعم", "اليمن", "."],
        ["وأكد", "الجبير", "ذلك", "."],
    ]
    assert sents[0].tags == ["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"]
    assert sents[1].tags == ["O", "B-PER", "O", "O"]
    assert len(problems) == 1 and "widened" in problems[0]


def test_pool_compares_another_model_paired(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`bench --pool --against DIR`: the other model is one more variant with its paired difference; the same
    model gives a difference of exactly 0, and a folder without a model is a usage error."""
    from typer.testing import CliRunner

    from nlp_pipeline.cli.app import app
    from nlp_pipeline.models import models_dir
    from nlp_pipeline.scoring.ner_pool import GoldSet, run_pool

    text = "قال عادل الجبير في الرياض إن وزارة الخارجية ترحب."
    sents, _ = span_sentences(text, [{"start": 4, "end": 15, "text": "عادل الجبير", "label": "PER"}])
    report = run_pool([GoldSet("one", [sents, sents])], rounds=20, against=models_dir())
    other = report["variants"][f"model {models_dir()}"]["pooled"]
    assert other["micro"] == report["variants"]["defaults"]["pooled"]["micro"]
    assert other["delta"]["micro_f1"] == {"mean": 0.0, "low": 0.0, "high": 0.0}
    result = CliRunner().invoke(app, ["bench", "--pool", "--against", str(tmp_path)])
    assert result.exit_code == 2 and "NER model file missing" in result.output
