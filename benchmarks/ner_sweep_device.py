"""Experiment for a GPU machine (issue 11; ran twice on 4 Dec, see models/README.md): does a bigger
tagger (word BiLSTM 512, character BiLSTM 200) beat the shipped size (256, 100), and what does an ensemble of
seeds buy? Each configuration runs the whole recipe of `nlp_pipeline.training.ner` (stages 1-4, same steps,
rates, data and vectors) from scratch, three seeds per size, all at once; then each final model tags the dev
pool and the held-out news sets. The numpy tagger runs any hidden size, so a winner ships as it is.

Here (CPU, the package installed):
    python benchmarks/ner_sweep_device.py prep build/sweep     # stanza JSON of every stage and set, gzipped
On the GPU machine (its own python3 3.12 with torch; stanza and what it imports that torch does not bring
carried as wheels in .whl: stanza emoji orjson platformdirs udtools udapi termcolor colorama regex tqdm
requests urllib3 idna certifi charset_normalizer huggingface_hub packaging protobuf, 6.8 MB;
build/sweep carried):
    python3 benchmarks/ner_sweep_device.py master 470 $OUT     # train until 470 s, then tag and score
$OUT gets results.json (tagger-alone P/R/F1 per set and label, the pool of ANERcorp dev + AQMAR dev + news
dev, the stage each run reached), preds.tsv.gz (every tag, for ensembles and bootstraps here) and the best
checkpoints (float16, in parts under 16 MB). A second call on the same machine goes on from finished stages.
Compare here with `nlp-pipeline bench --pool --against DIR` once a checkpoint is joined (`cat parts > .pt`).
"""

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PACKED = Path(os.environ.get("GPU_PACKED", "build/sweep"))  # what `prep` wrote, carried to the machine
DATA = Path(os.environ.get("GPU_DATA", "/tmp/gdata"))  # unpacked there
WORK = Path(os.environ.get("GPU_WORK", "/tmp/gwork"))
PRETRAIN = Path(os.environ.get("GPU_PRETRAIN", "models/stanza/ar_pretrain.pt"))
STEPS = [int(x) for x in os.environ.get("GPU_STEPS", "6000,4000,1500,1500").split(",")]
CONFIGS = {  # name: (seed, hidden_dim, char_hidden_dim)
    "h256c100_s1234": (1234, 256, 100),
    "h256c100_s1235": (1235, 256, 100),
    "h256c100_s1236": (1236, 256, 100),
    "h512c200_s1234": (1234, 512, 200),
    "h512c200_s1235": (1235, 512, 200),
    "h512c200_s1236": (1236, 512, 200),
}
if os.environ.get("GPU_ONLY"):
    CONFIGS = {n: CONFIGS[n] for n in os.environ["GPU_ONLY"].split(",")}
INTERVALS = [int(x) for x in os.environ.get("GPU_INTERVALS", "500,250,250,250").split(",")]
EVAL_SETS = ["anercorp_dev", "aqmar_dev", "news_dev", "holdout", "test2"]
POOL = ["anercorp_dev", "aqmar_dev", "news_dev"]


def with_lr(src: Path, lr: float, dst: Path) -> Path:
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    checkpoint["config"]["lr"] = lr
    torch.save(checkpoint, dst)
    return dst


def train_config(name: str) -> None:
    seed, hidden, char_hidden = CONFIGS[name]
    work = WORK / name
    work.mkdir(parents=True, exist_ok=True)
    stages = [  # (stage, data, steps, lr or None to go on at the checkpoint's rate, eval interval)
        (1, "train", STEPS[0], None, INTERVALS[0]),
        (2, "news", STEPS[1], None, INTERVALS[1]),
        (3, "news", STEPS[2], 0.01, INTERVALS[2]),
        (4, "guide", STEPS[3], 0.01, INTERVALS[3]),
    ]
    model = None
    for stage, data, steps, lr, interval in stages:
        out = work / f"s{stage}.pt"
        if (work / f"s{stage}.done").exists():  # a second call on the same machine goes on
            model = out
            continue
        cmd = [
            sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train", "--shorthand", "ar_ours",
            "--train_file", str(DATA / f"{data}.json"), "--eval_file", str(DATA / "anercorp_dev.json"),
            "--wordvec_pretrain_file", str(PRETRAIN), "--save_dir", str(work), "--save_name", out.name,
            "--max_steps", str(steps), "--eval_interval", str(interval), "--max_steps_no_improve", "3000",
            "--emb_finetune_known_only", "--seed", str(seed), "--batch_size", "32", "--word_dropout", "0.01",
            "--pretrain_max_vocab", "60000",
            "--hidden_dim", str(hidden), "--char_hidden_dim", str(char_hidden),
        ]  # fmt: skip
        if model is not None:
            start = model if lr is None else with_lr(model, lr, work / f"s{stage}_start.pt")
            cmd += ["--finetune", "--finetune_load_name", str(start)]
        t0 = time.time()
        (work / "stage").write_text(str(stage))
        with open(work / f"s{stage}.log", "w") as log:
            subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT)
        (work / f"s{stage}.done").write_text(f"{time.time() - t0:.0f}")
        model = out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """conlleval chunks of a BIO or BIOES sequence."""
    out, start, kind = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        t = t.replace("S-", "B-").replace("E-", "I-")
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != kind):
            out.add((start, i, kind))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, kind = i, t[2:]
    return out


