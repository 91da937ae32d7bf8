"""Statements without أن, nested reports, role nouns and long names (ANNOTATION_GUIDE.md), on sentences
written for these tests in the style of news wires (none is taken from the news dev set)."""

from __future__ import annotations

import re

import pytest

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.tokens.doc import Doc, Entity

from .conftest import attributed, doc_with_entities


def statements(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in doc.quotes
    ]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        (  # masdar object right after the subject
            "وأكد الوزير كمال عيسى التزام حكومته بخطة الإصلاح.",
            (("PER", "كمال عيسى"),),
            [("التزام حكومته بخطة الإصلاح", "وأكد", "كمال عيسى")],
        ),
        (  # a title with «في + place», the name between commas, then the object
            "ودعا مدير الإغاثة في المنطقة الشمالية، كارل يوهانسون، الأطراف إلى احترام الهدنة.",
            (("PER", "كارل يوهانسون"),),
            [("الأطراف إلى احترام الهدنة", "ودعا", "كارل يوهانسون")],
        ),
        (  # «بالقول إن» after a verb that reports nothing itself; the subject before it is the speaker
            "غير أن الوزير سالم العمر اكتفى بالقول إن الملف ما زال مفتوحا.",
            (("PER", "سالم العمر"),),
            [("الملف ما زال مفتوحا", "بالقول", "سالم العمر")],
        ),
        (  # هدد + object + بـ; «نواب معارضون» is an unnamed source
            "وهدد نواب معارضون رئيس الوزراء بسحب الثقة من حكومته.",
            (),
            [("سحب الثقة من حكومته", "وهدد", "نواب معارضون")],
        ),
        (  # كرر (repeated) + أن
            "وكرر الوزير سالم العمر أن الحكومة لن تتراجع عن قرارها.",
            (("PER", "سالم العمر"),),
            [("الحكومة لن تتراجع عن قرارها", "وكرر", "سالم العمر")],
        ),
        (  # أعرب عن + a stance
            "وأعرب رئيس البلدية نادر سالم عن قلقه من ارتفاع الأسعار.",
            (("PER", "نادر سالم"),),
            [("قلقه من ارتفاع الأسعار", "وأعرب", "نادر سالم")],
        ),
        (  # دعا + object + إلى: the object is part of the content
            "ودعت منظمة الصحة العالمية الدول إلى تسريع حملات التطعيم.",
            (("ORG", "منظمة الصحة العالمية"),),
            [("الدول إلى تسريع حملات التطعيم", "ودعت", "منظمة الصحة العالمية")],
        ),
        (  # طالب بـ: the content starts after the fused letter
            "وطالب النائب فهد العلي بإلغاء الرسوم الجديدة.",
            (("PER", "فهد العلي"),),
            [("إلغاء الرسوم الجديدة", "وطالب", "فهد العلي")],
        ),
        (  # participle + على
            "قال المدير سامي حداد إن العمل مستمر، مشددا على أهمية السلامة في الموقع.",
            (("PER", "سامي حداد"),),
            [("العمل مستمر", "قال", "سامي حداد"), ("أهمية السلامة في الموقع", "مشددا", "سامي حداد")],
        ),
        (  # plural feminine verb and participle
            "وأكدن أن التسجيل صعب، مشيرات إلى أن المواعيد محدودة.",
            (),
            [("التسجيل صعب", "وأكدن", None), ("المواعيد محدودة", "مشيرات", None)],
        ),
        (  # وبين أن
            "وبين المتحدث باسم الشركة ماجد الراشد أن الإنتاج سيرتفع العام المقبل.",
            (("PER", "ماجد الراشد"),),
            [("الإنتاج سيرتفع العام المقبل", "وبين", "ماجد الراشد")],
        ),
    ],
)
def test_new_cue_forms(text: str, entities, expected) -> None:
    assert statements(attributed(text, entities)) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        (  # حث + addressee + على
            "وحث الوزير كمال عيسى التجار على خفض الأسعار.",
            (("PER", "كمال عيسى"),),
            [("التجار على خفض الأسعار", "وحث", "كمال عيسى")],
        ),
        (  # تعهد بـ: the content starts after the fused letter
            "وتعهد رئيس البلدية نادر سالم بإصلاح الطرق قبل الشتاء.",
            (("PER", "نادر سالم"),),
            [("إصلاح الطرق قبل الشتاء", "وتعهد", "نادر سالم")],
        ),
        (  # رجح + masdar object
            "ورجح الخبير سامي حداد ارتفاع أسعار الذهب.",
            (("PER", "سامي حداد"),),
            [("ارتفاع أسعار الذهب", "ورجح", "سامي حداد")],
        ),
    ],
)
def test_urging_pledging_and_judging_likely_report_their_object(text: str, entities, expected) -> None:
    assert statements(attributed(text, entities)) == expected


