"""Speaker attribution (pipeline.speakers): clustering, explicit subjects, anaphora, pro-drop, names."""

from __future__ import annotations

from pathlib import Path

from nlp_pipeline.lang.ar.wordforms import strip_name_proclitic as strip_clitic
from nlp_pipeline.pipeline.quotes.contents import list_quote_entities
from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.scoring.quotes import rules_process, with_entities
from nlp_pipeline.tokens.doc import Doc, Entity

from .conftest import attributed, doc_with_entities, names

ROOT = Path(__file__).resolve().parent.parent
SEED_004 = "004_1d7c129ce0994c4a"
SEED_ENTITIES = ROOT / "benchmarks" / "quotes" / "seed_entities.jsonl"


def seed(doc_id: str) -> Doc:
    """A seed article through the quotation stages, with entities as the NER would tag them."""
    text = (ROOT / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
    return rules_process(with_entities(SEED_ENTITIES))(Doc(doc_id, text))


def speakers(doc: Doc) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.latin) if q.speaker else (None, None) for q in doc.quotes]


# ----------------------------------------------------------------------------------------- seeds


def test_mentions_of_one_person_share_a_cluster() -> None:
    doc = seed(SEED_004)
    cluster = {e.text: e.cluster for e in doc.entities}
    assert cluster["سيرغي لافروف"] == cluster["ولافروف"]
    assert cluster["أسعد الشيباني"] == cluster["الشيباني"]
    assert cluster["فايز الأسمر"] == cluster["الأسمر"]
    assert cluster["الأسمر"] != cluster["لبشار الأسد"]
    assert cluster["سيرغي لافروف"] != cluster["أسعد الشيباني"]
    assert all(e.cluster and e.cluster.startswith("c") for e in doc.entities)


def test_latter_resolves_to_the_last_person_named() -> None:
    doc = seed(SEED_004)
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "صرّح")
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.speaker.latin) == (
        "الأخير",
        "أسعد الشيباني",
        "Asaad al-Shaibani",
    )
    antecedent = next(e for e in doc.entities if e.id == q.speaker.entity)
    assert antecedent.text == "أسعد الشيباني" and antecedent.end < q.speaker.start
    assert q.speaker.cluster == antecedent.cluster


def test_verb_without_subject_continues_the_current_speaker() -> None:
    doc = seed(SEED_004)
    added = [q for q in doc.quotes if q.cue and q.cue.text in ("وأضاف", "وقال")][:2]
    for q in added:
        assert q.speaker is not None and q.speaker.name == "أسعد الشيباني"
        assert q.speaker.start is None and q.speaker.text is None
    record = doc.to_dict()["quotes"][doc.quotes.index(added[0])]
    assert "start" not in record["speaker"] and record["speaker"]["latin"] == "Asaad al-Shaibani"


def test_addressee_is_not_the_speaker() -> None:
    doc = seed(SEED_004)
    q = next(q for q in doc.quotes if q.cue and q.cue.text == "قال")
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.latin) == ("فايز الأسمر", "Fayez al-Asmar")


def test_fullest_name_is_the_canonical_name() -> None:
    doc = seed("000_a760655660ed4d95")
    shaibani = [q.speaker for q in doc.quotes if q.speaker and "الشيباني" in q.speaker.name]
    assert {s.name for s in shaibani} == {"أسعد حسن الشيباني"}
    assert {s.latin for s in shaibani} == {"Asaad Hassan al-Shaibani"}


def test_seed_names_without_any_entity() -> None:
    """The NER may miss names: titles and the words after a cue still give the speakers."""
    text = (ROOT / "seeds" / f"{SEED_004}.txt").read_text(encoding="utf-8")
    doc = rules_process()(Doc(SEED_004, text))
    names = {s for s, _ in speakers(doc)}
    assert {"أسعد الشيباني", "فايز الأسمر", "كوميرسانت"} <= names
    assert "بي بي سي عربي" not in " ".join(n or "" for n in names)


