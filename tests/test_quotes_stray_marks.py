"""A quotation mark that its paragraph never closes and that no cue introduces is a stray mark: it hides no
cue after it. An unclosed mark that a cue or a colon introduces is still that cue's quote."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_a_stray_mark_hides_no_cue_after_it() -> None:
    text = (
        'ارتفع عدد الزوار هذا العام بنسبة كبيرة "وزادت الرحلات في الصيف. '
        "وأوضح سامي الفهد أن الهيئة ستفتح ثلاثة مكاتب جديدة في المنطقة."
    )
    doc = attributed(text, (("PER", "سامي الفهد"),))
    assert [q.text for q in doc.quotes] == ["الهيئة ستفتح ثلاثة مكاتب جديدة في المنطقة"]
    assert names(doc) == ["سامي الفهد"]


def test_a_closed_quote_inside_a_stray_mark_counts_again() -> None:
    text = (
        'وتراجعت أسعار القمح في الأسواق المحلية "بعد موسم جيد. '
        'وقال خالد العمري: "نتوقع أن تستقر الأسعار حتى نهاية العام".'
    )
    doc = attributed(text, (("PER", "خالد العمري"),))
    assert [q.text for q in doc.quotes] == ["نتوقع أن تستقر الأسعار حتى نهاية العام"]
    assert names(doc) == ["خالد العمري"]


def test_an_unclosed_quote_after_its_cue_is_still_the_quote() -> None:
    after_colon = 'وقال المدير: "سنفتتح الفرع الجديد في الخريف المقبل. وأكد أن الموظفين جاهزون'
    assert found(after_colon) == ["سنفتتح الفرع الجديد في الخريف المقبل. وأكد أن الموظفين جاهزون"]
    text = 'ثم قال "سنفتتح الفرع الجديد في الخريف المقبل. وأكد أن الموظفين جاهزون'
    assert found(text) == ["سنفتتح الفرع الجديد في الخريف المقبل. وأكد أن الموظفين جاهزون"]