def test_a_command_is_an_institution_and_its_description_ends_before_a_statement_or_a_day() -> None:
    text = (
        "وقالت قيادة الحرس الوطني في بيان إن الدوريات انتشرت في الشوارع. "
        "وأعلنت قيادة الشرطة الاثنين أن الطريق فتح من جديد. "
        "وقالت مصادر في الشرطة إن التحقيق مستمر."
    )
    assert [speaker for _, _, speaker in statements(attributed(text))] == [
        "قيادة الحرس الوطني",
        "قيادة الشرطة",
        "مصادر في الشرطة",
    ]


def test_abbar_an_is_a_cue_and_abr_via_is_not() -> None:
    text = (
        "وعبر الوزير كمال عيسى عن قلقه من تدهور الأوضاع. "
        "وقالت الهيئة عبر حسابها الرسمي إن الحريق أخمد. "
        "ونقلت المساعدات عبر الحدود عن طريق البر."
    )
    assert statements(attributed(text, (("PER", "كمال عيسى"),))) == [
        ("قلقه من تدهور الأوضاع", "وعبر", "كمال عيسى"),
        ("الحريق أخمد", "وقالت", "الهيئة"),
    ]


def test_between_and_it_turned_out_are_not_cues() -> None:
    doc = attributed("تبين أن الاتفاق بين الجانبين لم يوقع بعد.")
    assert doc.quotes == []


def test_a_report_inside_a_report_is_two_statements() -> None:
    text = "وبحسب صحيفة الأخبار، أعربت الحكومة الجديدة في بغداد عن رغبتها في توسيع التعاون."
    doc = attributed(text, (("ORG", "الأخبار"), ("LOC", "بغداد")))
    (outer, inner) = doc.quotes
    assert outer.text.startswith("أعربت الحكومة") and outer.speaker.name == "الأخبار"
    assert inner.text == "رغبتها في توسيع التعاون"
    assert inner.speaker.name == "الحكومة الجديدة في بغداد" and inner.speaker.latin is None
    assert outer.start <= inner.start and inner.end <= outer.end


def test_a_short_back_reference_to_an_institution_is_that_institution() -> None:
    text = (
        "أعلنت وزارة النقل أن الطريق سيفتح الأسبوع المقبل. وأضافت الوزارة أن أعمال الصيانة تسير وفق الجدول."
    )
    doc = attributed(text, (("ORG", "وزارة النقل"),))
    assert [q.speaker.name for q in doc.quotes] == ["وزارة النقل", "وزارة النقل"]


def test_a_role_noun_is_the_person_who_holds_the_role() -> None:
    text = "قاد المدرب خالد منصور فريقه إلى الفوز أمس. وقال المدرب إن اللاعبين قدموا مباراة كبيرة."
    doc = attributed(text, (("PER", "خالد منصور"),))
    (quote,) = doc.quotes
    assert quote.speaker.name == "خالد منصور"
    assert quote.speaker.text == "المدرب"  # the mention the cue attaches to
    assert quote.speaker.latin is not None and "Madrp" not in quote.speaker.latin


def test_by_saying_is_not_a_name() -> None:
    doc = attributed("ورد الوزير سالم العمر بقوله إن الباب مفتوح للحوار.", (("PER", "سالم العمر"),))
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["سالم العمر"]


