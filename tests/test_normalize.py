from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp_pipeline.lang.ar import normalize as n


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        (n.remove_diacritics, "مُحَمَّدٌ", "محمد"),  # fatha, damma, shadda, tanwin
        (n.unify_alef, "أإآٱ", "اااا"),
        (n.unify_alef_maksura, "مصطفى", "مصطفي"),
        (n.unify_teh_marbuta, "مدرسة", "مدرسه"),
        (n.remove_tatweel, "لـ«الشرق» كـبـيـر", "ل«الشرق» كبير"),
        (n.fold_presentation_forms, "\ufefb\ufe8e", "لاا"),  # lam-alef ligature, final alef
        (n.fold_presentation_forms, "«x»", "«x»"),  # NFKC is not applied outside the Arabic blocks
        (n.remove_bidi_controls, "\u200fموسكو\u200e\u061c", "موسكو"),
        (n.ascii_digits, "٢٠٢٥ و۱۹", "2025 و19"),
    ],
)
def test_each_step(step, raw: str, expected: str) -> None:
    assert step(raw) == expected


def test_default_pipeline_keeps_teh_marbuta_and_unifies_the_rest() -> None:
    assert n.normalize("وُقِّعَتْ الاتفاقيةُ في إسطنبول ـ ٢٠٢٥") == "وقعت الاتفاقية في اسطنبول  2025"
    assert n.make_normalizer(teh_marbuta=True)("الاتفاقية") == "الاتفاقيه"


def test_offsets_point_into_the_original() -> None:
    raw = "وَزِيرُ الـخـارجيّة \ufefb"
    res = n.normalize.with_offsets(raw)
    assert res.text == "وزير الخارجية لا"
    assert len(res.offsets) == len(res.text)
    # every normalized char comes from the original char at its offset
    assert raw[res.offsets[0]] == "و"
    start = res.text.index("الخارجية")
    s, e = res.original_span(start, start + len("الخارجية"))
    assert raw[s:e] == "الـخـارجيّة"
    # the ligature expands to two chars that both map back to it
    assert res.offsets[-1] == res.offsets[-2] == len(raw) - 1


@given(st.text())
def test_offsets_are_monotonic_and_consistent(raw: str) -> None:
    res = n.normalize.with_offsets(raw)
    assert res.text == n.normalize(raw)
    assert list(res.offsets) == sorted(res.offsets)
    assert all(0 <= o < len(raw) for o in res.offsets)
    for i, o in enumerate(res.offsets):
        assert res.text[i] in n.normalize(raw[o])


def test_the_shipped_character_table_is_what_camel_tools_makes_of_every_code_point() -> None:
    from nlp_pipeline.lang.ar.char_table import compile_table

    compiled = compile_table()
    assert n.default_table() == compiled
    # the fast path of compile_table (characters between NULs) agrees with one call per character
    pipeline = n.make_pipeline(*n.DEFAULT_STEPS)
    blocks = ((0x600, 0x700), (0x8A0, 0x900), (0xFB50, 0xFF00), (0x2000, 0x2070))
    arabic = {chr(cp) for lo, hi in blocks for cp in range(lo, hi)}
    one_by_one = {c: pipeline(c) for c in arabic if pipeline(c) != c}
    assert one_by_one == {c: out for c, out in compiled.items() if c in arabic}


def test_a_run_does_not_import_camel_tools_character_sets() -> None:
    import subprocess
    import sys

    code = (
        "import sys, nlp_pipeline; doc = nlp_pipeline.load()('وَقَالَ الوزيرُ سيرغي لافروف إن ﻷ ٢٠٢٥'); "
        "print(doc.tokens[0].norm, 'camel_tools.utils.charsets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["وقال", "False"]
