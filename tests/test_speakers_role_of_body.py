"""A title right before an organisation no person holds in the text: the role is the speaker, not the body.

Invented sentences only; each test fails without the rule it names (resolver._subject, role_phrases.role_end,
entity_mentions._title_genitive_end).
"""

from __future__ import annotations

from .conftest import attributed, names


def test_a_title_before_a_tagged_body_is_a_person_s_role() -> None:
    """«رئيس بلدية X»، «مدير جامعة X» tagged as the body alone: the one who speaks holds the role."""
    text = "وأوضح رئيس بلدية محافظة العلا أن المشروع اكتمل. وأكد مدير جامعة الملك سعود أن الدراسة تبدأ غدا."
    entities = (("ORG", "بلدية محافظة العلا"), ("ORG", "جامعة الملك سعود"))
    assert names(attributed(text, entities)) == ["رئيس بلدية محافظة العلا", "مدير جامعة الملك سعود"]


def test_an_institution_s_head_before_a_tagged_body_stays_a_body() -> None:
    """«قيادة قوات X»: an institution's head noun is no title; the body speaks."""
    text = "وقالت قيادة قوات الحماية إن الوضع مستقر."
    assert names(attributed(text, (("ORG", "قوات الحماية"),))) == ["قيادة قوات الحماية"]


def test_the_role_ends_before_a_relative_pronoun() -> None:
    """«مدير مدارس X الذي افتتح…»: «الذي» ends like a nisba adjective but opens a relative clause."""
    text = "وأكد مدير مدارس النخبة الذي افتتح المعرض أن الطلاب أبدعوا."
    assert names(attributed(text, (("ORG", "مدارس النخبة"),))) == ["مدير مدارس النخبة"]


def test_a_title_s_place_taken_into_a_lineage_name_is_not_the_name() -> None:
    """«محافظ وادي فاطمة خالد بن سعد» tagged whole: the words before the given name of «X بن Y» after a title
    in the construct state are the place it governs; «عبد الله بن…» written apart keeps «عبد»."""
    text = "افتتح محافظ وادي فاطمة خالد بن سعد بن ناصر المعرض أمس. وأكد ابن ناصر أن المعرض ناجح."
    entities = (("PER", "وادي فاطمة خالد بن سعد بن ناصر"), ("PER", "ابن ناصر"))
    assert names(attributed(text, entities)) == ["خالد بن سعد بن ناصر"]
    text = "وقال أمين عبد الله بن سالم إن المشروع اكتمل."
    assert names(attributed(text, (("PER", "عبد الله بن سالم"),))) == ["عبد الله بن سالم"]
