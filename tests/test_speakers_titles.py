"""Speakers after a long role phrase: offices, a genitive after a title, a place inside the phrase.

Invented sentences only; each test fails without the rule it names.
"""

from __future__ import annotations

from .conftest import attributed, names


def test_in_before_a_named_place_stays_inside_the_role_phrase() -> None:
    """«مدير إدارة X في بلدية حمص فلان»: فلان, not the department the NER tagged."""
    text = "وكشف مدير إدارة المشتريات في بلدية حمص سامر الخطيب، أن المشروع سيكتمل قبل نهاية العام."
    doc = attributed(text, (("ORG", "إدارة المشتريات"), ("LOC", "حمص"), ("PER", "سامر الخطيب")))
    assert names(doc) == ["سامر الخطيب"]


def test_office_titles_head_a_role_phrase_before_the_name() -> None:
    """«وكيل الكلية الدكتور فلان»، «القنصل العام فلان»: the holder, not the office."""
    text = (
        "وأوضح وكيل الكلية الدكتور ماهر العنزي أن الدراسة ستبدأ الأحد المقبل. "
        "وأكد القنصل العام في مدينة ليون نادر السالم أن القنصلية تتابع أوضاع الطلاب."
    )
    doc = attributed(text, (("PER", "ماهر العنزي"), ("LOC", "ليون"), ("PER", "نادر السالم")))
    assert names(doc) == ["ماهر العنزي", "نادر السالم"]


def test_masdar_object_after_a_title_with_a_genitive_and_a_place() -> None:
    """«دعا خطيب صلاة الجمعة في مدينة حماة فلان، المصلين إلى…»: the object starts after the comma that
    closes the named subject (not at the title's genitive «صلاة»), and the speaker is the name."""
    text = "ودعا خطيب صلاة الجمعة في مدينة حماة يوسف الشمري، المصلين إلى التبرع بالدم للمصابين."
    doc = attributed(text, (("LOC", "حماة"), ("PER", "يوسف الشمري")))
    assert [q.text for q in doc.quotes] == ["المصلين إلى التبرع بالدم للمصابين"]
    assert names(doc) == ["يوسف الشمري"]


def test_the_word_after_a_title_without_the_article_is_its_genitive_not_a_name() -> None:
    """«خطيب صلاة العيد»: «صلاة العيد» looks like «name + ال surname», but it is the title's genitive."""
    text = "وقال خطيب صلاة العيد إن الصلح خير من الخصام."
    assert names(attributed(text)) != ["صلاة العيد"]


def test_a_province_before_a_place_gives_no_woman_s_title() -> None:
    """«في محافظة درعا فلان»: «محافظة» is the province, so «وقال» after it can still be فلان."""
    text = (
        "وقال اللواء فادي الأسعد إن الطرق مفتوحة أمام المسافرين. "
        "من جهة أخرى، دعا خطيب الجامع الكبير في محافظة درعا عمر الحسن، المواطنين إلى الهدوء. "
        "وقال في خطبته إن الأوضاع مستقرة في كل المناطق."
    )
    entities = (("PER", "فادي الأسعد"), ("LOC", "درعا"), ("PER", "عمر الحسن"))
    assert names(attributed(text, entities)) == ["فادي الأسعد", "عمر الحسن", "عمر الحسن"]


def test_a_time_phrase_after_the_verb_is_no_subject_and_lakin_fronts_one() -> None:
    """«لكن مصر قالت أول من أمس إن…»: the subject is the name before the verb, not «أول»."""
    text = "لكن مصر قالت أول من أمس إن المفاوضات ستستأنف في القاهرة قريبا."
    assert names(attributed(text, (("LOC", "مصر"), ("LOC", "القاهرة")))) == ["مصر"]


def test_a_time_word_ends_a_title_or_a_description() -> None:
    """«وزير الزراعة السوداني الخميس»، «الحكومة الشهر الماضي»: the time word is not part of the speaker."""
    text = (
        "وأعلن وزير الزراعة السوداني الخميس أن المحصول وفير هذا العام. "
        "وكانت الحكومة أعلنت الشهر الماضي أن الأسعار ستنخفض."
    )
    assert names(attributed(text)) == ["وزير الزراعة السوداني", "الحكومة"]


