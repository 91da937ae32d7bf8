"""A person's entity that took in a prepositional phrase glued to the word after the name ends before it when
the name without it is named elsewhere (speakers/name_tails.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, names

NAME = "سالم بن راشد الكعبي"


def test_praise_of_god_after_the_name_is_not_the_name() -> None:
    text = (
        f"وصل الشيخ {NAME} إلى المحافظة صباح أمس. "
        f'واستهل الشيخ {NAME} بحمد الله كلمته في الحفل، وقال: "نحن سعداء بهذا اللقاء مع أبنائنا".'
    )
    doc = attributed(text, (("PER", NAME), ("PER", f"{NAME} بحمد الله")))
    assert names(doc) == [NAME]


def test_glued_verbal_noun_after_the_name_is_not_the_name() -> None:
    text = (
        f"استقبل الشيخ {NAME} وفد الجمعية في مكتبه. "
        f'وأشاد {NAME} باشتراك الشباب في الحملة، وقال: "هذا العمل يشرف المنطقة كلها".'
    )
    doc = attributed(text, (("PER", NAME), ("PER", f"{NAME} باشتراك")))
    assert names(doc) == [NAME]


def test_a_surname_written_alone_elsewhere_stays() -> None:
    text = 'قال المدرب لوران بلان إن "الفريق جاهز للمباراة". وكان بلان قد تولى تدريب الفريق قبل عامين.'
    doc = attributed(text, (("PER", "لوران بلان"), ("PER", "بلان")))
    assert names(doc) == ["لوران بلان"]
