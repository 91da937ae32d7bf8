"""An opening mark written against the word before it, with a space after it («وقال فلان" نص…".»), opens a
quote when the next mark of the paragraph closes one (marks._glued_open). The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.lang.ar.marks import marked_spans

from .conftest import attributed, names


def test_a_mark_glued_to_the_speaker_opens_his_quote() -> None:
    text = 'وقال وزير الصحة خالد العتيبي" المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام".'
    doc = attributed(text, (("PER", "خالد العتيبي"),))
    assert [(q.text, q.kind) for q in doc.quotes] == [
        ("المستشفيات الجديدة ستفتح أبوابها قبل نهاية العام", "direct")
    ]
    assert names(doc) == ["خالد العتيبي"]


def test_a_closing_mark_after_a_quote_from_the_paragraph_before_opens_nothing() -> None:
    text = 'ستفتح المستشفيات أبوابها قريبا".\nوقال الوزير "هذا وعد".'
    assert [text[s.start : s.end] for s in marked_spans(text)] == ["هذا وعد"]


def test_a_glued_mark_with_no_closing_mark_after_it_opens_nothing() -> None:
    text = 'انتهى الاجتماع" في وقت متأخر من الليل، وغادر الوفد «القاعة» بعد ذلك.'
    assert [text[s.start : s.end] for s in marked_spans(text)] == ["القاعة"]
