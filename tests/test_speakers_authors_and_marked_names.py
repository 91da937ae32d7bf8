"""Speakers, round 4: a document's author after «من» («بيان من مكتب X»), a body's name in marks after its
description («وكالة الإغاثة "X"»), the honorific + name that closes a role phrase holding «في», and a surname
tagged after an honorific that ends the title phrase before the verb's object. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def _speakers(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    doc = attributed(text, entities)
    return [q.speaker.name if q.speaker else None for q in doc.quotes]


def test_the_author_after_min_of_a_document_noun_is_the_source() -> None:
    """«وقال بيان من مكتب X»: the office wrote the statement; «من» is not part of its name."""
    text = "وقال بيان من مكتب المنسق الأممي إن قوافل الإغاثة ستدخل المدينة الأسبوع المقبل."
    assert _speakers(text) == ["مكتب المنسق الأممي"]


def test_min_after_a_source_head_stays_in_the_description() -> None:
    """«مسؤول من الوزارة»: «من» after anything but a document noun is part of the description."""
    text = "وقال مسؤول من وزارة النقل إن الطريق سيفتح بعد شهرين."
    assert _speakers(text) == ["مسؤول من وزارة النقل"]


def test_a_bodys_name_in_marks_after_its_description_is_the_speaker() -> None:
    """«وقالت منظمة الإغاثة الدولية "كير"»: the name in marks, also where the NER tagged the description."""
    text = 'وقالت منظمة الإغاثة الدولية "كير" إن آلاف الأسر نزحت من القرى الحدودية.'
    assert _speakers(text, (("ORG", "كير"),)) == ["كير"]
    text = 'وقالت وكالة الإغاثة المستقلة "سند" إن المخيمات تحتاج إلى مياه الشرب.'
    assert _speakers(text, (("ORG", "وكالة الإغاثة المستقلة"), ("ORG", "سند"))) == ["سند"]


def test_an_outlet_in_marks_after_lam_is_spoken_to_not_named() -> None:
    """«وقالت المصادر لـ"الرائد"»: the outlet after the preposition is the one spoken to."""
    text = 'وذكرت مصادر في الاتحاد أن المدرب باق. وقالت المصادر لـ"الرائد" إن العقد سيجدد قريبا.'
    assert _speakers(text, (("ORG", "الرائد"),))[-1] != "الرائد"


def test_an_honorific_and_name_close_a_role_phrase_that_holds_fi() -> None:
    """«ومؤسس جمعية الخير في كل مكان، د. فلان:»: the «في» of the body's name does not end the role
    phrase before the honorific and the person after it."""
    text = "وقال الرئيس التنفيذي ومؤسس جمعية الأمل في كل بيت، د. سامي الحربي: إن الجمعية وصلت إلى مئة قرية."
    assert _speakers(text, (("PER", "سامي الحربي"),)) == ["سامي الحربي"]


def test_a_tagged_surname_after_an_honorific_ends_the_title_phrase() -> None:
    """«وهنأ د. فلان الطالب علان…، داعيًا»: the participle continues the one who congratulated, not the
    person congratulated after him."""
    text = "وهنأ د. القحطاني الطالب سالم العنزي بالفوز في المسابقة، داعيًا إياه إلى مواصلة التفوق."
    assert _speakers(text, (("PER", "القحطاني"), ("PER", "سالم العنزي"))) == ["القحطاني"]


def test_a_body_fused_to_bi_after_a_source_takes_its_own_genitives() -> None:
    """«مصدر بمديرية أمن X»: ب + a body's head opens a genitive chain of its own, as «في» does; the
    source is not cut back to «مصدر بمديرية»."""
    text = "وقال مصدر بمديرية أمن جنوب الباطنة إن الحملة أسفرت عن ضبط عشرين مخالفا."
    assert _speakers(text, (("LOC", "جنوب الباطنة"),)) == ["مصدر بمديرية أمن جنوب الباطنة"]
