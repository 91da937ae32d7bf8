"""stanza's NER checkpoint -> the numpy model file the pipeline tags with (`pipeline/ner/bilstm_crf.py`).

Training stays stanza's (`python -m stanza.models.ner_tagger`); only tagging leaves it, because importing
torch costs more than the rest of a one-document run. The file holds the network's weights as stored
(float16) and the vocabularies resolved the way stanza maps words at prediction time, so that tags stay the
same: each word string the model knows gets its pretrained-vector id and its fine-tuned "delta" id, each
character its id.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from nlp_pipeline.pipeline.ner.bilstm_crf import FORMAT, FORMAT_CHARLM, pack_strings

# stanza's vocabulary prefix: <PAD>, <UNK>, <EMPTY>, <ROOT>; tag ids below it are never output
_VOCAB_PREFIX_SIZE = 4
_PAD_ID, _UNK_ID = 0, 1
_NEVER_A_WORD = "\x00\x01 not a word"


def _gates_ifog(w: Any) -> np.ndarray:
    """torch stacks an LSTM's gates as i, f, g, o; the numpy pass wants the three sigmoid gates first."""
    i, f, g, o = np.split(w.float().numpy(), 4, axis=0)
    return np.concatenate([i, f, o, g], axis=0)


def _lstm(state: dict[str, Any], prefix: str, suffix: str) -> dict[str, np.ndarray]:
    return {
        "w_ih": _gates_ifog(state[f"{prefix}.weight_ih_l0{suffix}"]).T.astype(np.float16),
        "w_hh": _gates_ifog(state[f"{prefix}.weight_hh_l0{suffix}"]).T.astype(np.float16),
        "b_ih": _gates_ifog(state[f"{prefix}.bias_ih_l0{suffix}"]).astype(np.float16),
        "b_hh": _gates_ifog(state[f"{prefix}.bias_hh_l0{suffix}"]).astype(np.float16),
    }


