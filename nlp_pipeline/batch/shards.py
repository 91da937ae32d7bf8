"""A run's output directory: one JSONL shard per partition, each written atomically, and a manifest.

Shard i (`part-00000.jsonl`, …) holds partition i's records in input order, so the shards concatenated in
name order are a local run's output. A shard is written to a hidden temporary file and renamed when whole:
a shard that exists is finished, whoever wrote it, and a worker killed mid-partition leaves only a
temporary file, removed at the end of the run. The directory may be any fsspec URL that every worker and
the client can reach (a shared mount, s3://…).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from nlp_pipeline.models import NER_MODEL, TRANSLIT_ARAB_MODEL, TRANSLIT_MODEL, models_dir
from nlp_pipeline.utils.jsonl import loads_line

MANIFEST = "manifest.json"
SHARD_GLOB = "part-*.jsonl"
PACKAGES = ("nlp-pipeline", "numpy", "camel-tools", "dask", "distributed")


def shard_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


class OutDir:
    def __init__(self, url: str) -> None:
        from fsspec.core import url_to_fs

        self.fs, root = url_to_fs(url)
        self.root = root.rstrip("/")
        self.fs.makedirs(self.root, exist_ok=True)

    def path(self, name: str) -> str:
        return f"{self.root}/{name}"

    def exists(self, name: str) -> bool:
        return bool(self.fs.exists(self.path(name)))

    def write_atomic(self, name: str, lines: Iterable[bytes]) -> None:
        """Write to a temporary name unique to this attempt, then rename: readers see all or nothing."""
        tmp = self.path(f".{name}.{uuid.uuid4().hex}.tmp")
        with self.fs.open(tmp, "wb") as f:
            for line in lines:
                f.write(line)  # JSONL lines, UTF-8 already (utils/jsonl.dumps_line)
        self.fs.mv(tmp, self.path(name))

    def _glob(self, pattern: str) -> list[str]:
        return sorted(self.fs.glob(self.path(pattern)))

    def clear(self) -> None:
        """Remove a previous run's shards and manifest (a new run without --resume starts afresh)."""
        for p in self._glob(SHARD_GLOB) + self._glob(MANIFEST):
            self.fs.rm(p)

    def remove_temporary(self) -> None:
        for p in self._glob(".part-*.tmp"):
            self.fs.rm(p)

    def count(self, name: str) -> dict[str, int]:
        """Documents and error records in a finished shard (for shards a resumed run skips)."""
        docs = errors = 0
        with self.fs.open(self.path(name), "rb") as f:
            for raw in f:
                docs += 1
                errors += "error" in loads_line(raw)
        return {"documents": docs, "errors": errors}

    def read_manifest(self) -> dict[str, Any] | None:
        if not self.exists(MANIFEST):
            return None
        with self.fs.open(self.path(MANIFEST), "rb") as f:
            return json.loads(f.read())

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        self.write_atomic(MANIFEST, [(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode()])


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _sha256(name: str) -> str | None:
    path = models_dir() / name
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def versions() -> dict[str, Any]:
    """The package and library versions, and the model files' SHA-256 (as this process finds them)."""
    return {
        "packages": {p: _version(p) for p in PACKAGES},
        "models": {name: _sha256(name) for name in (NER_MODEL, TRANSLIT_MODEL, TRANSLIT_ARAB_MODEL)},
    }
