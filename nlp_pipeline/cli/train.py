"""`nlp-pipeline train` (the NER model) and `nlp-pipeline translit` (the Latin-name model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from nlp_pipeline.cli.common import usage_error
from nlp_pipeline.models import (
    NER_MODEL,
    PACKAGE_MODELS_DIR,
    STANZA_CHARLMS,
    STANZA_NER_MODEL,
    STANZA_PRETRAIN,
    TRANSLIT_ARAB_MODEL,
)

DEFAULT_CORPORA = Path("../shared/corpora")
DEFAULT_CHECKPOINTS = Path("models/stanza")


def train(
    corpora: Annotated[
        Path, typer.Option(help="Folder with the corpora (see models/README.md).")
    ] = DEFAULT_CORPORA,
    models: Annotated[
        Path, typer.Option(help=f"Where the tagger's {NER_MODEL} is written (default: the package's own).")
    ] = PACKAGE_MODELS_DIR,
    checkpoints: Annotated[
        Path, typer.Option(help="Where stanza's checkpoint it is exported from is written (float16).")
    ] = DEFAULT_CHECKPOINTS,
    work: Annotated[Path, typer.Option(help="Scratch folder; finished steps there are reused.")] = Path(
        "build/train"
    ),
    max_steps: Annotated[
        int, typer.Option(help="Stage-1 steps on all corpora (batches of 32 sentences).")
    ] = 6000,
    finetune_steps: Annotated[int, typer.Option(help="Stage-2 steps on news corpora only (0: skip).")] = 4000,
    anneal_steps: Annotated[
        int, typer.Option(help="Stage-3 steps on news corpora at learning rate 0.01 (0: skip).")
    ] = 1500,
    labels: Annotated[
        Path,
        typer.Option(help="News labelled by our guide (offsets into SaudiNewsNet), for stage 4."),
    ] = Path("models/labels/news_train.jsonl"),
    label_copies: Annotated[int, typer.Option(min=1, help="Copies of the labelled news in stage 4.")] = 5,
    aqmar_copies: Annotated[
        int, typer.Option(min=1, help="Copies of AQMAR train (Wikipedia) in stage 4.")
    ] = 1,
    guide_steps: Annotated[
        int,
        typer.Option(help="Stage-4 steps: news corpora + labelled news, rate 0.01 (0: skip)."),
    ] = 1500,
    mention_copies: Annotated[
        int,
        typer.Option(
            min=0,
            help="Stage 4: copies of the news corpora with gazetteer names swapped in (an experiment; "
            "it lowered the dev pool, see models/README.md).",
        ),
    ] = 0,
    base: Annotated[
        Optional[Path],
        typer.Option(
            help="A folder with stanza's ar_ner.pt and ar_pretrain.pt to run stage 4 from, instead of "
            "training stages 1-3 (about 75 minutes on 2 cores)."
        ),
    ] = None,
    seed: Annotated[
        int,
        typer.Option(help="Seed of stanza's runs; another seed trains another member of an ensemble."),
    ] = 1234,
    charlm: Annotated[
        Optional[Path],
        typer.Option(
            help="A `train-charlm` folder: the tagger reads its two character language models instead of "
            "learning a character BiLSTM (slower tagging; see models/README.md). Not with --base."
        ),
    ] = None,
) -> None:
    """Re-train the shipped NER model (fixed seeds) from CoNLL corpora, and export it for tagging.

    Stages: 1 all corpora; 2 and 3 news corpora; 4 news corpora + news labelled by our guide.

    Example: nlp-pipeline train --corpora ../shared/corpora --max-steps 6000 --finetune-steps 4000
             nlp-pipeline train --base models/stanza --work build/stage4   # stage 4 only
             nlp-pipeline train --base stage3 --seed 1235 --work build/s1235   # another run
    """
    from nlp_pipeline.training.ner import StaleWorkError, TrainConfig
    from nlp_pipeline.training.ner import train as train_model

    if not (corpora / "anercorp" / "train.txt").is_file():
        raise usage_error(f"no corpora at {corpora} (expected anercorp/train.txt inside)")
    if base is not None and not all((base / f).is_file() for f in (STANZA_NER_MODEL, STANZA_PRETRAIN)):
        raise usage_error(f"--base {base} needs {STANZA_NER_MODEL} and {STANZA_PRETRAIN} inside")
    charlms = _charlm_files(charlm) if charlm is not None else None
    if charlms and base is not None:
        raise usage_error("--charlm changes the network: it trains stages 1-3 and cannot start from --base")
    try:
        train_model(
            TrainConfig(
                corpora=corpora,
                models=models,
                work=work,
                checkpoints=checkpoints,
                max_steps=max_steps,
                finetune_steps=finetune_steps,
                anneal_steps=anneal_steps,
                labels=labels,
                label_copies=label_copies,
                guide_steps=guide_steps,
                aqmar_copies=aqmar_copies,
                mention_copies=mention_copies,
                base=base,
                seed=seed,
                charlm=charlms,
            )
        )
    except StaleWorkError as e:
        raise usage_error(str(e)) from None


def _charlm_files(folder: Path) -> tuple[Path, Path]:
    from nlp_pipeline.training.charlm import DIRECTIONS, model_file

    forward, backward = (model_file(folder, d) for d in DIRECTIONS)
    if missing := [str(f) for f in (forward, backward) if not f.is_file()]:
        raise usage_error(f"character LMs not found: {', '.join(missing)} (`nlp-pipeline train-charlm`)")
    return forward, backward


def train_charlm(
    corpora: Annotated[
        Path, typer.Option(help="Folder with the corpora (SaudiNewsNet's text is read).")
    ] = DEFAULT_CORPORA,
    work: Annotated[
        Path, typer.Option(help="Folder for the text, the checkpoints and the models; a run goes on there.")
    ] = Path("build/charlm"),
    hidden: Annotated[int, typer.Option(min=16, help="LSTM units of each LM (stanza: 1024).")] = 256,
    epochs: Annotated[int, typer.Option(min=1, help="Passes over the text.")] = 1,
    direction: Annotated[str, typer.Option(help="forward, backward or both.")] = "both",
) -> None:
    """Train the character language models that `train --charlm` reads (stanza's charlm trainer).

    About 30 minutes a direction and epoch on one core; run the two directions as two processes to use two
    cores. Stopped, it goes on from its last checkpoint (from the start of that epoch) when run again.

    Example: nlp-pipeline train-charlm --work build/charlm --direction forward &
             nlp-pipeline train-charlm --work build/charlm --direction backward
             nlp-pipeline train --charlm build/charlm --work build/train-charlm
    """
    from nlp_pipeline.training.charlm import DIRECTIONS, CharLMConfig
    from nlp_pipeline.training.charlm import train_charlm as train_lm

    if direction not in (*DIRECTIONS, "both"):
        raise usage_error(f"--direction must be forward, backward or both, not {direction!r}")
    if not (corpora / "saudinewsnet").is_dir():
        raise usage_error(f"no SaudiNewsNet at {corpora / 'saudinewsnet'}")
    cfg = CharLMConfig(corpora=corpora, work=work, hidden=hidden, epochs=epochs)
    for d in DIRECTIONS if direction == "both" else (direction,):
        typer.echo(str(train_lm(cfg, d)))


def export_tagger(
    checkpoints: Annotated[
        Path, typer.Option(help=f"Folder with stanza's {STANZA_NER_MODEL} and {STANZA_PRETRAIN}.")
    ] = DEFAULT_CHECKPOINTS,
    models: Annotated[Path, typer.Option(help=f"Where {NER_MODEL} is written.")] = PACKAGE_MODELS_DIR,
) -> None:
    """Export a stanza NER checkpoint to the model file tagging reads (`train` does this at its end).

    Example: nlp-pipeline export-tagger --checkpoints models/stanza --models /tmp/mymodel
    """
    from nlp_pipeline.training.export import export

    files = [checkpoints / STANZA_NER_MODEL, checkpoints / STANZA_PRETRAIN]
    if missing := [str(f) for f in files if not f.is_file()]:
        raise usage_error(f"checkpoint files not found: {', '.join(missing)}")
    forward, backward = (checkpoints / name for name in STANZA_CHARLMS)
    charlms = (forward, backward) if forward.is_file() and backward.is_file() else None
    typer.echo(str(export(*files, models / NER_MODEL, charlms)))


translit_app = typer.Typer(
    no_args_is_help=True, help="The Latin-name (transliteration) model: train, evaluate, try names."
)


@translit_app.command("train")
def translit_train(
    corpora: Annotated[
        Path, typer.Option(help="Folder with the corpora (ANETAC pairs inside).")
    ] = DEFAULT_CORPORA,
    out: Annotated[Path, typer.Option(help="Model file to write.")] = PACKAGE_MODELS_DIR / "translit.json.gz",
    order: Annotated[int, typer.Option(min=1, help="n-gram order over graphones.")] = 4,
    iterations: Annotated[int, typer.Option(min=1, help="EM iterations of the letter alignment.")] = 5,
) -> None:
    """Train the graphone model on ANETAC name pairs; prints its held-out accuracy."""
    from nlp_pipeline.training.translit import PAIRS_FILE, train

    pairs = corpora / PAIRS_FILE
    if not pairs.is_file():
        raise usage_error(f"pairs file not found: {pairs}")
    typer.echo(json.dumps(train(pairs, out, order, iterations), ensure_ascii=False))


@translit_app.command("train-arab")
def translit_train_arab(
    out: Annotated[Path, typer.Option(help="Model file to write.")] = PACKAGE_MODELS_DIR
    / TRANSLIT_ARAB_MODEL,
    order: Annotated[int, typer.Option(min=1, help="n-gram order over graphones.")] = 4,
    iterations: Annotated[int, typer.Option(min=1, help="EM iterations of the letter alignment.")] = 5,
) -> None:
    """Train the Arab-name graphone model on the Mashriq units of arabic-name-romanizer's index."""
    from nlp_pipeline.training.translit_arab import train_arab

    model = train_arab(order, iterations)
    model.save(out)
    typer.echo(json.dumps(model.meta, ensure_ascii=False))


@translit_app.command("eval")
def translit_eval(
    corpora: Annotated[
        Path, typer.Option(help="Folder with the corpora (ANETAC pairs inside).")
    ] = DEFAULT_CORPORA,
    split: Annotated[str, typer.Option(help="test, dev or train (a fixed split by Arabic form).")] = "test",
) -> None:
    """Exact-match accuracy and character error rate on held-out pairs: ANETAC's (mostly foreign names) and
    the index's Arab names; the ANETAC model alone (top-level keys), the Arab model alone, and the choice
    between them that names use (`chosen`), and that choice without snapping foreign names to frequent
    written words (`chosen_unsnapped`)."""
    from dataclasses import replace

    from nlp_pipeline.pipeline.latin.graphone import load_model
    from nlp_pipeline.pipeline.latin.spell import speller
    from nlp_pipeline.training.translit import PAIRS_FILE, evaluate, read_pairs, split_of
    from nlp_pipeline.training.translit_arab import index_pairs

    pairs_file = corpora / PAIRS_FILE
    if split not in ("test", "dev", "train"):
        raise usage_error(f"--split must be test, dev or train, not {split!r}")
    if not pairs_file.is_file():
        raise usage_error(f"pairs file not found: {pairs_file}")
    sets = {
        "anetac": [p for p in read_pairs(pairs_file) if split_of(p[0]) == split],
        "arab": [p for p in index_pairs() if split_of(p[0]) == split],
    }
    chooser = speller()
    report: dict = evaluate(load_model(), sets["anetac"])
    for name, pairs in sets.items():
        report[name] = {"anetac_model": evaluate(chooser.foreign, pairs), "chosen": evaluate(chooser, pairs)}
        report[name]["chosen_unsnapped"] = evaluate(replace(chooser, snap=False), pairs)
        if chooser.arab is not None:
            report[name]["arab_model"] = evaluate(chooser.arab, pairs)
    typer.echo(json.dumps(report))


@translit_app.command("latin")
def translit_latin(names: Annotated[list[str], typer.Argument(help="Arabic names.")]) -> None:
    """Print each name and its Latin rendering, tab-separated."""
    from nlp_pipeline.pipeline.latin.names import to_latin

    for name in names:
        typer.echo(f"{name}\t{to_latin(name)}")
