"""The named subject written after a cue: «قال المتحدث باسم الكرملين دميتري بيسكوف» is Peskov.

Token patterns only: which PER/ORG mention the cue attaches to once titles, outlets, places inside the title
phrase, adjectives and an addressee (addressees.py: لـ«عكاظ») are stepped over; where that subject can be
(`cue_window`); the holder of a title named elsewhere (`title_holder`), the owner of a statement a relative
clause reports (`stated_by`). A name a title phrase took in: swallowed.py; a body's name in marks after its
description: marked_names.py. resolver.py turns the mention into a speaker.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import (
    ADDRESS_TITLES,
    ADVERBS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    PHRASE_PREPOSITIONS,
    PUBLISHING_WORDS,
    QUANTIFIERS,
    SOURCE_HEADS,
    STATE_CLASSIFIERS,
    STATEMENT_HEADS,
    SUBJECT_STOPS,
    TITLE_LINKS,
)
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import (
    CLAUSE_PUNCT,
    COLON,
    END_PUNCT,
    PARENTHESES,
    QUOTE_MARKS,
    is_punct,
)
from nlp_pipeline.lang.ar.wordforms import (
    PROCLITICS,
    feminine_head,
    is_adjective,
    is_complementizer,
    is_definite,
    is_head_noun,
    is_honorific,
    is_lam_genitive,
    is_title,
    object_noun,
    without_article,
    without_lam,
    word_stem,
)
from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.pipeline.speakers.addressees import OPENING_BRACKETS, addressee, spoken_to
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.honorific_names import honorific_holder
from nlp_pipeline.pipeline.speakers.marked_names import marked_name
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.role_phrases import complemented_role, role_complement

# Marks between a title and the name apposed to it: «رئيس الهيئة، سليمان…»، «المتحدث "سالم"».
APPOSITION_MARKS = CLAUSE_PUNCT | QUOTE_MARKS
RELATIVES = frozenset({normalize("التي"), normalize("الذي")})
RELATIVE_GENDER = {normalize("الذي"): "m", normalize("التي"): "f"}
# Marks that end the stretch of text where a cue's subject can be.
BOUNDARY_PUNCT = CLAUSE_PUNCT | END_PUNCT | COLON | QUOTE_MARKS
TITLE_SPAN = 5  # tokens beside a name where its title phrase is looked for
APPOSED_SPAN = 14  # tokens of a role phrase before the name apposed to it
# A longer chain (a role, its body, a second role) still ends in its holder when an honorific («المهندس»،
# «الدكتورة») stands right before the name: it marks the name as the phrase's person, not the verb's object.
TITLED_SPAN = 24


def entity_subject(names: Mentions, first: int, last: int, source: bool) -> Mention | None:
    """A PER/ORG mention at the head of tokens[first:last], after titles, outlets and links: the first
    person, else the first organisation. `source`: after بحسب/وفقًا, where a ل is glued to the words."""
    tokens = names.tokens
    by_token = {t: m for m in names.mentions if m.label in ("PER", "ORG") for t in range(m.first, m.last)}
    places = {t for m in names.mentions if m.label == "LOC" for t in range(m.first, m.last)}
    found: list[Mention] = []
    titled = need_person = complement = False
    t = first
    while t < last:
        m = by_token.get(t)
        if m is not None:
            if not (source and t == first) and addressee(names, m, t, first):  # «وفقًا لرويترز»: the source
                break
            found.append(m)
            t = m.last
            continue
        if t > first and not source and spoken_to(tokens[t].norm, tokens[t - 1].norm):
            break  # «وأوضح المصدر لشبكة سكاي نيوز»: the outlet spoken to, not the subject
        if marked_name(tokens, t, first, by_token, found):  # «وكالة الإغاثة "أوكسفام"»: the name in marks
            found, t = [], t + 1
            continue
        norm = without_lam(tokens[t].norm) if source or t > first else tokens[t].norm
        nxt = by_token.get(t + 1)
        # «المسؤول في المدينة فلان»: a definite source head is a role, as a title is, and its name follows
        titled = titled or is_title(norm) or (t == first and _definite_source(norm))
        # «مبعوث الأمم المتحدة في ليبيا، جون سميث»: a place inside the title phrase;
        # after it only a person is the subject («مسؤول في وزارة…» is a description); «مدير تعليم جازان» too
        inside_title = titled and not found and bool({t, t + 1} & places or norm in PHRASE_PREPOSITIONS)
        need_person = need_person or (inside_title and norm in PHRASE_PREPOSITIONS)
        # «المشرف على تطوير المهرجان الدكتور فلان»: the role's complement, then only its holder
        complement = complement or (not found and role_complement(tokens, first, t))
        complement = complement and not is_punct(tokens[t].text)
        need_person = need_person or complement
        skippable = (
            is_title(norm)
            or norm in TITLE_LINKS
            or norm in STATEMENT_HEADS
            or is_head_noun(norm)  # «لاعب نادي الوحدة …»
            or inside_title
            # adjectives and genitives after a title or a mention («المتحدث الرسمي للهيئة»)
            or (t > first and _modifier(names, t) and (found == [] or is_adjective(norm)))
            # «أبدى الكندي جون سميث رغبته…»: a nationality before the name
            or (
                not found
                and is_definite(norm)
                and is_adjective(norm)
                and t + 2 < last
                and (nxt is not None or t + 2 in by_token)
            )
            or norm in PUBLISHING_WORDS
            or (norm in ADVERBS and tokens[t - 1].norm in PUBLISHING_WORDS)
            or complement
            or (t == first and complemented_role(norm))
            # «المسؤول في الـ«فاو» فلان»: the article written apart, the mark that opens a name
            or (need_person and (norm == "ال" or tokens[t].text in OPENING_BRACKETS))
            # «رئيس الهيئة العامة…، سليمان الحمدان»: the name after a comma, apposed to the title
            or (tokens[t].text in APPOSITION_MARKS and nxt is not None and nxt.label == "PER")
        )
        if not skippable:
            break
        t += 1
    person = next((m for m in found if m.label == "PER"), None)
    if not found or (need_person and person is None):
        return None
    return person or found[0]


def completed_name(names: Mentions, m: Mention, last: int) -> int:
    """The end of a person's name that the NER cut short after the cue («وقال ماجد الدوسري الناطق…» tagged
    «ماجد»): the name words right after the mention, up to `last`; m.last when there are none. Only for a
    name the document never writes longer («شاكر» of «خالد شاكر» is whole), and never over a word
    with a proclitic glued on («فلان بأهمية…»، «فلان لطلاب…»: what follows the name) or a time word."""
    if m.cluster is not None and any(len(n.words) > len(m.words) for n in m.cluster.mentions):
        return m.last
    covered = {t for n in names.mentions if n is not m for t in range(n.first, n.last)}
    k = names.name_words(m.first, covered)[1]
    if k < m.last:  # «عبدالقادر شيخ» tagged: a word read as a title inside the NER's name; go on after it
        k = names.name_words(m.last - 1, covered)[1]
    k = min(k, last)
    for t in range(m.last, k):
        text = names.tokens[t].text
        if names.tokens[t].norm in ADVERBS or names.strip_proclitic(text) != text:
            return m.last
        if names.tokens[t].norm in SOURCE_HEADS | QUANTIFIERS:  # «فلان مسؤول…»، «فلان أحد سكان…»: his role
            return max(t, m.last)
    return max(k, m.last)


def _definite_source(norm: str) -> bool:
    """«المسؤول»، «المتحدث»: a source head with the article names one person's role."""
    return is_definite(norm) and without_article(norm) in SOURCE_HEADS