def test_a_kunya_is_one_name() -> None:
    doc = attributed("وقال أبو عمار الحسيني إن الهدنة صامدة.", (("PER", "أبو عمار الحسيني"),))
    (quote,) = doc.quotes
    assert quote.speaker.name == "أبو عمار الحسيني"
    assert quote.speaker.latin.startswith("Abu ")


def test_a_long_nasab_is_one_name_and_swallows_nothing_after_it() -> None:
    text = "وقال الأمير فهد بن سلطان بن عبدالعزيز المولى أمس إن المشروع سيكتمل قريبا."
    doc = attributed(text)
    (quote,) = doc.quotes
    assert quote.speaker.name.startswith("فهد بن سلطان")
    assert "أمس" not in quote.speaker.name and "المشروع" not in quote.speaker.name


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (  # an organisation's head noun inside the title phrase is no name
            "قال لاعب نادي الوحدة سامر خليل إن الفريق جاهز للموسم.",
            (("PER", "سامر خليل"),),
            "سامر خليل",
        ),
        (  # a genitive with لل inside the title phrase
            "وقال المتحدث الرسمي للهيئة الدكتور فهد العمري: «الخدمة ستعود غدا».",
            (("PER", "فهد العمري"),),
            "فهد العمري",
        ),
        (  # a place inside the title phrase, then the name apposed between commas
            "وقال مدير الصحة في جازان، حسن العتيبي، إن الحالات تراجعت.",
            (("LOC", "جازان"), ("PER", "حسن العتيبي")),
            "حسن العتيبي",
        ),
        (  # an institution with its adjective; the preposition after it belongs to the verb
            "وحذرت السفارة البريطانية من أن الطرق مغلقة بسبب الثلوج.",
            (),
            "السفارة البريطانية",
        ),
        (  # «فيه» (in it) is never the subject: the organisation that issued the statement is
            "أصدرت هيئة الطيران المدني بيانا، أكدت فيه أن الرحلات مستمرة.",
            (("ORG", "هيئة الطيران المدني"),),
            "هيئة الطيران المدني",
        ),
        (  # an institution attached to another: the description ends before «التابعة»
            "وقالت هيئة الإغاثة التابعة لوزارة الداخلية إن المساعدات وصلت.",
            (),
            "هيئة الإغاثة",
        ),
        (  # an institution before the verb is the subject of the participle after it
            "وكانت الشرطة المحلية أغلقت الطريق، مشيرة إلى أن الأعمال ستستمر أسبوعا.",
            (),
            "الشرطة المحلية",
        ),
    ],
)
def test_the_subject_behind_titles_places_and_institutions(
    text: str, entities: tuple[tuple[str, str], ...], speaker: str
) -> None:
    doc = attributed(text, entities)
    assert [q.speaker.name if q.speaker else None for q in doc.quotes] == [speaker]


def test_a_name_after_a_title_stops_before_the_verbs_object() -> None:
    doc = doc_with_entities("ودعا الدكتور نزار قبلان المجتمع الدولي إلى التحرك.")
    names = Mentions(doc)
    k = names.skip_title(1)
    first, last = names.name_words(k)
    assert [t.text for t in doc.tokens[first:last]] == ["نزار", "قبلان"]


def test_a_subject_before_the_verb_after_an_auxiliary() -> None:
    """«وكان X قد طالب Y بـ…»: X is the subject, and the organisation after the verb is its object."""
    text = "وكانت وزارة الصحة قد طالبت شركة نماء بنشر البيانات كاملة."
    doc = attributed(text, (("ORG", "وزارة الصحة"), ("ORG", "شركة نماء")))
    assert statements(doc) == [("شركة نماء بنشر البيانات كاملة", "طالبت", "وزارة الصحة")]
    assert doc.quotes[0].speaker.text == "وزارة الصحة"


