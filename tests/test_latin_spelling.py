"""Agency spellings of speakers' names (pipeline/latin/names.py, spell.py): which of the attested or modelled
spellings a speaker's Latin name takes. Sentences and their combinations of names are invented."""

from __future__ import annotations

from nlp_pipeline.pipeline.latin.names import agency_style, person_latin
from nlp_pipeline.pipeline.latin.spell import adds_vowels

from .conftest import attributed


def latins(text: str, person: str) -> list[str | None]:
    doc = attributed(text, (("PER", person),))
    return [q.speaker.latin if q.speaker else None for q in doc.quotes]


def test_a_whole_name_attested_twice_once_each_takes_its_units_usual_spelling() -> None:
    # the index has this whole name once as "Karim Darwich", once as "Karim Darwish": the Mashriq units'
    # spelling wins the tie, not the alphabetical first
    text = "وقال الفنان كريم درويش إن المعرض سيفتتح الأسبوع المقبل في الرياض."
    assert latins(text, "كريم درويش") == ["Karim Darwish"]


def test_an_arab_name_the_model_spells_gets_its_syllables() -> None:
    text = "وأوضح الدكتور ماجد الكربحي أن الدراسة شملت ثلاثمئة مريض."
    assert latins(text, "ماجد الكربحي") == ["Majed al-Karbahi"]  # not "al-Karbhi": no CCC in Arabic
    # only vowels or a doubled letter are put in: a spelling that changes a letter is not taken
    assert adds_vowels("dalbhi", "dalbahi") and adds_vowels("flo", "fallo")
    assert not adds_vowels("jendby", "janadbe")


def test_attested_ayn_apostrophes_are_dropped() -> None:
    text = "وقال الشيخ حسين الوادعي إن الحملة تستمر حتى نهاية الشهر."
    assert latins(text, "حسين الوادعي") == ["Hussein al-Wadii"]  # attested "al-Wadi'i"
    assert person_latin("منصور بن متعب").endswith("Mutab")
    assert agency_style("Conan O'Brien") == "Conan O'Brien"