def _word_table(vocab: Any) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every word with a vector or a delta row, and the two ids stanza gives it; row 0 is any other word."""
    static, delta = vocab["word"], vocab["delta"]
    keys = sorted(set(static._id2unit) | set(delta._id2unit) | set(getattr(delta, "ignore", ())))
    keys = [_NEVER_A_WORD] + [k for k in keys if isinstance(k, str) and k != _NEVER_A_WORD]
    static_ids = np.array([static.unit2id(k) for k in keys], dtype=np.int32)
    delta_ids = np.array([delta.unit2id(k) for k in keys], dtype=np.int32)
    known = (static_ids != static.unit2id(_NEVER_A_WORD)) | (delta_ids != delta.unit2id(_NEVER_A_WORD))
    known[0] = True
    return [k for k, keep in zip(keys, known) if keep], static_ids[known], delta_ids[known]


def _charlm_arrays(forward: Path, backward: Path) -> dict[str, np.ndarray]:
    """The two character LMs of a `--charlm` model (stanza keeps them out of the NER checkpoint), with
    their alphabet as code points: it holds the newline that opens a sentence."""
    from stanza.models.common.char_model import CharacterLanguageModel

    arrays: dict[str, np.ndarray] = {}
    initial = []  # each direction's initial (h, c)
    for direction, path in (("fwd", forward), ("bwd", backward)):
        lm = CharacterLanguageModel.load(str(path))
        if lm.args["char_num_layers"] != 1:
            raise ValueError(f"{path}: a one-layer character LM is what the numpy tagger runs")
        state = lm.state_dict()
        arrays[f"clm_{direction}_emb"] = state["char_emb.weight"].half().numpy()
        initial.append([state[f"charlstm_{s}_init"].half().numpy()[0, 0] for s in ("h", "c")])
        for key, value in _lstm(state, "charlstm.lstm", "").items():
            arrays[f"clm_{direction}_{key}"] = value
    arrays["clm_h0"], arrays["clm_c0"] = (np.stack([d[k] for d in initial]) for k in (0, 1))
    vocab = lm.vocab["char"]
    chars = [c for c in vocab._id2unit[_VOCAB_PREFIX_SIZE:] if isinstance(c, str) and len(c) == 1]
    arrays["clm_codepoints"] = np.array([ord(c) for c in chars], dtype=np.int32)
    arrays["clm_char_ids"] = np.array([vocab.unit2id(c) for c in chars], dtype=np.int32)
    arrays["clm_unk"] = np.array(vocab.unit2id(_NEVER_A_WORD), dtype=np.int32)
    return arrays


def export(model: Path, pretrain: Path, out: Path, charlm: tuple[Path, Path] | None = None) -> Path:
    """Write `out` (.npz) from a stanza NER model file and its pretrain file (and, for a model trained with
    `--charlm`, its forward and backward character LM files)."""
    import torch

    checkpoint = torch.load(model, map_location="cpu", weights_only=True)
    config, state = checkpoint["config"], checkpoint["model"]
    if config.get("charlm") and charlm is None:
        raise ValueError(f"{model} was trained with character LMs: give their files (--charlm)")
    unsupported = [k for k in ("bert_model", "connect_output_layers", "char_lowercase") if config.get(k)]
    if unsupported or config["num_layers"] != 1 or config["char_num_layers"] != 1 or not config["lowercase"]:
        raise ValueError(
            f"not a model the numpy tagger runs (one-layer BiLSTM-CRF, stanza's defaults): {config}"
        )

    def half(name: str) -> np.ndarray:
        return state[name].half().numpy()

    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.vocab import MultiVocab

    vocab = MultiVocab.load_state_dict(checkpoint["vocab"])
    vocab._vocabs["word"] = Pretrain(str(pretrain)).vocab
    vectors = torch.load(pretrain, map_location="cpu", weights_only=True)["emb"]

    words, static_ids, delta_ids = _word_table(vocab)
    # stanza (NERTagger.forward): a word with a vector but no delta row takes the delta PAD row, not UNK's
    delta_ids[(delta_ids == _UNK_ID) & (static_ids != _UNK_ID)] = _PAD_ID
    chars = [c for c in vocab["char"]._id2unit[_VOCAB_PREFIX_SIZE:] if isinstance(c, str)]
    # what stanza outputs for each tag id: ids in the vocabulary prefix become the first real tag
    n_tags = state["crits.0._transitions"].shape[0]
    tag_names = [vocab["tag"].unmap([(max(i, _VOCAB_PREFIX_SIZE),)])[0][0] for i in range(n_tags)]
    options = {k: v for k, v in config.items() if isinstance(v, (str, int, float))}  # the training run's
    char_arrays = (
        {
            "chars": pack_strings(chars),
            "char_ids": np.array([vocab["char"].unit2id(c) for c in chars], dtype=np.int32),
            "char_unk": np.array(vocab["char"].unit2id(_NEVER_A_WORD), dtype=np.int32),
            "char_emb": half("charmodel.char_emb.weight"),
            "char_h0": half("charmodel.charlstm_h_init")[:, 0],
            "char_c0": half("charmodel.charlstm_c_init")[:, 0],
        }
        if charlm is None
        else _charlm_arrays(*charlm)
    )
    arrays: dict[str, np.ndarray] = {
        "words": pack_strings(words), "word_static": static_ids, "word_delta": delta_ids,
        "static_emb": vectors.half().numpy(), "delta_emb": half("delta_emb.weight"),
        **char_arrays,
        "input_w": half("input_transform.weight").T, "input_b": half("input_transform.bias"),
        "word_h0": half("taggerlstm_h_init")[:, 0], "word_c0": half("taggerlstm_c_init")[:, 0],
        "clf_w": half("tag_clfs.0.weight").T, "clf_b": half("tag_clfs.0.bias"),
        "transitions": half("crits.0._transitions"),
        "tags": pack_strings(tag_names),
        "format": np.array(FORMAT if charlm is None else FORMAT_CHARLM, dtype=np.int32),
        "config": pack_strings([json.dumps(options)]),
    }  # fmt: skip
    lstms = [("word", "taggerlstm.lstm")]
    if charlm is None:
        lstms.insert(0, ("char", "charmodel.charlstm.lstm"))
    for name, prefix in lstms:
        for direction, suffix in (("fwd", ""), ("bwd", "_reverse")):
            for key, value in _lstm(state, prefix, suffix).items():
                arrays[f"{name}_{direction}_{key}"] = value
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        np.savez(f, **arrays)
    return out
