"""A state's formal name before the country the NER tagged («مملكة البحرين»، «دولة قطر») is that place as a
speaker: the place's cluster and English name, not a new name transliterated ("Mumleka al-Bahreen"). Run
through the whole pipeline (api.load()); the sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("وأعربت مملكة البحرين عن تضامنها الكامل مع الأشقاء.", "Bahrain"),
        ("وأكدت دولة قطر أن الحوار هو الطريق الوحيد.", "Qatar"),
    ],
)
def test_state_speaker_is_the_tagged_country(nlp, text: str, latin: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.latin == latin
    place = next(e for e in doc.entities if e.label == "LOC")
    assert quote.speaker.cluster == place.cluster  # the speaker is the entity, as the record's entities say
