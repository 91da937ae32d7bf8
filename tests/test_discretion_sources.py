"""«بحسب ما تراه الجهات المختصة» ("as the authorities deem fit") leaves a choice to someone's discretion and
attributes nothing; «بحسب ما أعلنت الوزارة» still does (quotes/source_words.at_discretion, deem_verbs.txt).
The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_as_someone_deems_fit_is_no_source() -> None:
    text = "ويستثنى من ذلك ما تستدعيه الضرورات الأمنية في المواقع الحساسة بحسب ما تراه الجهات المختصة."
    assert found(text) == []


def test_as_someone_announced_is_a_source() -> None:
    text = "وارتفع عدد الضحايا إلى عشرين قتيلا بحسب ما أعلنت وزارة الصحة في بيان رسمي."
    assert found(text) == ["وارتفع عدد الضحايا إلى عشرين قتيلا"]
