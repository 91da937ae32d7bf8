"""The shipped model files, as package data: one home for their names and where they are.

`NLP_PIPELINE_MODELS` points the pipeline at another folder with the same file names (a model you trained).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_MODELS_DIR = Path(__file__).resolve().parent
NER_MODEL = "ar_ner.pt"
NER_PRETRAIN = "ar_pretrain.pt"
STANZA_RESOURCES = "resources.json"  # stanza insists on one; a stub `{}` keeps it offline
TRANSLIT_MODEL = "translit.json.gz"
NER_FILES = (NER_MODEL, NER_PRETRAIN, STANZA_RESOURCES)


def models_dir() -> Path:
    """The folder models load from: $NLP_PIPELINE_MODELS, else the package's own."""
    return Path(os.environ.get("NLP_PIPELINE_MODELS") or PACKAGE_MODELS_DIR)
