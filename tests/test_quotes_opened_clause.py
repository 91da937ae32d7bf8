"""A verb whose subject comes after a clause opener («لكن»، «بينما»، «فيما») opens a new clause: the content
before it ends at the opener (quotes/boundaries.py, clause_opening). A source phrase after such a word does
not cut the content. The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_a_verb_after_lakin_and_its_subject_ends_the_content_before() -> None:
    text = "ودعت المنظمة الحكومة إلى الإفراج عن المعتقلين، لكن الحكومة أكدت أنها لن تتراجع عن قرارها."
    first, second = found(text)
    assert first.endswith("الإفراج عن المعتقلين") and second == "لن تتراجع عن قرارها"


def test_a_verb_after_baynama_and_an_auxiliary_ends_the_content_before() -> None:
    text = "وقال الخبير إن الأسعار سترتفع في الصيف، بينما كان زميله يؤكد أن الأسواق مستقرة."
    assert found(text)[0] == "الأسعار سترتفع في الصيف"


def test_a_source_phrase_after_fima_does_not_cut_the_content() -> None:
    text = "وقال المدير إن الطريق سيمتد إلى الشمال كما يمتد الجسر الجديد بحسب المخطط إلى الميناء."
    assert found(text) == ["الطريق سيمتد إلى الشمال كما يمتد الجسر الجديد بحسب المخطط إلى الميناء"]