def test_a_name_a_comma_and_wa_alladhi_is_the_subject_of_the_verb_after_it() -> None:
    """«…برئاسة فلان، والذي يؤكد دائما أن…»: فلان, not the person named first nor the adverb «دائما»."""
    text = (
        "شارك الأمين سالم العمري في افتتاح الدورة التي تنظمها الجمعية برئاسة الدكتور هاني الزين، "
        "والذي يؤكد دائما أن العمل التطوعي واجب على الجميع."
    )
    doc = attributed(text, (("PER", "سالم العمري"), ("PER", "هاني الزين")))
    assert names(doc) == ["هاني الزين"]


def test_samahatuhu_stands_for_the_sheikh_named_before() -> None:
    """«وقال سماحته…» after «سماحة المفتي الشيخ فلان»: فلان, not the word «سماحته»."""
    text = (
        "استقبل سماحة المفتي الشيخ سالم الهاشمي وفدا من العلماء في مكتبه أمس. "
        "وقال سماحته إن الحوار طريق الوحدة."
    )
    assert names(attributed(text, (("PER", "سالم الهاشمي"),))) == ["سالم الهاشمي"]


def test_an_outlet_in_marks_after_the_cue_is_spoken_to_and_the_title_before_a_place_is_no_name() -> None:
    """«أبلغ «سبق» مدير عام فرع الجمارك في محافظة ينبع فلان أنه…»: the outlet is the object of the verb,
    and «فرع الجمارك» is part of the title of the person named after the place, not a name."""
    text = (
        "وأطلقت الهيئة النظام أمس. إلى ذلك أبلغ «سبق» مدير عام فرع الجمارك في محافظة ينبع سالم بن فهد "
        "الجهني أنه تم تشغيل النظام الجديد. وقال إن المراجعين لن يحتاجوا إلى الحضور."
    )
    entities = (("ORG", "سبق"), ("LOC", "ينبع"), ("PER", "سالم بن فهد الجهني"))
    assert names(attributed(text, entities)) == ["سالم بن فهد الجهني"] * 2


def test_a_role_in_an_organisation_without_a_name_describes_a_person_not_the_organisation() -> None:
    """«ونفى رئيس نادي الفتح الليبي أن…»: the speaker is the role («رئيس نادي الفتح الليبي»), not the club."""
    doc = attributed("ونفى رئيس نادي الفتح الليبي أن يكون النادي قد باع اللاعب.", (("ORG", "الفتح"),))
    assert names(doc) == ["رئيس نادي الفتح الليبي"]


def test_a_headline_after_an_earlier_colon_takes_the_last_segment_as_the_speaker() -> None:
    """«للمزيد من صحيفة المدينة: العتيبي: …»: the speaker is the segment before the statement's colon."""
    text = "وصل الوفد أمس.\nللمزيد من صحيفة المدينة: العتيبي: الموسم المقبل سيكون أفضل\n"
    doc = attributed(text, (("PER", "العتيبي"), ("ORG", "المدينة")))
    assert names(doc) == ["العتيبي"]


def test_a_long_title_chain_ends_in_the_person_after_an_honorific() -> None:
    """A role, its body, a second role with its own body, then «المهندس فلان»: longer than APPOSED_SPAN, but
    the honorific right before the name makes the person the speaker, not the first role."""
    text = (
        "وأوضح رئيس قسم الصيانة العامة للمباني والمرافق الحكومية مدير مكتب مجلس التطوير العمراني "
        "بالمحافظة المهندس خالد الزهراني أن الأعمال ستنتهي قريبا."
    )
    entities = (("ORG", "قسم الصيانة العامة للمباني والمرافق الحكومية"), ("ORG", "مجلس التطوير العمراني"))
    doc = attributed(text, (*entities, ("PER", "خالد الزهراني")))
    assert names(doc) == ["خالد الزهراني"]


