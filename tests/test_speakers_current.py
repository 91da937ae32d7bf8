"""Who a cue without a subject («وأضافت») continues: the speaker whose cue came before it in the text (not a
source phrase that trails the statement), and a woman named with a title whose ة is written ه. The sentences
are invented."""

from __future__ import annotations

from nlp_pipeline.lang.ar.wordforms import title_gender

from .conftest import attributed


def _speaker_of(text: str, entities: tuple[tuple[str, str], ...], cue: str) -> str | None:
    doc = attributed(text, entities)
    q = next(q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start : q.cue.end] == cue)
    return q.speaker.name if q.speaker else None


def test_a_trailing_source_phrase_is_not_the_current_speaker() -> None:
    """«وقالت مجلة X إن…. وأضافت أن…، بحسب وكالة Y»: the magazine added it, the agency relays it."""
    text = (
        'وقالت مجلة "المستثمر" في عددها الأخير إن أسعار الحديد ارتفعت خلال الربع الثاني. '
        "وأضافت أن الطلب على مواد البناء سيزيد في الخريف المقبل، بحسب وكالة الأنباء الوطنية."
    )
    ents = (("ORG", "المستثمر"), ("ORG", "وكالة الأنباء الوطنية"))
    assert _speaker_of(text, ents, "وأضافت") == "المستثمر"


def test_a_definite_title_ending_in_ha_is_feminine() -> None:
    """«الدكتوره»، «المديره»: a word with the article takes no possessive; «نظيره» is his counterpart."""
    assert title_gender("الدكتوره") == "f"
    assert title_gender("والمديره") == "f"
    assert title_gender("نظيره") == "m"
    assert title_gender("الدكتور") == "m"


def test_a_woman_titled_with_a_dotless_ta_continues() -> None:
    """«وقالت الدكتوره فلانة إن…. وأضافت…»: the title does not make her a man, so «وأضافت» is hers."""
    text = (
        "وقالت مديرة المشروع الدكتوره سلمى القحطاني إن البرنامج يستهدف ألف طالبة هذا العام. "
        'وأضافت "سنفتح باب التسجيل في المدارس الأسبوع المقبل".'
    )
    ents = (("PER", "سلمى القحطاني"),)
    assert _speaker_of(text, ents, "وأضافت") == "سلمى القحطاني"
