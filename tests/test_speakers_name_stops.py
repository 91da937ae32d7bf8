"""Words that end a subject before they can become a name: «عند» opens an adverbial («وأوضح المحافظ عند
افتتاح…»), a demonstrative after a title opens the verb's object («ووصف الوزير هؤلاء…»), though «جميع هؤلاء
المرشحين» is a subject; a time word after «بيان صدر» is no author. Run through the whole pipeline
(api.load()); the sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api
from nlp_pipeline.tokens.doc import Doc


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


def _said(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, *((q.speaker.name, q.speaker.latin) if q.speaker else (None, None))) for q in doc.quotes]


def test_an_adverbial_with_inda_is_not_the_speakers_name(nlp) -> None:  # noqa: ANN001
    doc = nlp("وأوضح محافظ العلا عند افتتاح المهرجان أن الزوار تضاعفوا هذا العام.")
    assert _said(doc) == [("الزوار تضاعفوا هذا العام", "محافظ العلا", None)]


def test_a_demonstrative_after_a_title_is_the_verbs_object(nlp) -> None:  # noqa: ANN001
    doc = nlp("ووصف وزير الداخلية هؤلاء المخربين بأنهم خارجون على القانون.")
    assert _said(doc) == [("خارجون على القانون", "وزير الداخلية", None)]


def test_a_quantified_demonstrative_stays_a_subject(nlp) -> None:  # noqa: ANN001
    doc = nlp("وقد أعلن جميع هؤلاء المرشحين انسحابهم من السباق.")
    assert _said(doc) == [("انسحابهم من السباق", "جميع هؤلاء المرشحين", None)]


def test_a_statement_issued_at_a_time_names_no_author(nlp) -> None:  # noqa: ANN001
    # speakers/source_tails.unnamed_document: not a body called «مساء» ("Massa")
    doc = nlp("وجاء في بيان صدر مساء أمس أن الاجتماع انتهى دون اتفاق.")
    assert _said(doc) == [("الاجتماع انتهى دون اتفاق", "بيان", None)]


def test_a_statement_issued_by_a_body_is_the_bodys(nlp) -> None:  # noqa: ANN001
    doc = nlp("وجاء في بيان صدر عن وزارة الداخلية أن الاجتماع انتهى دون اتفاق.")
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == ["وزارة الداخلية"]
