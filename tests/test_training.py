"""`nlp-pipeline train`: stage 4 reads the news labelled by our guide; `--base` must hold a checkpoint."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli.app import app
from nlp_pipeline.corpora.conll import read_conll
from nlp_pipeline.training.ner import TrainConfig, training_sentences

from .conftest import CORPORA, ROOT


@pytest.mark.skipif(not (CORPORA / "saudinewsnet").is_dir(), reason="needs ../shared/corpora")
def test_stage_four_is_the_news_corpora_plus_copies_of_the_labelled_news(tmp_path: Path) -> None:
    labels = ROOT / "models" / "labels" / "news_train.jsonl"
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path, labels=labels, label_copies=2, use_wikifane=False)
    sets, _ = training_sentences(cfg)
    extra = sets["guide"][len(sets["news"]) :]
    assert sets["guide"][: len(sets["news"])] == sets["news"]
    half = len(extra) // 2
    assert extra[:half] == extra[half:] and half > 400
    assert sum(t.startswith("B-ORG") for s in extra[:half] for t in s.tags) >= 350
    no_labels = TrainConfig(CORPORA, tmp_path, tmp_path, labels=tmp_path / "none.jsonl", use_wikifane=False)
    assert "guide" not in training_sentences(no_labels)[0]


@pytest.mark.skipif(not (CORPORA / "aqmar").is_dir(), reason="needs ../shared/corpora")
def test_aqmar_copies_repeat_aqmar_in_stage_four_only(tmp_path: Path) -> None:
    labels = ROOT / "models" / "labels" / "news_train.jsonl"
    one = TrainConfig(CORPORA, tmp_path, tmp_path, labels=labels, use_wikifane=False)
    three = TrainConfig(CORPORA, tmp_path, tmp_path, labels=labels, use_wikifane=False, aqmar_copies=3)
    (sets_one, _), (sets_three, _) = training_sentences(one), training_sentences(three)
    aqmar = len(list(read_conll(CORPORA / "aqmar" / "train.txt")))
    assert len(sets_three["guide"]) == len(sets_one["guide"]) + 2 * aqmar
    assert sets_three["news"] == sets_one["news"] and sets_three["train"] == sets_one["train"]


def test_base_without_a_checkpoint_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "--corpora", str(CORPORA), "--base", str(tmp_path)])
    if not (CORPORA / "anercorp").is_dir():
        pytest.skip("needs ../shared/corpora")
    assert result.exit_code == 2 and "needs ar_ner.pt and ar_pretrain.pt" in result.output


@pytest.mark.skipif(not (CORPORA / "gazetteers").is_dir(), reason="needs ../shared/corpora")
def test_mention_copies_add_renamed_sentences_to_stage_four(tmp_path: Path) -> None:
    none = tmp_path / "none.jsonl"
    plain = TrainConfig(CORPORA, tmp_path, tmp_path, labels=none, use_wikifane=False)
    assert "guide" not in training_sentences(plain)[0]
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path, labels=none, use_wikifane=False, mention_copies=1)
    sets, _ = training_sentences(cfg)
    added = sets["guide"][len(sets["news"]) :]
    with_names = [s for s in sets["news"] if any(t != "O" for t in s.tags)]
    assert len(added) == len(with_names) and added != with_names
    assert [t for s in added for t in s.tags if t == "O"]  # context kept


def test_a_stage_killed_half_way_is_trained_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """stanza saves its best checkpoint while it trains: only a finished run may leave the stage's file."""
    from nlp_pipeline.training import ner

    saved = tmp_path / "saved"

    def killed(cmd: list[str]) -> None:
        (saved / cmd[cmd.index("--save_name") + 1]).write_text("best so far")
        raise KeyboardInterrupt

    monkeypatch.setattr(ner, "run", killed)
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path)
    with pytest.raises(KeyboardInterrupt):
        ner.train_tagger(cfg, tmp_path / "train.json", tmp_path / "pre.pt", "ar_ner_stage4.pt", 10, None)
    assert not (saved / "ar_ner_stage4.pt").exists()
    monkeypatch.setattr(
        ner, "run", lambda cmd: (saved / cmd[cmd.index("--save_name") + 1]).write_text("done")
    )
    ner.train_tagger(cfg, tmp_path / "train.json", tmp_path / "pre.pt", "ar_ner_stage4.pt", 10, None)
    assert (saved / "ar_ner_stage4.pt").read_text() == "done"