# -------------------------------------------------------------------------------- other wordings


def test_title_anaphor_picks_the_person_with_matching_title() -> None:
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو. "
        "وقال الوزير الروسي إن بلاده تدعم وحدة سوريا. "
        "من جهته، أكد الوزير السوري أن دمشق منفتحة على التعاون."
    )
    doc = attributed(text, (("PER", "سيرغي لافروف"), ("PER", "أسعد الشيباني"), ("LOC", "موسكو")))
    assert speakers(doc) == [("سيرغي لافروف", "Sergei Lavrov"), ("أسعد الشيباني", "Asaad al-Shaibani")]
    assert [q.speaker.text for q in doc.quotes] == ["الوزير الروسي", "الوزير السوري"]


def test_feminine_verb_agrees_with_a_woman() -> None:
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون رئيسة المفوضية الأوروبية أورسولا فون دير لاين في باريس. "
        "وأكد ماكرون أن أوروبا يجب أن تبقى موحدة. وقالت إن المفوضية ستقدم خطة جديدة الشهر المقبل."
    )
    doc = attributed(text, (("PER", "إيمانويل ماكرون"), ("PER", "أورسولا فون دير لاين"), ("LOC", "باريس")))
    assert [s for s, _ in speakers(doc)] == ["إيمانويل ماكرون", "أورسولا فون دير لاين"]
    assert doc.quotes[0].speaker.text == "ماكرون"


def test_expert_anaphor_and_new_name_without_entity() -> None:
    text = "وأوضح الخبير الاقتصادي سمير عيطة أن التضخم سيستمر. وتوقع الخبير أن ترتفع الأسعار خلال الصيف."
    doc = attributed(text)
    assert [s for s, _ in speakers(doc)] == ["سمير عيطة", "سمير عيطة"]
    assert doc.quotes[1].speaker.text == "الخبير"


def test_unnamed_sources_keep_their_description() -> None:
    doc = attributed("وبحسب مصادر دبلوماسية روسية، فإن الزيارة ستتم الشهر المقبل.")
    assert speakers(doc) == [("مصادر دبلوماسية روسية", None)]
    doc = attributed("وقال مسؤول في وزارة الدفاع، طلب عدم الكشف عن اسمه، إن القوات انسحبت.")
    assert speakers(doc) == [("مسؤول في وزارة الدفاع", None)]


def test_relayed_statement_belongs_to_the_original_source() -> None:
    """The relayed statement is the official's; the agency's own (the whole report) comes first."""
    doc = attributed("ونقلت وكالة رويترز عن مسؤول أوروبي قوله إن العقوبات ستبقى.", (("ORG", "رويترز"),))
    assert [(q.cue.text, q.speaker.name) for q in doc.quotes] == [
        ("ونقلت", "وكالة رويترز"),
        ("قوله", "مسؤول أوروبي"),
    ]


def test_headline_speaker_is_the_name_before_the_colon() -> None:
    doc = attributed("لافروف: روسيا مستعدة للحوار مع واشنطن دون شروط", (("PER", "لافروف"),))
    assert speakers(doc) == [("لافروف", "Lavrov")]
    assert doc.quotes[0].cue is None


def test_subject_before_the_verb() -> None:
    doc = attributed(
        "الرئيس التركي رجب طيب أردوغان قال إن بلاده لن تسمح بذلك.", (("PER", "رجب طيب أردوغان"),)
    )
    assert speakers(doc) == [("رجب طيب أردوغان", "Recep Tayyip Erdogan")]


def test_title_and_name_without_entities_and_addressee_with_outlet() -> None:
    doc = attributed("قال وزير الخارجية السعودي فيصل بن فرحان لقناة العربية إن المملكة تدعم الحل السياسي.")
    assert speakers(doc) == [("فيصل بن فرحان", "Faisal bin Farhan")]