def test_a_report_inside_reported_speech_keeps_its_own_subject() -> None:
    """«قال X إن Y أعلن أن…»: Y's statement is reported inside X's, and Y (before the verb) is its speaker."""
    text = "وقال الوزير سالم العمر إن الرئيس كمال عيسى أعلن أن الانتخابات ستجرى في موعدها."
    doc = attributed(text, (("PER", "سالم العمر"), ("PER", "كمال عيسى")))
    assert statements(doc) == [
        ("الرئيس كمال عيسى أعلن أن الانتخابات ستجرى في موعدها", "وقال", "سالم العمر"),
        ("الانتخابات ستجرى في موعدها", "أعلن", "كمال عيسى"),
    ]


def test_a_nationality_before_the_name_is_part_of_the_subject() -> None:
    doc = attributed("وأبدى الكندي جون سميث رغبته في الترشح للرئاسة.", (("PER", "جون سميث"),))
    assert statements(doc) == [("رغبته في الترشح للرئاسة", "وأبدى", "جون سميث")]


@pytest.mark.parametrize("entities", [(("LOC", "جازان"), ("PER", "سامي حداد")), (("LOC", "جازان"),)])
def test_a_genitive_and_a_place_inside_the_title_are_not_the_name(
    entities: tuple[tuple[str, str], ...],
) -> None:
    doc = attributed("وقال مدير تعليم جازان سامي حداد إن الدراسة تبدأ الأحد.", entities)
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد"]


def test_the_words_after_an_honorific_are_a_name_the_ner_missed() -> None:
    """«الدكتور فلان فلان»: no common given name, no entity, still the subject; its surname later too."""
    text = (
        "ودعا رئيس لجنة الحوار الوطني الدكتور غسان طربيه الأطراف إلى ضبط النفس. "
        "وأكد طربيه أن الحوار سيستأنف قريبا."
    )
    doc = attributed(text)
    assert statements(doc) == [
        ("الأطراف إلى ضبط النفس", "ودعا", "غسان طربيه"),
        ("الحوار سيستأنف قريبا", "وأكد", "غسان طربيه"),
    ]


def test_a_relay_is_two_statements_the_relaying_one_to_the_end_of_the_sentence() -> None:
    """«نقلت الصحيفة عن فلان قوله إن…»: the paper's statement (the whole report) and the relayed one."""
    text = "ونقلت صحيفة الوطن عن الوزير سالم العمر قوله إن المفاوضات مستمرة، مؤكدا أن الاتفاق قريب."
    doc = attributed(text, (("ORG", "الوطن"), ("PER", "سالم العمر")))
    assert statements(doc) == [
        ("المفاوضات مستمرة، مؤكدا أن الاتفاق قريب", "ونقلت", "الوطن"),
        ("المفاوضات مستمرة", "قوله", "سالم العمر"),
        ("الاتفاق قريب", "مؤكدا", "سالم العمر"),
    ]


def test_a_relay_without_his_saying_has_its_cue_at_from() -> None:
    doc = attributed("ونقلت صحيفة الوطن عن الوزير سالم العمر أن المفاوضات مستمرة.", (("ORG", "الوطن"),))
    assert statements(doc) == [
        ("المفاوضات مستمرة", "ونقلت", "الوطن"),
        ("المفاوضات مستمرة", "عن", "سالم العمر"),
    ]


def test_a_news_agency_keeps_its_head_and_a_report_is_its_authors() -> None:
    text = (
        "ونقلت وكالة أنباء الجزيرة عن مصدر أمني قوله إن الحدود مغلقة. "
        "وقالت منظمة العفو الدولية في تقرير إن السجون مكتظة. ونقل التقرير عن سجين سابق قوله إن الطعام شحيح."
    )
    doc = attributed(text, (("ORG", "منظمة العفو الدولية"),))
    assert [q.speaker.name for q in doc.quotes] == [
        "وكالة أنباء الجزيرة",
        "مصدر أمني",
        "منظمة العفو الدولية",
        "منظمة العفو الدولية",
        "سجين سابق",
    ]


