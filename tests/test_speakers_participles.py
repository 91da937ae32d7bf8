"""Which clause a participle («مشيرًا»، «مطالبًا») hangs on: the main statement of its sentence, not one
reported inside it nor its source phrase; a clause opener whose clause names no one continues the sentence's
subject. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def _participle_speaker(text: str, entities: tuple[tuple[str, str], ...], participle: str) -> str | None:
    doc = attributed(text, entities)
    q = next(q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start : q.cue.end] == participle)
    return q.speaker.name if q.speaker else None


def test_a_participle_after_a_nested_statement_is_the_reporters() -> None:
    """«وذكر فلان أن علانًا أبلغ…، مشيرًا»: the one who reported, not the one reported on."""
    text = (
        "وذكر سامي الحربي أن الدكتور ماجد العتيبي أكد للوفد الزائر استمرار الدعم للمزارعين، "
        "مشيرا إلى أن المرحلة الثانية تبدأ الشهر المقبل."
    )
    ents = (("PER", "سامي الحربي"), ("PER", "ماجد العتيبي"))
    assert _participle_speaker(text, ents, "مشيرا") == "سامي الحربي"


def test_a_participle_after_a_source_phrase_is_the_verbs_subject() -> None:
    """«وأكد، بحسب وكالة X، أن…، محذرًا»: the one who stressed, not the agency that relays him."""
    text = (
        "وقال الوزير كريم الشمري إن الموسم الزراعي جيد. "
        "وأكد، بحسب وكالة الأنباء المحلية، أن الإنتاج سيرتفع هذا العام، محذرا من أن الجفاف يهدد المحاصيل."
    )
    ents = (("PER", "كريم الشمري"), ("ORG", "وكالة الأنباء المحلية"))
    assert _participle_speaker(text, ents, "محذرا") == "كريم الشمري"


def test_a_clause_opener_without_a_subject_continues_the_sentence() -> None:
    """«التقى فلان بالطلاب، حيث هنأهم…، مطالبًا»: the subject of the sentence's main clause, not the
    speaker of the statement before."""
    text = (
        "وقال عميد الكلية سعد الزهراني إن حفل التخرج سيقام الأسبوع المقبل. "
        "التقى مدير الجامعة يوسف القحطاني بالطلاب المتفوقين، حيث هنأهم على نتائجهم الممتازة، "
        "مطالبا إياهم بمواصلة الاجتهاد في الفصل القادم."
    )
    ents = (("PER", "سعد الزهراني"), ("PER", "يوسف القحطاني"))
    assert _participle_speaker(text, ents, "مطالبا") == "يوسف القحطاني"


def _speakers(text: str, entities: tuple[tuple[str, str], ...]) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in attributed(text, entities).quotes]


def test_a_participle_spelled_like_a_title_is_nobody() -> None:
    """«مشيرة» is a reporting participle, not «مشير» (a marshal): the verb after it continues the body."""
    text = (
        "وقالت الهيئة العامة للسياحة إن الموسم يبدأ غدا، مشيرة إلى أن الفنادق جاهزة، "
        "وشددت على أهمية النظافة في المواقع."
    )
    speakers = _speakers(text, (("ORG", "الهيئة العامة للسياحة"),))
    assert speakers == ["الهيئة العامة للسياحة"] * 3


def test_a_title_after_a_preposition_written_on_it_is_not_the_subject() -> None:
    """«بمحافظة X» is where, not a (woman) governor: the verb continues the current speaker."""
    text = (
        "وقال المهندس فهد الدوسري إن الطريق سيفتح قريبا. "
        "واطلع على سير العمل بمحافظة الخرج، وأكد أن المشروع يسير وفق الخطة."
    )
    speakers = _speakers(text, (("PER", "فهد الدوسري"), ("LOC", "الخرج")))
    assert speakers == ["فهد الدوسري", "فهد الدوسري"]


def test_a_title_of_the_other_gender_is_not_the_subject() -> None:
    """«سفيرها» (masculine) is the object of «استدعت», not who «وأكدت» (feminine) speaks for."""
    text = (
        "وقالت الوزيرة سلمى الراشد إن الحوار مستمر. "
        "واستدعت الحكومة سفيرها في العاصمة للتشاور، وأكدت أن العلاقات تمر بمرحلة صعبة."
    )
    speakers = _speakers(text, (("PER", "سلمى الراشد"),))
    assert speakers == ["سلمى الراشد", "الحكومة"]


def test_a_plural_cue_is_never_one_person() -> None:
    """«وأبدوا…»: a plural verb with no group named before it is nobody rather than the last person named."""
    text = (
        "وزار الأمير فهد بن خالد معرض الكتاب في المدينة. "
        "وأبدوا سعادتهم بتنظيم المعرض وتنوع الكتب المعروضة فيه."
    )
    assert _speakers(text, (("PER", "فهد بن خالد"),)) == [None]
