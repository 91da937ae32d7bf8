"""Common shapes of news reports, run through the whole pipeline (api.load()): a relay whose subject comes
before its verb after «كان», a subject followed by «في بيانه». The sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _said(doc: Doc) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in doc.quotes]


def test_relay_after_kana_has_its_fronted_subject(nlp) -> None:  # noqa: ANN001
    # speakers/resolver.py _fronted: «وكانت الصحيفة نقلت عن…» is the newspaper's report, as «وكان الوزير قال…»
    said = _said(nlp("وكانت الصحيفة قد نقلت عن مسؤول رفيع أن المفاوضات توقفت."))
    assert said == [("المفاوضات توقفت", "الصحيفة"), ("المفاوضات توقفت", "مسؤول رفيع")]


def test_relay_after_kana_without_qad(nlp) -> None:  # noqa: ANN001
    said = _said(nlp("وكانت وسائل الإعلام نقلت عن شهود أن الطريق أغلق تماما."))
    assert None not in [name for _, name in said]
    assert ("الطريق أغلق تماما", "وسائل الإعلام") in said


def test_in_its_statement_ends_the_subject(nlp) -> None:  # noqa: ANN001
    # speakers/own_documents.py: «في بيانه» tells where it was said, not who said it
    said = _said(nlp("وقال النادي الإيطالي في بيانه إن المدافع غادر المعسكر."))
    assert said == [("المدافع غادر المعسكر", "النادي الإيطالي")]


def test_in_her_statements_ends_the_subject(nlp) -> None:  # noqa: ANN001
    said = _said(nlp("وأكدت الجمعية الخيرية في تصريحاتها أن التبرعات تضاعفت."))
    assert said == [("التبرعات تضاعفت", "الجمعية الخيرية")]
