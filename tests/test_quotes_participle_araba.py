"""«معربًا/معربةً عن…»: the participle of «أعرب عن» reports its content after «عن», like «معبرًا عن»."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_muriban_an_reports_after_an() -> None:
    assert found("وأضاف أن الوضع مستقر، معرباً عن أمله في عودة الهدوء قريبا.") == [
        "الوضع مستقر",
        "أمله في عودة الهدوء قريبا",
    ]


def test_muriban_continues_the_speaker_of_its_sentence() -> None:
    text = "وأكد سامي الفهد دعم النادي للاعبين الشباب، معربا عن ثقته في قدرتهم على المنافسة."
    doc = attributed(text, (("PER", "سامي الفهد"),))
    assert [q.text for q in doc.quotes][-1] == "ثقته في قدرتهم على المنافسة"
    assert names(doc) == ["سامي الفهد", "سامي الفهد"]
