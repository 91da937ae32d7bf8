"""Where a person's name ends after the cue: the words the NER left off a name are kept in the speaker's
name (clusters.py: its own shorter tag is not the text using the name short), and a role word after the
name («مسؤول»، «أحد») ends it (subject.completed_name). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names


def test_a_name_the_ner_cut_short_is_named_in_full() -> None:
    text = (
        "وقال وزير الزراعة التايلاندي سوم تشاي لانغ في بيان «المحصول وفير هذا العام». "
        "وتابع قوله «سنصدر الفائض إلى الدول المجاورة في الشهر المقبل»."
    )
    doc = attributed(text, (("PER", "سوم تشاي"),))
    assert names(doc) == ["سوم تشاي لانغ", "سوم تشاي لانغ"]


def test_a_source_noun_after_the_name_is_not_part_of_it() -> None:
    text = "وقال كريم ناصر مسؤول في البلدية إن الطريق سيفتح غدا."
    assert names(attributed(text, (("PER", "كريم ناصر"),))) == ["كريم ناصر"]


def test_a_quantifier_after_the_name_is_not_part_of_it() -> None:
    text = "وقال سالم حمود أحد سكان القرية إن المياه انقطعت منذ يومين."
    assert names(attributed(text, (("PER", "سالم حمود"),))) == ["سالم حمود"]


def test_a_name_cut_after_a_title_word_inside_it_is_completed() -> None:
    text = "وصرح العقيد كمال شيخ علي نور أمام الصحافيين إن القوات سيطرت على المدينة."
    assert names(attributed(text, (("PER", "كمال شيخ"),))) == ["كمال شيخ علي نور"]