def test_organisation_speaker_and_statement_noun() -> None:
    doc = attributed(
        "وصف بيان الكرملين المحادثات بأنها كانت “بناءة”. "
        "وقالت وزارة الخارجية الروسية إن الجولة المقبلة قريبة.",
        (("ORG", "الكرملين"), ("ORG", "وزارة الخارجية الروسية")),
    )
    assert speakers(doc) == [("الكرملين", "Kremlin"), ("وزارة الخارجية الروسية", "Russian Foreign Ministry")]
    assert doc.quotes[0].speaker.entity == "e0"


def test_clitics_are_stripped_only_when_the_rest_is_a_word_of_the_document() -> None:
    vocab = {"لافروف", "بي", "موسكو"}
    assert strip_clitic("ولافروف", vocab) == "لافروف"
    assert strip_clitic("لبي بي سي عربي", vocab) == "بي بي سي عربي"
    assert strip_clitic("والشيباني", vocab) == "الشيباني"
    assert strip_clitic("للرئيس", vocab) == "الرئيس"
    assert strip_clitic("لافروف", vocab) == "لافروف"
    assert strip_clitic("بوتين", vocab) == "بوتين"
    assert strip_clitic("فايز", vocab) == "فايز"


def test_each_quote_lists_the_entities_inside_its_content() -> None:
    text = "وقال وزير الخارجية سيرغي لافروف إن موسكو مستعدة للحوار مع دمشق. وزار لافروف القاهرة."
    doc = list_quote_entities(
        attributed(text, (("PER", "سيرغي لافروف"), ("LOC", "موسكو"), ("LOC", "دمشق"), ("LOC", "القاهرة")))
    )
    [quote] = doc.quotes
    inside = [e.text for e in doc.entities if e.id in quote.entities]
    assert inside == ["موسكو", "دمشق"]  # not the speaker before the cue, not القاهرة after the quote
    assert quote.speaker is not None and quote.speaker.name == "سيرغي لافروف"


def test_a_participle_has_no_subject_of_its_own() -> None:
    """«داعيًا الحكومةَ إلى…»: the noun after a participle is its object, and the speaker is the subject of
    the clause the participle follows."""
    text = "وطالب النائب فهد العلي بزيادة الرواتب، داعيا الحكومة إلى الإسراع في التنفيذ."
    doc = attributed(text, (("PER", "فهد العلي"),))
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [
        ("زيادة الرواتب", "فهد العلي"),
        ("الحكومة إلى الإسراع في التنفيذ", "فهد العلي"),
    ]


def test_a_verb_of_another_gender_does_not_continue_an_unnamed_source() -> None:
    """«ألمحت مصادر…» then «وقال…»: the masculine verb is not the sources speaking again."""
    text = (
        "وألمحت مصادر مطلعة إلى أن الصفقة قريبة. لكن المدير خالد منصور رفض التعليق. "
        "وقال: «الأمر لم يحسم بعد»."
    )
    doc = attributed(text, (("PER", "خالد منصور"),))
    assert [q.speaker.name for q in doc.quotes] == ["مصادر مطلعة", "خالد منصور"]


def test_unnamed_sources_with_a_quantifier_a_conjunction_or_a_closeness_adjective() -> None:
    text = (
        "وذكرت بعض التقارير أن الصفقة ألغيت. وقال سكان وشهود إن الانفجار وقع فجرا. "
        "وألمحت مصادر قريبة من الحكومة إلى أن التعديل قريب."
    )
    assert [q.speaker.name for q in attributed(text).quotes] == [
        "بعض التقارير",
        "سكان وشهود",
        "مصادر قريبة من الحكومة",
    ]


