"""The shipped model files, as package data: one home for their names and where they are.

`NLP_PIPELINE_MODELS` points the pipeline at another folder with the same file names (a model you trained).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_MODELS_DIR = Path(__file__).resolve().parent
NER_MODEL = "ar_ner.npz"  # the tagger as `bilstm_crf.py` runs it, exported from stanza's checkpoint
TRANSLIT_MODEL = "translit.json.gz"
TRANSLIT_ARAB_MODEL = "translit_arab.json.gz"  # the same kind of model, trained on attested Arab names
NER_FILES = (NER_MODEL,)

# stanza's checkpoint that NER_MODEL is exported from (`nlp-pipeline train` writes both): training and the
# tests that check the export read it (with stanza's stub `resources.json` beside it, which keeps stanza
# offline); tagging never does, so it is not package data.
STANZA_NER_MODEL = "ar_ner.pt"
STANZA_PRETRAIN = "ar_pretrain.pt"
# the character LMs of a model trained with `--charlm` (stanza loads them beside its checkpoint)
STANZA_CHARLMS = ("ar_charlm_forward.pt", "ar_charlm_backward.pt")


def models_dir() -> Path:
    """The folder models load from: $NLP_PIPELINE_MODELS, else the package's own."""
    return Path(os.environ.get("NLP_PIPELINE_MODELS") or PACKAGE_MODELS_DIR)