def apposed_person(names: Mentions, first: int, last: int) -> Mention | None:
    """The person named at the end of the role phrase that opens the subject: «وأوضح المتحدث الرسمي لفرع
    هيئة الهلال الأحمر بجازان فلان أن…», «وأشار المهندس فلان إلى أن…». None once the phrase ends (a separate
    preposition or conjunction, a mark other than a comma) before a person is named, or after APPOSED_SPAN;
    None unless the phrase opens with a title or a definite noun («هدد نواب محافظون الرئيس روحاني»: an
    indefinite subject, and the person after it is the object)."""
    tokens = names.tokens
    head = tokens[first].norm if first < last else ""
    # «صاحب السمو الملكي الأمير فلان»: a link before a title opens the phrase as a title does
    linked = head in TITLE_LINKS and first + 1 < last and is_title(tokens[first + 1].norm)
    if not (is_title(head) or is_definite(head) or linked):
        return None
    persons = {m.first: m for m in names.mentions if m.label == "PER"}
    named = {t for m in names.mentions if m.label in ("LOC", "ORG") for t in range(m.first, m.last)}
    for t in range(first, min(last, first + TITLED_SPAN)):
        if t in persons and t > first and (t < first + APPOSED_SPAN or is_honorific(tokens[t - 1].norm)):
            return persons[t]
        text = tokens[t].text
        # «مدير إدارة X في تعليم حائل فلان»، «القنصل في مدينة مشهد فلان»: «في» before a named place or
        # body within two words is part of the role; before anything else it ends it («الوزير في مؤتمر…»)
        inside = tokens[t].norm == "في" and bool({t + 1, t + 2} & named)
        inside = inside or role_complement(tokens, first, t)  # «المشرف على لجان X المهندس فلان»
        if tokens[t].norm in SUBJECT_STOPS and not inside:  # «…في نعمة الخيرية، د. فلان»: his name
            return honorific_holder(tokens, t, min(last, first + TITLED_SPAN), persons) if t > first else None
        if is_punct(text) and text not in APPOSITION_MARKS | PARENTHESES:  # «منسقة مبادرة (بلدي) … فلانة»
            return None
    return None