def test_a_work_folder_refuses_steps_made_from_other_labels(tmp_path: Path) -> None:
    """Finished steps are reused: a work folder made with other labels would silently train on stale data."""
    from nlp_pipeline.training.ner import StaleWorkError, check_work

    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "a"}\n', encoding="utf-8")
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path / "work", labels=labels)
    check_work(cfg)
    check_work(cfg)  # the same inputs again: fine
    labels.write_text('{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(StaleWorkError, match="labels_sha1"):
        check_work(cfg)
    with pytest.raises(StaleWorkError, match="label_copies"):
        check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "work", labels=labels, label_copies=2))
    check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "other", labels=labels))  # a fresh folder is fine


def test_the_seed_reaches_stanza_and_a_work_folder_remembers_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`train --seed`: another run of the same recipe; its steps are not mixed with another seed's."""
    import json

    from nlp_pipeline.training import ner

    commands: list[list[str]] = []

    def stanza(cmd: list[str]) -> None:
        commands.append(cmd)
        (tmp_path / "work" / "saved" / cmd[cmd.index("--save_name") + 1]).write_text("model")

    monkeypatch.setattr(ner, "run", stanza)
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path / "work", seed=1235)
    ner.train_tagger(cfg, tmp_path / "train.json", tmp_path / "pre.pt", "stage1.pt", 10, None)
    assert commands[0][commands[0].index("--seed") + 1] == "1235"
    ner.check_work(cfg)
    with pytest.raises(ner.StaleWorkError, match="seed"):
        ner.check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "work"))
    # a folder stamped before the option existed holds steps of the fixed seed
    stamp = tmp_path / "old" / "inputs.json"
    ner.check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "old"))
    stamp.write_text(json.dumps({k: v for k, v in json.loads(stamp.read_text()).items() if k != "seed"}))
    ner.check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "old"))


def test_character_lms_reach_stanza_and_a_work_folder_remembers_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nlp_pipeline.training import ner

    forward, backward = tmp_path / "f.pt", tmp_path / "b.pt"
    forward.write_bytes(b"forward LM")
    backward.write_bytes(b"backward LM")
    commands: list[list[str]] = []

    def stanza(cmd: list[str]) -> None:
        commands.append(cmd)
        (tmp_path / "work" / "saved" / cmd[cmd.index("--save_name") + 1]).write_text("model")

    monkeypatch.setattr(ner, "run", stanza)
    cfg = TrainConfig(CORPORA, tmp_path, tmp_path / "work", charlm=(forward, backward))
    ner.train_tagger(cfg, tmp_path / "train.json", tmp_path / "pre.pt", "stage1.pt", 10, None)
    cmd = commands[0]
    assert "--charlm" in cmd and cmd[cmd.index("--charlm_forward_file") + 1] == str(forward)
    assert cmd[cmd.index("--charlm_backward_file") + 1] == str(backward)
    ner.check_work(cfg)
    backward.write_bytes(b"backward LM, trained further")
    with pytest.raises(ner.StaleWorkError, match="charlm_sha1"):
        ner.check_work(cfg)
    with pytest.raises(ner.StaleWorkError, match="charlm_sha1"):
        ner.check_work(TrainConfig(CORPORA, tmp_path, tmp_path / "work"))  # nor a model without LMs


def test_a_stamp_older_than_the_charlm_and_aqmar_options_still_fits_a_default_run(tmp_path: Path) -> None:
    import json

    from nlp_pipeline.training.ner import check_work

    cfg = TrainConfig(CORPORA, tmp_path, tmp_path / "work", labels=tmp_path / "none.jsonl")
    check_work(cfg)
    stamp = tmp_path / "work" / "inputs.json"
    old = json.loads(stamp.read_text(encoding="utf-8"))
    del old["charlm_sha1"], old["aqmar_copies"]
    stamp.write_text(json.dumps(old), encoding="utf-8")
    check_work(cfg)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "--charlm", "{tmp}"], "character LMs not found"),
        (["train-charlm", "--direction", "sideways", "--work", "{tmp}"], "--direction must be"),
        (["train-charlm", "--corpora", "{tmp}", "--work", "{tmp}"], "no SaudiNewsNet"),
    ],
)
def test_charlm_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    if not (CORPORA / "anercorp").is_dir():
        pytest.skip("needs ../shared/corpora")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if args[0] == "train" or "--corpora" not in args:
        args += ["--corpora", str(CORPORA)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and message in result.output, result.output
