"""A report verb whose subject opens another report's content is part of that content: the outer report
runs on over it and the inner one keeps its own record (quotes/nested.py, opens_on_subject). A verb with
«و» or a participle after the clause opens a new statement instead. The sentences are invented."""

from __future__ import annotations

from .conftest import found


def test_unnamed_subject_of_a_verb_with_an_keeps_both_reports() -> None:
    text = "وقال الوزير إن اللجنة أكدت الأسبوع الماضي أن المشروع سيكتمل في موعده."
    assert found(text) == [
        "اللجنة أكدت الأسبوع الماضي أن المشروع سيكتمل في موعده",
        "المشروع سيكتمل في موعده",
    ]


def test_relative_clause_verb_inside_the_subject_does_not_cut_the_content() -> None:
    text = "وأوضح المتحدث أن الهيئة التي أعلنت الأسبوع الماضي تعديل الرسوم لم تحدد موعد التطبيق بعد."
    assert found(text)[0].endswith("لم تحدد موعد التطبيق بعد")


def test_verb_with_wa_after_the_clause_opens_a_new_statement() -> None:
    text = "وقال المدير إن الطقس تحسن كثيرا وأكد أن الرحلات ستستأنف صباح الغد."
    assert found(text) == ["الطقس تحسن كثيرا", "الرحلات ستستأنف صباح الغد"]


def test_participle_after_the_clause_opens_a_new_statement() -> None:
    text = "وذكر المسؤول أن السكان انتظروا الحافلة ساعتين مؤكدا أن الخدمة ستتحسن قريبا."
    assert found(text) == ["السكان انتظروا الحافلة ساعتين", "الخدمة ستتحسن قريبا"]
