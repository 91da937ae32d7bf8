"""Two small things names carry that are not names: ل + a news agency («لرويترز») is whom a statement was made
to, or after «وفقًا» its source, never a speaker with the ل; «فان» in a Dutch name is a particle, not فإن that
opens a statement, and a short form without it is the same person. The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.pipeline.latin.names import latin_name

from .conftest import attributed, names


def test_agency_with_lam_after_a_role_is_spoken_to() -> None:
    doc = attributed("وقال المسؤول لرويترز: «الوضع في المدينة هادئ».", (("ORG", "لرويترز"),))
    assert names(doc) == ["المسؤول"]


def test_agency_with_lam_right_after_the_cue_is_no_subject() -> None:
    text = "التقى الصحفيون بالوزير سامي الدوري أمس. وقال لرويترز في مقابلة إن الوضع في المدينة هادئ."
    doc = attributed(text, (("PER", "سامي الدوري"), ("ORG", "لرويترز")))
    assert names(doc) == ["سامي الدوري"]


def test_agency_after_wifqan_is_the_source_without_its_lam() -> None:
    doc = attributed("وارتفعت أسعار الذهب بنسبة واحد في المئة اليوم، وفقا لرويترز.", (("ORG", "لرويترز"),))
    assert names(doc) == ["رويترز"]
    assert doc.quotes[0].speaker is not None and doc.quotes[0].speaker.latin == "Reuters"


def test_van_inside_a_name_does_not_open_the_statement() -> None:
    doc = attributed("وقال بيتر فان دام إن الوضع صعب للغاية.", (("PER", "بيتر فان دام"),))
    assert [q.text for q in doc.quotes] == ["الوضع صعب للغاية"]
    assert names(doc) == ["بيتر فان دام"]


def test_name_opening_with_van_keeps_it() -> None:
    doc = attributed("وأضاف فان دير بيرغ أن المساعدات وصلت إلى الميناء.", (("PER", "فان دير بيرغ"),))
    assert [q.text for q in doc.quotes] == ["المساعدات وصلت إلى الميناء"]
    assert names(doc) == ["فان دير بيرغ"]


def test_short_form_without_van_is_the_same_person() -> None:
    text = "وقال المدرب لويس غال إن الفريق جاهز. وقال المدرب لويس فان غال إن المباراة صعبة."
    doc = attributed(text, (("PER", "لويس غال"), ("PER", "لويس فان غال")))
    assert names(doc) == ["لويس فان غال", "لويس فان غال"]


def test_dutch_particles_are_lower_case_in_latin() -> None:
    latin = latin_name("فان دير بيرغ", "PER")
    assert latin is not None and latin.startswith("van der ")
