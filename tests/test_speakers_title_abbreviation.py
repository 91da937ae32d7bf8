"""«د.» before a name is read as «الدكتور» (a tokenizer exception): the name after it is the speaker, also
after a comma that apposes it to a role, and the full stop does not cut the cue from its content."""

from __future__ import annotations

from .conftest import attributed, names


def _speakers(text: str, name: str) -> list[str | None]:
    doc = attributed(text, (("PER", name),))
    return names(doc)


def test_the_name_after_a_title_abbreviation_speaks() -> None:
    name = "خالد سعيد العمري"
    assert _speakers(f"وقال مدير المستشفى د. {name} إن الحالات مستقرة.", name) == [name]
    assert _speakers(
        f"وقال الرئيس التنفيذي لجمعية الأمل الخيرية، د. {name}: إن الجمعية تدعم الأسر.", name
    ) == [name]
    assert _speakers(f"وأكد د.{name} أن الحالات مستقرة.", name) == [name]


def test_the_name_after_an_engineer_or_professor_abbreviation_speaks() -> None:
    name = "فارس سعيد المالكي"
    assert _speakers(f"وقال مدير البلدية م. {name} إن المشروع اكتمل.", name) == [name]
    assert _speakers(f"وأوضح أ.د.{name} أن النتائج مشجعة.", name) == [name]
