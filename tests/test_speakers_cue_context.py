"""Wrong speakers from the words around the cue: a title that normalizes like a function word («إمام» /
«أمام»), a content clause in marks after the subject («وأوضح لـ"X" مسؤول، "أن…"»), a relay whose source is a
pronoun («ونقل الموقع عنه قوله…») or is followed by a time word. The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import is_function_word

from .conftest import attributed


def _quotes(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str | None]]:
    doc = attributed(text, entities)
    return [(doc.text[q.start : q.end], q.speaker.name if q.speaker else None) for q in doc.quotes]


def test_imam_is_a_title_not_the_preposition() -> None:
    """«إمام» (hamza below) is a title; «أمام» (in front of) is the preposition they both normalize to."""
    assert not is_function_word(normalize("إمام"), "إمام")
    assert not is_function_word(normalize("وإمام"), "وإمام")
    assert is_function_word(normalize("أمام"), "أمام")


def test_a_coordinated_imam_title_chain_names_the_speaker() -> None:
    """«أكد إمام وخطيب جامع X فضيلة الشيخ الدكتور فلان أن…»: the whole chain is one title phrase."""
    text = "أكد إمام وخطيب الجامع الكبير فضيلة الشيخ الدكتور منصور الغامدي أن الرحمة أساس التعامل بين الناس."
    quotes = _quotes(text, (("PER", "منصور الغامدي"),))
    assert quotes[0][1] == "منصور الغامدي"
