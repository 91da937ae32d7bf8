"""Speakers named through a role: a relative clause, a long title phrase, a title used alone later.

Invented sentences only; each test fails without the rule it names.
"""

from __future__ import annotations

from .conftest import attributed, names


def test_name_before_a_relative_pronoun_is_the_subject_of_the_verb_after_it() -> None:
    """«…على لسان المتحدث فلان الذي أكد أن…»: not the minister named first in the sentence."""
    text = (
        "خلصت اللجنة التي شكلها الوزير سامي العتيبي إلى سلامة الإجراءات، وأصدرت بيانًا على لسان "
        "المتحدث الرسمي خالد المنصور الذي أكد أن الوزير اطلع على التقرير."
    )
    doc = attributed(text, (("PER", "سامي العتيبي"), ("PER", "خالد المنصور")))
    # «خلصت اللجنة … إلى سلامة…»: the committee's own conclusion (preposition_verbs.tsv)
    assert names(doc) == ["اللجنة", "خالد المنصور"]


def test_long_title_phrase_then_its_name_is_the_implied_subject() -> None:
    """«استنكر معالي الأمين العام لمنظمة… الدكتور فلان…، واصفًا»: the name at the end of the title phrase."""
    text = (
        "استنكر معالي الأمين العام لمنظمة التعاون الإقليمي الدكتور ماجد الحربي بشدة تصريحات نائب رئيس "
        "الحكومة سالم الدوسري، واصفًا تلك التصريحات بأنها غير مسؤولة. "
        "وأكد الأمين العام أن المنظمة ستواصل جهودها."
    )
    entities = (("ORG", "لمنظمة التعاون الإقليمي"), ("PER", "ماجد الحربي"), ("PER", "سالم الدوسري"))
    doc = attributed(text, entities)
    assert names(doc)[0] == "ماجد الحربي"


def test_title_before_an_organisation_describes_the_person_after_it() -> None:
    """«الأمين العام لمنظمة X الدكتور فلان»: «الأمين العام» later is فلان, not the last person named."""
    text = (
        "استقبل الأمين العام لمنظمة التعاون الإقليمي الدكتور ماجد الحربي نائب رئيس الحكومة سالم الدوسري. "
        "وأكد الأمين العام أن المنظمة ستواصل جهودها."
    )
    entities = (("ORG", "لمنظمة التعاون الإقليمي"), ("PER", "ماجد الحربي"), ("PER", "سالم الدوسري"))
    doc = attributed(text, entities)
    assert names(doc) == ["ماجد الحربي"]


def test_two_person_entities_side_by_side_are_one_name() -> None:
    """The NER split «نور الدين» «شاكر»: one speaker, and both entities share his cluster."""
    text = (
        "وقال محافظ المدينة نور الدين شاكر «الوضع تحت السيطرة». "
        "وتابع شاكر «سنعيد فتح الطرق غدًا»، مضيفًا أن الأضرار محدودة."
    )
    doc = attributed(text, (("PER", "نور الدين"), ("PER", "شاكر")))
    assert names(doc) == ["نور الدين شاكر"] * 3
    assert doc.entities[0].cluster == doc.entities[1].cluster == doc.quotes[0].speaker.cluster


def test_untagged_words_that_do_not_look_like_a_name_are_a_description() -> None:
    """«وأفاد رجال الشرطة»: no person «رجال» (and no Latin name); a word in marks is still a name."""
    doc = attributed('وأفاد رجال الإطفاء أن الحريق أخمد. وأضافت "ستارلينكس" أن الخدمة عادت.')
    assert [(q.speaker.name, q.speaker.latin) for q in doc.quotes][0] == ("رجال الإطفاء", None)
    assert names(doc)[1] == "ستارلينكس" and doc.quotes[1].speaker.cluster is not None


def test_a_description_in_the_construct_state_takes_its_genitives() -> None:
    """«خبراء الاقتصاد»، «محللو أسواق المال»: up to the first word with the article; an adjective ends it."""
    doc = attributed("وأكد خبراء الاقتصاد أن النمو تراجع. وتوقع محللو أسواق المال أن ترتفع الأرباح.")
    assert names(doc) == ["خبراء الاقتصاد", "محللو أسواق المال"]
    doc = attributed("وهدد نواب معارضون الحكومة بسحب الثقة.")
    assert names(doc) == ["نواب معارضون"]


