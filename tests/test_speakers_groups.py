"""A plural cue without a subject of its own («وأضافوا»، «مؤكدين») continues the group of people named before
it: in its clause (a broken plural too: «شهود»، «الخبراء»), or as the subject of the sentence before; a plural
participle never continues one person. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def _speakers(text: str, entities: tuple[tuple[str, str], ...]) -> list[str | None]:
    doc = attributed(text, entities)
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_a_broken_plural_in_the_clause_is_the_group() -> None:
    """«وأكد شهود عيان أن…، وأضافوا أن…»: the witnesses said both."""
    text = (
        "وقال المتحدث باسم الشرطة ناصر العمري إن الحريق اندلع ليلا. "
        "وأكد شهود عيان أن النيران امتدت إلى مبنيين، وأضافوا أن سيارات الإطفاء وصلت بعد ساعة."
    )
    speakers = _speakers(text, (("PER", "ناصر العمري"),))
    assert speakers == ["ناصر العمري", "شهود عيان", "شهود عيان"]


def test_a_plural_verb_opening_a_sentence_continues_the_group_before() -> None:
    """«وراقب الخبراء…. وأوضحوا أن…»: the group that is the subject of the sentence before, not the study
    that spoke earlier."""
    text = (
        "قالت دراسة جديدة إن المشي اليومي يحمي القلب. "
        "وراقب الخبراء ألف متطوع لمدة عامين في ثلاث مدن. "
        "وأوضحوا أن من مشى نصف ساعة يوميا كان أقل عرضة للأزمات."
    )
    assert _speakers(text, ()) == ["دراسة جديدة", "الخبراء"]


def test_a_plural_participle_does_not_continue_one_person() -> None:
    """«…، مؤكدين» after a person's statement in the same sentence is not that person."""
    text = "وقال المدرب خالد السبيعي إن الفريق جاهز للمباراة، مؤكدين أن الجماهير ستملأ المدرجات."
    speakers = _speakers(text, (("PER", "خالد السبيعي"),))
    assert speakers[0] == "خالد السبيعي"
    assert speakers[-1] != "خالد السبيعي"


def test_a_group_glued_to_and_ends_a_list_of_objects() -> None:
    """«…لأسرته وأقارب المتوفى، داعيين» : the relatives closing a list after «ل» are whom the condolences went
    to, not who prayed."""
    text = "وقدم المحافظ ومدير الشرطة التعازي لأسرة الفقيد وأقارب المتوفى، داعيين الله أن يتغمده بواسع رحمته."
    speakers = _speakers(text, ())
    assert "أقارب المتوفى" not in speakers
