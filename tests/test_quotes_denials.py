"""A denial of «ما» + verb after a denying verb's subject is a statement whose content is what is denied
(denial_verbs.txt, quotes/denials.py). Invented news wording."""

from __future__ import annotations

from .conftest import attributed, found, names

MINISTER = (("PER", "سامي فهمي"),)


def test_denying_what_is_circulated_is_the_subjects_statement() -> None:
    doc = attributed("ونفى الوزير سامي فهمي ما يتم تداوله عن إغلاق المدارس في المنطقة.", MINISTER)
    assert [q.text for q in doc.quotes] == ["ما يتم تداوله عن إغلاق المدارس في المنطقة"]
    assert names(doc) == ["سامي فهمي"]


def test_a_denying_participle_continues_the_speaker() -> None:
    doc = attributed("وقال سامي فهمي إن المدارس مفتوحة، نافيا ما أثاره بعض المغردين عن إغلاقها.", MINISTER)
    assert [q.text for q in doc.quotes] == ["المدارس مفتوحة", "ما أثاره بعض المغردين عن إغلاقها"]
    assert names(doc) == ["سامي فهمي", "سامي فهمي"]


def test_ma_of_still_is_no_content() -> None:
    assert found("ونفى الوزير ما زال يتردد.") == []


def test_evidence_that_refutes_is_no_speaker() -> None:
    assert found("وأظهرت السجلات أرقاما دقيقة، وهو الأمر الذي ينفي صحة ما تم تداوله عن إغلاق المركز.") == []