def place_subject(names: Mentions, first: int, last: int) -> Mention | None:
    """«أكدت مصر الأربعاء…»، «أبلغت تركيا الأمم المتحدة…»: a place the NER tagged at the head of the words
    tokens[first:last] that look like a name is the subject; the word after it is a time word or the
    verb's addressee, not part of the name; or the name words stopped inside it («وأعلنت الولايات المتحدة…»:
    the article ended them after «الولايات»). After a state's classifier too: «وأعربت مملكة البحرين عن…»."""
    at = first + 1 if first + 1 < last and names.tokens[first].norm in STATE_CLASSIFIERS else first
    m = next((m for m in names.mentions if m.label == "LOC" and m.first == at), None)
    return m if m is not None and m.cluster is not None else None


def _modifier(names: Mentions, t: int) -> bool:
    """An ال word, or a genitive with ل (للهيئة), that can modify a title or a name."""
    tokens = names.tokens
    nxt = tokens[t + 1].norm if t + 1 < len(tokens) else None
    return is_definite(tokens[t].norm) or is_lam_genitive(tokens[t].norm, nxt)


def addressed_person(names: Mentions, t: int, sentence_of: list[int]) -> Mention | None:
    """«وقال سموه»: the person a title of address at token t stands for. Of the persons named before with a
    matching title, the first in the sentence that named the last of them: «هنأ سمو الأمير فلان … سمو الأمير
    علان…. وقال سموه» is فلان, the subject that sentence is about, not the one it congratulated."""
    titles = {word_stem(w) for w in ADDRESS_TITLES.get(names.tokens[t].norm, ())}
    people = [
        m
        for m in names.mentions
        if m.label == "PER" and m.cluster is not None and m.last <= t and m.cluster.descriptors & titles
    ]
    if not people:
        return None
    sentence = sentence_of[max(people, key=lambda m: m.first).first]
    return min((m for m in people if sentence_of[m.first] == sentence), key=lambda m: m.first)


def title_holder(names: Mentions, first: int, org: Mention) -> Mention | None:
    """«قال رئيس اتحاد X إن…» when the text also names the holder beside the same title and organisation
    («فلان، رئيس اتحاد X» or «رئيس اتحاد X فلان»), before or after: that person's mention."""
    tokens = names.tokens
    titles = {word_stem(tokens[t].norm) for t in range(first, org.first) if is_title(tokens[t].norm)}
    if not titles or org.cluster is None:
        return None
    for p in names.mentions:
        if p.label != "PER" or p.cluster is None or p.first == first:
            continue
        after = p.last + 1 if p.last < len(tokens) and tokens[p.last].text in CLAUSE_PUNCT else p.last
        before = next(
            (t for t in range(p.first - TITLE_SPAN, p.first) if t >= 0 and is_title(tokens[t].norm)), 0
        )
        if _holds(names, after, titles, org, p.last + TITLE_SPAN) or _holds(
            names, before, titles, org, p.first
        ):
            return p
    return None


