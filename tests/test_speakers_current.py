"""Who a cue without a subject («وأضافت») or a role («المبعوث») refers to: the speaker whose cue came
before it (not a source phrase that trails the statement), a woman titled with a ة written ه, the holder of
a role tied to a place by a preposition («مبعوث … إلى ليبيا فلان»). The sentences are invented."""

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


def test_a_role_tied_to_a_place_by_a_preposition_describes_its_holder() -> None:
    """«مبعوث الأمين العام إلى ليبيا فلان» then «المبعوث الأممي»: the envoy, not the last person named."""
    text = (
        "واستقبل الرئيس الليبي سالم الورفلي مبعوث الأمين العام للأمم المتحدة إلى ليبيا خوان بيريز في طرابلس. "
        "وأكد الرئيس سالم الورفلي أن الحوار هو الطريق الوحيد للحل. "
        "من جهته، أعرب المبعوث الأممي عن أمله في التوصل إلى اتفاق قبل نهاية العام."
    )
    ents = (
        ("PER", "سالم الورفلي"),
        ("ORG", "للأمم المتحدة"),
        ("LOC", "ليبيا"),
        ("PER", "خوان بيريز"),
        ("PER", "سالم الورفلي"),
    )
    assert _speaker_of(text, ents, "أعرب") == "خوان بيريز"


def test_the_title_of_the_one_a_role_serves_is_not_the_holders() -> None:
    """«المبعوث الخاص للرئيس الروسي فلان»: «للرئيس» is whom he serves; «رئيس الدبلوماسية الإيرانية» later
    is the Iranian minister, not the envoy."""
    text = (
        "وأعلن المتحدث أن المبعوث الخاص للرئيس الروسي إلى سوريا أليكسي بتروف سيزور المنطقة قريبا. "
        "وقال وزير الخارجية الإيراني حسن كريمي إن الحل السياسي ممكن. "
        "وأشار رئيس الدبلوماسية الإيرانية إلى أن بلاده تدعم الحوار."
    )
    ents = (("LOC", "سوريا"), ("PER", "أليكسي بتروف"), ("PER", "حسن كريمي"))
    assert _speaker_of(text, ents, "وأشار") == "حسن كريمي"
