"""English names of organisations and places quoted as speakers (pipeline/latin/orgs.py): built from the
glossary, never transliterated letter by letter. Names here are invented combinations of glossary words."""

from __future__ import annotations

import pytest

from nlp_pipeline.pipeline.latin.names import latin_name
from nlp_pipeline.pipeline.latin.orgs import org_english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("هيئة النقل العام", "General Transport Authority"),  # adjective before its noun, chain reversed
        ("قيادة الشرطة الأردنية", "Jordanian Police Command"),  # the nationality leads
        ("وزارة التجارة المصرية", "Egyptian Ministry of Commerce"),  # a ministry is "Ministry of"
        ("وزارة الزراعة والمياه", "Ministry of Agriculture and Water"),  # coordinated nouns
        (
            "مديرية الشؤون الاجتماعية والثقافية",
            "Social and Cultural Affairs Directorate",
        ),  # coordinated adjectives
        ("جامعة جدة", "University of Jeddah"),  # a university of a place
        ("والمركز الوطني للأبحاث", "National Research Center"),  # proclitics and the genitive lam dropped
        ("الكويت", "Kuwait"),
        ("مكتب الخدمة الاجتماعية", "Social Service Office"),  # «خدمة» Service, a general word
        ("ومجلس الأمن", "Security Council"),
        (
            "الأمانة العامة لمجلس التعاون الخليجي",
            "Gulf Cooperation Council General Secretariat",
        ),  # not Municipality
        ("النيابة العامة في جدة", "Jeddah Public Prosecution"),  # a place after في opens the name
        ("الجمعية الفلكية بالرياض", "Riyadh Astronomical Association"),  # as does a place after ب
    ],
)
def test_organisations_get_their_english_name(arabic: str, english: str) -> None:
    assert org_english(arabic) == english


@pytest.mark.parametrize(
    "arabic",
    [
        "الوزارة",
        "الهيئة",
        "نادي الاتفاق",
        "شركة الزيوت المتقدمة الحديثة",
        "وزارة الداخلية في غزة",
        "المجلس في اجتماعه",
    ],
)
def test_bare_heads_and_unknown_words_get_no_english_name(arabic: str) -> None:
    """A bare head is a back-reference; an unknown definite word would need a translation we don't have."""
    assert org_english(arabic) is None


def test_speaker_latin_uses_it_for_organisations_and_places_not_people() -> None:
    assert latin_name("وزارة التجارة المصرية", "ORG") == "Egyptian Ministry of Commerce"
    assert latin_name("الكويت", "LOC") == "Kuwait"
    assert latin_name("هيئة النقل العام", "PER") != "General Transport Authority"


@pytest.mark.parametrize(
    ("arabic", "label", "english"),
    [
        ("كوريا الجنوبية", "LOC", "South Korea"),  # CLDR, not in our glossary
        ("ونيوزيلندا", "LOC", "New Zealand"),  # a proclitic before the country
        ("ساو باولو", "LOC", "São Paulo"),  # a city CLDR names a time zone after
        ("الولايات المتحدة الأمريكية", "LOC", "United States"),  # not "US United States"
        ("كوريا الجنوبية", "PER", "South Korea"),  # a country tagged as a person is still a country
        ("البحرين", "PER", "Bahrain"),  # not "al-Bahreen"
        ("جامعة كوريا الجنوبية", "ORG", "University of South Korea"),  # a CLDR place inside a name
    ],
)
def test_places_get_their_english_name(arabic: str, label: str, english: str) -> None:
    assert latin_name(arabic, label) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("جامعة الملك سعود", "King Saud University"),
        ("مطار الملك خالد الدولي", "King Khalid International Airport"),  # adjective: the airport's
        ("جامعة الأمير سطام بن عبدالعزيز", "Prince Sattam bin Abdulaziz University"),
    ],
)
def test_a_body_named_after_a_royal_opens_with_the_name(arabic: str, english: str) -> None:
    assert latin_name(arabic, "ORG") == english
    # named after someone deeper in the chain: no English order to trust, so no English name
    assert latin_name("المديرية العامة لكلية الملك فهد الأمنية", "ORG") is None


def test_a_person_is_a_place_only_when_written_as_the_place() -> None:
    assert latin_name("كاميرون", "PER") == "Cameron"  # Cameroon is «الكاميرون», with the article
    assert latin_name("كاميرون", "LOC") == "Cameroon"  # tagged a place, the article may be left out
    assert latin_name("البحرين", "PER") == "Bahrain"


def test_a_foreign_name_in_arabic_letters_is_spelled_when_every_word_is_written_english() -> None:
    assert latin_name("سكاي نيوز", "ORG") == "Sky News"  # a transliterated English name
    assert latin_name("إن تي", "ORG") is None  # two-letter syllables are not words
    assert latin_name("جبهة النصرة", "ORG") is None  # an Arabic name: not transliterated into English words
