"""Quotation cues and boundaries on invented news wording: headlines after a link line, colons in clock
times, فإن after a verb, and the cue forms of nlp_pipeline/lang/ar/data/reporting_verbs.tsv."""

from __future__ import annotations

from .conftest import found


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


def test_plural_of_a_verb_with_a_weak_last_letter() -> None:
    assert found("وأبدوا استعدادهم للمشاركة في الحملة المقبلة.") == ["استعدادهم للمشاركة في الحملة المقبلة"]


def test_wa_bayna_after_bayna_is_and_between() -> None:
    assert found("يقع الفرق بين الهوية الوطنية وبين وسائل التعريف التي يمكن أن تقبلها الجهات.") == []


def test_lafata_reports_only_after_a_preposition() -> None:
    assert found("لفت المعرض أنظار الزوار إلى تنوع أجنحته هذا العام.") == []
    text = "وقال المدير إن العمل مستمر، لافتا إلى أهمية التعاون بين الجهات."
    assert found(text) == ["العمل مستمر", "أهمية التعاون بين الجهات"]


def test_participles_of_informing_and_asking_god() -> None:
    text = "وأوضح المدير أن اللجان ستبدأ عملها غدا، مفيدا أن التسجيل يستمر أسبوعا."
    assert found(text) == ["اللجان ستبدأ عملها غدا", "التسجيل يستمر أسبوعا"]
    assert found("ورفع الوزير الشكر للقيادة، سائلا الله أن يحفظ البلاد.") == ["الله أن يحفظ البلاد"]


def test_predicting_and_what_a_study_showed() -> None:
    assert found("وتنبأ محللون أن ترتفع الأسعار.") == ["ترتفع الأسعار"]
    assert found("وأظهرت دراسة حديثة أن النوم يحسن الذاكرة.") == ["النوم يحسن الذاكرة"]
    assert found("وأظهر تسجيل مصور سقوط اللافتة على الرصيف.") == []


def test_what_a_document_says_after_ja_fi() -> None:
    assert found("وجاء في برقية الأمير: نسأل الله أن يحفظكم جميعا.") == ["نسأل الله أن يحفظكم جميعا"]
    text = 'وجاء في البيان الذي نشرته الوزارة "نؤكد التزامنا الكامل بالاتفاق".'
    assert found(text) == ["نؤكد التزامنا الكامل بالاتفاق"]
    assert found("وجاء في المرتبة الثانية الفريق الأزرق بعد أن قدم موسما جيدا.") == []


def test_the_verb_after_a_source_phrase_and_ma_is_the_phrase_s() -> None:
    text = "وشارك اللاعب في الشوط الأول حسب ما أشارت مصادر خاصة للصحيفة."
    assert found(text) == ["وشارك اللاعب في الشوط الأول"]
    text = "وانتقل اللاعب إلى الدوري الإيطالي في صفقة حرة وفقا لما ورد في تقارير صحفية."
    assert found(text) == ["وانتقل اللاعب إلى الدوري الإيطالي في صفقة حرة"]


def test_announcing_and_mentioning_take_a_quote_in_marks_after_their_subject() -> None:
    text = 'وأعلن محافظ المدينة سعيد الهاشمي "انفجرت عبوة ناسفة قرب السوق صباح اليوم".'
    assert found(text) == ["انفجرت عبوة ناسفة قرب السوق صباح اليوم"]
    text = 'وذكرت الهيئة عبر حسابها الرسمي "تمت السيطرة على الحريق دون إصابات".'
    assert found(text) == ["تمت السيطرة على الحريق دون إصابات"]
    assert found('وذكرت صحيفة "نور الصباح" ذلك في عددها الصادر اليوم.') == []


def test_a_pretext_is_a_claim() -> None:
    text = "ورفض عدد من الأعضاء المشروع بحجة أنه يرهق ميزانية البلدية."
    assert found(text) == ["يرهق ميزانية البلدية"]


def test_a_verb_with_wa_right_after_marks_is_no_trailing_cue() -> None:
    assert found("وعلقت الهيئة صدور المجلة الأسبوعية «صوت المدينة» وذكرت ذلك في موقعها.") == []
    assert found("«سنعود أقوى في الموسم المقبل»، قال المدرب.") == ["سنعود أقوى في الموسم المقبل"]


def test_bayyana_with_its_shadda_is_the_verb() -> None:
    assert found("من جهته بيّن المدير أن الأسعار مستقرة.") == ["الأسعار مستقرة"]
    assert found("من جهته بين المدير أن الأسعار مستقرة.") == []


def test_writing_that() -> None:
    assert found("وكتبت المنظمتان أن الجفاف أضر بالمحاصيل.") == ["الجفاف أضر بالمحاصيل"]


def test_what_data_showed_is_reported_but_not_what_a_video_showed() -> None:
    text = "أظهرت بيانات رسمية الخميس تراجع صادرات الحبوب في الربع الثاني."
    assert found(text) == ["تراجع صادرات الحبوب في الربع الثاني"]
    assert found("وأظهر تسجيل مصور سقوط اللافتة على الرصيف.") == []


def test_abbara_with_its_shadda_is_the_verb_after_any_word() -> None:
    text = "من جانب آخر عبّر سكان الحي القديم عن ارتياحهم للقرار."
    assert found(text) == ["ارتياحهم للقرار"]
    assert found(text.replace("عبّر", "عبر")) == []


def test_nobody_announced_is_no_statement() -> None:
    assert found("ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.") == []


def test_loaded_with_is_no_blame() -> None:
    assert found("ووصلت الشاحنة إلى المدينة محملة بـ 20 طنا من الأدوية.") == []
    text = "وقال الوزير إن الحادث مؤسف، محملا الشركة المشغلة مسؤولية ما جرى."
    assert found(text) == ["الحادث مؤسف", "الشركة المشغلة مسؤولية ما جرى"]


def test_bayyanat_without_shadda_and_present_yufid_report_with_an() -> None:
    assert found("كما بينت الهيئة أن المواعيد ستعلن لاحقا.") == ["المواعيد ستعلن لاحقا"]
    assert found("ويفيد تقرير حكومي بأن الصادرات ارتفعت.") == ["الصادرات ارتفعت"]
    assert found("وهذا الدواء يفيد المرضى كثيرا في الشتاء.") == []  # «benefits»: no أن, no statement


def test_a_saying_noun_before_a_colon_after_its_subject() -> None:
    poem = "وفي ذلك قول الشاعر سالم العتيق: يا دار عودي كما كنت عامرة."
    assert found(poem) == ["يا دار عودي كما كنت عامرة"]
    assert found("وذلك لقوله تعالى: والخير في الصبر والعمل.") == ["والخير في الصبر والعمل"]
    # no saying: «زاد» ("increased") with a colon after a whole clause
    assert found("وزاد عدد الزوار هذا العام إلى الضعف: خمسة آلاف زائر.") == []


def test_biqawlihi_is_a_cue_of_saying() -> None:
    text = "وغرد الكاتب على حسابه بقوله: إن الصيف هذا العام أشد حرارة."
    assert found(text) == ["الصيف هذا العام أشد حرارة"]


def test_telling_narrating_and_going_on_report_with_an_only() -> None:
    assert found("وروى المزارع للصحيفة أنه فقد نصف محصوله.") == ["فقد نصف محصوله"]
    assert found("كما أكمل البيان أن الطرق ستفتح غدا.") == ["الطرق ستفتح غدا"]
    assert found("وأخبر الطبيب المريض أن حالته مستقرة.") == ["حالته مستقرة"]
    assert found("وأكمل الفريق استعداداته للموسم الجديد.") == []  # an act: no أن
