"""A source's description stops before an adverbial written right after it: a frame («في إطار…»), the
place the source is in or comes from («من مدينة X»), a second «في» that tells where it spoke («في الشهادة»)
(speakers/source_tails.py). The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers

from .conftest import doc_with_entities, names


def _speakers(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    return names(attribute_speakers(find_quotes(doc_with_entities(text, entities))))


def test_a_frame_adverbial_is_not_part_of_the_source() -> None:
    text = "وقال البعض في إطار النقاش إن المدارس تحتاج إلى مزيد من المعلمين."
    assert _speakers(text) == ["البعض"]


def test_the_place_a_source_comes_from_is_not_part_of_it() -> None:
    text = "وقالت مصادر محلية من مدينة الخليل إن الطريق أغلق صباح اليوم."
    assert _speakers(text, (("LOC", "الخليل"),)) == ["مصادر محلية"]


def test_the_village_a_described_source_is_in_is_not_part_of_it() -> None:
    text = "وقال أحد الناشطين الميدانيين في قرية الزيتون إن الأهالي غادروا منازلهم."
    assert _speakers(text, (("LOC", "الزيتون"),)) == ["أحد الناشطين الميدانيين"]


def test_a_second_in_that_names_the_document_is_not_part_of_the_source() -> None:
    text = "وكتب محقق في مكتب الادعاء في الشهادة أن المتهم اعترف بسرقة المتجر."
    assert _speakers(text) == ["محقق في مكتب الادعاء"]


def test_the_body_a_source_works_in_stays() -> None:
    text = "وقال مسؤول في وزارة الزراعة إن المحصول تضاعف هذا العام."
    assert _speakers(text) == ["مسؤول في وزارة الزراعة"]