def test_qawluhu_after_the_verb_is_not_a_subject() -> None:
    """«وتابع قوله «…»»: «قوله» is the verb's object; the speaker is the one speaking before."""
    text = (
        "وقال وزير النقل كمال ناجي في بيان «نعرف أن الطريق سيفتح أمام الشاحنات خلال أسبوع». "
        "وتابع قوله «جرى التحقق من ذلك مع السلطات المحلية في المدينة»."
    )
    doc = attributed(text, (("PER", "كمال ناجي"),))
    assert names(doc) == ["كمال ناجي", "كمال ناجي"]


def test_organisation_in_marks_after_a_written_apart_article_inside_a_role() -> None:
    """«المسؤول في الـ«منظمة» فلان»: the person apposed to the role, past «الـ» and the marks."""
    text = "وقال المسؤول في الـ«يونيسكو» مارك فيلد في باريس: «نحتاج إلى دعم عاجل»."
    doc = attributed(text, (("ORG", "يونيسكو"), ("PER", "مارك فيلد"), ("LOC", "باريس")))
    assert names(doc) == ["مارك فيلد"]


def test_outlet_spoken_to_after_the_subject_is_not_the_speaker() -> None:
    """«وأوضح المصدر لشبكة X أن…»: the source spoke to the outlet."""
    text = "هاجم مسلحون ثكنة عسكرية ليلًا. وأوضح المصدر لشبكة الأفق الإخبارية أن المهاجمين فروا."
    doc = attributed(text, (("ORG", "الأفق الإخبارية"),))
    assert names(doc) == ["المصدر"]


def test_a_feminine_verb_skips_a_man_named_by_his_first_word() -> None:
    """«ونعت جبهة X، …، عبد الكريم سالم…، وقالت:»: «عبد…» is a man; «وقالت» is the organisation."""
    text = (
        "ونعت جبهة الأحرار الشعبية، في بيان لها، عبد الكريم سالم، الذي كان أحد عناصرها، "
        "وقالت: «رحل بعد مسيرة طويلة في خدمة أهله»."
    )
    doc = attributed(text, (("ORG", "جبهة الأحرار الشعبية"), ("PER", "عبد الكريم سالم")))
    assert names(doc) == ["جبهة الأحرار الشعبية"]


def test_a_person_inside_the_previous_statement_is_not_the_next_verbs_subject() -> None:
    """«أكد مصدر… أنهم يتابعون إصابة فلان، وأكد كذلك…»: the source again, not the injured player."""
    text = (
        "ومن جانبه، أكد مصدر مسؤول في النادي أنهم يتابعون باهتمام إصابة خالد ناصر، "
        "وأكد كذلك على أن العقد مع اللاعب رسمي وموثق."
    )
    doc = attributed(text, (("PER", "خالد ناصر"),))
    assert names(doc) == ["مصدر مسؤول في النادي"] * 2


def test_after_a_clause_opener_the_new_clause_has_the_subject() -> None:
    """«…، فيما شكر الشريف فلان…، وقال:»: the one who thanked; «الشريف» is his title, not a surname."""
    text = (
        "وقال ناصر بن سلطان الشريف إن العزاء يقام في المنزل. ودعا الوزير فهد السالم له بالرحمة، "
        "فيما شكر الشريف سامي العبدلي هذه اللفتة الكريمة، وقال: «كان لها أثر كبير في نفوسنا»."
    )
    entities = (("PER", "ناصر بن سلطان الشريف"), ("PER", "فهد السالم"), ("PER", "سامي العبدلي"))
    doc = attributed(text, entities)
    assert names(doc)[-1] == "سامي العبدلي"


def test_a_title_tagged_with_the_name_stays_outside_it() -> None:
    """The NER took «الدكتور» in, or tagged «الشريف» alone: the speaker's name has no title."""
    doc = attributed("وقال الدكتور سامي العبدلي إن النتائج مشجعة.", (("PER", "الدكتور سامي العبدلي"),))
    assert names(doc) == ["سامي العبدلي"]


def test_a_surname_alone_does_not_join_two_people_of_one_family() -> None:
    """«منصور بن سلطان الفعر» … «الفعر» … «أحمد الفعر»: two people, though «الفعر» fits both."""
    text = (
        "وقال منصور بن سلطان الفعر إن العمل بدأ. وأضاف الفعر أن الموسم طويل. وأكد أحمد الفعر أن الفريق جاهز."
    )
    doc = attributed(text, (("PER", "منصور بن سلطان الفعر"), ("PER", "أحمد الفعر")))
    assert names(doc) == ["منصور بن سلطان الفعر", "منصور بن سلطان الفعر", "أحمد الفعر"]


