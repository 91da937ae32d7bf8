"""Statements the finder used to miss, on invented news wording: a subject or an addressee in marks before
أن, a comma between the cue and its quote, an outlet's name in marks, and a source phrase between a verb and
its content (a nested report: two records of the same content)."""

from __future__ import annotations

from nlp_pipeline.pipeline.quotes.finder import find_quotes

from .conftest import attributed, doc_with_entities, found, names


def cues(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str | None]]:
    quotes = find_quotes(doc_with_entities(text, entities)).quotes
    return [(q.text, q.cue.text if q.cue else None) for q in quotes]


def test_a_subject_in_marks_with_another_name_in_marks_before_inna() -> None:
    text = 'وقالت "الشركة" في بيان نشره موقع "المال" أمس إن الأرباح ارتفعت بنسبة كبيرة.'
    assert found(text) == ["الأرباح ارتفعت بنسبة كبيرة"]


def test_an_addressee_in_marks_then_a_long_subject_before_anna() -> None:
    text = "وأبلغ «النهار» مدير عام فرع الهيئة في المدينة المنورة سالم بن خالد العمري أنه سيفتح فرعا جديدا."
    assert found(text, (("PER", "سالم بن خالد العمري"),)) == ["سيفتح فرعا جديدا"]


def test_a_comma_between_the_cue_and_its_quote_in_marks() -> None:
    assert found('وقال، "سنواصل العمل حتى نهاية الشهر الجاري".') == ["سنواصل العمل حتى نهاية الشهر الجاري"]


def test_marks_after_an_outlet_noun_are_its_name() -> None:
    text = "وقال رئيس الجمعية في تصريحات لصحيفة «أخبار المساء الجديدة» الصادرة أمس: «نعمل على توسيع الخدمات»."
    assert found(text) == ["نعمل على توسيع الخدمات"]


def test_a_source_phrase_between_the_verb_and_its_content_is_a_nested_report() -> None:
    text = 'وقالت الشركة بحسب موقع "أخبار اليوم" إن الطائرة ستطير العام المقبل.'
    content = "الطائرة ستطير العام المقبل"
    assert cues(text) == [(content, "وقالت"), (content, "بحسب")]


def test_a_weekday_between_the_subject_and_the_object() -> None:
    text = "أعلنت السلطات المحلية يوم الأحد إغلاق الطريق الساحلي أمام الشاحنات."
    assert found(text) == ["إغلاق الطريق الساحلي أمام الشاحنات"]


def test_a_time_phrase_between_a_fronted_subject_s_verb_and_its_object() -> None:
    text = "وكانت اللجنة قد أعلنت في وقت سابق تأجيل المباراة إلى الأسبوع المقبل."
    assert found(text) == ["تأجيل المباراة إلى الأسبوع المقبل"]


def test_a_comma_after_the_subject_before_the_object() -> None:
    text = "وأكد رئيس الجمعية الخيرية الدكتور سالم العمري، حرص الجمعية على خدمة المرضى."
    assert found(text, (("PER", "سالم العمري"),)) == ["حرص الجمعية على خدمة المرضى"]


def test_a_participle_then_a_time_phrase() -> None:
    text = "وشكر الوزير الحضور، داعيا في الوقت نفسه الشباب إلى المشاركة في الحملة."
    assert found(text) == ["الشباب إلى المشاركة في الحملة"]
    text = "وقال المدير إن التسجيل مستمر، مضيفا في الوقت ذاته أن الطلبات تتزايد."
    assert found(text) == ["التسجيل مستمر", "الطلبات تتزايد"]


def test_a_participle_then_an_aside_between_dashes() -> None:
    text = "وتسلم الملك رسالة من الرئيس، مؤكدا -حفظه الله- عمق العلاقات بين البلدين."
    assert found(text) == ["عمق العلاقات بين البلدين"]


def test_reassuring_concluding_and_agreeing() -> None:
    assert found("وطمأن مدير النادي الجماهير على سلامة اللاعبين.") == ["سلامة اللاعبين"]
    assert found("وخلصت هيئة التحقيق إلى سلامة الإجراءات المتبعة.") == ["سلامة الإجراءات المتبعة"]
    assert found("وأجمع المشاركون أن التجربة ناجحة.") == ["التجربة ناجحة"]


