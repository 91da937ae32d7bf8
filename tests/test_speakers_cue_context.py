"""Wrong speakers from the words around the cue: a title that normalizes like a function word («إمام» /
«أمام»), a content clause in marks after the subject («وأوضح لـ"X" مسؤول، "أن…"»), a relay whose source is a
pronoun («ونقل الموقع عنه قوله…») or is followed by a time word. The sentences are invented."""

from __future__ import annotations

from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.wordforms import is_function_word

from .conftest import attributed


def _quotes(text: str, entities: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str | None]]:
    doc = attributed(text, entities)
    return [(doc.text[q.start : q.end], q.speaker.name if q.speaker else None) for q in doc.quotes]


def test_imam_is_a_title_not_the_preposition() -> None:
    """«إمام» (hamza below) is a title; «أمام» (in front of) is the preposition they both normalize to."""
    assert not is_function_word(normalize("إمام"), "إمام")
    assert not is_function_word(normalize("وإمام"), "وإمام")
    assert is_function_word(normalize("أمام"), "أمام")


def test_a_coordinated_imam_title_chain_names_the_speaker() -> None:
    """«أكد إمام وخطيب جامع X فضيلة الشيخ الدكتور فلان أن…»: the whole chain is one title phrase."""
    text = "أكد إمام وخطيب الجامع الكبير فضيلة الشيخ الدكتور منصور الغامدي أن الرحمة أساس التعامل بين الناس."
    quotes = _quotes(text, (("PER", "منصور الغامدي"),))
    assert quotes[0][1] == "منصور الغامدي"


def test_a_content_clause_in_marks_after_the_subject() -> None:
    """«وأوضح لـ"صحيفة" مسؤول مطلع في X، "أن…"»: the marks hold the content, not the outlet's name."""
    text = (
        "وصلت قافلة المساعدات إلى المدينة صباح أمس. "
        'وأوضح لـ"الوطن" مسؤول مطلع في وزارة الصحة، "أن المستشفيات الميدانية جاهزة لاستقبال الجرحى". '
    )
    quotes = _quotes(text)
    assert quotes[0][0].startswith("أن المستشفيات")
    assert quotes[0][1] == "مسؤول مطلع في وزارة الصحة"


def test_a_short_name_in_marks_spelled_with_an_is_no_clause() -> None:
    """«وقالت قناة "ان بي سي" الأمريكية إن…»: three words in marks opening with «ان» are a name."""
    text = 'وقالت قناة "ان بي سي" الأمريكية إن العاصفة ستصل إلى الساحل مساء الغد.'
    quotes = _quotes(text)
    assert [q for q, _ in quotes] == ["العاصفة ستصل إلى الساحل مساء الغد"]


def test_a_relay_with_a_pronoun_continues_the_one_spoken_of() -> None:
    """«وعبر فلان عن… ونقل موقع النادي عنه قوله للصحفيين في… "…"»: the quote is his, and so is «وأضاف»."""
    text = (
        "أعلن مسؤولون في الاتحاد أن المباراة ستقام في موعدها. "
        "وعبر المدرب سامي الجابر عن سعادته بالفوز ونقل موقع النادي عنه قوله للصحفيين في مقر الفريق بالرياض "
        '"اللاعبون قدموا مباراة كبيرة اليوم." وأضاف "سنواصل العمل من أجل البطولة."'
    )
    quotes = _quotes(text, (("PER", "سامي الجابر"),))
    said = [name for q, name in quotes if q.startswith(("اللاعبون", "سنواصل"))]
    assert said == ["موقع النادي", "سامي الجابر", "سامي الجابر"]


def test_a_relayed_source_ends_at_its_saying_noun() -> None:
    """«ونقلت الوكالة عن مصدر… قوله اليوم الأحد "…"»: «قوله» and the time word are not the source's name."""
    text = (
        "ونقلت وكالة الأنباء الوطنية عن مصدر مسؤول في وزارة الخارجية قوله اليوم الأحد "
        '"إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة".'
    )
    names = [name for _, name in _quotes(text)]
    assert "مصدر مسؤول في وزارة الخارجية" in names


def test_a_plural_participle_after_a_verb_with_a_preposition_is_not_its_object() -> None:
    """«وتساءلوا عن أسباب…، قائلين: "…"»: «عن» opens the verb's object; the participle continues the group
    the verb refers to (the farmers of the sentence before), never «أسباب…»."""
    text = (
        "وتجمع عدد من المزارعين أمام مقر البلدية. "
        'وتساءلوا عن أسباب تأخير صرف التعويضات قائلين: "انتظرنا عامين كاملين دون جدوى".'
    )
    quotes = _quotes(text)
    assert quotes[-1] == ("انتظرنا عامين كاملين دون جدوى", "عدد من المزارعين")


def test_a_fused_genitive_after_a_named_body_stays_in_the_title_phrase() -> None:
    """«ودعا عميد شؤون الطلاب بالمعهد الدكتور فلان، الطلاب إلى…»: «بالمعهد» after the named body goes on to
    the holder of the role; it does not open the verb's object."""
    text = (
        "ودعا مدير إدارة البعثات والمنح بالمعهد الدكتور ناصر القرني، الطلاب المقبولين إلى استكمال "
        "إجراءات التسجيل عبر البوابة الإلكترونية."
    )
    ents = (("ORG", "إدارة البعثات والمنح"), ("PER", "ناصر القرني"))
    quotes = _quotes(text, ents)
    assert quotes[0][0].startswith("الطلاب المقبولين")
    assert quotes[0][1] == "ناصر القرني"


def test_a_title_tagged_as_a_name_lends_no_surname() -> None:
    """The NER tags «أمين تبوك» (a title and its place) as a person: «بتبوك» later in another role phrase is
    that place again, not his surname, so «مدير الطرق بتبوك المهندس فلان» names فلان."""
    text = (
        "وأوضح أمين تبوك المهندس خالد السبيعي أن المشاريع ستنتهي قبل نهاية العام. "
        "من جهته أشار مدير الطرق بتبوك المهندس فهد الزهراني إلى اكتمال أعمال الجسر الجديد."
    )
    ents = (("PER", "أمين تبوك"), ("PER", "خالد السبيعي"), ("PER", "فهد الزهراني"))
    quotes = _quotes(text, ents)
    assert quotes[-1] == ("اكتمال أعمال الجسر الجديد", "فهد الزهراني")
