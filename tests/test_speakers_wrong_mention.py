"""Speakers that were another mention altogether, or none: the verb and object of a «بعد أن…» clause read
as the fronted subject of the cue after it; «تعالى» (an epithet of God) read as a name; God prayed to read as
the one who prays; «البعض» after an object verb read as its object; the person spoken to after «معاليه», or
«برقية سموه» left unresolved; «أصدرته»، «نشرته» after a document noun read as its author; «وقالت إن…» after
a sentence opened by a body left without a speaker. The sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def _speaker_of(text: str, entities: tuple[tuple[str, str], ...], cue: str) -> str | None:
    doc = attributed(text, entities)
    q = next(q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start : q.cue.end] == cue)
    return q.speaker.name if q.speaker else None


def test_a_clause_after_bad_an_is_not_the_subject_of_the_next_cue() -> None:
    """«وبعد أن أنهى جولته الميدانية أوضح أن…»: «أنهى جولته» is a clause, the cue continues the minister."""
    text = (
        "وزار الوزير خالد المطيري المدرسة الثانوية أمس. "
        "وبعد أن أنهى جولته الميدانية أوضح أن المدرسة تحتاج إلى صيانة عاجلة."
    )
    assert _speaker_of(text, (("PER", "خالد المطيري"),), "أوضح") == "خالد المطيري"


def test_the_subject_before_bad_an_is_the_fronted_subject() -> None:
    """«وأضاف أن الموظف بعد أن أنهى عمله كشف عن…»: the employee, before «بعد», revealed it."""
    text = (
        "وقال المدير سعد الحربي إن العمل مستمر في الفرع. "
        "وأضاف أن الموظف بعد أن أنهى عمله كشف عن رغبته في التقاعد المبكر."
    )
    assert _speaker_of(text, (("PER", "سعد الحربي"),), "كشف") == "الموظف"


def test_an_epithet_of_god_after_a_verb_of_saying_is_god() -> None:
    """«لقوله تعالى: (…)»، «وقال سبحانه وتعالى: (…)»: God is the speaker, written «الله»."""
    text = (
        "وتحدث الخطيب عن فضل الصدقة لقوله تعالى: (خذ من أموالهم صدقة تطهرهم). "
        "وقال الله تعالى في كتابه: (وأقيموا الصلاة). وقال سبحانه وتعالى: (إن الله مع الصابرين)."
    )
    doc = attributed(text, (("PER", "الخطيب"),))
    cues = ("لقوله", "وقال")
    cued = [q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start : q.cue.end] in cues]
    assert [q.speaker.name if q.speaker else None for q in cued] == ["الله"] * 3
    assert {q.speaker.latin for q in cued if q.speaker} == {"God"}  # as agencies write Him, not "al-Lah"


def test_god_addressed_in_a_prayer_is_not_the_speaker() -> None:
    """«ودعا الله تعالى أن…»: God is the one prayed to; the epithet rule is for verbs of saying only."""
    text = "وقال الشيخ ناصر العمري إن الصبر مفتاح الفرج. ودعا الله تعالى أن يحفظ البلاد من كل سوء."
    assert _speaker_of(text, (("PER", "ناصر العمري"),), "ودعا") != "الله"
    assert _speaker_of(text, (("PER", "ناصر العمري"),), "ودعا") == "ناصر العمري"


def test_a_group_pronoun_after_an_object_verb_is_its_subject() -> None:
    """«فيما أعلن البعض رفضهم…»، «وطالب آخرون بتأجيل…»: the group speaks; the object follows it."""
    text = (
        "وقال الوزير سعد الحربي إن الخطة جاهزة. فيما أعلن البعض رفضهم للخطة الجديدة. "
        "وطالب آخرون بتأجيل التنفيذ إلى العام المقبل."
    )
    doc = attributed(text, (("PER", "سعد الحربي"),))
    assert [(q.text.split()[0], q.speaker.name if q.speaker else None) for q in doc.quotes[1:]] == [
        ("رفضهم", "البعض"),
        ("تأجيل", "آخرون"),
    ]


def test_a_title_of_address_is_the_subject_before_the_one_spoken_to() -> None:
    """«ونقل معاليه لخادم الحرمين تحيات…»: «معاليه» is the minister named before, not the king after it."""
    text = (
        "استقبل الملك سلمان بن عبدالعزيز أمس معالي وزير الصحة الدكتور سعد الخالدي. "
        "ونقل معاليه لخادم الحرمين الشريفين تحيات الوزارة وتقديرها لجهود الدولة."
    )
    ents = (("PER", "سلمان بن عبدالعزيز"), ("PER", "سعد الخالدي"), ("PER", "خادم الحرمين الشريفين"))
    assert _speaker_of(text, ents, "ونقل") == "سعد الخالدي"


def test_a_title_of_address_after_a_document_noun_is_its_author() -> None:
    """«وجاء في برقية سموه: …»: the cable's author is the prince named before."""
    text = (
        "بعث صاحب السمو الملكي الأمير سلمان بن فهد أمير منطقة حائل برقية تهنئة للفائزين. "
        "وجاء في برقية سموه: نهنئكم بهذا الفوز الكبير."
    )
    assert _speaker_of(text, (("PER", "سلمان بن فهد"),), "وجاء في") == "سلمان بن فهد"


def test_a_verb_of_publishing_after_a_document_noun_is_not_the_source() -> None:
    """«ووفقا لبيان أصدرته أمس وزارة X»، «بحسب تقرير نشرته مجلة (X)»: the author follows the verb."""
    text = "ووفقا لبيان أصدرته أمس وزارة الصحة، فإن عدد الإصابات انخفض خلال الشهر الماضي."
    assert _speaker_of(text, (("ORG", "وزارة الصحة"),), "ووفقا") == "وزارة الصحة"
    text = "وبحسب تقرير نشرته مجلة (الأسواق المالية) الأسبوعية فإن أسعار الذهب سترتفع."
    assert (_speaker_of(text, (), "وبحسب") or "").startswith("الأسواق")  # the name in brackets, not «نشرته»


def test_a_bare_cue_continues_the_body_that_opened_the_sentence_before() -> None:
    """«أكدت هيئة X أهميةَ…. وقالت إن…»: no speaker before, no woman named: the body that opened the
    sentence before is who said it; with words after the verb («وأفادت شهادات…») it is not continued."""
    text = (
        "أكدت الهيئة العامة للأرصاد في منطقة تبوك استمرار موجة الحر طوال الأسبوع. "
        "وقالت إن درجات الحرارة قد تتجاوز خمسا وأربعين درجة."
    )
    ents = (("ORG", "الهيئة العامة للأرصاد"),)
    assert _speaker_of(text, ents, "وقالت") == "الهيئة العامة للأرصاد"


def test_an_estimate_is_the_statement_of_those_who_made_it() -> None:
    """«حسب تقديرات عدد من المحللين، فإن…»: the analysts, not «تقديرات»."""
    text = "وحسب تقديرات عدد من المحللين، فإن أسعار العقار ستنخفض في العام المقبل."
    assert _speaker_of(text, (), "وحسب") == "عدد من المحللين"
