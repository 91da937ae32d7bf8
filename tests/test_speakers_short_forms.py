"""A person named later by a shorter form of the document's fullest name, and the name's first word the
tagger left out. Invented sentences only; each test fails without the rule it names."""

from __future__ import annotations

import re

from nlp_pipeline.lang.ar.tokenizer import tokenize_doc
from nlp_pipeline.pipeline.quotes.finder import find_quotes
from nlp_pipeline.pipeline.speakers.resolver import attribute_speakers
from nlp_pipeline.tokens.doc import Doc, Entity

from .conftest import attributed, names


def test_ibn_short_form_joins_the_full_name_with_bin() -> None:
    """«ابن الراشد» after «فهد بن سالم بن الراشد»: the same lineage word, one cluster, the fullest name."""
    text = (
        "افتتح المحافظ فهد بن سالم بن الراشد أمس المعرض الجديد للكتاب في المدينة. "
        "وأكد ابن الراشد أن المعرض يدعم الناشرين المحليين."
    )
    doc = attributed(text, (("PER", "فهد بن سالم بن الراشد"), ("PER", "ابن الراشد")))
    assert names(doc) == ["فهد بن سالم بن الراشد"]


def test_abd_compound_before_a_tagged_name_opens_the_name() -> None:
    """«الوزير عبدالكريم ناصر الحمدان» tagged «ناصر الحمدان»: the fused «عبد…» word is the given name."""
    text = "وقال وزير الزراعة عبدالكريم ناصر الحمدان إن موسم الحصاد سيبدأ مبكرا هذا العام."
    doc = attributed(text, (("PER", "ناصر الحمدان"),))
    assert names(doc) == ["عبدالكريم ناصر الحمدان"]


def test_abd_compound_that_ends_another_name_stays_there() -> None:
    """A «عبد…» word inside the entity before (a father's name) is not taken by the next name."""
    text = "وقال الأمير خالد بن عبدالله خالد الحمدان إن الموسم سيبدأ مبكرا."
    doc = attributed(text, (("PER", "خالد بن عبدالله"), ("PER", "خالد الحمدان")))
    assert "عبدالله خالد الحمدان" not in names(doc)


def test_surname_alone_is_the_person_of_that_name_named_last() -> None:
    """«الشمري» alone after «سعود الشمري» spoke again: not «نايف الشمري», whose cluster was opened later."""
    text = (
        "أعلن سعود الشمري رئيس الجمعية أن الجمعية ستفتتح فرعا جديدا. وقال الشمري إن نايف الشمري سيدير الفرع. "
        "وأكد سعود الشمري أن التمويل متوفر. وأوضح الشمري أن الافتتاح سيكون الشهر المقبل."
    )
    doc = tokenize_doc(Doc("t", text))
    # every occurrence tagged, as the NER tags them: the full names and the surname alone
    spans = [m.span() for m in re.finditer(r"(?:سعود |نايف )?الشمري", text)]
    doc.entities = [Entity(a, b, text[a:b], f"e{n}", "PER") for n, (a, b) in enumerate(spans)]
    assert names(attribute_speakers(find_quotes(doc)))[-1] == "سعود الشمري"


def test_given_name_alone_is_not_a_family_name_after_al() -> None:
    """«الأمير فيصل» alone is the prince whose given name it is, not one whose name ends «… آل فيصل»."""
    text = (
        "قال رئيس الهيئة الأمير فيصل بن خالد بن سعد إن المشروع يسير وفق الخطة، "
        "شاكرا الأمير ماجد بن تركي آل فيصل على دعمه. وقال الأمير فيصل إن الهيئة ستعلن النتائج قريبا."
    )
    doc = tokenize_doc(Doc("t", text))
    spans = [(m.start(), m.end()) for m in re.finditer(r"فيصل بن خالد بن سعد|ماجد بن تركي آل فيصل", text)]
    last = text.rindex("فيصل")
    spans.append((last, last + len("فيصل")))
    doc.entities = [Entity(a, b, text[a:b], f"e{n}", "PER") for n, (a, b) in enumerate(spans)]
    assert names(attribute_speakers(find_quotes(doc)))[-1] == "فيصل بن خالد بن سعد"
