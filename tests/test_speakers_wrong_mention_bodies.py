"""Speakers that were another mention altogether, or none (round 2): the accused after «اتهم» read as the
accuser; a body's head that opens with ب («بورصة») read as a fused preposition, and a body's head before a
place («بنك الكويت»، «بلدية جدة») left out of the subject, so that the content swallowed the subject. The
sentences are invented."""

from __future__ import annotations

from .conftest import attributed


def _quote_of(text: str, entities: tuple[tuple[str, str], ...], cue: str) -> tuple[str, str | None]:
    doc = attributed(text, entities)
    q = next(q for q in doc.quotes if q.cue is not None and doc.text[q.cue.start : q.cue.end] == cue)
    return q.text, q.speaker.name if q.speaker else None


def test_a_bourse_is_a_body_not_a_fused_preposition() -> None:
    """«وأعلنت بورصة الكويت إدراج…»: «بورصة» is the body's head, not ب + «ورصة»; the object follows."""
    text = "وأعلنت بورصة الكويت إدراج سندات حكومية جديدة في السوق الموازية."
    content, speaker = _quote_of(text, (("LOC", "الكويت"),), "وأعلنت")
    assert content.startswith("إدراج سندات")
    assert speaker == "بورصة الكويت"


def test_a_bank_named_by_its_head_and_a_place_is_the_subject() -> None:
    """«وأعلن بنك الخليج الأهلي ارتفاع…»: an official name's head opens the subject as «وزارة» does."""
    text = "وأعلن بنك الخليج الأهلي ارتفاع أرباحه الفصلية بنسبة طفيفة."
    content, speaker = _quote_of(text, (("LOC", "الخليج"),), "وأعلن")
    assert content.startswith("ارتفاع أرباحه")
    assert speaker is not None and speaker.startswith("بنك")


def test_a_place_after_a_bodys_head_is_its_genitive() -> None:
    """«وأكدت سفارة فرنسا استعدادها…»: the place belongs to the body; the object follows it."""
    text = "وأكدت سفارة فرنسا استعدادها لتسهيل إجراءات التأشيرات للطلاب."
    content, speaker = _quote_of(text, (("LOC", "فرنسا"),), "وأكدت")
    assert content.startswith("استعدادها لتسهيل")
    assert speaker is not None and speaker.startswith("سفارة")


def test_the_one_phrase_after_an_accusation_verb_is_the_accused() -> None:
    """«كما اتهم حزبَ X وتنظيمَ Y بأن…»: the parties are accused; the accuser is the one spoken of before."""
    text = (
        "وقال الرئيس ماهر الزيدي إن الهدوء عاد إلى البلاد. "
        'كما اتهم حزب النور وتنظيم "الفجر" بأن "أهدافهما واحدة" في إشعال الفتنة.'
    )
    ents = (("PER", "ماهر الزيدي"), ("ORG", "حزب النور"), ("ORG", "الفجر"))
    assert _quote_of(text, ents, "اتهم")[1] == "ماهر الزيدي"


def test_a_single_word_after_an_accusation_verb_is_the_accused() -> None:
    """«واتهمت المدرسةَ بأنها…»: the mother accuses the school, not the school her."""
    text = "وقالت الأم منى الشهري إن ابنها تعرض للظلم. واتهمت المدرسة بأنها حرمته من الاختبار."
    assert _quote_of(text, (("PER", "منى الشهري"),), "واتهمت")[1] == "منى الشهري"


def test_an_accuser_written_before_the_accused_stays_the_speaker() -> None:
    """«واتهم الوزير فلان الشركةَ بأنها…»: a subject and an object before the content; the subject speaks."""
    text = "واتهم الوزير ماهر الزيدي الشركة بأنها أخفت أرقام الإنتاج."
    assert _quote_of(text, (("PER", "ماهر الزيدي"),), "واتهم")[1] == "ماهر الزيدي"
