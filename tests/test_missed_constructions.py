"""Statements the stage used to miss, one construction each (verb forms the cue lists lacked, objects after a
time phrase). The sentences are invented."""

from __future__ import annotations

from .conftest import attributed, found, names


def test_present_plural_of_qala_after_illa_anna_reports() -> None:
    doc = attributed("ورغم تراجع المبيعات، إلا أن خبراء السوق يقولون إن الطلب سيعود في الربيع.")
    assert [q.text for q in doc.quotes] == ["الطلب سيعود في الربيع"]
    assert names(doc) == ["خبراء السوق"]


def test_present_plural_of_qala_without_a_subject_reports() -> None:
    assert found("ويقولون إن المشروع سيكتمل قبل نهاية العام.") == ["المشروع سيكتمل قبل نهاية العام"]


def test_a_month_date_between_a_fronted_subject_and_the_object() -> None:
    doc = attributed("وكانت وزارة الصحة أعلنت في مارس الماضي خلو البلاد من المرض بشكل كامل.")
    assert [q.text for q in doc.quotes] == ["خلو البلاد من المرض بشكل كامل"]
    assert names(doc) == ["وزارة الصحة"]


def test_a_date_with_its_year_and_day_number() -> None:
    assert found("وكانت الشركة قد أعلنت في 8 يوليو من العام الماضي إغلاق مصنعها الوحيد في المدينة.") == [
        "إغلاق مصنعها الوحيد في المدينة"
    ]
    assert found("وأعلنت الهيئة في شوال عام 1435هـ عن رغبتها في تطوير الطريق الساحلي.") == [
        "رغبتها في تطوير الطريق الساحلي"
    ]


def test_a_comma_after_the_time_words_before_the_object() -> None:
    doc = attributed("وكان مجلس الشورى اليمني، أعلن الخميس الماضي، تأجيل جلساته إلى أجل غير مسمى.")
    assert [q.text for q in doc.quotes] == ["تأجيل جلساته إلى أجل غير مسمى"]


def test_an_object_that_opens_with_a_mark() -> None:
    doc = attributed('وكانت وزارة الداخلية أعلنت في يونيو الماضي "تطهير" المنطقة من الخلايا المسلحة.')
    assert [q.text for q in doc.quotes] == ['"تطهير" المنطقة من الخلايا المسلحة']
    assert [q.kind for q in doc.quotes] == ["mixed"]


def test_an_age_or_a_newspaper_in_marks_after_the_subject_is_not_the_object() -> None:
    text = 'أعلن قائد المنتخب المعتزل سامي الحربي "38 عاما" السير على نهج عدد كبير من النجوم السابقين.'
    assert found(text, (("PER", "سامي الحربي"),)) == ["السير على نهج عدد كبير من النجوم السابقين"]
    text = 'وأفادت مصادر محلية "الرياض" بمقتل عشرة من المسلحين في اشتباكات عنيفة بالمدينة.'
    assert found(text, (("ORG", "الرياض"),)) == ["مقتل عشرة من المسلحين في اشتباكات عنيفة بالمدينة"]


def test_coordinated_names_in_marks_are_the_object_of_a_warning() -> None:
    text = "وعلقت اللجنة صدور مجلة «الأسبوع» وحذرت صحيفة «الصباح» وموقع «الخبر» الناطقين باسم المعارضة."
    assert found(text, (("ORG", "الأسبوع"), ("ORG", "الصباح"), ("ORG", "الخبر"))) == []


def test_a_survey_is_a_source_that_shows_its_object() -> None:
    doc = attributed("وأظهر مسح حكومي يوم الأحد تراجع ثقة أصحاب المصانع في الربع الأخير.")
    assert [q.text for q in doc.quotes] == ["تراجع ثقة أصحاب المصانع في الربع الأخير"]
    assert names(doc) == ["مسح حكومي"]


def test_a_relative_clause_of_the_subject_runs_to_the_time_word() -> None:
    text = "وأظهر الاستطلاع الذي نشر اليوم الاثنين تراجع ثقة المستهلكين في منطقة اليورو."
    assert found(text) == ["تراجع ثقة المستهلكين في منطقة اليورو"]


def test_a_lam_genitive_of_a_body_runs_to_the_time_word() -> None:
    text = "أعلنت شركة فولكس فاجن الألمانية لصناعة السيارات اليوم الأربعاء ارتفاع أرباحها في الربع الثالث."
    assert found(text, (("ORG", "فولكس فاجن"),)) == ["ارتفاع أرباحها في الربع الثالث"]