def test_unnamed_sources_inside_or_among_a_group_keep_the_group() -> None:
    text = "وأكدت مصادر أمنية داخل الحكومة المحلية أن الطريق أغلق. وقالت مصادر وسط المعارضة إن الحوار توقف."
    assert [q.speaker.name for q in attributed(text).quotes] == [
        "مصادر أمنية داخل الحكومة المحلية",
        "مصادر وسط المعارضة",
    ]


def test_an_outlet_named_in_marks_is_the_speaker_without_the_marks() -> None:
    text = 'وقالت مجلة "فيستا" في عددها الأخير إن الأسعار سترتفع.'
    assert [q.speaker.name for q in attributed(text).quotes] == ["فيستا"]


def test_a_title_of_address_with_a_pronoun_is_the_person_that_sentence_was_about() -> None:
    """«سموه» after «هنأ سمو الأمير فلان سمو الأمير علان»: فلان, not the last prince named."""
    text = (
        "هنأ صاحب السمو الأمير خالد بن سعد صاحب السمو الأمير فهد بن علي بالإنجاز. "
        "ووصف سموه الإنجاز بأنه مصدر فخر، وقال إن الأمن نعمة."
    )
    doc = attributed(text, (("PER", "خالد بن سعد"), ("PER", "فهد بن علي")))
    assert [(q.speaker.name, q.speaker.text) for q in doc.quotes] == [
        ("خالد بن سعد", "سموه"),
        ("خالد بن سعد", None),
    ]


def test_sources_after_a_verb_after_ma_or_named_in_marks() -> None:
    text = (
        "تستعد الشركة لافتتاح فرع جديد الشهر المقبل، حسبما أفادت تقارير اليوم. "
        "وكانت القوات رصدت تحركات مريبة قرب الحدود، وفقًا لـ”العربية”، قبل أن تتصدى لها."
    )
    assert [q.speaker.name for q in attributed(text).quotes] == ["تقارير", "العربية"]


def test_a_person_in_the_sentences_opening_topic_is_not_the_implied_speaker() -> None:
    text = (
        "وقال المدرب خالد منصور إن الفريق جاهز للمباراة. "
        "وعن إصابة زميله سامي حداد قال: «سنفتقده كثيرا في الخط الأمامي»."
    )
    doc = attributed(text, (("PER", "خالد منصور"), ("PER", "سامي حداد")))
    assert [q.speaker.name for q in doc.quotes] == ["خالد منصور", "خالد منصور"]


def _with_spans(text: str, spans: list[tuple[str, str, int]]) -> Doc:
    """Entities (label, surface, occurrence) where the same surface recurs inside a longer name."""
    doc = doc_with_entities(text)
    for n, (label, surface, occurrence) in enumerate(spans):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        doc.entities.append(Entity(start, start + len(surface), surface, f"e{n}", label))
    return attribute_speakers(find_quotes(doc))


def test_an_organisation_is_named_without_its_classifier_when_the_text_also_does() -> None:
    text = "قالت منظمة نور الحياة إن المساعدات وصلت. وأضافت نور الحياة أن القوافل مستمرة."
    doc = _with_spans(text, [("ORG", "منظمة نور الحياة", 0), ("ORG", "نور الحياة", 1)])
    assert [q.speaker.name for q in doc.quotes] == ["نور الحياة", "نور الحياة"]
    assert doc.quotes[0].speaker.cluster == doc.quotes[1].speaker.cluster


def test_a_persons_entity_loses_the_addressee_the_tagger_glued_to_it() -> None:
    text = "وقال الباحث سامي حداد إن الوضع صعب. وقال حداد لرويترز إن التقرير دقيق."
    doc = _with_spans(text, [("PER", "سامي حداد", 0), ("PER", "حداد لرويترز", 0)])
    assert [q.speaker.name for q in doc.quotes] == ["سامي حداد", "سامي حداد"]


