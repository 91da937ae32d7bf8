"""A word with ب/ل right after a title is the verb's object, not a name the NER missed («وأشاد الوزير بجهود
…»), unless Arabic text writes it as a word of its own («بريطانيا»، «بندر»; speakers/glued.py). Invented
sentences."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline.latin.wordfreqs import zipf
from nlp_pipeline.pipeline.speakers.glued import preposition_glued

from .conftest import attributed, names


def test_praise_object_after_a_title_is_not_the_speaker() -> None:
    text = "وأشاد الأمين العام للمجلس بجهود المملكة في دعم اليمن، مؤكدا أن المجلس يقف مع الشرعية."
    assert names(attributed(text)) == ["الأمين العام للمجلس"]


def test_object_with_ba_and_a_quantifier_is_not_the_speaker() -> None:
    text = "وأشاد وزير الصحة بكل العاملين في المستشفيات، موضحا أن الوزارة ستكرمهم."
    assert names(attributed(text)) == ["وزير الصحة"]


@pytest.mark.parametrize("word", ["بجهود", "بالعلاقات", "بجنوب", "بكل", "لمحطة"])
def test_preposition_and_a_common_word(word: str) -> None:
    assert preposition_glued(word, word, first=True)


@pytest.mark.parametrize("word", ["بريطانيا", "بنجامين", "لوران", "بحاح", "بيانات", "بعضهم"])
def test_words_that_start_with_the_letter(word: str) -> None:
    assert not preposition_glued(word, word, first=True)


def test_arabic_frequencies_are_wordfreqs() -> None:
    import wordfreq

    for word in ("جهود", "بجهود", "العلاقات", "مديري"):
        assert zipf(word, "ar") == wordfreq.zipf_frequency(word, "ar")
    assert zipf("ريطانيا", "ar") == 0.0