def test_brackets_around_a_name_stay_inside_the_role_phrase() -> None:
    """«منسقة برنامج (رواد) في مدينة X الدكتورة فلانة»: the brackets do not end the role phrase."""
    text = "وأكدت منسقة برنامج (رواد) في مدينة حائل الدكتورة سلمى القحطاني أن التسجيل يبدأ غدا."
    doc = attributed(text, (("LOC", "حائل"), ("PER", "سلمى القحطاني")))
    assert names(doc) == ["سلمى القحطاني"]


def test_an_honorific_without_the_article_after_a_rank_is_no_part_of_the_name() -> None:
    """«العقيد دكتور فلان» tagged «دكتور فلان»: the second title stays outside the name."""
    text = "وأوضح المتحدث باسم الدفاع المدني العقيد دكتور ناصر الغامدي أن الحريق أخمد."
    doc = attributed(text, (("ORG", "الدفاع المدني"), ("PER", "دكتور ناصر الغامدي")))
    assert names(doc) == ["ناصر الغامدي"]


def test_a_country_as_the_subject_ends_where_the_place_ends() -> None:
    """«أكدت تونس الخميس…»، «أبلغت إيطاليا المفوضية الأوروبية…»: a weekday or the addressee after the
    country is not part of the speaker's name."""
    text = "أكدت تونس الخميس أن الحدود ستبقى مغلقة. وأبلغت إيطاليا المفوضية الأوروبية أنها ستؤجل سداد الدفعة."
    entities = (("LOC", "تونس"), ("LOC", "إيطاليا"), ("ORG", "المفوضية الأوروبية"))
    assert names(attributed(text, entities)) == ["تونس", "إيطاليا"]


def test_sahib_before_a_title_of_address_opens_a_title_phrase() -> None:
    """«صاحب السمو الملكي الأمير فلان»: the prince is the speaker, not the words of address."""
    text = (
        "وأوضح صاحب السمو الملكي الأمير نواف بن سعد بن فيصل رئيس مجلس أمناء المؤسسة أن الجائزة ستمنح سنويا."
    )
    doc = attributed(text, (("PER", "نواف بن سعد بن فيصل"), ("ORG", "مجلس أمناء المؤسسة")))
    assert names(doc) == ["نواف بن سعد بن فيصل"]


def test_a_fused_genitive_before_a_name_stays_in_the_role_phrase() -> None:
    """«وأبدى مدير الفرع الجنوبي لشركة X فلان سعادته…»: the object starts at «سعادته», not at «لشركة», and
    the speaker is the holder of the role."""
    text = "وأبدى مدير الفرع الجنوبي لشركة مرسال سامي العتيبي سعادته بنتائج الموسم الماضي."
    doc = attributed(text, (("ORG", "مرسال"), ("PER", "سامي العتيبي")))
    assert [q.text for q in doc.quotes] == ["سعادته بنتائج الموسم الماضي"]
    assert names(doc) == ["سامي العتيبي"]


def test_a_person_entity_made_only_of_titles_is_a_role_before_its_holder() -> None:
    """«سماحة مفتي» tagged as a person: titles only (سماحة، مفتي), so the holder named later in the phrase
    («… الشيخ فلان») is the speaker."""
    text = "وأكد سماحة مفتي عام البلاد رئيس مجلس الإفتاء الأعلى الشيخ حامد بن ناصر العلي أن العيد الأحد."
    doc = attributed(text, (("PER", "سماحة مفتي"), ("ORG", "مجلس الإفتاء"), ("PER", "حامد بن ناصر العلي")))
    assert names(doc) == ["حامد بن ناصر العلي"]


def test_a_subject_longer_than_twelve_words_still_ends_before_the_object() -> None:
    """A role chain, its holder and adverbs between commas, then the object: it is found though the subject
    and the adverbs before it run past twelve tokens."""
    text = (
        "ودعت وزيرة الخارجية السابقة المرشحة لرئاسة الحزب الليبرالي سلمى حداد، أمس، الأحد، مجددًا "
        "إلى الحوار مع المعارضة."
    )
    doc = attributed(text, (("ORG", "الحزب الليبرالي"), ("PER", "سلمى حداد")))
    assert [q.text for q in doc.quotes] == ["الحوار مع المعارضة"]
    assert names(doc) == ["سلمى حداد"]