def test_the_plural_of_a_participle_with_a_weak_last_letter() -> None:
    assert found("واحتفل الأهالي بالعيد داعين الله أن يديم الأمن.") == ["الله أن يديم الأمن"]


def test_zada_is_a_cue_only_with_its_quote_right_after_it() -> None:
    assert found('وزاد: "سنواصل التدريب حتى نهاية الموسم".') == ["سنواصل التدريب حتى نهاية الموسم"]
    assert found("وزاد عدد الزوار هذا العام، وأكد المدير أن الموسم ناجح.") == ["الموسم ناجح"]


def test_a_verbal_noun_of_a_reporting_verb_before_anna() -> None:
    assert found("وجدد المدرب تأكيده على أن الفريق جاهز للمباراة.") == ["الفريق جاهز للمباراة"]
    assert found("ورفضت الشركة اتهامات بأنها رفعت الأسعار.") == ["رفعت الأسعار"]
    assert found("وجاء التأكيد على الهوية في المناهج الجديدة.") == []


def test_the_present_of_ashara_with_a_noun_indicates_and_reports_only_with_anna() -> None:
    assert found("وتشير الأرقام إلى ارتفاع الأسعار في الربع الأخير.") == []
    assert found("وتشير الوزارة إلى أن التسجيل مستمر.") == ["التسجيل مستمر"]
    assert found("وأشار الوزير إلى أهمية التعاون بين الجهات.") == ["أهمية التعاون بين الجهات"]


def test_a_verb_form_after_a_preposition_is_a_verbal_noun() -> None:
    text = "وقال الباحثون إنهم نجحوا في حث الخلايا على النمو بسرعة."
    assert found(text) == ["نجحوا في حث الخلايا على النمو بسرعة"]
    assert found("وتراجعت الأسهم مع توقع المزيد من الخسائر في الفترة المقبلة.") == []


def test_a_quote_in_marks_after_a_source_between_dashes_is_a_nested_report() -> None:
    text = 'وقال المدير - حسب ما نقلته صحيفة المساء - "سنفتتح الفرع الجديد في الشهر المقبل".'
    content = "سنفتتح الفرع الجديد في الشهر المقبل"
    assert cues(text) == [(content, "وقال"), (content, "حسب")]


def test_ala_ma_before_a_reporting_verb_attributes_the_clause_before_it() -> None:
    text = "أغلقت السلطات المعبر الحدودي أمام الشاحنات ثلاثة أيام، على ما أعلنت وكالة الأنباء المحلية السبت."
    doc = attributed(text, (("ORG", "وكالة الأنباء المحلية"),))
    assert [q.text for q in doc.quotes] == ["أغلقت السلطات المعبر الحدودي أمام الشاحنات ثلاثة أيام"]
    assert names(doc) == ["وكالة الأنباء المحلية"]
    assert found("حصل الفريق على ما يريد من نقاط في المباراة الأخيرة أمام منافسه.") == []


def test_a_resumptive_pronoun_and_a_quantifier_between_bihasab_ma_and_its_source() -> None:
    text = "ارتفعت أسعار الذهب في التعاملات الصباحية، بحسب ما أشارت إليه بعض التقارير الاقتصادية."
    doc = attributed(text)
    assert [q.text for q in doc.quotes] == ["ارتفعت أسعار الذهب في التعاملات الصباحية"]
    assert names(doc) == ["بعض التقارير الاقتصادية"]


def test_a_dotted_acronym_in_the_subject_does_not_end_the_sentence() -> None:
    text = 'وقال سامي الفارس كبير المحللين في إف.بي كابيتال "الطلب على الحديد سيتراجع في الربع المقبل".'
    doc = attributed(text, (("PER", "سامي الفارس"),))
    assert [q.text for q in doc.quotes] == ["الطلب على الحديد سيتراجع في الربع المقبل"]
    assert names(doc) == ["سامي الفارس"]


def test_a_missing_space_after_a_full_stop_still_ends_the_clause() -> None:
    # «ذكرت» reports nothing of «قررا أن…» past the full stop of «كلم.لذلك»
    assert found("وذكرت مواقع أخرى 50 كلم.لذلك قررا أن يعودا إلى المدينة.") == []
