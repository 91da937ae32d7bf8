"""Requests as reported speech (ANNOTATION_GUIDE.md: content a speech verb takes as its object): «الرئيس
السوري طلب رسميًّا من الجانب الروسي التعاونَ في…»، «وطلبت الوزارة من المواطنين الالتزامَ…»، «طلب اثنان من
الأعضاء منه الالتزامَ…».

«طلب» is mostly the noun "request" («بناء على طلب الوزارة»، «طلب الاستئناف المقدم من…»، «خطاب طلب من…»),
so the verb is a cue only where a verb can stand (a clause's start, after its subject or a particle) and with
its subject and addressee: «من» right after it when its subject came first; «من» after a subject (any for the
verb-only forms «طلبت/طلبوا», one opening with a title or a given name for «طلب»); or «منه/منها/منهم» a few
words on. With no subject, «وطلب منه…» is as often the passive «وطُلب منه…» (nobody's statement). What is
asked starts after the addressee (a name, a definite noun with its adjectives, or a construct: «إدارة النادي
الأهلي»، «كل شخص») or after أن there («طلبت منه أن…»)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import FUNCTION_WORDS, GIVEN_NAMES, RELATIVE_PRONOUNS, words
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    is_adjective,
    is_complementizer,
    is_definite,
    is_title,
    without_conjunction,
)
from nlp_pipeline.pipeline.quotes.adverbials import skip_adverbials
from nlp_pipeline.tokens.doc import Token

REQUEST_FORMS = words("request_verbs.txt")
FROM = normalize("من")
FROM_PRONOUNS = frozenset(FROM + p for p in ("ه", "ها", "هم", "هما", "ي", "نا", "ك", "كم"))  # «منه»
SUBJECT_SPAN = 6  # words of a subject between the verb and its addressee
VERB_BEFORE = frozenset(normalize(w) for w in ("قد", "وقد", "كما", "ثم", "هو", "هي", "وهو", "وهي", "فيما"))


def request_gender(tokens: Sequence[Token], i: int, end: int) -> str | None:
    """The gender (m, f, p) of the request verb at token i when it is one with its addressee, else None."""
    form = next((f for f in without_conjunction(tokens[i].norm) if f in REQUEST_FORMS), None)
    if form is None or not _verb_can_stand(tokens, i) or addressee_at(tokens, i, end) is None:
        return None
    return "f" if form.endswith(("ت", "تا")) else "p" if form.endswith(("وا", "ا")) else "m"


def _verb_can_stand(tokens: Sequence[Token], i: int) -> bool:
    """A clause's start, a conjunction on the verb, a particle, or a subject before it; not a noun's place
    after a preposition or another noun («على طلب…»، «خطاب طلب…»)."""
    if i == 0 or tokens[i].norm[0] in "وف" or is_punct(tokens[i - 1].text):
        return True
    return tokens[i - 1].norm in VERB_BEFORE or _subject_before(tokens, i)


def _subject_before(tokens: Sequence[Token], i: int) -> bool:
    """A subject right before the verb at token i: a given name or a definite word («الرئيس السوري طلب»،
    «فلان طلب»), not a function word («على» is also the name «علي» once normalized)."""
    before = tokens[i - 1].norm if i > 0 and tokens[i].norm[0] not in "وف" else ""
    return (before in GIVEN_NAMES or is_definite(before)) and before not in FUNCTION_WORDS


def addressee_at(tokens: Sequence[Token], i: int, end: int) -> int | None:
    """The token of «من»/«منه…» that opens the addressee of the request verb at token i, or None."""
    k = skip_adverbials(tokens, i + 1, end)
    if k < end and (tokens[k].norm == FROM or tokens[k].norm in FROM_PRONOUNS):
        # «الرئيس طلب من…»; with no subject before it, «وطلب منه…» is as often the passive «وطُلب منه»
        return k if _subject_before(tokens, i) else None
    # «طلبت/طلبوا» are only verbs; «طلب» + a noun is mostly the noun ("the request of…") unless a title or a
    # given name follows («طلب الوزير من…»)
    verb_only = not tokens[i].norm.endswith("طلب")
    opens_name = k < end and (
        tokens[k].norm in GIVEN_NAMES or is_title(without_conjunction(tokens[k].norm)[-1])
    )
    subject = verb_only or opens_name
    for t in range(k, min(end, k + SUBJECT_SPAN + 1)):
        if is_punct(tokens[t].text):
            return None
        if tokens[t].norm in FROM_PRONOUNS or (subject and t > k and tokens[t].norm == FROM):
            return t
    return None


def request_target(
    tokens: Sequence[Token], entities: Collection[int], i: int, hi: int
) -> tuple[int, int] | None:
    """The tokens of what the request verb at token i asks for: from after its addressee to `hi`. `entities`:
    tokens of any tagged name. None when the addressee's end is unclear (a relative clause) or no noun
    follows."""
    at = addressee_at(tokens, i, hi)
    if at is None:
        return None
    k = at + 1
    if tokens[at].norm == FROM:
        k = _noun_phrase_end(tokens, entities, k, hi)
    if k is not None and k < hi and is_complementizer(tokens[k].norm):
        k += 1  # «طلب منه أن يحضر…»: the clause after أن
    if k is None or k >= hi:
        return None
    norm = tokens[k].norm
    if is_punct(tokens[k].text) or norm in FUNCTION_WORDS or norm in RELATIVE_PRONOUNS or not norm.isalpha():
        return None
    return k, hi


def _noun_phrase_end(tokens: Sequence[Token], entities: Collection[int], k: int, hi: int) -> int | None:
    """The token after the noun phrase starting at token k: a name, or a noun (with its genitive when it has
    no article) and the adjectives after it."""
    if k >= hi:
        return None
    if k in entities:
        while k < hi and k in entities:
            k += 1
    else:
        construct = not is_definite(tokens[k].norm)
        k += 1
        if construct and k < hi and not is_punct(tokens[k].text):
            k += 1
            while k < hi and k - 1 in entities and k in entities:
                k += 1
    while (
        k < hi and (is_adjective(tokens[k].norm) or k in entities) and tokens[k].norm not in RELATIVE_PRONOUNS
    ):
        k += 1
    return k
