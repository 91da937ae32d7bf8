"""Re-train the shipped NER model: corpora -> stanza JSON, word vectors -> pretrain file, stanza tagger.

Every step writes into a work directory and is skipped when its output is already there, so a
interrupted run can be continued. Seeds are fixed; the same corpora give the same model files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nlp_pipeline.corpora import saudinewsnet
from nlp_pipeline.corpora.conll import Sentence, read_conll, wikifane_type
from nlp_pipeline.corpora.labelled_news import labelled_articles
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.tokenizer import words
from nlp_pipeline.models import NER_MODEL, STANZA_CHARLMS, STANZA_NER_MODEL, STANZA_PRETRAIN
from nlp_pipeline.training.augment import Gazetteer, replace_mentions
from nlp_pipeline.training.charlm import SHORTHAND as CHARLM_SHORTHAND
from nlp_pipeline.training.export import export

log = logging.getLogger(__name__)

SEED = 1234


@dataclass
class TrainConfig:
    corpora: Path
    models: Path  # the exported model that tagging reads
    work: Path
    checkpoints: Path = Path("models/stanza")  # stanza's files it is exported from
    max_steps: int = 6000  # stage 1, all corpora (dev F1 peaked at step 5000 of 6000)
    finetune_steps: int = 4000  # stage 2, news only (dev F1 best at 2,750)
    anneal_steps: int = 1500  # stage 3, news only, at anneal_lr
    anneal_lr: float = 0.01
    # Stage 4: news labelled by our guide (models/labels), repeated `label_copies` times beside the news
    # corpora, at anneal_lr from stage 3. Empty or missing labels skip it.
    labels: Path = Path("models/labels/news_train.jsonl")
    label_copies: int = 5  # 5 beat 3 on the dev pool (pooled ORG recall +1.7, AQMAR +1.0; models/README.md)
    guide_steps: int = 1500
    aqmar_copies: int = 1  # copies of AQMAR train in stage 4 (Wikipedia text beside the news)
    # Mention replacement (training/augment.py), off: copies of the news corpora with gazetteer names swapped
    # in, added to stage 4. Dev pool -10.5 F1 (models/README.md, "Stage 4").
    mention_copies: int = 0
    base: Path | None = None  # a checkpoints folder to start stage 4 from, instead of stages 1-3
    seed: int = SEED  # stanza's runs (another seed: another member of an ensemble, models/README.md)
    # Forward and backward character LMs (training/charlm.py) read in place of the character BiLSTM.
    charlm: tuple[Path, Path] | None = None
    vector_dim: int = 100
    vocab_size: int = 60000
    vector_epochs: int = 5
    anercorp_dev_fraction: float = 0.1
    use_wikifane: bool = True
    anercorp_copies: int = 2  # news is the target domain: weight it over Wikipedia text
    # stanza's default. 0.05 with a 150k vocabulary was tried: ANERcorp dev +0.1, AQMAR dev -2.8.
    word_dropout: float = 0.01


def anercorp_split(corpora: Path, dev_fraction: float = 0.1) -> tuple[list[Sentence], list[Sentence]]:
    """ANERcorp train split into (train, dev): dev is the LAST `dev_fraction` of the file.

    ANERcorp has no document markers; its articles are contiguous, so a tail cut keeps whole
    articles on one side except, at most, the one article at the cut.
    """
    sents = list(read_conll(corpora / "anercorp" / "train.txt"))
    cut = int(len(sents) * (1 - dev_fraction))
    return sents[:cut], sents[cut:]


def training_sentences(cfg: TrainConfig) -> tuple[dict[str, list[Sentence]], dict[str, list[Sentence]]]:
    """Training sets per stage: `train` (all corpora), `news` (ANERcorp + AQMAR, for fine-tuning) and
    `guide` (news + the articles labelled by our guide, for the last stage)."""
    ane_train, ane_dev = anercorp_split(cfg.corpora, cfg.anercorp_dev_fraction)
    aqmar = list(read_conll(cfg.corpora / "aqmar" / "train.txt"))
    train = ane_train * cfg.anercorp_copies + aqmar
    if cfg.use_wikifane:
        train += list(read_conll(cfg.corpora / "wikifane" / "WikiFANE_Gold_2014_500K.txt", wikifane_type))
    devs = {"anercorp_dev": ane_dev, "aqmar_dev": list(read_conll(cfg.corpora / "aqmar" / "dev.txt"))}
    labelled: list[Sentence] = []
    if cfg.labels.is_file():
        docs, problems = labelled_articles(cfg.labels, cfg.corpora)
        for problem in problems:
            log.warning("%s: %s", cfg.labels, problem)
        labelled = [s for doc in docs for s in doc]
    else:
        log.warning("no labelled news at %s: stage 4 trains without it", cfg.labels)
    sets = {"train": train, "news": ane_train + aqmar}
    if labelled or cfg.mention_copies:
        sets["guide"] = ane_train + aqmar * cfg.aqmar_copies + labelled * cfg.label_copies
    if cfg.mention_copies:
        gazetteer = Gazetteer.read(cfg.corpora / "gazetteers")
        for copy in range(cfg.mention_copies):
            sets["guide"] += replace_mentions(ane_train + aqmar, gazetteer, seed=SEED + copy)
    return sets, devs


def to_stanza_json(sents: Iterable[Sentence]) -> list[list[dict[str, str]]]:
    """stanza's NER format; words are normalized exactly as the pipeline normalizes them."""
    out = []
    for s in sents:
        norm = [normalize(w) or w for w in s.words]
        out.append([{"text": w, "ner": t} for w, t in zip(norm, s.tags)])
    return out


