"""A masdar object that carries its subject's pronoun («استياءها») ends a subject the lexicons do not know
(quotes/owned.py): «وأبدت عائلة الضحية استياءها…» is the family's statement. Invented sentences."""

from __future__ import annotations

from .conftest import attributed, names


def test_family_voices_its_displeasure() -> None:
    doc = attributed("وأبدت عائلة الضحية استياءها من تأخر التحقيقات في الحادث.")
    assert [q.text for q in doc.quotes] == ["استياءها من تأخر التحقيقات في الحادث"]
    assert names(doc) == ["عائلة الضحية"]


def test_plural_subject_after_a_singular_verb() -> None:
    doc = attributed("وأبدى أهالي الحي استياءهم من انقطاع الكهرباء المتكرر.")
    assert [q.text for q in doc.quotes] == ["استياءهم من انقطاع الكهرباء المتكرر"]
    assert names(doc) == ["أهالي الحي"]


def test_object_right_after_the_verb_stays_the_object() -> None:
    doc = attributed("وأبدت سعادتها بالأطقم الجديدة وجودتها العالية.")
    assert [q.text for q in doc.quotes] == ["سعادتها بالأطقم الجديدة وجودتها العالية"]
