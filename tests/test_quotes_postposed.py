"""«…، كما قال شهود.»: a cue after «، كما» whose clause is only its subject attributes the clause before it
(quotes/postposed.py). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_as_witnesses_said_attributes_the_clause_before() -> None:
    text = "وانفجرت عبوة ناسفة قرب مبنى البلدية في وسط المدينة، كما قال شهود."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["وانفجرت عبوة ناسفة قرب مبنى البلدية في وسط المدينة"]
    assert names(doc) == ["شهود"]


def test_as_an_agency_reported_before_the_next_sentence() -> None:
    text = "وتراجعت أسعار النفط بنسبة كبيرة خلال تعاملات الأمس، كما ذكرت مصادر تجارية. وارتفع الذهب."
    assert found(text) == ["وتراجعت أسعار النفط بنسبة كبيرة خلال تعاملات الأمس"]


def test_he_also_said_keeps_its_own_content() -> None:
    text = "وافتتح الوزير المعرض الدولي للكتاب، كما قال إن المشروع سيكتمل العام المقبل."
    assert found(text) == ["المشروع سيكتمل العام المقبل"]


def test_he_also_told_with_an_object_attributes_nothing() -> None:
    text = "ونشر اللاعب صورا من رحلته العلاجية، كما روى لمتابعيه على تويتر تفاصيل رحلته الطويلة مع المرض."
    assert found(text) == []


def test_as_the_poet_said_with_a_colon_attributes_nothing_before() -> None:
    text = "ويحن المسافر إلى بلاده وأهله أشد الحنين، كما قال الشاعر: يا دار أهلي متى ألقاك."
    assert "ويحن المسافر إلى بلاده وأهله أشد الحنين" not in found(text)


def test_as_the_saying_goes_in_the_present_attributes_nothing() -> None:
    text = "وتحول الخطاب إلى كلام بلا أثر في الشارع، كما يقول المثل الشعبي."
    assert found(text) == []