def news_sentences(corpora: Path) -> Iterator[list[str]]:
    """Normalized tokens of every SaudiNewsNet article (title and content), one list per line."""
    for art in saudinewsnet.articles(corpora):
        for field in ("title", "content"):
            for line in (art.fields.get(field) or "").splitlines():
                toks = words(normalize(line))
                if toks:
                    yield toks


def build_pretrain(cfg: TrainConfig, train: list[Sentence], out: Path) -> None:
    """fastText vectors (subword-aware: clitic-attached and rare names still get a vector) on news +
    training text, written for a capped vocabulary and converted to stanza's pretrain file."""
    from gensim.models import FastText

    corpus = list(news_sentences(cfg.corpora))
    corpus += [[normalize(w) or w for w in s.words] for s in train]
    log.info("vectors: %d lines, %d tokens", len(corpus), sum(map(len, corpus)))
    model = FastText(
        vector_size=cfg.vector_dim, window=5, min_count=2, sg=1, epochs=cfg.vector_epochs,
        min_n=2, max_n=5, bucket=500000, workers=2, seed=SEED,
    )  # fmt: skip
    model.build_vocab(corpus_iterable=corpus)
    model.train(corpus_iterable=corpus, total_examples=len(corpus), epochs=cfg.vector_epochs)
    # Vocabulary: the most frequent words of news + labelled text together (fastText's own order),
    # capped so that the pretrain file stays small.
    vocab = model.wv.index_to_key[: cfg.vocab_size]
    txt = out.with_suffix(".txt")
    with open(txt, "w", encoding="utf-8") as f:
        f.write(f"{len(vocab)} {cfg.vector_dim}\n")
        for w in vocab:
            f.write(w + " " + " ".join(f"{x:.4f}" for x in model.wv[w]) + "\n")
    run([sys.executable, "-m", "stanza.models.common.convert_pretrain", str(out), str(txt), str(len(vocab))])


def train_tagger(
    cfg: TrainConfig, train_file: Path, pretrain: Path, name: str, steps: int, start: Path | None
) -> None:
    """One stanza training run into saved/`name`, keeping the checkpoint with the best ANERcorp dev F1.

    stanza writes its best checkpoint so far while it trains; it is written under a `.partial` name and
    renamed only when the run ends, so that a run killed half-way is trained again on the next call
    instead of being taken for a finished stage (a stage is skipped when saved/`name` exists)."""
    save_dir = cfg.work / "saved"
    save_dir.mkdir(parents=True, exist_ok=True)
    partial = f"{name}.partial"
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "ar_ours",
        "--train_file", str(train_file), "--eval_file", str(cfg.work / "data" / "anercorp_dev.json"),
        "--wordvec_pretrain_file", str(pretrain), "--save_dir", str(save_dir), "--save_name", partial,
        "--max_steps", str(steps), "--eval_interval", "500" if start is None else "250",
        "--max_steps_no_improve", "3000", "--emb_finetune_known_only", "--seed", str(cfg.seed),
        "--batch_size", "32", "--word_dropout", str(cfg.word_dropout),
        "--pretrain_max_vocab", str(cfg.vocab_size),
    ]  # fmt: skip
    if start is not None:
        cmd += ["--finetune", "--finetune_load_name", str(start)]
    if cfg.charlm is not None:
        forward, backward = cfg.charlm
        cmd += ["--charlm", "--charlm_shorthand", CHARLM_SHORTHAND]
        cmd += ["--charlm_forward_file", str(forward), "--charlm_backward_file", str(backward)]
    run(cmd)
    (save_dir / partial).replace(save_dir / name)


def ship_half(src: Path, dst: Path) -> None:
    """Copy a stanza model or pretrain file with its float tensors stored as float16: half the size,
    and stanza copies them into its float32 parameters on load, so tagging is unchanged."""
    import torch

    def half(x: object) -> object:
        if isinstance(x, torch.Tensor) and x.is_floating_point():
            return x.half()
        if isinstance(x, dict):
            return {k: half(v) for k, v in x.items()}
        return x

    torch.save(half(torch.load(src, map_location="cpu", weights_only=True)), dst)


def run(cmd: list[str]) -> None:
    log.info("running: %s", " ".join(cmd))
    subprocess.run(cmd, check=True)


