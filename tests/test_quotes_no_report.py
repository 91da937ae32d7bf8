"""A speech verb in a relative clause on a deed reports nothing: «في خطوة تؤكد…»، «في رسالة تؤكد…» (the
step or the message shows, nobody speaks); with its own subject after «فيها» it is a statement. Run through
the whole pipeline (api.load()); the sentences are invented."""

from __future__ import annotations

import pytest

from nlp_pipeline import api


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the loaded pipeline
    return api.load()


@pytest.mark.parametrize(
    "text",
    [
        "وقدمت الجمعية منحا دراسية للطلاب المتفوقين، في خطوة تؤكد اهتمامها بالتعليم.",
        "وزار الوفد المدينة المنكوبة، في رسالة تؤكد تضامن بلاده مع المتضررين.",
    ],
)
def test_a_deed_that_affirms_is_no_statement(nlp, text: str) -> None:  # noqa: ANN001
    assert nlp(text).quotes == []


def test_a_message_in_which_someone_affirms_is_a_statement(nlp) -> None:  # noqa: ANN001
    doc = nlp("ووجه الوزير خطابا إلى الموظفين، في رسالة يؤكد فيها أن الرواتب ستصرف في موعدها.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in doc.quotes] == [
        ("الرواتب ستصرف في موعدها", "الوزير")
    ]
