from __future__ import annotations

from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given
from hypothesis import strategies as st

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.tokenizer import sentence_spans, tokenize_doc, words
from nlp_pipeline.tokens.doc import Doc


def test_tokens_match_camel_tools_on_the_seeds(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        assert words(text) == simple_word_tokenize(text)


def test_seed_tokens_have_exact_offsets_and_norms(seed_texts: dict[str, str]) -> None:
    for doc_id, text in seed_texts.items():
        doc = tokenize_doc(Doc(doc_id, text))
        assert doc.tokens
        for t in doc.tokens:
            assert text[t.start : t.end] == t.text
            assert t.norm == normalize(t.text)
        assert [doc.tokens[i] for s in doc.sentences for i in s.tokens] == doc.tokens


def test_sentence_splitting_on_a_seed(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_1d7c129ce0994c4a"]
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert sents[0] == "لماذا تعيد دمشق فتح أبوابها لموسكو الآن؟"
    assert sents[1] == "تعود موسكو إلى الواجهة في سوريا، وإن بغطاء جديد."
    assert sents[2].startswith("ووفقًا لصحيفة كوميرسانت") and sents[2].endswith("النفوذ الإسرائيلي.")
    assert "“بناء سوريا قوية”" in sents
    # no sentence spans a line break: page furniture stays on its own
    assert all("\n" not in s for s in sents)


def test_page_furniture_and_urls(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_a760655660ed4d95"]
    sents = [text[s:e] for s, e in sentence_spans(text)]
    assert "شارك الموضوع" in sents
    assert "بين السياسة والأمن.." in sents  # ".." is one ending, not an empty sentence
    assert any(s.endswith("alikhbariah.com") for s in sents)  # a dot inside a URL does not split


def test_a_full_stop_inside_quotes_does_not_split() -> None:
    text = "وقال: «نحن هنا. ولن نغادر.» ثم غادر."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["وقال: «نحن هنا. ولن نغادر.»", "ثم غادر."]


def test_an_unclosed_mark_does_not_swallow_the_next_paragraph() -> None:
    text = "قال: «بداية بلا نهاية.\nفقرة ثانية. وجملة ثالثة."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "قال: «بداية بلا نهاية.",
        "فقرة ثانية.",
        "وجملة ثالثة.",
    ]


@given(st.text())
def test_tokens_cover_every_non_space_character_in_order(raw: str) -> None:
    doc = tokenize_doc(Doc("x", raw))
    covered = "".join(t.text for t in doc.tokens)
    assert covered == "".join(c for c in raw if not c.isspace())
    ends = [t.start for t in doc.tokens]
    assert ends == sorted(ends)
    for t in doc.tokens:
        assert raw[t.start : t.end] == t.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(raw)


def test_a_title_abbreviation_keeps_its_full_stop() -> None:
    text = (
        "وأكد د. سامي الفارس أن العمل جار. وقال (د.هند) إن. وفي عام 2015م. نقلت وكالة (د. ب.أ) عن د.ب.أ ذلك"
    )
    doc = tokenize_doc(Doc("t", text))
    titles = [(t.text, t.norm) for t in doc.tokens if t.norm == "الدكتور"]
    assert titles == [("د.", "الدكتور"), ("د.", "الدكتور")]  # read as «الدكتور»; not the agency «د. ب.أ»
    sentences = [text[s.start : s.end] for s in doc.sentences]
    assert sentences[0] == "وأكد د. سامي الفارس أن العمل جار."  # the title's full stop ends no sentence
    assert sentences[2] == "وفي عام 2015م."  # «م.» (the Gregorian year) still does
    assert words("انتهى عند النقطة د.\nوقال") == [
        "انتهى",
        "عند",
        "النقطة",
        "د",
        ".",
        "وقال",
    ]  # no name after it


def test_an_engineer_and_a_professor_keep_their_full_stops_but_a_year_does_not() -> None:
    text = "وقال م. فارس السالم إن المشروع اكتمل. وأوضح أ.د.هند العلي أن. وانتهى عام 2016 م. وقال آخر"
    doc = tokenize_doc(Doc("t", text))
    titles = [(t.text, t.norm) for t in doc.tokens if t.norm in ("المهندس", "الدكتور")]
    assert titles == [("م.", "المهندس"), ("أ.د.", "الدكتور")]
    sentences = [text[s.start : s.end] for s in doc.sentences]
    assert sentences[0] == "وقال م. فارس السالم إن المشروع اكتمل."
    assert sentences[2] == "وانتهى عام 2016 م."  # after a number «م.» is the year's era and ends it
    assert words("وفي 2016م. قال") == ["وفي", "2016م", ".", "قال"]
    assert words("نقلت أ.ف.ب") == ["نقلت", "أ", ".", "ف", ".", "ب"]  # an agency's acronym
