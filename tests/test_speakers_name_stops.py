"""Words that end a subject before they can become a name: «عند» opens an adverbial («وأوضح المحافظ عند
افتتاح…»), a demonstrative after a title opens the verb's object («ووصف الوزير هؤلاء…»), though «جميع هؤلاء
المرشحين» is a subject. Run through the whole pipeline (api.load()); the sentences are invented."""

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