def read_results(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    gold, pred, g, p = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if g:
                gold.append(g), pred.append(p)
            g, p = [], []
            continue
        _, a, b = line.split("\t")
        g.append(a), p.append(b)
    if g:
        gold.append(g), pred.append(p)
    return gold, pred


def counts(gold: list[list[str]], pred: list[list[str]]) -> dict[str, list[int]]:
    c: dict[str, list[int]] = {}
    for gs, ps in zip(gold, pred):
        g, p = spans(gs), spans(ps)
        for kind in {k for *_, k in g | p} | {"ALL"}:
            gk = {s for s in g if kind in ("ALL", s[2])}
            pk = {s for s in p if kind in ("ALL", s[2])}
            row = c.setdefault(kind, [0, 0, 0])
            row[0] += len(gk & pk)
            row[1] += len(pk)
            row[2] += len(gk)
    return c


def prf(row: list[int]) -> dict[str, float]:
    tp, np_, ng = row
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return {
        "P": round(p, 4),
        "R": round(r, 4),
        "F1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "n": ng,
    }


def evaluate_config(name: str, out_dir: Path) -> None:
    from stanza.models import ner_tagger

    work = WORK / name
    done = [s for s in (4, 3, 2, 1) if (work / f"s{s}.done").exists()]
    started = [s for s in (4, 3, 2, 1) if (work / f"s{s}.pt").exists()]
    if not started:
        return
    stage = started[0]
    model = work / f"s{stage}.pt"
    args = ner_tagger.parse_args(
        ["--mode", "predict", "--shorthand", "ar_ours", "--save_dir", str(work), "--save_name", model.name,
         "--wordvec_pretrain_file", str(PRETRAIN), "--eval_file", str(DATA / "anercorp_dev.json")]
    )  # fmt: skip
    loaded_args, trainer, vocab = ner_tagger.load_model(args, str(model))
    result: dict = {"stage": stage, "finished": bool(done and done[0] == stage), "sets": {}}
    for s in EVAL_SETS:
        path = out_dir / f"{name}.{s}.tsv"
        loaded_args["eval_output_file"] = str(path)
        ner_tagger.evaluate_model(loaded_args, trainer, vocab, str(DATA / f"{s}.json"))
        gold, pred = read_results(path)
        result["sets"][s] = {k: prf(v) for k, v in counts(gold, pred).items()}
        result["sets"][s]["_counts"] = counts(gold, pred)
    (out_dir / f"{name}.json").write_text(json.dumps(result))


def best_dev(log: Path) -> str:
    lines = (
        [x for x in log.read_text().splitlines() if "dev_score" in x or "Best dev" in x]
        if log.exists()
        else []
    )
    return lines[-1].split("INFO: ")[-1] if lines else ""


def master(deadline: float, out: Path) -> None:
    t0 = time.time()
    import torch

    gpu = torch.cuda.device_count() and torch.cuda.get_device_name(0)
    print("cuda", torch.cuda.is_available(), gpu, flush=True)
    DATA.mkdir(parents=True, exist_ok=True)
    for packed in PACKED.glob("*.json.gz"):
        with gzip.open(packed, "rt", encoding="utf-8") as f:
            (DATA / packed.name.removesuffix(".gz")).write_text(f.read(), encoding="utf-8")
    # 4 Dec: six runs with torch's default threads (16 each on 16 cores) made ~2.5 steps/s each, no faster
    # than the 2-core CPU; each run now gets its share of the cores.
    threads = str(max(1, (os.cpu_count() or 2) // len(CONFIGS)))
    env = {**os.environ, "OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads}
    procs = {
        n: subprocess.Popen([sys.executable, __file__, "train", n], start_new_session=True, env=env)
        for n in CONFIGS
    }
    while time.time() - t0 < deadline and any(p.poll() is None for p in procs.values()):
        time.sleep(5)
        elapsed = time.time() - t0
        if int(elapsed) % 60 < 5:
            status = {
                n: (WORK / n / "stage").read_text() if (WORK / n / "stage").exists() else "-" for n in CONFIGS
            }
            print(f"{elapsed:.0f}s", status, flush=True)
    for p in procs.values():
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    print(f"training stopped at {time.time() - t0:.0f}s", flush=True)
    ev = Path(WORK / "eval")
    ev.mkdir(exist_ok=True)
    evals = [subprocess.Popen([sys.executable, __file__, "eval", n]) for n in CONFIGS]
    for p in evals:
        p.wait()
    results = {}
    for n in CONFIGS:
        f = ev / f"{n}.json"
        if not f.exists():
            continue
        r = json.loads(f.read_text())
        r["stage_seconds"] = {s: (WORK / n / f"s{s}.done").read_text() for s in (1, 2, 3, 4)
                              if (WORK / n / f"s{s}.done").exists()}  # fmt: skip
        r["logs"] = {s: best_dev(WORK / n / f"s{s}.log") for s in (1, 2, 3, 4)}
        pooled = [0, 0, 0]
        for s in POOL:
            for i in range(3):
                pooled[i] += r["sets"][s]["_counts"]["ALL"][i]
        r["pool"] = prf(pooled)
        results[n] = r
    for log in WORK.glob("*/s*.log"):  # where the time went (device, steps/s), for the next plan
        lines = log.read_text(errors="replace").splitlines()
        (out / f"{log.parent.name}.{log.stem}.log").write_text("\n".join(lines[:40] + ["..."] + lines[-40:]))
    for n, r in results.items():
        print(
            n, r["stage"], r["finished"], r["pool"]["F1"], {s: r["sets"][s]["ALL"]["F1"] for s in EVAL_SETS}
        )
    (out / "results.json").write_text(json.dumps(results))
    with gzip.open(out / "preds.tsv.gz", "wt") as z:  # every prediction, for scoring here
        for f in sorted(ev.glob("*.tsv")):
            z.write(f"### {f.name}\n" + f.read_text(encoding="utf-8"))
    # The three best models by the dev pool (tagger alone), halved, in parts of < 16 MB.
    ranked = sorted(results, key=lambda n: (results[n]["stage"], results[n]["pool"]["F1"]), reverse=True)
    import torch

    def half(x):
        if isinstance(x, torch.Tensor) and x.is_floating_point():
            return x.half()
        if isinstance(x, dict):
            return {k: half(v) for k, v in x.items()}
        return x

    room = 56_000_000
    for n in ranked[:3]:
        r = results[n]
        tmp = WORK / f"{n}.pt"
        torch.save(
            half(torch.load(WORK / n / f"s{r['stage']}.pt", map_location="cpu", weights_only=True)), tmp
        )
        blob = tmp.read_bytes()
        if len(blob) > room:
            break
        room -= len(blob)
        for i in range(0, len(blob), 15_000_000):
            (out / f"{n}.pt.part{i // 15_000_000}").write_bytes(blob[i : i + 15_000_000])
    print("done at", f"{time.time() - t0:.0f}s", [p.name for p in out.iterdir()], flush=True)


def prep(out: Path) -> None:
    """The stanza JSON of every training stage and scoring set, gzipped (what the device run reads)."""
    from nlp_pipeline.scoring.ner_pool import news_set
    from nlp_pipeline.training.ner import TrainConfig, to_stanza_json, training_sentences

    corpora = Path("../shared/corpora")
    out.mkdir(parents=True, exist_ok=True)
    sets, devs = training_sentences(TrainConfig(corpora=corpora, models=out, work=out))
    named = {**sets, **devs}
    for name, gold in [("news_dev", "news_dev"), ("holdout", "news_holdout"), ("test2", "news_test2")]:
        named[name] = [
            s for doc in news_set(Path(f"benchmarks/quotes/{gold}.jsonl"), corpora).docs for s in doc
        ]
    for name, sents in named.items():
        with gzip.open(out / f"{name}.json.gz", "wt", encoding="utf-8") as f:
            json.dump(to_stanza_json(sents), f, ensure_ascii=False)
        print(name, len(sents))


if __name__ == "__main__":
    if sys.argv[1] == "prep":
        prep(Path(sys.argv[2]))
    elif sys.argv[1] == "train":
        train_config(sys.argv[2])
    elif sys.argv[1] == "eval":
        evaluate_config(sys.argv[2], WORK / "eval")
    else:
        master(float(sys.argv[2]), Path(sys.argv[3]))