def test_a_persons_entity_loses_an_agency_spoken_to_even_named_once() -> None:
    # «لفرانس برس» is never a word of a name: the name need not be repeated elsewhere to cut it.
    text = "وقال مدير الميناء كريم نصار لفرانس برس إن السفن عادت إلى العمل."
    doc = _with_spans(text, [("PER", "كريم نصار لفرانس برس", 0)])
    assert [q.speaker.name for q in doc.quotes] == ["كريم نصار"]


def test_a_definite_source_head_with_a_place_then_a_name_is_that_person() -> None:
    text = "وأكد المسؤول في البلدة سامر خليل حداد الحصيلة. وقال المسؤول في وزارة النقل إن الطريق مغلق."
    doc = _with_spans(text, [("PER", "سامر خليل حداد", 0)])
    assert [q.speaker.name for q in doc.quotes] == ["سامر خليل حداد", "المسؤول في وزارة النقل"]


def test_a_name_starting_with_fa_and_the_article_letters_keeps_its_fa() -> None:
    # «فالح» is no «ف» + «الح»; «فالحربي» is «ف» + «الحربي».
    assert strip_clitic("فالح سعدون", set()) == "فالح سعدون"
    assert strip_clitic("فالحربي", set()) == "الحربي"
    text = "وقال المتحدث باسم الشرطة فالح سعدون إن الطريق مغلق."
    doc = _with_spans(text, [("PER", "فالح سعدون", 0)])
    assert [q.speaker.name for q in doc.quotes] == ["فالح سعدون"]


def test_a_relayed_quote_in_marks_after_his_saying() -> None:
    text = (
        "ونقلت الصحيفة عن الوزير سامي حداد وهو عضو في الحكومة قوله “الخطة جاهزة للتنفيذ”. وأضاف “سنبدأ غدا”."
    )
    doc = attributed(text, (("PER", "سامي حداد"),))
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [
        ("الخطة جاهزة للتنفيذ", "الصحيفة"),
        ("الخطة جاهزة للتنفيذ", "سامي حداد"),
        ("سنبدأ غدا", "سامي حداد"),
    ]


def test_the_name_ali_after_a_title_is_not_the_preposition_ala() -> None:
    """«علي» and «على» normalize alike; the spelling tells the name from the preposition."""
    assert [q.speaker.name for q in attributed("وقال الوزير علي حسن إن المشروع اكتمل.").quotes] == ["علي حسن"]
    doc = attributed("ووافق الوزير على المشروع الجديد. وقال الوزير إن العمل سيبدأ.")
    assert all("المشروع" not in (q.speaker.name if q.speaker else "") for q in doc.quotes)


def test_every_quote_gets_the_name_as_it_ends_at_the_surname_used_alone() -> None:
    """A name found after a title runs on into the next words («علي حسن جبهة النواب»); the surname the text
    later uses alone ends it, and every quote of the person, earlier ones too, gets the final name."""
    text = "وقال المرشد علي حسن جبهة النواب إن الاتفاق جيد. وأضاف حسن أن الشعب موحد."
    assert [q.speaker.name for q in attributed(text).quotes] == ["علي حسن", "علي حسن"]


def test_a_role_phrase_then_the_person_who_holds_it() -> None:
    """The name at the end of the role phrase is the speaker, not the role, its organisation or its place."""
    doc = attributed(
        "وأوضح الناطق باسم فرع جمعية الإسعاف بمحافظة الخبر ماجد الدوسري أن الفرق باشرت البلاغ.",
        (("ORG", "جمعية الإسعاف"), ("LOC", "بمحافظة الخبر"), ("PER", "ماجد الدوسري")),
    )
    assert [name for name, _ in speakers(doc)] == ["ماجد الدوسري"]
    doc = attributed("وأشار المعلم خليل النمر إلى أن المدارس تفتح غدا.", (("PER", "خليل النمر"),))
    assert [name for name, _ in speakers(doc)] == ["خليل النمر"]


