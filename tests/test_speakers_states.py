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


def test_a_country_after_a_feminine_verb_is_its_subject(nlp) -> None:  # noqa: ANN001
    # quotes/subject_heads.acting_place: before, the content began with the country and had no speaker
    doc = nlp("وأعلنت مصر دعمها الكامل للحكومة الشرعية.")
    assert [(q.text, q.speaker.latin if q.speaker else None) for q in doc.quotes] == [
        ("دعمها الكامل للحكومة الشرعية", "Egypt")
    ]


def test_a_country_after_a_masculine_verb_is_its_object(nlp) -> None:  # noqa: ANN001
    doc = nlp("وأضاف الوزير أن العلاقات متينة، ودعا إيران إلى الكف عن التدخل.")
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["الوزير", "الوزير"]
