"""A body's short form written in marks right after its full name is the same body; its quotes are named by
the full name (speakers/aliases.py). The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.tokens.doc import Doc

from .conftest import attributed_all, names

FULL = "الهيئة الوطنية لتنمية الصادرات"


def _tagged(text: str, orgs: tuple[str, ...]) -> Doc:
    """Every occurrence of each organisation tagged, as the NER tags a name each time it is written."""
    return attributed_all(text, tuple(("ORG", org) for org in orgs))


def test_acronym_in_quotes_after_the_full_name_takes_the_full_name() -> None:
    text = (
        f'وقعت {FULL} "صادرات" اتفاقية مع عدد من المصانع المحلية. '
        'وقالت "صادرات" في بيان إن الاتفاقية ستدعم المنتج المحلي.'
    )
    assert names(_tagged(text, (FULL, "صادرات"))) == [FULL]


def test_acronym_in_brackets_after_the_full_name_takes_the_full_name() -> None:
    text = f"وأطلقت {FULL} (صادرات) برنامجا جديدا للمصدرين. وأوضحت صادرات أن البرنامج يبدأ الشهر المقبل."
    assert names(_tagged(text, (FULL, "صادرات"))) == [FULL]


def test_agency_keeps_the_name_it_signs_with() -> None:
    text = 'ونقلت وكالة الأنباء الكرواتية "هينا" الخبر. وذكرت هينا أن الوفد سيصل إلى العاصمة غدا.'
    assert names(_tagged(text, ("الأنباء الكرواتية", "هينا"))) == ["هينا"]


def test_a_headed_body_in_quotes_is_no_alias() -> None:
    text = f'وتعاونت {FULL} "جامعة الساحل" في الدراسة. وقالت جامعة الساحل إن النتائج مشجعة.'
    assert names(_tagged(text, (FULL, "جامعة الساحل"))) == ["جامعة الساحل"]


def test_a_body_called_by_its_genitive_takes_its_full_name() -> None:
    full = "المؤسسة العامة للمحميات البحرية"
    text = f"وأطلقت {full} حملة لحماية الشعاب. وأوضحت المحميات البحرية أن الحملة تشمل عشرين موقعا."
    assert names(_tagged(text, (full, "المحميات البحرية"))) == [full]


def test_a_place_after_a_preposition_is_no_short_form() -> None:
    full = "الهيئة الملكية للقرين"
    text = f"وأعلنت {full} أن الخطة جاهزة. وبعد القرين أكد المسؤول أن الخطة تشمل ثلاث مدن."
    doc = _tagged(text, (full, "القرين"))
    clusters = {e.text: e.cluster for e in doc.entities}
    assert clusters["القرين"] != clusters[full]


def test_the_genitive_written_with_no_preposition_joins_the_body() -> None:
    full = "الهيئة الملكية للقرين"
    text = f"وأعلنت {full} أن الخطة جاهزة. وأكدت القرين أن الخطة تشمل ثلاث مدن."
    doc = _tagged(text, (full, "القرين"))
    clusters = {e.text: e.cluster for e in doc.entities}
    assert clusters["القرين"] == clusters[full]