def test_a_title_and_organisation_whose_holder_is_named_later() -> None:
    """«قال رئيس اتحاد X إن…» and later «فلان رئيس اتحاد X»: the holder, not the organisation."""
    text = (
        "قال رئيس اتحاد الشطرنج إن البطولة ستقام في موعدها. "
        "وأضاف ماجد العتيبي رئيس اتحاد الشطرنج أن التسجيل مفتوح."
    )
    doc = tokenize_doc(Doc("t", text))
    surfaces = (("ORG", "اتحاد الشطرنج"), ("PER", "ماجد العتيبي"))
    for label, surface in surfaces:
        for n, found in enumerate(re.finditer(surface, text)):
            doc.entities.append(Entity(found.start(), found.end(), surface, f"e{label}{n}", label))
    doc.entities.sort(key=lambda e: e.start)
    doc = attribute_speakers(find_quotes(doc))
    assert [q.speaker.name for q in doc.quotes] == ["ماجد العتيبي", "ماجد العتيبي"]
    assert doc.quotes[0].speaker.text == "رئيس اتحاد الشطرنج"


def test_a_verb_after_a_statement_of_someone_and_a_relative_pronoun_is_theirs() -> None:
    """«بتصريحات فلان التي أكد فيها…»: the statement's owner, not the current speaker."""
    text = (
        "وقال الوزير سالم العمر إن الخطة جاهزة. وقال رئيس الوزراء كمال عيسى إن الميزانية ستقر. "
        "ورحبت الأحزاب بتصريحات العمر التي أكد فيها أن الانتخابات ستجرى في موعدها."
    )
    doc = attributed(text, (("PER", "سالم العمر"), ("PER", "كمال عيسى")))
    assert [q.speaker.name for q in doc.quotes] == ["سالم العمر", "كمال عيسى", "سالم العمر"]


def test_a_name_after_a_title_ends_before_an_organisation() -> None:
    doc = doc_with_entities("وساند الزعيم الروحي علي عباس جبهة المعارضة في الانتخابات.")
    names = Mentions(doc)
    assert [m.name for m in names.mentions] == ["علي عباس"]


def test_a_subject_in_marks_before_a_colon_is_no_quote() -> None:
    """«وتابع "فلان": "…"»: the name in marks is the subject; the quote is the one after the colon."""
    text = 'قال المتحدث "ماجد الراشد": "العمل مستمر". وتابع "الراشد": "سنعلن النتائج قريبا".'
    doc = attributed(text, (("PER", "ماجد الراشد"),))
    assert [(q.text, q.kind, q.speaker.name) for q in doc.quotes] == [
        ("العمل مستمر", "direct", "ماجد الراشد"),
        ("سنعلن النتائج قريبا", "direct", "ماجد الراشد"),
    ]


def test_a_report_inside_a_direct_quote_is_its_own_statement() -> None:
    """«قال فلان: "إن البلدية تؤكد أن…"»: the institution whose subject opens the quote reports inside it."""
    text = 'افتتحت بلدية الشمال جسرا جديدا. وقال المتحدث ماجد الراشد: "إن البلدية تؤكد أن الطرق ستفتح غدا".'
    doc = attributed(text, (("ORG", "بلدية الشمال"), ("PER", "ماجد الراشد")))
    assert [(q.text, q.cue.text, q.speaker.name) for q in doc.quotes] == [
        ("إن البلدية تؤكد أن الطرق ستفتح غدا", "وقال", "ماجد الراشد"),
        ("الطرق ستفتح غدا", "تؤكد", "بلدية الشمال"),
    ]


def test_a_dateline_with_dashes_is_no_headline_statement() -> None:
    """«فلان- المدينة: …» names the reporter and the place; «فلان: …» alone is a headline statement."""
    dateline = attributed(
        "ماجد الراشد- الرياض: افتتح الأمير المعرض الدولي للكتاب أمس.", (("PER", "ماجد الراشد"),)
    )
    headline = attributed("ماجد الراشد: الرياض ستستضيف المعرض الدولي للكتاب", (("PER", "ماجد الراشد"),))
    assert dateline.quotes == []
    assert [q.speaker.name for q in headline.quotes] == ["ماجد الراشد"]