def _holds(names: Mentions, t: int, titles: set[str], org: Mention, end: int) -> bool:
    """A title of `titles` at token t, then a mention of `org`'s organisation before `end`, nothing else
    named and no punctuation between."""
    tokens = names.tokens
    if t >= len(tokens) or not is_title(tokens[t].norm) or word_stem(tokens[t].norm) not in titles:
        return False
    for k in range(t + 1, min(end, len(tokens))):
        m = next((m for m in names.mentions if m.first == k), None)
        if m is not None:
            return m.cluster is org.cluster
        if is_punct(tokens[k].text):
            return False
    return False


def stated_by(names: Mentions, verb: int) -> Mention | None:
    """«تصريحات فلان التي أكد فيها…»، «بيان الوزارة الذي أكدت فيه…»: a verb right after a relative pronoun
    whose antecedent is a statement noun and the name after it is that name's (its mention)."""
    tokens = names.tokens
    if verb < 3 or tokens[verb - 1].norm not in RELATIVES:
        return None
    m = next((m for m in names.mentions if m.last == verb - 1 and m.label in ("PER", "ORG")), None)
    if m is None or m.first == 0 or m.cluster is None:
        return None
    head = tokens[m.first - 1].norm
    bare = head[1:] if head[0] in PROCLITICS else head  # «بتصريحات»، «وبيان»
    return m if {head, bare, word_stem(head)} & DOCUMENT_NOUNS else None


def relative_subject(names: Mentions, verb: int, gender: str | None) -> Mention | None:
    """«المتحدث الرسمي فلان الذي أكد أن…»: the name right before a relative pronoun is the subject of the
    verb right after it, when the pronoun's gender is the verb's (else the antecedent is another noun)."""
    tokens = names.tokens
    relative = tokens[verb - 1].norm if verb >= 2 else ""
    relative = relative[1:] if relative.startswith("و") else relative  # «فلان، والذي يؤكد…»
    if RELATIVE_GENDER.get(relative) != gender:
        return None
    end = verb - 2 if verb > 2 and tokens[verb - 2].text in CLAUSE_PUNCT else verb - 1
    m = next((m for m in names.mentions if m.last == end and m.label in ("PER", "ORG")), None)
    return m if m is not None and m.cluster is not None and m.cluster.agrees(gender) else None


def cue_window(names: Mentions, text: str, quote_start: int, cue: Cue | None) -> tuple[int, int]:
    """Tokens where the cue's explicit subject can be: between the cue and its quote, else after the cue to
    the next mark; for a headline (no cue), from the start of the line to the quote."""
    tokens = names.tokens
    qfirst = names.token_at(quote_start)
    if cue is None:  # headline: the name before the colon, from the start of the line
        line = text.rfind("\n", 0, quote_start) + 1
        first = names.token_at(line) if line < quote_start else qfirst
        # «رابط الخبر بصحيفة X: فلان: …»: after an earlier colon on the line, the name is the last segment
        colons = [t for t in range(first, qfirst - 1) if tokens[t].text in COLON]
        return (colons[-1] + 1 if colons else first), qfirst
    if cue.kind == "naming" and _described(names, cue.last):
        return cue.last, cue.last  # «وصفه باتفاق "…"»: what the verb describes, no subject
    if cue.first < qfirst:
        last = qfirst
        while last > cue.last and (
            tokens[last - 1].text in BOUNDARY_PUNCT or is_complementizer(tokens[last - 1].norm)
        ):
            last -= 1
        # «ودعت الجمعية اللهَ أن…»: a definite feminine head takes no definite genitive; the word is the object
        cut = cue.last + 1 < last and object_noun(tokens[cue.last + 1].norm)
        return cue.last, cue.last + 1 if cut and feminine_head(tokens[cue.last].norm) else last
    last = cue.last
    stops = BOUNDARY_PUNCT - QUOTE_MARKS if cue.kind == "source" else BOUNDARY_PUNCT  # «وفقًا لـ"العربية"»
    while last < len(tokens) and tokens[last].text not in stops:
        last += 1
    return cue.last, last


def _described(names: Mentions, t: int) -> bool:
    """A word with a fused ب after a naming verb, no name: the thing described («وصفه باتفاق…»), not a
    subject such as «وصفه بيان الوزارة…»."""
    norm = names.tokens[t].norm if t < len(names.tokens) else ""
    if len(norm) <= 3 or norm[0] != "ب" or is_head_noun(norm) or norm in FUNCTION_WORDS:
        return False
    return not any(m.first <= t < m.last for m in names.mentions)