def test_a_person_after_the_role_phrase_has_ended_is_not_its_holder() -> None:
    """After a preposition the role phrase is over («… مع نظيره فلان»); after an indefinite subject the person
    is the object («حذر خبراء اقتصاديون الوزير فلان من أن…»)."""
    doc = attributed(
        "وقال الوزير في لقاء مع نظيره سامر الحلبي إن المحادثات مثمرة.", (("PER", "سامر الحلبي"),)
    )
    assert speakers(doc) == [("الوزير", None)]
    doc = attributed(
        "وحذر خبراء اقتصاديون الوزير سامر الحلبي من أن الأسعار سترتفع.", (("PER", "سامر الحلبي"),)
    )
    assert speakers(doc) == [("خبراء اقتصاديون", None)]


def test_a_title_the_tagger_took_for_a_name_still_leads_to_the_holder() -> None:
    """«أمين» is a given name and a title («أمين منطقة …»): before the holder's name it is the title."""
    doc = attributed(
        "وذكر أمين منطقة تبوك رئيس اللجنة المحلية فهد العنزي أن التسجيل يبدأ غدا.",
        (("PER", "أمين"), ("LOC", "تبوك"), ("PER", "فهد العنزي")),
    )
    assert [name for name, _ in speakers(doc)] == ["فهد العنزي"]


def test_studies_researchers_and_described_reports_are_descriptions_without_latin() -> None:
    """«دراسة حديثة»، «الباحثون»، «تقرير اقتصادي» describe a source: no Latin name is made up for them."""
    for text, speaker in [
        ("وكشفت دراسة حديثة أن النوم المبكر يحسن الذاكرة.", "دراسة حديثة"),
        ("وقال الباحثون إن النتائج مشجعة.", "الباحثون"),
        ("وذكر تقرير اقتصادي أن الأسعار ارتفعت.", "تقرير اقتصادي"),
    ]:
        assert speakers(attributed(text)) == [(speaker, None)]


def test_an_object_after_an_cannot_be_the_subject() -> None:
    """«وأعرب عن أمله في…»: عن opens what was said; the speaker is the one named before, not «أمله»."""
    text = (
        "وقال المدرب سامي العتيبي إن الفريق جاهز للمباراة. وأعرب عن تفاؤله بأن اللاعبين سيقدمون مستوى جيدا."
    )
    assert names(attributed(text, (("PER", "سامي العتيبي"),))) == ["سامي العتيبي"] * 2


def test_a_name_the_tagger_cut_short_after_the_cue_is_completed() -> None:
    """«وقال ماجد الدوسري الناطق…» with only «ماجد» tagged: the speaker is «ماجد الدوسري»; a surname
    whose fuller name the text gives («شاكر» of «خالد شاكر») takes no word after it."""
    text = (
        "وقال ماجد الدوسري الناطق باسم الهيئة إن الطريق سيفتح غدا. "
        "وكان خالد شاكر قد زار الموقع. وأكد شاكر تعقيبا على ذلك أن العمل مستمر."
    )
    doc = attributed(text, (("PER", "ماجد"), ("PER", "خالد شاكر")))
    assert names(doc) == ["ماجد الدوسري", "خالد شاكر"]


def test_a_surname_the_tagger_took_for_an_organisation_is_the_person() -> None:
    """«وكتب "الزهراني" عبر…» tagged ORG where the text names «ماجد الزهراني»: the person's fullest name."""
    text = (
        "أكد رئيس اللجنة الدكتور ماجد الزهراني أن التسجيل بدأ. "
        'وكتب "الزهراني" في حسابه: "اللجنة تستقبل الطلبات حتى نهاية الشهر".'
    )
    doc = doc_with_entities(text, (("PER", "ماجد الزهراني"),))
    second = text.index("الزهراني", text.index("وكتب"))
    doc.entities.append(Entity(second, second + len("الزهراني"), "الزهراني", "e9", "ORG"))
    assert names(attribute_speakers(find_quotes(doc))) == ["ماجد الزهراني"] * 2