def with_lr(src: Path, lr: float, dst: Path) -> Path:
    """A copy of a checkpoint that trains on at `lr`: stanza's `--finetune` takes the learning rate
    from the saved model's arguments and ignores `--lr`."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    checkpoint["config"]["lr"] = lr
    torch.save(checkpoint, dst)
    return dst


class StaleWorkError(ValueError):
    """The work folder holds finished steps made from other inputs."""


def check_work(cfg: TrainConfig) -> None:
    """Finished steps in `cfg.work` are reused, so they must come from the same inputs: a work folder
    remembers its corpora, labels (by content), copies, base and seed, and refuses others
    (`StaleWorkError`)."""
    labels = cfg.labels.read_bytes() if cfg.labels.is_file() else b""
    key = {
        "corpora": str(cfg.corpora.resolve()),
        "labels_sha1": hashlib.sha1(labels).hexdigest(),
        "label_copies": cfg.label_copies,
        "mention_copies": cfg.mention_copies,
        "aqmar_copies": cfg.aqmar_copies,
        "use_wikifane": cfg.use_wikifane,
        "anercorp_copies": cfg.anercorp_copies,
        "base": str(cfg.base.resolve()) if cfg.base else None,
        "seed": cfg.seed,
        "charlm_sha1": [hashlib.sha1(f.read_bytes()).hexdigest() for f in cfg.charlm] if cfg.charlm else None,
    }
    stamp = cfg.work / "inputs.json"
    old = json.loads(stamp.read_text(encoding="utf-8")) if stamp.is_file() else key
    old.setdefault("seed", SEED)  # stamps written before --seed existed: the fixed seed
    old.setdefault("aqmar_copies", 1)  # and before --aqmar-copies: one copy
    if changed := [k for k in key if old.get(k) != key[k]]:  # a key newer than the stamp may be missing
        raise StaleWorkError(
            f"{cfg.work} holds steps made from other inputs ({', '.join(changed)}): use another --work"
        )
    cfg.work.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(key, indent=1), encoding="utf-8")


def train(cfg: TrainConfig) -> Path:
    check_work(cfg)
    data = cfg.work / "data"
    data.mkdir(parents=True, exist_ok=True)
    sets, devs = training_sentences(cfg)
    for name, sents in [*sets.items(), *devs.items()]:
        if not (data / f"{name}.json").exists():
            (data / f"{name}.json").write_text(json.dumps(to_stanza_json(sents), ensure_ascii=False), "utf-8")
            log.info("data: %s, %d sentences", name, len(sents))
    pretrain = cfg.work / STANZA_PRETRAIN
    saved = cfg.work / "saved"
    saved.mkdir(parents=True, exist_ok=True)
    if cfg.base is not None:  # stages 1-3 are done: go on from that checkpoint and its word vectors
        shutil.copyfile(cfg.base / STANZA_PRETRAIN, pretrain)
        model = shutil.copyfile(cfg.base / STANZA_NER_MODEL, saved / "ar_ner_base.pt")
    if not pretrain.exists():
        build_pretrain(cfg, sets["train"], pretrain)
    # Stage 1 learns from everything; stage 2 adapts it to news, the domain the pipeline reads;
    # stage 3 goes on with news at a lower learning rate (SGD at 0.1 still jumps between evaluations);
    # stage 4 teaches the guide's conventions that the corpora do not follow (groups, companies, clubs and
    # media are ORG) from a few hundred entities of news labelled by it.
    stages = [(2, "news", cfg.finetune_steps, None), (3, "news", cfg.anneal_steps, cfg.anneal_lr)]
    if cfg.base is None:
        model = saved / "ar_ner_stage1.pt"
        if not model.exists():
            train_tagger(cfg, data / "train.json", pretrain, model.name, cfg.max_steps, None)
    else:
        stages = []
    if "guide" in sets:
        stages.append((4, "guide", cfg.guide_steps, cfg.anneal_lr))
    for stage, data_set, steps, lr in stages:
        out = saved / f"ar_ner_stage{stage}.pt"
        if steps and not out.exists():
            start = model if lr is None else with_lr(model, lr, saved / f"ar_ner_stage{stage}_start.pt")
            train_tagger(cfg, data / f"{data_set}.json", pretrain, out.name, steps, start)
        model = out if steps else model
    cfg.checkpoints.mkdir(parents=True, exist_ok=True)
    ship_half(pretrain, cfg.checkpoints / STANZA_PRETRAIN)
    ship_half(model, cfg.checkpoints / STANZA_NER_MODEL)
    checkpoint = (cfg.checkpoints / STANZA_NER_MODEL, cfg.checkpoints / STANZA_PRETRAIN)
    charlms = None
    if cfg.charlm is not None:
        charlms = (cfg.checkpoints / STANZA_CHARLMS[0], cfg.checkpoints / STANZA_CHARLMS[1])
        for src, dst in zip(cfg.charlm, charlms):
            ship_half(src, dst)
    else:
        for name in STANZA_CHARLMS:  # a model without LMs: the LMs of an earlier one must not stay beside it
            (cfg.checkpoints / name).unlink(missing_ok=True)
    return export(*checkpoint, cfg.models / NER_MODEL, charlms)
