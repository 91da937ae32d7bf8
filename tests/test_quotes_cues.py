"""Quotation cues and boundaries on invented news wording: headlines after a link line, colons in clock
times, فإن after a verb, and the cue forms of nlp_pipeline/lang/ar/data/reporting_verbs.tsv."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes

from .conftest import doc_with_entities


def found(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[str]:
    return [q.text for q in find_quotes(doc_with_entities(text, entities)).quotes]


def test_a_link_line_names_an_outlet_not_a_speaker() -> None:
    text = "رابط الخبر بصحيفة النهار: افتتاح المعرض الدولي للكتاب في العاصمة\n"
    assert found(text, (("ORG", "النهار"),)) == []


def test_a_headline_statement_after_a_link_line_is_found() -> None:
    text = "رابط الخبر بصحيفة النهار: الوزير: سنبني مدارس جديدة في القرى\n"
    assert found(text, (("ORG", "النهار"),)) == ["سنبني مدارس جديدة في القرى"]


def test_a_colon_between_digits_is_a_clock_time() -> None:
    text = "وأوضح المتحدث أنه ورد بلاغ عند الساعة 19:29 عن حريق في الوادي."
    assert found(text) == ["ورد بلاغ عند الساعة 19:29 عن حريق في الوادي"]


def test_fa_inna_after_a_verb_opens_the_main_clause() -> None:
    text = "ولأن الشركة كشفت عن تفاصيل هاتفها الجديد قبل أسابيع، فإن المؤتمر لم يحمل أي مفاجأة."
    assert found(text) == ["تفاصيل هاتفها الجديد قبل أسابيع"]


def test_a_source_after_fa_inna_attributes_the_main_clause() -> None:
    text = "ورغم غياب المدرب عن المباراة الأخيرة فإن الفريق قدم مستوى جيدا بحسب مصادر مطلعة."
    assert found(text) == ["الفريق قدم مستوى جيدا"]
