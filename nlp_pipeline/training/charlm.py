"""Character language models for the tagger (stanza's `charlm`), trained on SaudiNewsNet's own text.

A forward and a backward LSTM over characters, read by the tagger at each word's end (`--charlm` in
`nlp-pipeline train`; tagging: `pipeline/ner/charlm.py`). Small on purpose: tagging runs both over every
character of every sentence, so the units set the tagger's speed. stanza's trainer saves a checkpoint at each
evaluation and, run again, goes on from it (from the start of the epoch it was in), so training can span
working sessions; its best model so far is `<folder>/ar_snn_<direction>_charlm.pt` at any time.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

SHORTHAND = "ar_snn"
DIRECTIONS = ("forward", "backward")
DEV_EVERY = 100  # one line in DEV_EVERY is the LMs' dev text


@dataclass
class CharLMConfig:
    corpora: Path
    work: Path  # text files and stanza's checkpoints
    hidden: int = 256  # stanza's default is 1,024: 16 times the multiply-adds per character
    char_emb: int = 64
    epochs: int = 1  # one pass over 45 M characters: about 30 minutes a direction on one core
    eval_steps: int = 500


def model_file(folder: Path, direction: str) -> Path:
    return folder / "saved" / f"{SHORTHAND}_{direction}_charlm.pt"


def write_text(cfg: CharLMConfig) -> tuple[Path, Path]:
    """SaudiNewsNet's lines as the tagger sees them (normalized, tokens split by spaces), a line in
    DEV_EVERY kept aside for evaluation. Written once: a folder keeps the text its checkpoints came from."""
    from nlp_pipeline.training.ner import news_sentences  # deferred: ner.py imports this module

    train, dev = cfg.work / "train.txt", cfg.work / "dev.txt"
    if train.exists() and dev.exists():
        return train, dev
    cfg.work.mkdir(parents=True, exist_ok=True)
    with open(train, "w", encoding="utf-8") as t, open(dev, "w", encoding="utf-8") as d:
        for i, toks in enumerate(news_sentences(cfg.corpora)):
            (d if i % DEV_EVERY == 0 else t).write(" ".join(toks) + "\n")
    return train, dev


def train_charlm(cfg: CharLMConfig, direction: str) -> Path:
    """Train (or go on training) one direction; returns its best model file."""
    from nlp_pipeline.training.ner import run

    train, dev = write_text(cfg)
    cmd = [
        sys.executable, "-m", "stanza.models.charlm", "--train_file", str(train), "--eval_file", str(dev),
        "--direction", direction, "--shorthand", SHORTHAND, "--char_hidden_dim", str(cfg.hidden),
        "--char_emb_dim", str(cfg.char_emb), "--epochs", str(cfg.epochs), "--eval_steps", str(cfg.eval_steps),
        "--report_steps", "100", "--save_dir", str(cfg.work / "saved"),
    ]  # fmt: skip
    run(cmd)
    return model_file(cfg.work, direction)