def test_crown_prince_and_assistant_head_title_phrases() -> None:
    """«سمو ولي العهد» is the prince named before; «مساعد مدير…» is a title before the name, not a name."""
    text = (
        "بعث صاحب السمو الملكي الأمير سعد بن فهد آل مالك ولي العهد برقية تهنئة للرئيس. "
        "وعبر سمو ولي العهد عن أطيب التمنيات بموفور الصحة. "
        "وأوضح مساعد مدير الجامعة للشؤون الطلابية الدكتور يحيى العمري أن التسجيل يبدأ غدًا."
    )
    doc = attributed(text, (("PER", "سعد بن فهد آل مالك"), ("PER", "يحيى العمري")))
    assert names(doc) == ["سعد بن فهد آل مالك", "يحيى العمري"]


def test_a_title_without_a_holder_is_not_an_untagged_name_seen_before() -> None:
    """«وبحسب "الألمانية"…» made a name the NER did not tag; «حذر الرئيس التنفيذي للشركة» is not it."""
    text = (
        'وبحسب "الألمانية"، فقد توقع محللون ارتفاع الأرباح. '
        "وحذر الرئيس التنفيذي للشركة من أن الظروف الاقتصادية صعبة حتى نهاية العام."
    )
    doc = attributed(text)
    assert names(doc)[-1] == "الرئيس التنفيذي للشركة"


def test_a_place_with_a_preposition_is_cut_off_the_head_of_a_name() -> None:
    """The NER tagged «بتبوك سالم العنزي»: «تبوك» is a place the text names; the name is «سالم العنزي»."""
    text = (
        "تعرضت سيارة إسعاف لحادث في منطقة تبوك. "
        "وأوضح المتحدث الرسمي لفرع الهيئة بتبوك سالم العنزي، أن أحدًا لم يصب بأذى."
    )
    doc = attributed(text, (("LOC", "تبوك"), ("PER", "بتبوك سالم العنزي")))
    assert names(doc) == ["سالم العنزي"]


def test_a_given_name_before_a_surname_entity_is_part_of_the_name() -> None:
    """The NER tagged «حسيني» of «المرشد علي حسيني»: the speaker is «علي حسيني»; «على» is no name."""
    text = "وقال المرشد الأعلى علي حسيني إن الاتفاق لن يغير شيئًا. وأضاف حسيني أن البلاد مستعدة."
    doc = attributed(text, (("PER", "حسيني"),))
    assert names(doc) == ["علي حسيني", "علي حسيني"]
    doc = attributed("ورد على حسيني بالقول إن الاتفاق لن يغير شيئًا.", (("PER", "حسيني"),))
    assert not any(name and name.startswith("على") for name in names(doc))


def test_an_organisation_named_short_is_the_one_its_full_name_begins_with() -> None:
    """«حزب الأفق الكردستاني الإيراني» … «حزب الأفق»; «مكتب الإحصاءات الوطنية» … «مكتب الإحصاءات»."""
    text = (
        "هاجم مسلحون تابعون لحزب الأفق الكردستاني الإيراني ثكنة عسكرية. وقال حزب الأفق إنه قتل عددًا من "
        "الجنود. وقال مكتب الإحصاءات الوطنية إن الإنتاج تراجع. وقال مكتب الإحصاءات إن الصادرات زادت."
    )
    entities = (("ORG", "لحزب الأفق الكردستاني الإيراني"), ("ORG", "مكتب الإحصاءات الوطنية"))
    doc = attributed(text, entities)
    assert names(doc) == ["حزب الأفق الكردستاني الإيراني"] + ["مكتب الإحصاءات الوطنية"] * 2


