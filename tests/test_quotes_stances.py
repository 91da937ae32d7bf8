"""«جدد» reports content only when its object is a stance (stance_nouns.txt): renewing a contract is an act.
Invented news wording."""

from __future__ import annotations

from .conftest import attributed, found, names

MINISTER = (("PER", "سامي فهمي"),)


def test_renewing_a_position_is_a_statement_by_the_subject() -> None:
    doc = attributed("جدد وزير الخارجية سامي فهمي موقف بلاده الداعم للحل السياسي في المنطقة.", MINISTER)
    assert [q.text for q in doc.quotes] == ["موقف بلاده الداعم للحل السياسي في المنطقة"]
    assert names(doc) == ["سامي فهمي"]


def test_renewing_a_call_with_a_possessive_is_a_statement() -> None:
    doc = attributed("وجدد سامي فهمي دعوته إلى وقف إطلاق النار فورا.", MINISTER)
    assert [q.text for q in doc.quotes] == ["دعوته إلى وقف إطلاق النار فورا"]
    assert names(doc) == ["سامي فهمي"]


def test_renewing_with_anna_is_a_statement() -> None:
    doc = attributed("وجدد سامي فهمي أن الحكومة لن تتراجع عن قرارها.", MINISTER)
    assert names(doc) == ["سامي فهمي"]


def test_renewing_a_contract_is_an_act() -> None:
    assert found("جددت إدارة النادي عقد اللاعب لمدة ثلاثة مواسم.") == []


def test_again_is_no_cue() -> None:
    assert found("وارتفعت الأسعار مجددا في الأسواق المحلية خلال الأسبوع الماضي.") == []
