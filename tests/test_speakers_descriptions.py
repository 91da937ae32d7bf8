"""How far a described source or an institution reaches: its genitive with ل, «في» + a place.

Invented sentences only; each test fails without the rule it names.
"""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.mentions import Mentions

from .conftest import attributed, doc_with_entities, names


def test_a_description_keeps_its_genitive_with_lam() -> None:
    """«المكتب الإعلامي للمعارضة»: the genitive is part of the source; «للصحفيين» is who was spoken to."""
    text = (
        "وقال المكتب الإعلامي للمعارضة إن الاشتباكات توقفت مساء أمس. "
        "وقال مصدر عسكري للصحفيين إن الطريق أعيد فتحه. "
        "وأكدت مصادر ميدانية للمعارضة أن الهدنة صامدة."
    )
    expected = ["المكتب الإعلامي للمعارضة", "مصدر عسكري", "مصادر ميدانية للمعارضة"]
    assert names(attributed(text)) == expected


def test_an_institution_keeps_in_and_its_place_but_an_outlet_does_not() -> None:
    """«الشرطة الاتحادية في بغداد» is the speaker; «وكالة X في بلد» is the agency's name alone."""
    text = (
        "وقالت الشرطة الاتحادية في بغداد إن التحقيق مستمر. وذكرت وكالة سبوتنيك للأنباء في روسيا أن الوفد وصل."
    )
    entities = (
        ("ORG", "الشرطة الاتحادية"),
        ("LOC", "بغداد"),
        ("ORG", "وكالة سبوتنيك للأنباء"),
        ("LOC", "روسيا"),
    )
    assert names(attributed(text, entities)) == ["الشرطة الاتحادية في بغداد", "وكالة سبوتنيك للأنباء"]


def test_a_definite_plural_of_people_is_a_described_speaker() -> None:
    """«وأكد المشاركون أن…»، «ورجح المحققون وجود…»: the group is the speaker, and not the object's start."""
    text = "وأكد المشاركون في الندوة أن التعليم عن بعد يحتاج إلى تطوير. ورجح المحققون وجود خلل فني في المحرك."
    doc = attributed(text)
    assert names(doc) == ["المشاركون في الندوة", "المحققون"]
    assert doc.quotes[1].text == "وجود خلل فني في المحرك"


def test_a_source_having_something_and_its_later_definite_mention() -> None:
    """«مسؤول حكومي ذو صلة بالملف» keeps «ذو صلة بالملف»; «المسؤول الحكومي» later is that source."""
    text = (
        "وقال مسؤول حكومي ذو صلة بالملف إن المفاوضات ستستأنف الأسبوع المقبل. "
        "وأوضح المسؤول الحكومي أن الوفد سيصل الأحد."
    )
    assert names(attributed(text)) == ["مسؤول حكومي ذو صلة بالملف"] * 2


def test_an_institution_keeps_the_body_or_place_named_after_its_genitive() -> None:
    """«كلية الطب بجامعة الملك فيصل» (the NER tagged the university apart), «المركز الصحي بمحافظة تيماء»:
    the name after the ب genitive is part of the institution's name, not cut at «بجامعة»/«بمحافظة»."""
    text = (
        "أعلنت كلية الطب بجامعة الملك فيصل عن فتح باب القبول للطلاب الجدد. "
        "وأكد المركز الصحي الأولي بمحافظة تيماء أن التطعيمات متوفرة."
    )
    entities = (
        ("ORG", "كلية الطب"),
        ("ORG", "بجامعة الملك فيصل"),
        ("ORG", "المركز الصحي الأولي"),
        ("LOC", "تيماء"),
    )
    expected = ["كلية الطب بجامعة الملك فيصل", "المركز الصحي الأولي بمحافظة تيماء"]
    assert names(attributed(text, entities)) == expected


def test_a_participle_keeps_its_complement_with_ala() -> None:
    """«مصادر مطلعة على الملف»، «مشرفون على المهرجان»: the complement of the participle is part of the
    description, which is not cut before «على»."""
    text = "وكشفت مصادر مطلعة على الملف أن الاتفاق بات قريبا. وقال مشرفون على المهرجان إن عدد الزوار تضاعف."
    assert names(attributed(text)) == ["مصادر مطلعة على الملف", "مشرفون على المهرجان"]


def test_another_source_keeps_the_word_other() -> None:
    """«مسؤول آخر في الوزارة»: «آخر» describes the source, and the description goes on past it."""
    text = "وقال مسؤول حكومي إن الخطة جاهزة. وقال مسؤول آخر في الوزارة إن التنفيذ يبدأ قريبا."
    assert names(attributed(text)) == ["مسؤول حكومي", "مسؤول آخر في الوزارة"]


def test_a_classifier_or_a_described_document_right_after_the_verb_is_its_subject() -> None:
    """«أعلن نادي الفيصلي عن…»، «أظهر تقرير حكومي…»: the subject after the verb, not the start of its
    object; the statement's content comes after it."""
    doc = attributed("أعلن نادي الفيصلي أمس عن تعاقده مع مدرب جديد للفريق الأول.", (("ORG", "الفيصلي"),))
    assert names(doc) == ["الفيصلي"]
    assert doc.quotes[0].text.startswith("تعاقده")
    doc = attributed("أظهر تقرير حكومي ارتفاع معدلات التوظيف في القطاع الخاص.")
    assert names(doc) == ["تقرير حكومي"]
    assert doc.quotes[0].text.startswith("ارتفاع")