def test_an_organisation_the_ner_cut_short_is_named_in_full() -> None:
    """An institution's head before the tagged name, ب/ل genitives and a place after it."""
    text = (
        "أعلنت قيادة قوات الدفاع المشتركة بدء هدنة إنسانية في المنطقة. "
        "وقال المكتب الإعلامي للمقاومة في بيان إن المواقع استعيدت. "
        "وكشفت الجمعية الفلكية بجدة أن القمر يكتمل الليلة."
    )
    entities = (("ORG", "قوات الدفاع المشتركة"), ("ORG", "المكتب الإعلامي"), ("ORG", "الجمعية الفلكية"))
    doc = attributed(text, (*entities, ("LOC", "بجدة")))
    assert names(doc) == ["قيادة قوات الدفاع المشتركة", "المكتب الإعلامي للمقاومة", "الجمعية الفلكية بجدة"]


def test_the_words_between_a_title_and_an_honorific_are_not_a_name() -> None:
    """«وأوضح مدير عام تعليم الباحة الدكتور فلان»: «تعليم الباحة» is the title's, the speaker is فلان."""
    text = "وأوضح مدير عام تعليم الباحة الدكتور سالم القحطاني، أن اللجان ستستقبل المرشحين غدًا."
    doc = attributed(text, (("PER", "سالم القحطاني"),))
    assert names(doc) == ["سالم القحطاني"]


def test_an_institution_said_short_is_the_one_named_in_full() -> None:
    """«قيادة قوات الحرس» … «قيادة الحرس»: the head and the last word, words left out between."""
    text = (
        "أعلنت قيادة قوات الحرس بدء هدنة إنسانية في المنطقة. "
        "وأكدت قيادة الحرس وقف العمليات العسكرية، وقالت إنه سيتم إدخال المساعدات."
    )
    doc = attributed(text, (("ORG", "قوات الحرس"),))
    assert names(doc) == ["قيادة قوات الحرس"] * 3


def test_a_classifier_with_the_article_heads_a_description() -> None:
    """«تعلن الشركة المصنعة أن…»: an unnamed company described by its classifier and what qualifies it."""
    text = "وقرر الباحثان التحقق من الإعلانات التي تعلن الشركة المصنعة أن منتجها يطيل العمر عشر سنوات."
    doc = attributed(text)
    assert names(doc) == ["الشركة المصنعة"]


def test_a_singular_noun_ending_like_a_plural_heads_a_construct() -> None:
    """«سجين سابق» keeps its word after it: «سجين» is no sound plural in -ين."""
    doc = attributed("ونقل التقرير عن سجين سابق قوله إن الطعام شحيح في السجن.")
    assert names(doc)[-1] == "سجين سابق"


def test_a_title_whose_holder_is_named_only_later_is_that_person() -> None:
    """«وأكد الرئيس التنفيذي للمصرف…» then «وقال خالد الرميح الرئيس التنفيذي للمصرف…»: the same man."""
    text = (
        "تراجعت أرباح المصرف في الربع الثاني. وأكد الرئيس التنفيذي للمصرف أن الظروف صعبة. "
        "وقال خالد الرميح الرئيس التنفيذي للمصرف إن النمو سيعود العام المقبل."
    )
    doc = attributed(text, (("PER", "خالد الرميح"),))
    assert names(doc) == ["خالد الرميح", "خالد الرميح"]


def test_a_construct_that_no_word_with_the_article_closes_stops_at_its_head() -> None:
    """«كشفت دراسة نشرت في مجلة…»: «نشرت» is a verb, not a genitive; «مصادر خاصة» keeps its adjective."""
    doc = attributed("وكشفت دراسة نشرت في مجلة طبية أن النوم يحسن الذاكرة. وذكرت مصادر خاصة أن اللاعب سيعود.")
    assert names(doc) == ["دراسة", "مصادر خاصة"]


def test_two_people_named_side_by_side_stay_two() -> None:
    """«فلانة الحربي» «محمد الجمال»: the second entity starts with a given name, it is another person."""
    text = "كتبت هدى الحربي محمد الجمال قال إن العمل ليس عيبًا في رأيه."
    doc = attributed(text, (("PER", "هدى الحربي"), ("PER", "محمد الجمال")))
    assert doc.entities[0].cluster != doc.entities[1].cluster


def test_an_outlet_in_straight_quotes_spoken_to_before_the_subject() -> None:
    """«وقال لـ"الصحيفة" مصدر في الوزارة، إن…»: the source, not the outlet; then «وأضاف المسؤول» is it."""
    text = (
        'وقال لـ"الرياضية" مصدر في الوزارة، إن العقود وقعت أمس. وأضاف المسؤول أن التسليم يبدأ الشهر المقبل.'
    )
    doc = attributed(text)
    assert names(doc) == ["مصدر في الوزارة", "مصدر في الوزارة"]


