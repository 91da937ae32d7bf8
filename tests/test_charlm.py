"""Character language models: the numpy states are stanza's, word by word, for both directions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nlp_pipeline.pipeline.ner.charlm import CHUNK_CHARS, CharLM, load_charlm
from nlp_pipeline.training.export import _charlm_arrays

SENTENCES = [
    ["قال", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "إن", "المملكة", "تدعم", "اليمن", "."],
    ["لافروف"],
    ["زار", "Cameron", "الرياض", "۞", "؟"],  # Latin letters, and a character the LM's text never had
]


def _lm(tmp_path: Path, forward: bool) -> Path:
    import torch
    from stanza.models.common.char_model import CharacterLanguageModel, build_charlm_vocab

    text = tmp_path / "text.txt"
    text.write_text("قال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم اليمن الرياض .\nزار لافروف\n")
    args = {"char_emb_dim": 8, "char_hidden_dim": 12, "char_num_layers": 1, "char_dropout": 0.0,
            "char_rec_dropout": 0.0, "char_unit_dropout": 0.0}  # fmt: skip
    torch.manual_seed(1 if forward else 2)
    lm = CharacterLanguageModel(args, {"char": build_charlm_vocab(str(text))}, is_forward_lm=forward)
    with torch.no_grad():  # trained LMs have non-zero initial states
        lm.charlstm_h_init.normal_()
        lm.charlstm_c_init.normal_()
    path = tmp_path / f"{'forward' if forward else 'backward'}.pt"
    lm.save(str(path))
    return path


@pytest.fixture(scope="module")
def lm_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("charlm")
    return _lm(folder, forward=True), _lm(folder, forward=False)


def _numpy_lm(files: tuple[Path, Path]) -> CharLM:
    lm = load_charlm({k: np.asarray(v) for k, v in _charlm_arrays(*files).items()})
    assert lm is not None
    return lm


def test_states_are_stanzas_in_both_directions(lm_files: tuple[Path, Path]) -> None:
    from stanza.models.common.char_model import CharacterLanguageModel

    ours = _numpy_lm(lm_files).states(SENTENCES)
    lms = [CharacterLanguageModel.load(str(f)) for f in lm_files]
    theirs = [np.concatenate([r.numpy() for r in lm.build_char_representation(SENTENCES)]) for lm in lms]
    hidden = ours.shape[1] // 2
    assert ours.shape[0] == sum(map(len, SENTENCES))
    # float16 weights in the file, float32 in stanza's model
    np.testing.assert_allclose(ours[:, :hidden], theirs[0], atol=2e-2)
    np.testing.assert_allclose(ours[:, hidden:], theirs[1], atol=2e-2)
    assert not np.allclose(ours[0], ours[1])  # states differ from word to word


def test_a_word_state_depends_on_its_sentence_and_chunks_change_nothing(lm_files: tuple[Path, Path]) -> None:
    lm = _numpy_lm(lm_files)
    alone, in_context = lm.states([["لافروف"]]), lm.states([["قال", "لافروف"]])
    assert not np.allclose(alone[0], in_context[1])
    copies = CHUNK_CHARS // 40  # several chunks
    np.testing.assert_allclose(
        lm.states(SENTENCES * copies), np.concatenate([lm.states(SENTENCES)] * copies), atol=1e-6
    )
