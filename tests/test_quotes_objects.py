"""Reported content that is a speech verb's object, on invented news wording: an object in marks after its
preposition, and verbs whose object always follows one preposition (عن، إلى) with the subject, an aside
between commas or an adverbial before it; «نوّه بـ» praise; sources of بحسب/وفقًا named by an honorific, an
estimate, court papers or the paper's correspondent."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_an_object_in_marks_after_ila() -> None:
    text = "ودعا الوزير إلى «توسيع التعاون» بين الجامعتين."
    assert found(text) == ["«توسيع التعاون» بين الجامعتين"]


def test_a_whole_object_in_marks_after_ila_is_direct() -> None:
    text = "من جهته، دعا المحافظ إلى «الإسراع في تنفيذ المشروعات المتعثرة»."
    assert found(text) == ["الإسراع في تنفيذ المشروعات المتعثرة"]


def test_an_adverbial_between_the_subject_and_an() -> None:
    text = "وتحدث المدير خلال لقائه بالموظفين عن خطة التطوير المقبلة."
    assert found(text) == ["خطة التطوير المقبلة"]


def test_an_aside_between_commas_before_an_after_abbara() -> None:
    text = "وعبرت الكاتبة سلمى، رئيسة النادي الأدبي في المدينة، عن سعادتها بنجاح الأمسية."
    assert found(text, (("PER", "سلمى"),)) == ["سعادتها بنجاح الأمسية"]


def test_a_name_in_marks_before_an() -> None:
    text = 'وتحدث المشاركون في وسم "هموم الطلاب" عن صعوبة الاختبارات.'
    assert found(text) == ["صعوبة الاختبارات"]


def test_nabbaha_ila_reports_its_object() -> None:
    assert found("ونبه المحافظ إلى أهمية الالتزام بتعليمات السلامة.") == ["أهمية الالتزام بتعليمات السلامة"]


def test_nawwaha_bi_praises_and_reports_nothing() -> None:
    """«منوهًا بجهود…» praises, like «أشاد بـ» (the guide: evaluation, not speech); «منوهًا إلى…» reports."""
    assert found("وافتتح المحافظ المعرض، منوها بجهود المنظمين في إعداده.") == []
    assert found("وافتتح المحافظ المعرض، منوها إلى أهمية دعم الحرفيين.") == ["أهمية دعم الحرفيين"]


def test_a_source_named_by_an_honorific_opens_the_clause_after_fa_inna() -> None:
    text = "وبحسب المهندس خالد العلي - الخبير في شؤون البناء - فإن أسعار مواد البناء سترتفع قريبا."
    assert found(text) == ["أسعار مواد البناء سترتفع قريبا"]


def test_court_papers_and_our_correspondent_are_sources() -> None:
    papers = "وضبطت الشرطة كمية من الذخيرة داخل المستودع، وفقا لوثائق المحكمة."
    assert found(papers) == ["وضبطت الشرطة كمية من الذخيرة داخل المستودع"]
    correspondent = "وهطلت أمطار غزيرة على القرى الجبلية صباح أمس، بحسب ما أفاد مراسلنا."
    assert found(correspondent) == ["وهطلت أمطار غزيرة على القرى الجبلية صباح أمس"]


def test_an_estimate_is_a_source() -> None:
    text = "وحسب تقديرات عدد من الخبراء، فإن الطلب على المساكن سيتضاعف."
    assert found(text) == ["الطلب على المساكن سيتضاعف"]


def test_an_aside_with_wahiya_between_the_subject_and_inna() -> None:
    text = 'وقالت الباحثة سلمى، وهي أستاذة في كلية العلوم، إن "التجربة نجحت في مرحلتها الأولى".'
    assert found(text, (("PER", "سلمى"),)) == ["التجربة نجحت في مرحلتها الأولى"]


def test_kashafa_an_after_a_comma() -> None:
    text = "وكشفت مصادر مطلعة في الاتحاد، عن تأجيل افتتاح الملعب الجديد."
    assert found(text) == ["تأجيل افتتاح الملعب الجديد"]


def test_a_report_inside_reported_content_is_nested() -> None:
    """«أوضح أن … المريضة التي أعربت عن…»: the outer content runs on; the inner report has its own record."""
    text = "وأوضح المدير أن الجمعية تكفلت بعلاج المريضة التي أعربت عن شكرها للمتبرعين."
    assert found(text) == ["الجمعية تكفلت بعلاج المريضة التي أعربت عن شكرها للمتبرعين", "شكرها للمتبرعين"]


def test_a_verb_with_its_subject_after_it_ends_the_content() -> None:
    """A guard of the nesting rule: a new subject after the verb, or «، والذي…», opens a new statement."""
    text = "وأكد المدير أن الخطة جاهزة أكد الوزير أن التنفيذ سيبدأ قريبا."
    assert found(text) == ["الخطة جاهزة", "التنفيذ سيبدأ قريبا"]
    relative = "وأكد المدير أن الخطة جاهزة بدعم الرئيس، والذي يؤكد دائما أن العمل مستمر."
    assert found(relative) == ["الخطة جاهزة بدعم الرئيس، والذي", "العمل مستمر"]


def test_a_naming_verb_names_with_a_fused_ba() -> None:
    text = "ووصف الوزير المشروعات الجديدة بالنقلة النوعية، مشيرا إلى أن العمل بدأ."
    assert found(text)[0] == "النقلة النوعية"
    text = "واستدعت الوزارة السفير بعد ما وصفتها بتصريحات مسيئة من مسؤولين أجانب."
    assert found(text) == ["تصريحات مسيئة من مسؤولين أجانب"]
    assert found("وأوقفت الشرطة رجلين وصفتهما بأنهما مطلوبان للعدالة.") == ["مطلوبان للعدالة"]


def test_a_passive_naming_verb_describes_nothing() -> None:
    assert found("وانتهت الزيارة التي وصفت بالناجحة مساء أمس.") == []


def test_a_fused_ba_after_an_adverbial_opens_the_object() -> None:
    assert found("وطالبت اللجنة في اجتماعها الأخير أمس بوقف العمل في المشروع.") == ["وقف العمل في المشروع"]
    assert found("وكان اللاعب يلمح منذ أسابيع برغبته في الرحيل.") == ["رغبته في الرحيل"]
    # «بالمنطقة» (definite) is a place, not the verbal noun that opens the content
    assert found("وطالب سكان الحي المقيمون بالمنطقة الشرقية بسرعة الإصلاح.") == ["سرعة الإصلاح"]


def test_ablagha_reports_its_object_after_the_addressee() -> None:
    text = "وأبلغ المحافظ الأهالي موافقته على تمديد المهلة."
    assert found(text) == ["موافقته على تمديد المهلة"]


def test_a_short_term_in_marks_after_the_preposition_is_a_topic() -> None:
    assert found("وتطرق الوزير إلى «عام الحسم» ونشر صورا للقاء.") == []


def test_quantifier_before_a_described_source_opens_the_subject_not_the_object() -> None:
    """«حذر بعض الخبراء من…»: «بعض» opens the subject; the content is what follows من."""
    doc = attributed("حذر بعض الخبراء من ارتفاع كبير في أسعار الوقود خلال الشتاء.", ())
    assert names(doc) == ["بعض الخبراء"]
    assert doc.quotes[0].text.startswith("ارتفاع")


def test_a_place_of_several_words_after_fi_stays_whole_in_the_subject() -> None:
    """«ودعا الباحثون في جامعة لوزان إلى…»: the subject's place is skipped whole, so the object does not start
    inside its name (at the ل of «لوزان», read as a fused preposition) and the speaker keeps the place."""
    doc = attributed("ودعا الباحثون في جامعة لوزان إلى تقليل السكر في الطعام.", (("LOC", "جامعة لوزان"),))
    assert [q.text for q in doc.quotes] == ["تقليل السكر في الطعام"]
    assert names(doc) == ["الباحثون في جامعة لوزان"]
