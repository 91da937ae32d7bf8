"""The implied subject of a cue that names none («وأضاف»، «مشيرًا»): the sentence's, else the current speaker.

`ImpliedSubject` is the part of the resolver (resolver.py) that looks back from a cue without a subject: the
owner of a statement a relative clause reports, the first person of the sentence, the subject of the verb
before it, an institution that opens the sentence, else the speaker of the statement before it.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import (
    CLAUSE_OPENERS,
    DESCRIPTION_HEADS,
    FUNCTION_WORDS,
    GROUP_WORDS,
    INSTITUTION_HEADS,
    ORG_CLASSIFIERS,
    PEOPLE_PLURALS,
    SOURCE_HEADS,
    TOPIC_PREPOSITIONS,
)
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    PREPOSITIONS,
    is_adjective,
    is_complementizer,
    is_definite,
    is_people_plural,
    is_title,
    is_title_spelled,
    title_gender,
    without_article,
    without_conjunction,
    word_stem,
)
from nlp_pipeline.pipeline.quotes.cues import Cue, match_cue
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.mentions import Mentions
from nlp_pipeline.pipeline.speakers.opening_place import opening_place
from nlp_pipeline.pipeline.speakers.opening_sources import opening_source
from nlp_pipeline.pipeline.speakers.resolved import Resolved
from nlp_pipeline.pipeline.speakers.subject import apposed_person, relative_subject, stated_by
from nlp_pipeline.pipeline.speakers.unnamed_sources import source_phrase
from nlp_pipeline.tokens.doc import Doc, Quote, Token


class ImpliedSubject:
    """Looking back from a cue without a subject; the resolver supplies the state and the steps below."""

    doc: Doc
    tokens: list[Token]
    names: Mentions
    sentence_of: list[int]

    def _sentence_start(self, t: int) -> int:
        raise NotImplementedError

    def _subject(self, first: int, last: int, source: bool) -> Resolved | None:
        raise NotImplementedError

    def _title_referent(self, first: int, k: int, attached: bool) -> Resolved:
        raise NotImplementedError

    def _description(self, first: int, last: int, source: bool) -> Resolved:
        raise NotImplementedError

    def _institution(self, first: int, last: int, m: Mention) -> Resolved:
        raise NotImplementedError

    def _implied(self, cue: Cue | None, current: Resolved | None) -> Resolved | None:
        """No subject after the cue: the sentence's subject before it, else the current speaker, else the
        last person named (each only when the verb's gender agrees)."""
        if cue is None:
            return None
        # «تصريحات فلان التي أكد فيها»، «فلان الذي أكد»
        owner = stated_by(self.names, cue.first) or relative_subject(self.names, cue.first, cue.gender)
        if owner is not None:
            return Resolved(owner.cluster, None, None, owner.entity)
        group = self._group(cue) if cue.gender == "p" else None
        if group is not None:
            return group
        topic = self._topic(cue, cue.gender) or self._coordinated(cue)
        if topic is not None:
            return topic
        if current is not None and current.compatible(cue.gender):
            return current.implied()
        if cue.gender == "p":
            return None  # «وأضافوا» is not one person: no group named, no speaker rather than the wrong one
        m = self.names.last_person_before(self.tokens[cue.first].start, cue.gender)
        return Resolved(m.cluster, None, None, m.entity) if m else self._previous_opening(cue)

    def _previous_opening(self, cue: Cue) -> Resolved | None:
        """«أكدت الأمانة العامة لهيئة X ما…. وقالت إن…»: a cue that opens its sentence and writes no subject
        (أن/إن or a mark right after it), with no speaker before it and no person to continue, continues the
        body that opens the sentence before (the subject of its verb)."""
        lo = self._sentence_start(cue.first)
        after = self.tokens[cue.last] if cue.last < len(self.tokens) else None
        bare = after is not None and (is_complementizer(after.norm) or is_punct(after.text))
        if cue.first > lo + 1 or lo == 0 or not bare:
            return None
        before = self._sentence_start(lo - 1)
        found = self._opening_subject(before, lo)
        return found.implied() if found is not None and found.compatible(cue.gender) else None

    def _nested(self, q: Quote) -> bool:
        """A statement a participle does not hang on: one reported inside an earlier statement's content
        («وبين فلان أن علانًا أكد…، مشيرًا» is فلان's), or the source phrase of a verb's statement («وأكد،
        بحسب وكالة X، أن…، محذرًا» is the one who stressed)."""
        if q.cue is None:
            return False
        at = q.cue.start
        cue = match_cue(self.tokens, self.names.token_at(at))
        for p in self.doc.quotes:
            if p is q or p.cue is None:
                continue
            if p.cue.start < at and p.start <= at < p.end:
                return True
            if (p.start, p.end) == (q.start, q.end) and cue is not None and cue.kind == "source":
                return True
        return False

    def _group(self, cue: Cue) -> Resolved | None:
        """A plural cue without a subject («اعتبروا»، «مشيرين»): the first group of people in its clause,
        not after a preposition nor inside a statement: «عدد من الخبراء», «البعض», «المشاركون»; for a
        cue that opens its sentence, the group that is the subject of the sentence before («ووجد
        الباحثون…. وأوضحوا»)."""
        lo = self._sentence_start(cue.first)
        opened = self._clause_start(lo, cue.first)
        for t in range(opened, cue.first):
            if t > lo and self.tokens[t - 1].norm in FUNCTION_WORDS or self._reported(t, opened):
                continue
            found = self._group_at(t, cue.first)
            if found is not None:
                return found
        if cue.first > lo + 1 or lo == 0:
            return None
        # the subject's place in the sentence before: after its verb and an auxiliary («وقد قسم الباحثون»)
        before = self._sentence_start(lo - 1)
        for t in range(before, min(before + 3, lo)):
            if t > before and self.tokens[t - 1].norm in FUNCTION_WORDS:
                continue
            found = self._group_at(t, lo)
            if found is not None:
                return found
        return None

    def _group_at(self, t: int, limit: int) -> Resolved | None:
        """The group of people that token t opens, its phrase ending before token `limit`, or None."""
        norm = self.tokens[t].norm
        word = norm[1:] if norm.startswith("و") and len(norm) > 4 else norm
        grouped = without_article(word) in GROUP_WORDS
        if grouped and t + 2 < limit and self.tokens[t + 1].norm == "من":
            end = t + 3  # «الكثير من الزوار»
            if not is_definite(self.tokens[t + 2].norm) and end < limit:
                end += is_definite(self.tokens[end].norm)  # «عدد من أولياء الأمور»: a construct
            while (
                end < limit
                and is_definite(n := self.tokens[end].norm)
                and is_adjective(n)
                and n not in FUNCTION_WORDS
            ):
                end += 1  # «عدد من الخبراء الأمنيين»: the description keeps its adjectives
        elif (grouped and is_definite(word)) or is_people_plural(word):
            end = t + 1  # «البعض»، «المشاركون»
        elif word == norm and without_article(word) in PEOPLE_PLURALS:
            # not glued to «و»: «…لوالديهما وأقارب الشهيدين، داعيين» ends a list of objects, no subject
            # «شهود عيان»، «مسؤولون يمنيون»: described like an unnamed source, but never a back-reference
            # to a source named before («الخبراء» after «دراسة»)
            end = source_phrase(self.tokens, t, limit, [(m.first, m.last) for m in self.names.mentions]).last
        else:
            return None
        start = self.tokens[t].start + len(norm) - len(word)
        return Resolved(None, self.doc.text[start : self.tokens[end - 1].end])

    def _coordinated(self, cue: Cue) -> Resolved | None:
        """«وتطرقت مجلة X إلى… وطالبت…»: the subject of the verb before it in the sentence, of its gender,
        when that verb reported nothing (else the words after it may be its object)."""
        lo = self._sentence_start(cue.first)
        before = next((c for t in range(cue.first - 1, lo - 1, -1) if (c := match_cue(self.tokens, t))), None)
        if before is None or before.kind != "verb" or before.gender not in (cue.gender, None):
            return None
        if any(q.cue and q.cue.start == self.tokens[before.first].start for q in self.doc.quotes):
            return None
        if before.last < cue.first and self.tokens[before.last].norm in FUNCTION_WORDS:
            # «وتساءلوا عن إجراءات…، قائلين»: a preposition opens the verb's object, so the verb states no
            # subject; the cue continues the group the verb refers to, or no one (never that object)
            return self._group(before) if cue.gender == "p" else None
        found = self._subject(before.last, cue.first, False)
        return found.implied() if found is not None else None

    def _topic(self, cue: Cue, gender: str | None) -> Resolved | None:
        """The first person in the cue's sentence, not after a preposition: «عقد الشيباني اجتماعًا مع
        نظيره لافروف، أكد…» is al-Shaibani; a title alone («ولم يخفِ الوزير السوري…») is resolved."""
        lo = self._sentence_start(cue.first)
        if set(without_conjunction(self.tokens[lo].norm)) & TOPIC_PREPOSITIONS:
            return None  # «وعن إصابة زميله فلان قال…»: the sentence opens with what it is about
        opened = self._clause_start(lo, cue.first)
        found = self._first_person(opened, lo, cue, gender)
        if found is None and opened > lo:
            # «اجتمع فلان باللاعبين، حيث شكرهم…، مطالبًا…»: a clause opener whose clause names no one
            # continues the subject of the sentence's main clause
            found = self._first_person(lo, lo, cue, gender)
        if found is None and (place := opening_place(self.names, lo, cue)):  # «ورفضت أنقرة… وقالت»
            found = Resolved(place.cluster, None, None, place.entity)
        found = found or self._opening_subject(lo, cue.first)
        if found is None and (source := opening_source(self.tokens, lo, cue.first, gender)) is not None:
            return self._description(source, cue.first, True).implied()  # «وقد تناقلت وسائل الإعلام…، مشيرة»
        return found

    def _first_person(self, opened: int, lo: int, cue: Cue, gender: str | None) -> Resolved | None:
        """The first person or title of gender `gender` from token `opened` to the cue, not after a
        preposition nor inside a statement reported after `opened`."""
        t = opened
        while t < cue.first:
            m = self.names.person_at(t)
            if m is None and not self._subject_title(t, gender):
                t += 1
                continue
            head = t
            k = self.names.skip_title(t) if m is None else t
            # «وهنأ د. فلان منسوبي الندوة»: a tagged surname with the article ends the title phrase, which
            # would otherwise take it as a modifier and read the object after it as the name
            m = m or next((p for j in range(t + 1, k) if (p := self.names.person_at(j)) and p.entity), None)
            # «استنكر معالي الأمين العام لمجلس… الدكتور فلان»: the name ends a long title phrase
            m = m or self.names.person_at(k) or apposed_person(self.names, t, cue.first)
            after_preposition = head > lo and self.tokens[head - 1].norm in FUNCTION_WORDS
            if not after_preposition and not self._reported(head, opened):
                if m is not None and m.cluster is not None:
                    r: Resolved | None = Resolved(m.cluster, None, None, m.entity)
                else:
                    r = self._title_referent(head, k, attached=False)
                    # «دشن الفريق…» (the team): a title that shares no word with the person found is no one
                    words = {word_stem(self.tokens[j].norm) for j in range(head, k)}
                    r = None if r.cluster is not None and not words & r.cluster.descriptors else r
                if r is not None and r.compatible(gender):
                    return r
            t = max(k, t + 1) if m is None else m.last
        return None

    def _subject_title(self, t: int, gender: str | None) -> bool:
        """Whether token t is a title that can be the subject of a cue of `gender`: not a reporting
        participle spelled like a title («مشيرًا» is no «مشير», a marshal), not a title after a preposition
        written on it («بمحافظة»، «لمدير»), not one of the other gender («سفيرها» is not who «وصفتها»)."""
        token = self.tokens[t]
        if not is_title_spelled(token.text, token.norm):
            return False
        cue = match_cue(self.tokens, t)
        if cue is not None and cue.kind == "participle":
            return False
        if token.norm[0] in PREPOSITIONS and is_title(token.norm[1:]):
            return False
        own = title_gender(token.norm)
        return not (gender in ("m", "f") and own in ("m", "f") and own != gender)

    def _reported(self, t: int, lo: int) -> bool:
        """Token t is inside the content of a statement that starts after token `lo` («أكد مصدر أنهم
        يتابعون إصابة فلان، وأكد…»); one that starts before a clause opener does not count."""
        start, opened = self.tokens[t].start, self.tokens[lo].start
        return any(opened <= q.start <= start < q.end for q in self.doc.quotes)

    def _clause_start(self, lo: int, cue: int) -> int:
        """Where the subject of a cue without one can be: after the last clause opener before it («…، فيما
        شكر فلان…، وقال»), else from the sentence's start `lo`."""
        return next((t + 1 for t in range(cue - 1, lo - 1, -1) if self.tokens[t].norm in CLAUSE_OPENERS), lo)

    def _opening_subject(self, lo: int, before: int) -> Resolved | None:
        """An organisation or institution right after the sentence's first word («أصدرت جامعة X بيانًا،
        أوضحت فيه…», «وكانت السلطات X أعلنت…»): the subject of the verb that opens the sentence."""
        for t in range(lo, min(lo + 2, before)):
            m = next((m for m in self.names.mentions if m.first == t and m.label == "ORG"), None)
            if m is not None and m.cluster is not None:
                return Resolved(m.cluster, None, None, m.entity)
            norm = self.tokens[t].norm
            at = {t + 1, t + 2} if self.tokens[t + 1].norm in ORG_CLASSIFIERS else {t + 1}  # «إدارة نادي X»
            org = next((m for m in self.names.mentions if m.first in at and m.label == "ORG"), None)
            if org is not None and t > lo and norm in INSTITUTION_HEADS:  # «أغلقت إدارة نادي X…»
                return self._institution(t, org.last, org).implied()
            if is_definite(norm) and {norm, without_article(norm)} & (DESCRIPTION_HEADS - SOURCE_HEADS):
                return self._description(t, before, False).implied()
        return None
