"""The numpy tagger against stanza's own, on the same SaudiNewsNet sentences: tokens/s (one thread each) and
how many tags differ (README, "Start-up"; models/README.md).

Usage: .venv/bin/python benchmarks/tagger_compare.py [--docs 200] [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

from run_all import ROOT

CHECKPOINT = ROOT / "models" / "stanza"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import stanza
    import torch
    from threadpoolctl import threadpool_limits

    from nlp_pipeline.corpora import saudinewsnet
    from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
    from nlp_pipeline.models import STANZA_NER_MODEL, STANZA_PRETRAIN
    from nlp_pipeline.pipeline.ner.tagger import MAX_SENTENCE_TOKENS, Tagger, tagger_input
    from nlp_pipeline.tokens.doc import Doc

    torch.set_num_threads(1)
    threadpool_limits(limits=1, user_api="blas")
    docs = []
    for article in itertools.islice(saudinewsnet.articles(args.corpora), args.docs):
        doc = tokenize_doc(Doc("x", article.fields.get("content") or ""))
        sents = [[tagger_input(t.norm or t.text) for t in doc.sentence_tokens(s)] for s in doc.sentences]
        docs.append([s[:MAX_SENTENCE_TOKENS] for s in sents if s])
    docs = [d for d in docs if d]
    tokens = sum(len(s) for d in docs for s in d)
    ours = Tagger()
    theirs = stanza.Pipeline(
        "ar", dir=str(CHECKPOINT), download_method=None, allow_unknown_language=True,
        processors="tokenize,ner", tokenize_pretokenized=True, use_gpu=False, logging_level="ERROR",
        ner_model_path=str(CHECKPOINT / STANZA_NER_MODEL),
        ner_pretrain_path=str(CHECKPOINT / STANZA_PRETRAIN), ner_batch_size=128,
    )  # fmt: skip
    t0 = time.perf_counter()
    stanza_tags = [[[t.ner for t in s.tokens] for s in theirs(d).sentences] for d in docs]  # a doc at a time
    t1 = time.perf_counter()
    numpy_tags = [ours.tag(d) for d in docs]  # as `run` does: one document at a time
    t2 = time.perf_counter()
    differ = sum(a != b for x, y in zip(stanza_tags, numpy_tags) for s, r in zip(x, y) for a, b in zip(s, r))
    print(f"{len(docs)} documents, {tokens:,} tokens; tags that differ: {differ}")
    print(f"stanza (torch, one thread): {tokens / (t1 - t0):,.0f} tokens/s")
    print(f"numpy (one BLAS thread):    {tokens / (t2 - t1):,.0f} tokens/s")


if __name__ == "__main__":
    main()