def test_a_preposition_glued_to_an_institution_noun_starts_no_name() -> None:
    """«…قاضيًا بديوان الرقابة»: no person «بديوان الرقابة», so «رئيس ديوان الرقابة… فلان» is فلان."""
    text = (
        "وصدر أمر بتعيين عشرين قاضيًا بديوان الرقابة على مختلف الدرجات. "
        "وأوضح رئيس ديوان الرقابة الشيخ الدكتور فهد السالم أن القضاة سيباشرون أعمالهم قريبًا."
    )
    doc = attributed(text, (("PER", "فهد السالم"),))
    assert names(doc) == ["فهد السالم"]


def test_one_word_after_a_title_that_looks_like_no_name_is_the_object() -> None:
    """«وأكد الرئيس المصري أهمية…»: the president named before, not a person «أهمية»."""
    text = (
        "استقبل الرئيس المصري عبدالفتاح السيسي وفدًا من رجال الأعمال. "
        "وأكد الرئيس المصري أهمية تعزيز الاستثمار في البلاد."
    )
    doc = attributed(text, (("PER", "عبدالفتاح السيسي"),))
    assert names(doc) == ["عبدالفتاح السيسي"]


def test_a_plural_cue_without_a_subject_is_the_group_its_clause_names() -> None:
    """«وحضر عدد من أولياء الأمور الحفل، مؤكدين أن…»: a plural cue refers to the group named in its clause,
    not to the person who spoke before; «البعض» alone is a group too."""
    text = (
        "وقال المدير فهد السالم إن الحفل نجح. وحضر عدد من أولياء الأمور الحفل، مؤكدين أن البرنامج مفيد. "
        "وتوقف البعض عند الأسعار، معتبرين أنها مرتفعة."
    )
    doc = attributed(text, (("PER", "فهد السالم"),))
    assert names(doc) == ["فهد السالم", "عدد من أولياء الأمور", "البعض"]


def test_a_title_phrase_with_an_acronym_in_marks_still_describes_its_holder() -> None:
    """«رئيس المؤسسة العامة لتنقية المياه «نقاء» الدكتور فلان»: the marked acronym and the ل genitive are
    inside the title, so «رئيس المؤسسة» later is that person, not the last person named."""
    text = (
        "أشاد رئيس المؤسسة العامة لتنقية المياه «نقاء» الدكتور سامي الحربي بجهود العاملين. "
        "وكان الملك فهد بن سعود قد افتتح المحطة قبل عامين. وأوضح رئيس المؤسسة أن الإنتاج ارتفع."
    )
    entities = (("ORG", "نقاء"), ("PER", "سامي الحربي"), ("PER", "فهد بن سعود"))
    assert names(attributed(text, entities)) == ["سامي الحربي"]


def test_a_title_phrase_is_the_person_who_holds_its_head_title() -> None:
    """«وأكد نائب الرئيس…» is the deputy named before, not the president named last, though each shares one
    word with the phrase: the head title («نائب») must be the person's."""
    text = (
        "وحضر الاجتماع نائب المدير العام علي الشهري. وافتتحه رئيس النادي الأستاذ سامي القحطاني. "
        "وأكد نائب الرئيس أن الخطة جاهزة."
    )
    entities = (("PER", "علي الشهري"), ("PER", "سامي القحطاني"))
    assert names(attributed(text, entities)) == ["علي الشهري"]


def test_a_title_word_that_describes_nobody_named_is_not_the_sentence_subject() -> None:
    """«ودشن الفريق الأهلاوي…» («الفريق» the team, also a rank): it shares no title with anyone named, so
    the implied speaker of «وكشف عن…» is the person the sentence names after it, not the last one named."""
    text = (
        "وقال الأمير فيصل بن خالد إن الملعب جاهز. ودشن الفريق الأهلاوي أولى حصصه التدريبية عصر أمس "
        "على ملعب المدينة الرياضية بالعاصمة وقبل بداية الحصة اجتمع المدرب سامي الجابر باللاعبين "
        "وكشف عن خطة الموسم."
    )
    doc = attributed(text, (("PER", "فيصل بن خالد"), ("PER", "سامي الجابر")))
    assert names(doc) == ["فيصل بن خالد", "سامي الجابر"]
