"""The numpy tagger is stanza's: the same tags on real text, from a file exported from stanza's checkpoint."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.models import (
    NER_MODEL,
    PACKAGE_MODELS_DIR,
    STANZA_CHARLMS,
    STANZA_NER_MODEL,
    STANZA_PRETRAIN,
)
from nlp_pipeline.pipeline.ner.bioes import fix_singletons
from nlp_pipeline.pipeline.ner.tagger import Tagger, tagger_input
from nlp_pipeline.tokens.doc import Doc

from .conftest import CORPORA, ROOT

CHECKPOINT = ROOT / "models" / "stanza"
CHARLMS = tuple(CHECKPOINT / name for name in STANZA_CHARLMS)
CHARLM = CHARLMS if all(f.is_file() for f in CHARLMS) else None  # the shipped model reads character LMs
TAGS = ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-ORG", "I-ORG", "E-ORG", "S-LOC", "I-LOC"]


@settings(deadline=None)  # the first example imports stanza
@given(st.lists(st.sampled_from(TAGS), max_size=12))
def test_fix_singletons_is_stanzas(tags: list[str]) -> None:
    from stanza.models.ner.trainer import fix_singleton_tags

    assert fix_singletons(tags) == fix_singleton_tags(tags)


def test_the_shipped_file_is_the_export_of_the_committed_checkpoint(tmp_path: Path) -> None:
    from nlp_pipeline.training.export import export

    out = export(CHECKPOINT / STANZA_NER_MODEL, CHECKPOINT / STANZA_PRETRAIN, tmp_path / NER_MODEL, CHARLM)
    with np.load(out) as new, np.load(PACKAGE_MODELS_DIR / NER_MODEL) as shipped:
        assert new.files == shipped.files
        for name in new.files:
            assert np.array_equal(new[name], shipped[name]), name


def _sentences(texts: list[str]) -> list[list[str]]:
    out = []
    for text in texts:
        doc = tokenize_doc(Doc("t", text))
        out += [[tagger_input(t.norm or t.text) for t in doc.sentence_tokens(s)] for s in doc.sentences]
    return [s for s in out if s]


def _charlm_options() -> dict[str, str]:
    if CHARLM is None:
        return {}
    return {"ner_forward_charlm_path": str(CHARLM[0]), "ner_backward_charlm_path": str(CHARLM[1])}


def _stanza_tags(sentences: list[list[str]]) -> list[list[str]]:
    """Tags from stanza's own offline pipeline over the checkpoint (the way stanza documents it)."""
    import stanza

    nlp = stanza.Pipeline(
        "ar", dir=str(CHECKPOINT), download_method=None, allow_unknown_language=True,
        processors="tokenize,ner", tokenize_pretokenized=True, use_gpu=False, logging_level="ERROR",
        ner_model_path=str(CHECKPOINT / STANZA_NER_MODEL),
        ner_pretrain_path=str(CHECKPOINT / STANZA_PRETRAIN),
        **_charlm_options(),
    )  # fmt: skip
    return [[t.ner for t in s.tokens] for s in nlp(sentences).sentences]


def test_same_tags_as_stanza_on_news(seed_texts: dict[str, str]) -> None:
    texts = list(seed_texts.values())
    # words the vectors lack, Latin in capitals (stanza lowercases words, not characters), a long token,
    # characters no training text had, and a one-word sentence
    texts += ["قال JOHN Smith من شركة Aramco إن زززز ۞ستتتت https://example.com/a/very/long/path_of/a_token",
              "لافروف"]  # fmt: skip
    if (CORPORA / "saudinewsnet").exists():
        from nlp_pipeline.corpora import saudinewsnet

        texts += [a.fields.get("content") or "" for a in itertools.islice(saudinewsnet.articles(CORPORA), 60)]
    sentences = [s[:200] for s in _sentences(texts)]
    ours = Tagger().tag(sentences)
    assert ours == _stanza_tags(sentences)
    assert sum(t != "O" for s in ours for t in s) > 100  # it does tag: names were found


def test_tagging_imports_neither_torch_nor_stanza() -> None:
    code = (
        "import sys, nlp_pipeline; doc = nlp_pipeline.load()('قال سيرغي لافروف إن موسكو مستعدة')"
        "; print(len(doc.entities) > 0, sorted(m for m in ('torch', 'stanza') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "[]"]


def test_a_models_folder_without_the_tagger_file_says_how_to_make_it(tmp_path: Path) -> None:
    (tmp_path / STANZA_NER_MODEL).write_bytes(b"")  # a folder from before the numpy tagger
    cmd = [sys.executable, "-m", "nlp_pipeline", "run", "-"]
    env = {**os.environ, "NLP_PIPELINE_MODELS": str(tmp_path)}
    res = subprocess.run(cmd, input="قال لافروف", capture_output=True, text=True, cwd=ROOT, env=env)
    assert res.returncode == 2 and res.stdout == ""
    assert f"{tmp_path / NER_MODEL}" in res.stderr and "export-tagger" in res.stderr


def test_a_small_word_cache_gives_the_same_tags(
    monkeypatch: pytest.MonkeyPatch, seed_texts: dict[str, str]
) -> None:
    from nlp_pipeline.pipeline.ner import bilstm_crf

    sentences = _sentences(list(seed_texts.values()))
    expected = Tagger().tag(sentences)
    monkeypatch.setattr(bilstm_crf, "CHAR_CACHE_WORDS", 7)  # evicts at nearly every batch
    tagger = Tagger(batch_size=3)
    assert [tagger.tag([s])[0] for s in sentences] == expected
    assert len(tagger.network._char_cache) <= 7 + 200


def _blas_threads(pipeline: object, item: object) -> int:
    from threadpoolctl import threadpool_info

    return max(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")


def test_every_process_of_run_tags_with_one_blas_thread() -> None:
    from nlp_pipeline.batch.executors import PipelineConfig, make_executor
    from nlp_pipeline.batch.inputs import Item

    items = [Item(str(i), "t", "قال لافروف") for i in range(4)]
    code = (
        "from nlp_pipeline.batch.executors import PipelineConfig as C, make_executor; make_executor(C(), 1)"
        "; from threadpoolctl import threadpool_info as info; print([lib['num_threads'] for lib in info()])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[1]"  # `run --workers 1`, in a fresh process as the CLI starts
    assert list(make_executor(PipelineConfig(), 2).run(items, _blas_threads)) == [1] * 4  # pool workers
