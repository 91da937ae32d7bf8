"""A person named later by a shorter form of the document's fullest name, and the name's first word the
tagger left out. Invented sentences only; each test fails without the rule it names."""

from __future__ import annotations

from .conftest import attributed, names


def test_ibn_short_form_joins_the_full_name_with_bin() -> None:
    """«ابن الراشد» after «فهد بن سالم بن الراشد»: the same lineage word, one cluster, the fullest name."""
    text = (
        "افتتح المحافظ فهد بن سالم بن الراشد أمس المعرض الجديد للكتاب في المدينة. "
        "وأكد ابن الراشد أن المعرض يدعم الناشرين المحليين."
    )
    doc = attributed(text, (("PER", "فهد بن سالم بن الراشد"), ("PER", "ابن الراشد")))
    assert names(doc) == ["فهد بن سالم بن الراشد"]


def test_abd_compound_before_a_tagged_name_opens_the_name() -> None:
    """«الوزير عبدالكريم ناصر الحمدان» tagged «ناصر الحمدان»: the fused «عبد…» word is the given name."""
    text = "وقال وزير الزراعة عبدالكريم ناصر الحمدان إن موسم الحصاد سيبدأ مبكرا هذا العام."
    doc = attributed(text, (("PER", "ناصر الحمدان"),))
    assert names(doc) == ["عبدالكريم ناصر الحمدان"]


def test_abd_compound_that_ends_another_name_stays_there() -> None:
    """A «عبد…» word inside the entity before (a father's name) is not taken by the next name."""
    text = "وقال الأمير خالد بن عبدالله خالد الحمدان إن الموسم سيبدأ مبكرا."
    doc = attributed(text, (("PER", "خالد بن عبدالله"), ("PER", "خالد الحمدان")))
    assert "عبدالله خالد الحمدان" not in names(doc)
