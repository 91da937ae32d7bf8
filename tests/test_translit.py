"""Latin rendering of names (nlp_pipeline.pipeline.latin): shipped model, rules, training."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_pipeline.cli import app
from nlp_pipeline.models import TRANSLIT_MODEL, models_dir
from nlp_pipeline.pipeline.latin import known, names
from nlp_pipeline.pipeline.latin.attested import MASHRIQ, persian_spellings, ranked
from nlp_pipeline.pipeline.latin.graphone import FORMAT, load_model
from nlp_pipeline.pipeline.latin.names import (
    agency_style,
    fits,
    latin_name,
    misfit,
    person_latin,
    to_latin,
    unit_style,
)
from nlp_pipeline.pipeline.latin.spell import Speller, speller
from nlp_pipeline.training.translit import evaluate, train
from nlp_pipeline.training.translit_arab import index_pairs

DEFAULT_MODEL = models_dir() / TRANSLIT_MODEL


def test_common_news_names() -> None:
    assert to_latin("سيرغي لافروف") == "Sergei Lavrov"
    assert to_latin("فلاديمير بوتين") == "Vladimir Putin"
    assert person_latin("أسعد الشيباني") == "Asaad al-Shaibani"  # attested spelling, our given name
    assert person_latin("فايز الأسمر") == "Fayez al-Asmar"
    assert person_latin("محمود عباس") == "Mahmoud Abbas"
    assert to_latin("مُحَمَّد") == "Mohammed"  # diacritics do not matter
    # The index's most frequent spelling, overall and in the Gulf's rows (Khaled is the Egyptian one).
    assert to_latin("خالد") == "Khalid"


def test_article_and_particles_follow_agency_style() -> None:
    rashid = to_latin("الراشد")
    assert rashid.startswith("al-") and rashid[3].isupper()
    assert to_latin("عبد الرحمن") == "Abdulrahman"  # one word, as most attested «عبد ال…» spellings
    assert to_latin("أبو مازن").startswith("Abu ")
    assert to_latin("فيصل بن فرحان").split()[1] == "bin"


def test_nasab_and_joined_abu() -> None:
    # Invented names: the nasab stays, with "bin"; a joined أبو is split off as "Abu".
    nasab = person_latin("خالد بن عبد الله الزهراني").split()
    assert nasab[1:3] == ["bin", "Abdullah"] and nasab[3].startswith("al-")
    assert person_latin("سامي أبوزيد").split()[1] == "Abu"
    assert person_latin("عبد العزيز الفلاني").startswith("Abdulaziz ")
    assert to_latin("دي فيلبان").startswith("de ")  # a European particle in lower case


def test_bin_inside_a_name_is_bin_with_its_name_spelled_alone() -> None:
    # The index attests «بن X» units as "Ben Soltane", "Ibn Hammud" or a bare "Bin": agencies write "bin X".
    assert person_latin("فهد بن سلطان العنزي").split()[1:3] == ["bin", "Sultan"]
    assert person_latin("سامي بن حمود المطيري").split()[1:3] == ["bin", "Hamoud"]
    assert person_latin("ماجد بن فهد بن مساعد").split()[-2:] == ["bin", "Musaed"]
    assert person_latin("رأفت طه").split() == ["Raafat", "Taha"]


def test_a_family_after_al_is_al_and_its_name() -> None:
    # «آل» is a unit of its own in the index's split; a family name with its own article keeps it, as the
    # index and the wires write it ("Al al-Sheikh"); one without is "Al Saud".
    assert person_latin("خالد بن سامي آل الشيخ").endswith(" Al al-Sheikh")
    assert person_latin("فهد بن ماجد آل سعود").endswith(" Al Saud")
    # A whole name's attested spelling keeps its words, but «بن» inside it is "bin"; "Ibn" still opens one.
    assert agency_style("Nasser Ben Fahad Al-Harbi") == "Nasser bin Fahad al-Harbi"
    assert agency_style("Ibn Rushd") == "Ibn Rushd"


def test_wire_agencies_get_their_usual_english_names() -> None:
    assert latin_name("وكالة فرانس برس", "ORG") == "AFP"
    assert latin_name("الفرنسية", "ORG") == "AFP"  # «وقال لـ"الفرنسية"»: the agency's short form
    assert latin_name("الألمانية", "ORG") == "dpa"
    assert latin_name("وكالة الأناضول للأنباء", "ORG") == "Anadolu Agency"
    assert latin_name("وكالة الأنباء الإيرانية الرسمية", "ORG") == "IRNA"


def test_attested_spellings_follow_the_name_and_the_model() -> None:
    assert person_latin("محمد العتيبي") == "Mohammed al-Otaibi"  # table given name, attested family name
    # The index's article forms (ath-, Al ) become "al-"; a misaligned attested spelling is refused.
    assert unit_style("الثبيتي", "ath-Thubaity") == "al-Thubaity"
    assert unit_style("الحمدان", "Al Hamdan") == "al-Hamdan"
    assert unit_style("القحطاني", "Alqahtani") == "al-Qahtani"
    assert unit_style("البغدادي", "Baghdadi") == "al-Baghdadi"  # the article an index row left out
    # A whole name attested with the article joined in camel case (invented name).
    assert unit_style("سامي الفلاني", "Sami AlFulani") == "Sami al-Fulani"
    assert unit_style("سامي الفلاني", "Sami ElFulani") == "Sami al-Fulani"
    assert not fits("الثبيتي", "al-Otaibi", load_model())
    # Spellings attested equally often: the one our model finds likelier first, not the alphabetical first.
    rows = [("Al-Fulaanee", MASHRIQ, 1), ("Al Fulani", MASHRIQ, 1), ("Fulani", "maghreb", 5)]
    style = partial(unit_style, "الفلاني")
    assert ranked(rows, MASHRIQ, style)[0] == "al-Fulaanee"
    assert ranked(rows, MASHRIQ, style, partial(misfit, "الفلاني", model=load_model()))[0] == "al-Fulani"
    assert fits("الثبيتي", "al-Thubaity", load_model())


def test_a_table_given_name_keeps_its_spelling_when_the_ends_are_attested(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Invented name; the index attests its first and last units together, with another given-name spelling.
    attested = {"عبد الله الفلاني": (("Abdulla Al-Fulani", "mashriq", 1),)}
    monkeypatch.setattr(names, "whole_rows", lambda name: attested.get(name, ()))
    assert person_latin("عبدالله بن سامي الفلاني") == "Abdullah bin Sami al-Fulani"


def test_a_whole_name_spelling_with_an_extra_word_is_not_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # Invented name; the index's likeliest whole spelling has a word the name lacks.
    attested = {"سامي الفلاني": (("Sami Fulani Hasan", "mashriq", 2), ("Sami Al Fulani", "mashriq", 1))}
    monkeypatch.setattr(names, "whole_rows", lambda name: attested.get(name, ()))
    assert person_latin("سامي الفلاني") == "Sami al-Fulani"  # "Al Fulani" is two words for one


def test_a_persian_name_gets_the_persian_spellings() -> None:
    # Every unit is mostly attested in Iran, so محمد is "Mohammad" there, not the Mashriq "Mohammed".
    assert person_latin("محمد جواد ظريف").split()[0] == "Mohammad"


def test_model_spells_names_outside_the_hand_list() -> None:
    # Neither word is in the hand-written list: this is the learned model.
    assert to_latin("كامالا هاريس") == "Kamala Harris"
    assert to_latin("ميركل") == "Merkel"


def test_final_teh_marbuta_is_a() -> None:
    assert to_latin("قصرة").endswith("a")


def test_model_is_loaded_once_and_small() -> None:
    assert load_model() is load_model()
    assert DEFAULT_MODEL.stat().st_size < 5_000_000
    with gzip.open(DEFAULT_MODEL, "rt", encoding="utf-8") as f:
        data = json.load(f)
    assert data["format"] == FORMAT
    assert set(data) == {"format", "order", "meta", "logp", "logbow"}
    assert data["meta"]["heldout"]["exact"] > 0.2


def _synthetic_pairs(n: int, seed: int) -> list[tuple[str, str]]:
    letters = {"ب": "b", "ت": "t", "د": "d", "ر": "r", "س": "s", "ك": "k", "ل": "l", "م": "m", "ن": "n"}
    vowels = {"ا": "a", "و": "o", "ي": "i"}
    rng = random.Random(seed)
    pairs = []
    for _ in range(n):
        word = [
            rng.choice(list(letters)) if i % 2 == 0 else rng.choice(list(vowels))
            for i in range(rng.randint(3, 7))
        ]
        pairs.append(("".join(word), "".join({**letters, **vowels}[c] for c in word)))
    return pairs


def test_training_learns_a_letter_mapping_and_reports_heldout(tmp_path: Path) -> None:
    pairs_file = tmp_path / "pairs.txt"
    pairs_file.write_text(
        "".join(f"PERSON {en.title()} {ar}\n" for ar, en in _synthetic_pairs(600, 1)), "utf-8"
    )
    out = tmp_path / "model.json.gz"
    meta = train(pairs_file, out, order=3, iterations=3)
    assert meta["heldout"]["exact"] >= 0.9
    model = load_model(out)
    unseen = _synthetic_pairs(50, 2)
    assert evaluate(model, unseen)["exact"] >= 0.9
    assert evaluate(model, unseen)["cer"] < 0.05


def test_evaluate_accepts_any_reference_spelling(tmp_path: Path) -> None:
    model = load_model()
    guess = model.transliterate("بوتين")
    report = evaluate(model, [("بوتين", "pootin"), ("بوتين", guess)])
    assert report == {"words": 1, "exact": 1.0, "cer": 0.0}


def test_command_line_reports_missing_pairs(tmp_path: Path) -> None:
    args = ["translit", "train", "--corpora", str(tmp_path), "--out", str(tmp_path / "m.json.gz")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "not found" in result.output
    assert not (tmp_path / "m.json.gz").exists()


def test_command_line_spells_names() -> None:
    result = CliRunner().invoke(app, ["translit", "latin", "سيرغي لافروف"])
    assert result.exit_code == 0
    assert result.output.strip().endswith("Sergei Lavrov")


def test_descriptions_and_role_words_get_no_latin_form() -> None:
    assert latin_name("المدرب", "ORG") is None
    assert latin_name("وزارة الصحة", "ORG") == "Ministry of Health"  # English from the glossary, not letters
    assert latin_name("رويترز", "ORG") == "Reuters"
    assert latin_name("مصادر", "ORG") is None
    assert latin_name("المتحدث الرسمي", "ORG") is None
    assert latin_name("الشيخ سامي الفلاني", "PER") == person_latin("سامي الفلاني")  # the title has none
    assert latin_name("عماد الفلاني", "PER").startswith("Imad")  # a given name that is also a title


def test_arab_names_nobody_attested_are_spelled_by_the_arab_model() -> None:
    # Common Gulf family names and English names (no article): each kind by the model that knows it.
    spell = speller()
    assert spell.arab is not None
    assert spell.transliterate("عتيبي") == "otaibi"
    assert spell.transliterate("مطيري") == "mutairi"
    assert spell.transliterate("فريدريك") == "frederick"
    assert spell.transliterate("ويليامز") == "williams"
    alone = Speller(load_model(), None)  # a models folder without the Arab model: the ANETAC one spells all
    assert alone.transliterate("عتيبي") == load_model().transliterate("عتيبي")
    assert alone.is_arab("يكسي")  # and no foreign reading of «ال»: the article is kept, as before


def test_arab_model_pairs_are_one_word_units_without_the_article() -> None:
    pairs = index_pairs()
    assert len(pairs) > 10_000
    assert all(latin.isascii() and latin.isalpha() and latin.islower() for _, latin in pairs)
    assert ("عتيبي", "otaibi") in pairs  # "Al-Otaibi" for «العتيبي»: the article left out of both sides


def test_persian_names_in_arabic_spelling_find_their_persian_rows() -> None:
    # «ئي» is how Arabic writes Persian «ایی» / «ه‌ای»: the index keys only the Persian spelling of these.
    assert persian_spellings("فلانئي") == ["فلانيي", "فلانهاي"]
    assert persian_spellings("فلاني") == [] and persian_spellings("ئي") == []
    assert person_latin("مولائي") == "Molaei"
    assert person_latin("رضا عطائي") == "Reza Ataei"


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("ألبرتو فرنانديز", "Alberto Fernández"),  # hamza folded away: «البرتو» is not «ال» + «برتو»
        ("الكسندر هاميلتون", "Alexander Hamilton"),  # attested as one word, not styled "al-Exander"
    ],
)
def test_a_foreign_given_name_opening_with_al_keeps_it(arabic: str, latin: str) -> None:
    assert names.latin_name(arabic, "PER") == latin


def test_an_arab_given_name_with_the_article_keeps_it() -> None:
    # «الصادق» is the article and an Arab name; the foreign reading is not tried
    assert names.latin_name("الصادق المهدي", "PER").startswith("Sadeq")
    assert speller().is_arab("هادي") and not speller().is_arab("يكسي")


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("نيكولا ساركوزي", "Nicolas Sarkozy"),  # not "Sarkozi": the written form wins
        ("مارتن ديمبسي", "Martin Dempsey"),  # not "Dimpsy"
        ("جوزيف بلاتر", "Joseph Blatter"),  # not "Plater"
        ("فيسبوك", "Facebook"),  # c before e/i/y is an s: not "Vespuk"
        ("هاري فينسنت", "Hari Vincent"),  # not "Fencent"
    ],
)
def test_a_foreign_name_is_snapped_to_a_written_spelling(arabic: str, latin: str) -> None:
    assert names.latin_name(arabic, "PER") == latin


def test_snapping_leaves_arab_names_and_unknown_words_alone() -> None:
    assert known.arabic_skeleton("ساركوزي") == known.latin_skeleton("sarkozy") == "SRKZ"
    assert known.latin_skeleton("cameron\nchurkin") == "KMRN\nXRKN"  # many words at once, one per line
    assert names.to_latin("الوابلي") != "al-Apple"  # after the article: an Arab family name
    unsnapped = replace(speller(), snap=False)
    # a word with no frequent written look-alike keeps the model's own spelling
    assert speller().transliterate("قرطوبي") == unsnapped.transliterate("قرطوبي")


def test_compact_frequencies_equal_wordfreqs_own_and_leave_its_caches_empty() -> None:
    import wordfreq

    from nlp_pipeline.pipeline.latin import wordfreqs

    rng = random.Random(7)
    for lang in known.LANGUAGES:
        listed = (w for bucket in wordfreq.get_frequency_list(lang) for w in bucket)
        words = [w for w in listed if w.isascii() and w.isalpha()]
        sample = [*rng.sample(words, 500), "Cameron", "KERRY", "zzqxvk"]
        assert [wordfreqs.zipf(w, lang) for w in sample] == [wordfreq.zipf_frequency(w, lang) for w in sample]
    wordfreqs.zipf("cameron", "fr")  # read once: the lists are not kept by wordfreq
    wordfreqs._table.cache_clear()
    wordfreqs.zipf("cameron", "fr")
    assert wordfreq.get_frequency_list.cache_info().currsize == 0
    assert wordfreq.get_frequency_dict.cache_info().currsize == 0
