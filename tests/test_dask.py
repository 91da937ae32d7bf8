"""`run --executor dask` on a LocalCluster of 2 worker processes: the same records as a local run, shard by
shard; resume; a worker killed mid-run; and a local run that never imports Dask."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from nlp_pipeline.batch.executors import PipelineConfig, SerialExecutor
from nlp_pipeline.batch.inputs import read_inputs
from nlp_pipeline.batch.partitions import plan_partitions, read_partition

from .conftest import ROOT, SEEDS

distributed = pytest.importorskip("distributed")
CLI = [sys.executable, "-m", "nlp_pipeline", "run"]


def paragraphs() -> list[str]:
    return [
        line for p in SEEDS for line in p.read_text(encoding="utf-8").split("\n") if len(line.strip()) > 40
    ]


def make_corpus(root: Path, n_jsonl: int, n_texts: int) -> list[str]:
    """A JSONL file and a directory of text files (nested), both with bad inputs among the documents."""
    paras = paragraphs()
    doc = lambda k: paras[k % len(paras)] + "\n" + paras[(7 * k + 3) % len(paras)]  # noqa: E731
    lines = [
        json.dumps({"id": f"j{k}", "text": doc(k), "site": "x"}, ensure_ascii=False) for k in range(n_jsonl)
    ]
    lines[5] = '{"id": "broken", "text": '  # malformed JSON
    lines[9] = json.dumps({"id": "notext", "body": "…"})
    lines[12] = "[1, 2]"
    lines.insert(20, "")  # a blank line: line numbers go on counting it
    jsonl = root / "news.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = root / "texts"
    for k in range(n_texts):
        path = texts / f"d{k // 20}" / f"t{k:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc(k + 1000), encoding="utf-8")
    (texts / "d0").mkdir(parents=True, exist_ok=True)
    (texts / "d0" / "t001.txt").write_bytes(b"\xd9\x82\xd8\xa7\xff\xfe bad utf-8")
    (texts / "d0" / "t002.txt").write_bytes(b"")
    (texts / "d0" / "x_nul.txt").write_bytes(b"abc\x00def")
    return [str(jsonl.relative_to(root)), str(texts.relative_to(root)) + "/"]


def shards(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))


def test_dask_cluster_writes_a_local_runs_records_in_shards_and_resumes(tmp_path: Path) -> None:
    inputs = [*make_corpus(tmp_path, n_jsonl=150, n_texts=70), "missing.jsonl"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the workers too import this tree's code
    run = lambda *args: subprocess.run([*CLI, *inputs, "--no-ner", *args], cwd=tmp_path, env=env)  # noqa: E731
    assert run("--workers", "1", "-o", "local.jsonl").returncode == 1  # bad inputs: error records
    dask = ["--executor", "dask", "--workers", "2", "--partition-size", "40", "-o", "out"]
    assert run(*dask).returncode == 1
    out, local = tmp_path / "out", (tmp_path / "local.jsonl").read_bytes()
    records = [json.loads(line) for line in local.splitlines()]
    assert len(records) == 222 and sum("error" in r for r in records) == 7
    assert shards(out) == local  # document for document, byte for byte
    assert [p.name for p in sorted(out.glob("part-*"))] == [f"part-{i:05d}.jsonl" for i in range(7)]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["status"], manifest["documents"], manifest["errors"]) == ("done", 222, 7)
    assert [p["kind"] for p in manifest["partitions"]] == ["jsonl"] * 4 + ["texts"] * 2 + ["whole"]
    assert manifest["partitions"][1]["first_line"] == 42 and manifest["config"] == {
        "ner": False,
        "quotes": True,
    }
    assert manifest["packages"]["nlp-pipeline"] and manifest["models"]["ar_ner.npz"]
    assert not list(out.glob(".*"))  # no temporary file left

    kept = (out / "part-00000.jsonl").stat().st_mtime_ns
    (out / "part-00003.jsonl").unlink()
    assert run(*dask, "--resume").returncode == 1
    assert shards(out) == local
    assert (out / "part-00000.jsonl").stat().st_mtime_ns == kept  # finished shards are not redone
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["documents"], manifest["resumed_partitions"]) == (222, 6)
    res = subprocess.run([*CLI, *inputs, *dask, "--partition-size", "30", "--resume"], cwd=tmp_path, env=env)
    assert res.returncode == 2  # another plan cannot be resumed into these shards


def test_partitions_read_as_a_local_run_reads_also_through_fsspec_urls(tmp_path: Path) -> None:
    names = make_corpus(tmp_path, n_jsonl=30, n_texts=5)
    local = [(i.id, i.source, i.text, i.error) for i in read_inputs([str(tmp_path / n) for n in names])]
    parts = plan_partitions([str(tmp_path / n) for n in names], size=7)
    assert [p.kind for p in parts] == ["jsonl"] * 5 + ["texts"]
    assert [(i.id, i.source, i.text, i.error) for p in parts for i in read_partition(p)] == local
    urls = plan_partitions([f"file://{tmp_path / n}" for n in names], size=7)
    read = [(i.id, i.text, i.error) for p in urls for i in read_partition(p)]
    assert read == [(doc_id, text, error) for doc_id, _, text, error in local]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster, distributed.Client(cluster) as c:  # fmt: skip
        yield c


def test_a_killed_worker_loses_no_document_and_doubles_none(tmp_path: Path, client) -> None:  # type: ignore[no-untyped-def]
    from nlp_pipeline.batch.dask_run import run_partitions

    inputs = [str(tmp_path / make_corpus(tmp_path, n_jsonl=16, n_texts=0)[0])]
    parts = plan_partitions(inputs, size=2)
    killed = []

    def kill_one_busy_worker(finished: int, total: int) -> None:
        if killed:
            return
        busy = [w for w, tasks in client.processing().items() if tasks]
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)  # the nanny starts a new worker process; the task goes elsewhere
        killed.append(pid)

    manifest = run_partitions(
        client, inputs, parts, str(tmp_path / "out"), PipelineConfig(), on_done=kill_one_busy_worker
    )
    assert killed and manifest["status"] == "done" and manifest["documents"] == 16
    lines = shards(tmp_path / "out").decode("utf-8").splitlines(keepends=True)
    expected = [r.line.decode("utf-8") for r in SerialExecutor(PipelineConfig()).map(read_inputs(inputs))]
    assert lines == expected  # every document exactly once, in order, with its entities
    assert any(json.loads(line).get("entities") for line in lines)
    client.wait_for_workers(2)
    # each worker process loaded the model once, however many partitions it ran; and ran this tree's code
    loads = client.run(
        lambda: (
            __import__("nlp_pipeline.pipeline.ner.tagger")
            .pipeline.ner.tagger.default_tagger.cache_info()
            .misses
        )
    )
    assert set(loads.values()) <= {0, 1}
    files = client.run(lambda: __import__("nlp_pipeline").__file__)
    assert all(f.startswith(str(ROOT)) for f in files.values())


def test_a_local_run_does_not_import_dask(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom nlp_pipeline.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))"
    )
    out = tmp_path / "o.jsonl"
    res = subprocess.run([sys.executable, "-c", code, "run", str(SEEDS[0]), "--no-ner", "-o", str(out)],
                         cwd=ROOT, capture_output=True, text=True, check=True)  # fmt: skip
    assert res.stdout.strip() == "[]" and out.stat().st_size > 0


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


def test_a_local_clusters_workers_keep_glibcs_mmap_threshold_and_run_no_profiler(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from nlp_pipeline.batch.dask_run import dask_client

    # a nanny also sets its variables in its own process (distributed says so): the fixture's cluster,
    # started with Dask's defaults, left MALLOC_TRIM_THRESHOLD_ in this one; a `run` starts clean
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with dask_client(None, 1) as c:
        assert set(c.run(_worker_settings).values()) == {(None, False)}
    import dask

    # outside the cluster, Dask's own defaults are back
    assert dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"] == 65536