def test_a_word_after_the_marks_of_an_outlet_spoken_to_is_not_a_marked_name() -> None:
    """«قال لـ"الوطن" مستثمرون في القطاع…»: the closing mark of the outlet does not make the next word a name
    in marks; the described source keeps its whole description."""
    text = 'قال لـ"الوطن" مستثمرون في قطاع العقار إن الأسعار استقرت.'
    assert names(attributed(text, (("ORG", "الوطن"),))) == ["مستثمرون في قطاع العقار"]


def test_findings_of_a_source_are_said_by_that_source() -> None:
    """«كشفت نتائج دراسة حديثة…»، «وبحسب أرقام الهيئة…»: the study or the institution is the source; findings
    described by an adjective («بيانات رسمية») are the source themselves."""
    text = (
        "كشفت نتائج دراسة حديثة أن المشي يحسن المزاج. وأظهرت بيانات رسمية أن البطالة تراجعت. "
        "وبحسب أرقام الهيئة فإن عدد الزوار تضاعف."
    )
    assert names(attributed(text)) == ["دراسة حديثة", "بيانات رسمية", "الهيئة"]


def test_a_description_ends_before_or() -> None:
    """«وترى بعض الأسر في الحي أو خارجه أن…»: «أو» ends the described source."""
    text = "وترى بعض الأسر في الحي أو خارجه أن الخدمات تحسنت."
    assert names(attributed(text)) == ["بعض الأسر في الحي"]


def test_a_bare_source_noun_with_the_article_is_the_source_described_earlier_in_the_text() -> None:
    """«وقالت المصادر إن…» after «رحبت مصادر في وزارة النقل بالقرار» (no statement then): the description
    the text gave the sources, not the bare «المصادر»."""
    text = "ورحبت مصادر في وزارة النقل بالقرار الجديد. وقالت المصادر إن التنفيذ يبدأ الشهر المقبل."
    assert names(attributed(text)) == ["مصادر في وزارة النقل"]


def test_fi_before_an_occasion_tells_where_it_was_said_not_who() -> None:
    """«وقال مهندسون في مؤتمر صحفي…»، «قالت طبيبة في شهادة أمام…»: the occasion after «في» is not part
    of the description, as a document after «في» is not («في بيان»)."""
    text = (
        "وقال مهندسون في مؤتمر صحفي إن الجسر سيفتتح الشهر المقبل. "
        "وقالت طبيبة في شهادة أمام اللجنة إن المستشفى كان مكتظا."
    )
    assert names(attributed(text)) == ["مهندسون", "طبيبة"]


def test_the_lam_after_wafqan_is_the_preposition_s_not_the_source_s() -> None:
    """«وفقا لمصادر طبية»: the source is «مصادر طبية…»; a name whose ل is its own («لجنة») keeps it."""
    text = "وارتفع عدد المصابين إلى عشرين، وفقا لمصادر طبية في المدينة."
    assert names(attributed(text)) == ["مصادر طبية في المدينة"]


def test_an_adjective_after_an_indefinite_genitive_closes_the_construct() -> None:
    """«وسائل إعلام يابانية»: the adjective closes «وسائل إعلام», which is the whole source, not «وسائل»."""
    text = "وقالت وسائل إعلام يابانية إن الزلزال لم يسفر عن ضحايا."
    assert names(attributed(text)) == ["وسائل إعلام يابانية"]


def test_a_description_that_stops_inside_a_named_body_takes_it_whole() -> None:
    """«دراسة لمعهد الأبحاث والتطوير»: the conjunction ended the description inside the body's name; the
    entity the NER tagged runs on, and so does the source."""
    text = "وكشفت دراسة لمعهد الأبحاث والتطوير أن نصف الطلاب يعملون بعد الدوام."
    doc = attributed(text, (("ORG", "معهد الأبحاث والتطوير"),))
    assert names(doc) == ["دراسة لمعهد الأبحاث والتطوير"]


def test_amam_with_hamza_above_is_a_preposition_not_the_title_imam() -> None:
    """«أمام كافة عروض…» (in front of): normalized like «إمام», but no title, so no person after it."""
    doc = doc_with_entities("رفض المدرب الوقوف أمام كافة عروض الأندية الأخرى.", ())
    assert [m.name for m in Mentions(find_quotes(doc)).mentions] == []


def test_participle_after_an_institution_of_a_named_club_opening_the_sentence() -> None:
    """«أغلقت إدارة نادي X الباب…، معلنة…»: the institution with the club is the subject, the NER having
    tagged only the club's name."""
    text = (
        "أغلقت إدارة نادي الوحدة الباب أمام كافة تحركات الأندية الأخرى لضم لاعبيها، "
        "معلنة عزمها على الإبقاء على جميع نجومها."
    )
    assert names(attributed(text, (("ORG", "الوحدة"),))) == ["إدارة نادي الوحدة"]


def test_the_source_after_according_to_what_was_said_in() -> None:
    """«وفقًا لما ورد في تقارير…»: لما and «ورد في» lead to the source; ما itself is no speaker."""
    text = "وارتفعت أسعار الأعلاف هذا الشهر، وفقًا لما ورد في تقارير زراعية محلية."
    assert names(attributed(text)) == ["تقارير زراعية محلية"]