def test_a_name_with_the_article_that_the_title_phrase_took_in() -> None:
    """«رئيس الهيئة الوطنية المنصف الزواري»: after the nationality adjective, two ال words are the name."""
    text = (
        "وكان رئيس الهيئة الوطنية المنصف الزواري قد أكد أن الانتخابات ستجرى في موعدها، "
        "مشيرا إلى أن التسجيل مفتوح."
    )
    doc = attributed(text)
    assert [q.speaker.name for q in doc.quotes] == ["المنصف الزواري", "المنصف الزواري"]


def test_a_foreign_outlet_name_and_the_verb_coordinated_with_its_verb() -> None:
    """«وتطرقت مجلة ذا ناشونال ريفيو إلى… وطالبت…»: the outlet's name of several words is the subject of
    both verbs; «وتابعت» then continues with it."""
    text = (
        "وتطرقت مجلة ذا ناشونال ريفيو إلى «موسم الهجرة» وطالبت الناخبين بالمشاركة في الاقتراع، "
        "وتابعت: «الصمت لم يعد ممكنا»."
    )
    doc = attributed(text)
    assert statements(doc) == [
        ("الناخبين بالمشاركة في الاقتراع", "وطالبت", "ذا ناشونال ريفيو"),
        ("الصمت لم يعد ممكنا", "وتابعت", "ذا ناشونال ريفيو"),
    ]


def test_a_feminine_participle_after_a_feminine_adjective_is_an_adjective() -> None:
    """«رقابة صحية مشددة أدت إلى…» describes the control; «، مشددة على أن…» after a clause reports."""
    adjective = attributed("وتجري الانتخابات وسط رقابة دولية مشددة أدت إلى تأخير الفرز.")
    participle = attributed("وقالت الهيئة إن الفرز انتهى، مشددة على أن النتائج نهائية.")
    assert adjective.quotes == []
    assert [q.cue.text for q in participle.quotes] == ["وقالت", "مشددة"]


def test_a_naming_verb_with_the_thing_described_before_the_term() -> None:
    """«وصفه بمشروع "ناجح"»: the term is what the subject before the verb called it; «وصفه بيان الوزارة»
    names its subject instead."""
    text = "وزار الوزير سالم العمر الميناء الذي وصفه بمشروع «ناجح بكل المقاييس»."
    doc = attributed(text, (("PER", "سالم العمر"),))
    assert statements(doc) == [("ناجح بكل المقاييس", "وصفه", "سالم العمر")]


def test_a_report_inside_a_report_whose_subject_is_an_organisation_named_without_its_classifier() -> None:
    """«جمعية النهضة» named before, then «ذكرت المصادر أن النهضة أعلنت دعمها…»: two statements."""
    text = "عقدت جمعية النهضة اجتماعها أمس. وذكرت بعض المصادر أن النهضة أعلنت دعمها للمرشح الجديد."
    doc = attributed(text, (("ORG", "جمعية النهضة"),))
    assert statements(doc) == [
        ("النهضة أعلنت دعمها للمرشح الجديد", "وذكرت", "بعض المصادر"),
        ("دعمها للمرشح الجديد", "أعلنت", "النهضة"),
    ]


def test_a_lone_tatweel_used_as_a_dash_is_read_past() -> None:
    """«ـ» alone between spaces is a dash in much Saudi news; its normalized form is empty, which once made
    the speaker scan index an empty string and lose the whole document."""
    doc = attributed(
        "وأضاف المصدر ـ الذي طلب عدم ذكر اسمه ـ أن الوفد سيصل غدًا. وقال سامي الفلاني ـ وهو خبير ـ إن "
        "الخطة جاهزة.",
        (("PER", "سامي الفلاني"),),
    )
    found = statements(doc)
    # «عدم ذكر اسمه» ("not mentioning his name") is no cue of its own: the statement is «وأضاف»'s
    assert any(text.startswith("الوفد") and cue == "وأضاف" for text, cue, _ in found)
    assert any(text.startswith("الخطة") and speaker == "سامي الفلاني" for text, _, speaker in found)
