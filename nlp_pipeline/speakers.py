"""Who said each quote: mention clustering, speaker resolution, canonical names and their Latin spelling.

Stage `attribute_speakers(doc)` runs after `find_quotes`. For every quote it looks for the explicit subject
of the cue (a name, a title + name, an organisation, «الأخير», an unnamed source); without one, the speaker
is implied by the verb («وأضاف»): the subject of the sentence, else the current speaker. Names come from the
NER entities when there are any, and from titles and the words after a cue when the NER missed them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from nlp_pipeline.cues import (
    CLAUSE_PUNCT,
    COLON,
    DOCUMENT_NOUNS,
    END_PUNCT,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    LATTER,
    MEDIA_NOUNS,
    QUOTE_MARKS,
    SOURCE_HEADS,
    TITLE_LINKS,
    Cue,
    forms,
    is_addressee,
    is_complementizer,
    is_punct,
    is_title,
    match_cue,
    title_gender,
    word_stem,
)
from nlp_pipeline.doc import Doc, Quote, Speaker, Token
from nlp_pipeline.normalize import normalize
from nlp_pipeline.translit import COMMON_NAMES, to_latin

NAME_CLITICS = "وفلب"
TANWEEN_FATH = "\u064b"
NAME_PARTICLES = frozenset(forms("أبو بن ابن عبد آل أبي"))
MAX_NAME_WORDS = 4
# Prepositions that stay inside an unnamed source's description (مصادر في وزارة الدفاع).
PHRASE_PREPOSITIONS = frozenset(forms("في من"))
OPENING_BRACKETS = frozenset('«“‹"(')
CLOSING_BRACKETS = frozenset('»”›")')
SOURCE_ADJECTIVES = frozenset(forms("مطلع مقرب رفيع كبير بارز مسؤول"))
# Common women's given names: a name's gender when no title or verb tells it.
FEMALE_NAMES = frozenset(
    forms(
        "فاطمة عائشة مريم زينب خديجة سارة ليلى هند نور رشا رنا منى هدى سلمى لمياء هيفاء نادين ريم دينا "
        "سعاد نجاة أمل رانيا ياسمين جميلة سميرة نبيلة كريمة أنجيلا كامالا هيلاري ماريا أورسولا آنا"
    )
)


@dataclass
class Mention:
    """A name in the text: an NER entity, or a name found after a title when the NER has none there."""

    start: int
    end: int
    first: int  # token range
    last: int
    name: str  # surface form without proclitic
    words: tuple[str, ...]  # normalized words of `name`
    label: str  # PER | ORG | LOC
    entity: str | None = None
    cluster: Cluster | None = None


@dataclass
class Cluster:
    id: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest name: most words, then most letters, then the first seen."""
        best = max(self.mentions, key=lambda m: (len(m.words), len(m.name), -m.start))
        return best.name

    def last_before(self, pos: int) -> Mention | None:
        seen = [m for m in self.mentions if m.start < pos]
        return seen[-1] if seen else None


@dataclass
class Resolved:
    """A speaker: a cluster (a named person or organisation) or an unnamed source's description."""

    cluster: Cluster | None
    description: str | None = None
    mention: tuple[int, int] | None = None  # the span the cue attaches to; None when implied
    entity: str | None = None

    def compatible(self, gender: str | None) -> bool:
        if self.cluster is None or self.cluster.label != "PER" or gender not in ("m", "f"):
            return True
        return self.cluster.gender in (None, gender)


class _Speakers:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]
        self.vocab = {t.norm for t in doc.tokens}
        self.sentence_of = [0] * len(doc.tokens)
        for n, sent in enumerate(doc.sentences):
            for t in sent.tokens:
                self.sentence_of[t] = n
        self.mentions = self._entity_mentions()
        covered = {t for m in self.mentions for t in range(m.first, m.last)}
        self.mentions += self._title_names(covered)
        self.mentions += self._repeated_surnames(covered)
        self.mentions.sort(key=lambda m: m.start)
        self.clusters: list[Cluster] = []
        for m in self.mentions:
            self._cluster(m)
        for m in self.mentions:
            self._describe(m)
        self._person_index: dict[int, Mention] | None = None

    # ------------------------------------------------------------------------------------- mentions

    def person_at(self, t: int) -> Mention | None:
        """The person mention starting at token t."""
        if self._person_index is None:
            self._person_index = {m.first: m for m in self.mentions if m.label == "PER"}
        return self._person_index.get(t)

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def _entity_mentions(self) -> list[Mention]:
        out = []
        for e in self.doc.entities:
            if e.start >= e.end:
                continue
            name = strip_clitic(e.text, self.vocab)
            first, last = self.token_at(e.start), self.token_at(e.end - 1) + 1
            out.append(Mention(e.start, e.end, first, last, name, _words(name), e.label, e.id))
        return out

    def _title_names(self, covered: set[int]) -> list[Mention]:
        """Names right after a title (وزير الخارجية الروسي سيرغي لافروف) that the NER did not tag.

        Only names that look like names are kept (a common name, a particle such as أبو, or an ال surname
        after a given name): «الرئيس السوري طلب رسميًّا» must not make «طلب» a person.
        """
        out = []
        for t, tok in enumerate(self.tokens):
            if t in covered or not is_title(tok.norm):
                continue
            k = self._skip_title(t)
            first, last = self._name_words(k, covered)
            if first < last and self._looks_like_name(first, last):
                start, end = self.tokens[first].start, self.tokens[last - 1].end
                name = self.doc.text[start:end]
                out.append(Mention(start, end, first, last, name, _words(name), "PER"))
                covered.update(range(first, last))
        return out

    def _repeated_surnames(self, covered: set[int]) -> list[Mention]:
        """A person's last name used alone where the NER did not tag it («رحّب لافروف»)."""
        surnames = {m.words[-1] for m in self.mentions if m.label == "PER" and len(m.words) > 1}
        out = []
        for t, tok in enumerate(self.tokens):
            if t in covered or len(tok.norm) < 4:
                continue
            name = strip_clitic(tok.text, self.vocab)
            if normalize(name) in surnames:
                out.append(Mention(tok.start, tok.end, t, t + 1, name, _words(name), "PER"))
        return out

    def _skip_title(self, t: int) -> int:
        """The token after a title phrase: title words, ال modifiers (الخارجية الروسي), links (باسم)."""
        k = t + 1
        while k < len(self.tokens) and k - t <= 5:
            norm = self.tokens[k].norm
            if not (is_title(norm) or norm in TITLE_LINKS or _definite(norm)):
                break
            k += 1
        return k

    def _name_words(
        self, k: int, covered: set[int] | frozenset[int] = frozenset(), definite_first: bool = False
    ) -> tuple[int, int]:
        """Name tokens from k: a given name, then up to three more; an ال surname ends the name."""
        first = k
        while k < len(self.tokens) and k - first < MAX_NAME_WORDS and k not in covered:
            norm = self.tokens[k].norm
            if is_punct(self.tokens[k].text) or norm in FUNCTION_WORDS or is_complementizer(norm):
                break
            if k == first and _definite(norm) and not definite_first:
                break
            if k > first and is_title(norm) or TANWEEN_FATH in self.tokens[k].text:
                break  # «إد ميد المدير التنفيذي»; «يقول متلعثمًا» is an adverb
            if k > first and norm[0] == "و" and len(norm) > 3 and norm not in COMMON_NAMES:
                break  # وزير… ووزير: a conjunction starts the next phrase
            if is_addressee(norm):
                break
            if match_cue(self.tokens, k):
                break
            k += 1
            if _definite(norm):
                break
        return first, k

    def _looks_like_name(self, first: int, last: int) -> bool:
        norms = [self.tokens[t].norm for t in range(first, last)]
        if any(n in COMMON_NAMES or n in NAME_PARTICLES for n in norms):
            return True
        return len(norms) >= 2 and _definite(norms[-1])

    # ----------------------------------------------------------------------------------- clustering

    def _cluster(self, m: Mention) -> None:
        """Same name, or one name's words inside the other's (لافروف ⊂ سيرغي لافروف): the latest match."""
        words = set(m.words)
        for c in reversed(self.clusters):
            if c.label != m.label and "PER" in (c.label, m.label):
                continue
            for other in c.mentions:
                o = set(other.words)
                if words == o or (m.label == "PER" and words and (words <= o or o <= words)):
                    c.mentions.append(m)
                    m.cluster = c
                    return
        c = Cluster(f"c{len(self.clusters)}", m.label, [m])
        m.cluster = c
        self.clusters.append(c)

    def _describe(self, m: Mention) -> None:
        """Titles and adjectives around a person mention (وزير، سوري، باحث) and the gender they imply."""
        c = m.cluster
        if c is None or c.label != "PER":
            return
        t = m.first - 1
        while t >= 0 and m.first - t <= 6:
            norm = self.tokens[t].norm
            gender = title_gender(norm)
            if gender:
                c.gender = c.gender or gender
            elif not (_definite(norm) or norm in TITLE_LINKS):
                break
            c.descriptors.add(word_stem(norm))
            t -= 1
        t = m.last
        if t < len(self.tokens) and self.tokens[t].text in CLAUSE_PUNCT:
            for k in range(t + 1, min(t + 4, len(self.tokens))):
                norm = self.tokens[k].norm
                if not (is_title(norm) or _definite(norm)):
                    break
                c.descriptors.add(word_stem(norm))
        if m.words and m.words[0] in FEMALE_NAMES:
            c.gender = c.gender or "f"

    # ----------------------------------------------------------------------------------- resolution

    def resolve_all(self) -> None:
        current: Resolved | None = None
        by_sentence: dict[int, Resolved] = {}
        for q in self.doc.quotes:
            cue = self._cue_of(q)
            gender = cue.gender if cue else None
            found = self._explicit(q, cue)
            if found is None and cue is not None and cue.kind in ("participle", "pronoun"):
                prev = by_sentence.get(self.sentence_of[cue.first])
                found = Resolved(prev.cluster, prev.description, None, prev.entity) if prev else None
            if found is None:
                found = self._implied(q, cue, current)
            if (
                found
                and found.cluster
                and found.cluster.label == "PER"
                and found.mention
                and gender in ("m", "f")
            ):
                found.cluster.gender = found.cluster.gender or gender
            q.speaker = self._speaker(found) if found else None
            if found is not None:
                current = found
                by_sentence[self.sentence_of[self.token_at(q.start)]] = found

    def _cue_of(self, q: Quote) -> Cue | None:
        if q.cue is None:
            return None
        t = self.token_at(q.cue.start)
        return match_cue(self.tokens, t)

    def _window(self, q: Quote, cue: Cue | None) -> tuple[int, int]:
        """Tokens where the cue's explicit subject can be."""
        qfirst = self.token_at(q.start)
        if cue is None:  # headline: the name before the colon, from the start of the line
            line = self.doc.text.rfind("\n", 0, q.start) + 1
            return self.token_at(line) if line < q.start else qfirst, qfirst
        if cue.first < qfirst:
            last = qfirst
            while last > cue.last and (
                self._is_boundary(self.tokens[last - 1]) or is_complementizer(self.tokens[last - 1].norm)
            ):
                last -= 1
            return cue.last, last
        last = cue.last
        while last < len(self.tokens) and not self._is_boundary(self.tokens[last]):
            last += 1
        return cue.last, last

    @staticmethod
    def _is_boundary(tok: Token) -> bool:
        return (
            tok.text in CLAUSE_PUNCT or tok.text in END_PUNCT or tok.text in COLON or tok.text in QUOTE_MARKS
        )

    def _explicit(self, q: Quote, cue: Cue | None) -> Resolved | None:
        """The subject written after the cue: a named entity, «الأخير», a title, an unnamed source, a name."""
        first, last = self._window(q, cue)
        if cue is not None and cue.kind == "pronoun":
            return None
        source = cue is None or cue.kind == "source"
        if cue is not None and cue.kind == "relay":
            # نقلت الوكالة عن مسؤول قوله: the speaker follows عن; «قوله» before إن is not part of it.
            after = next((t + 1 for t in range(first, last) if self.tokens[t].norm == "عن"), None)
            if after is None:
                return None
            first, source = after, True
            while last > first and self.tokens[last - 1].norm in ("قوله", "قولها", "قولهم"):
                last -= 1
        first = self._skip_addressee(first, last)
        # بحسب ما قال… / نقلًا عن… / وفقًا لـ…: the source comes after these.
        while first < last and (
            len(self.tokens[first].norm) < 2  # بـ«…», لـ«…»
            or self.tokens[first].norm in ("عن", "ما")
            or (source and match_cue(self.tokens, first, last))
        ):
            first += 1
        if first >= last or self.tokens[first].norm in FUNCTION_WORDS or is_punct(self.tokens[first].text):
            return None
        entity = self._entity_subject(first, last, source)
        if entity is not None:
            return entity
        head = _bare(self.tokens[first].norm) if source else self.tokens[first].norm
        if head in LATTER:
            return self._latter(first, LATTER[head])
        if is_title(head):
            return self._titled(first, last, q.start)
        stem = word_stem(head)
        if (
            stem in SOURCE_HEADS
            or head in SOURCE_HEADS
            or stem in INSTITUTION_HEADS
            or head in INSTITUTION_HEADS
        ):
            return self._description(first, last, source)
        if head in DOCUMENT_NOUNS or head in MEDIA_NOUNS:
            return self._description(first, last, source)
        return self._bare_name(first, last)

    def _skip_addressee(self, first: int, last: int) -> int:
        """«وأكد لـ«عكاظ» وكيل الوزارة…»: who was spoken to may come before the subject."""
        if first >= last or self.tokens[first].norm != "ل":
            return first
        k = first + 1
        if k < last and self.tokens[k].text in OPENING_BRACKETS:
            while k < last and self.tokens[k].text not in CLOSING_BRACKETS:
                k += 1
            return k + 1
        m = next((m for m in self.mentions if m.first == k), None)
        return m.last if m else k + 1

    def _entity_subject(self, first: int, last: int, source: bool) -> Resolved | None:
        """A PER/ORG mention at the head of the window, after titles, outlets and links: the first person,
        else the first organisation («المتحدث باسم الكرملين دميتري بيسكوف» is Peskov)."""
        by_token = {t: m for m in self.mentions if m.label in ("PER", "ORG") for t in range(m.first, m.last)}
        found: list[Mention] = []
        t = first
        while t < last:
            m = by_token.get(t)
            if m is not None:
                if self._addressee(m, t, first):
                    break
                found.append(m)
                t = m.last
                continue
            norm = _bare(self.tokens[t].norm) if source or t > first else self.tokens[t].norm
            skippable = (
                is_title(norm)
                or norm in TITLE_LINKS
                or norm in DOCUMENT_NOUNS
                or norm in MEDIA_NOUNS
                or (found == [] and t > first and _definite(norm))
                or norm in ("صدر", "صادر", "عن", "ل")
            )
            if not skippable:
                break
            t += 1
        if not found:
            return None
        m = next((m for m in found if m.label == "PER"), found[0])
        return Resolved(m.cluster, None, (m.start, m.end), m.entity)

    def _addressee(self, m: Mention, t: int, first: int) -> bool:
        """«قال …، لبي بي سي عربي»: a name with the preposition ل after the subject is who was spoken to."""
        text = self.tokens[t].text
        return t > first and text.startswith("ل") and normalize(text) != normalize(m.name.split()[0])

    def _latter(self, t: int, gender: str) -> Resolved | None:
        """«الأخير»: the last person named before it."""
        pos = self.tokens[t].start
        for m in reversed(self.mentions):
            if m.start < pos and m.label == "PER" and m.cluster is not None:
                r = Resolved(m.cluster, None, (pos, self.tokens[t].end), m.entity)
                if r.compatible(gender):
                    return r
        return None

    def _titled(self, first: int, last: int, pos: int) -> Resolved | None:
        """A title: with a name after it, that name; alone («الوزير الروسي»), the person it describes."""
        k = self._skip_title(first)
        k = min(k, last)
        nfirst, nlast = self._name_words(k)
        nlast = min(nlast, last)
        span = (self.tokens[first].start, self.tokens[k - 1].end)
        if nfirst < nlast:
            return self._name(nfirst, nlast, title_gender(self.tokens[first].norm))
        words = {word_stem(self.tokens[t].norm) for t in range(first, k)}
        c = self.by_descriptors(words, self.doc.tokens[first].start, title_gender(self.tokens[first].norm))
        if c is None:
            return Resolved(None, self.doc.text[span[0] : span[1]], span)
        m = c.last_before(span[0])
        return Resolved(c, None, span, m.entity if m else None)

    def by_descriptors(self, words: set[str], pos: int, gender: str | None) -> Cluster | None:
        """The person a title phrase describes: the one whose titles match most (الوزير السوري ->
        the Syrian minister), the most recent on a tie."""
        best: tuple[int, int] | None = None
        chosen = None
        for c in self.clusters:
            m = c.last_before(pos)
            if m is None or c.label != "PER" or not Resolved(c).compatible(gender):
                continue
            score = (len(words & c.descriptors), m.start)
            if best is None or score > best:
                best, chosen = score, c
        return chosen

    def _description(self, first: int, last: int, source: bool) -> Resolved:
        """An unnamed source or an institution: the words up to the punctuation (مصادر دبلوماسية روسية).

        After a statement or outlet noun («بيان الكرملين»، «صحيفة كوميرسانت الروسية») what follows is the
        source's own name: it becomes an organisation, without the outlet's adjectives.
        """
        named = outlet = False
        while last - first > 1:
            head, nxt = _bare(self.tokens[first].norm), self.tokens[first + 1].norm
            if head in MEDIA_NOUNS and not _definite(nxt):  # «وكالة الأنباء السورية» is the agency's name
                outlet = True
            elif not (head in DOCUMENT_NOUNS or head in ("صدر", "صادر", "عن")):
                break
            first += 1
            named = True
        k = self._phrase_end(first, last)
        if outlet and all(_definite(self.tokens[t].norm) for t in range(first + 1, k)):
            k = first + 1  # «صحيفة كوميرسانت الروسية»: the adjective describes the newspaper
        start, end = self.tokens[first].start, self.tokens[k - 1].end
        text = self.doc.text[start:end]
        name = strip_clitic(text, self.vocab) if source else text
        words = _words(name)
        for c in self.clusters:
            if c.label != "PER" and any(m.words == words for m in c.mentions):
                return Resolved(c, None, (start, end), c.mentions[0].entity)
        if named and k - first <= 3:
            m = self._add_mention(Mention(start, end, first, k, name, words, "ORG"))
            return Resolved(m.cluster, None, (start, end))
        return Resolved(None, name, (start, end))

    def _phrase_end(self, first: int, last: int) -> int:
        """End of a source's description. An institution takes its genitives (إدارة الإعلام); a source
        noun only adjectives (مصادر دبلوماسية روسية, not «المسؤول الاتفاق»); both take «في …» / «من …»."""
        head = _bare(self.tokens[first].norm)
        institution = head in INSTITUTION_HEADS or word_stem(head) in INSTITUTION_HEADS
        k = first + 1
        after_preposition = False
        while k < last and k - first < 7 and not is_punct(self.tokens[k].text):
            norm = self.tokens[k].norm
            if (
                is_complementizer(norm)
                or match_cue(self.tokens, k)
                or norm in FUNCTION_WORDS - PHRASE_PREPOSITIONS
                or is_addressee(norm)
            ):
                break
            if norm in PHRASE_PREPOSITIONS:
                after_preposition = True
            # Institutions: «إدارة الإعلام بوزارة الخارجية»، «المرصد السوري لحقوق الإنسان».
            elif not (
                after_preposition
                or _adjective(norm)
                or (institution and (_definite(norm) or norm[0] in "لب"))
            ):
                break
            k += 1
        return k

    def _bare_name(self, first: int, last: int) -> Resolved | None:
        """Words after the cue that are nothing else: a name (a lone ال word too: «وأضاف الأسمر»)."""
        nfirst, nlast = self._name_words(first, definite_first=True)
        return self._name(nfirst, min(nlast, last), None) if nfirst < min(nlast, last) else None

    def _name(self, first: int, last: int, gender: str | None) -> Resolved:
        """A name the NER did not tag: joined to the person it names, or a new person."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        name = strip_clitic(self.doc.text[start:end], self.vocab)
        m = self._add_mention(Mention(start, end, first, last, name, _words(name), "PER"))
        if m.cluster is not None and gender:
            m.cluster.gender = m.cluster.gender or gender
        return Resolved(m.cluster, None, (start, end))

    def _add_mention(self, m: Mention) -> Mention:
        """A mention found while resolving (the NER missed it): clustered and kept for later anaphora."""
        self._cluster(m)
        self.mentions.append(m)
        self.mentions.sort(key=lambda x: x.start)
        self._describe(m)
        self._person_index = None
        return m

    def _implied(self, q: Quote, cue: Cue | None, current: Resolved | None) -> Resolved | None:
        """No subject after the cue: the sentence's subject before it, else the current speaker, else the
        last person named (each only when the verb's gender agrees)."""
        if cue is None:
            return None
        gender = cue.gender
        topic = self._topic(cue, gender)
        if topic is not None:
            return topic
        if current is not None and current.compatible(gender):
            return Resolved(current.cluster, current.description, None, current.entity)
        pos = self.tokens[cue.first].start
        for m in reversed(self.mentions):
            if m.start < pos and m.label == "PER" and m.cluster is not None:
                r = Resolved(m.cluster, None, None, m.entity)
                if r.compatible(gender):
                    return r
        return None

    def _topic(self, cue: Cue, gender: str | None) -> Resolved | None:
        """The first person in the cue's sentence, not after a preposition: «عقد الشيباني اجتماعًا مع
        نظيره لافروف، أكد…» is al-Shaibani; a title alone («ولم يخفِ الوزير السوري…») is resolved."""
        sent = self.doc.sentences[self.sentence_of[cue.first]] if self.doc.sentences else None
        lo = sent.tokens[0] if sent and sent.tokens else 0
        t = lo
        while t < cue.first:
            norm = self.tokens[t].norm
            m = self.person_at(t)
            if is_title(norm) or m is not None:
                head = t
                k = self._skip_title(t) if m is None else t
                m = m or self.person_at(k)
                after_preposition = head > lo and self.tokens[head - 1].norm in FUNCTION_WORDS
                if not after_preposition:
                    if m is not None and m.cluster is not None:
                        r = Resolved(m.cluster, None, None, m.entity)
                    else:
                        words = {word_stem(self.tokens[x].norm) for x in range(head, k)}
                        c = self.by_descriptors(words, self.tokens[head].start, title_gender(norm))
                        last = c.last_before(self.tokens[head].start) if c else None
                        phrase = self.doc.text[self.tokens[head].start : self.tokens[k - 1].end]
                        r = (
                            Resolved(c, None, None, last.entity if last else None)
                            if c
                            else Resolved(None, phrase)
                        )
                    if r is not None and r.compatible(gender):
                        return r
                t = max(k, t + 1) if m is None else m.last
                continue
            t += 1
        return None

    def _speaker(self, r: Resolved) -> Speaker:
        start, end = r.mention if r.mention else (None, None)
        text = self.doc.text[start:end] if start is not None else None
        if r.cluster is None:
            return Speaker(r.description or "", None, start, end, text)
        return Speaker(r.cluster.name, latin_of(r.cluster), start, end, text, r.entity, r.cluster.id)

    def write_clusters(self) -> None:
        ids = {m.entity: m.cluster.id for m in self.mentions if m.entity and m.cluster}
        for e in self.doc.entities:
            e.cluster = ids.get(e.id, e.cluster)


def latin_of(c: Cluster) -> str | None:
    """Latin spelling for people and one-word names of organisations; descriptions have none."""
    name = c.name
    key = " ".join(_words(name))
    if key in COMMON_NAMES:
        return COMMON_NAMES[key]
    if c.label == "PER" or (len(key.split()) == 1 and not _definite(key)):
        return to_latin(name)
    return None


def strip_clitic(text: str, vocab: set[str]) -> str:
    """Drop a proclitic و/ف/ل/ب from a name when the rest is a name of the document or starts with ال
    («ولافروف» -> «لافروف», «للرئيس» -> «الرئيس»), but keep «بوتين» and «لافروف» whole."""
    words = text.split()
    if not words:
        return text
    head = words[0]
    norm = normalize(head)
    rest = head[1:].lstrip("\u0640")
    if len(norm) >= 3 and norm.startswith("لل"):
        rest = "ال" + head[2:]
    elif not (len(norm) >= 3 and norm[0] in NAME_CLITICS):
        return text
    bare = normalize(rest)
    if len(bare) >= 2 and (bare.startswith("ال") or bare in vocab or bare in COMMON_NAMES):
        return " ".join([rest, *words[1:]])
    return text


def _words(name: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in name.split())


def _definite(norm: str) -> bool:
    return len(norm) > 3 and (norm.startswith("ال") or norm[1:].startswith("ال") and norm[0] in NAME_CLITICS)


def _adjective(norm: str) -> bool:
    """Nisba adjectives (روسية، الأمنيين) and the few others that describe sources (مطلعة، رفيع)."""
    return norm.endswith(("ي", "ية", "يه", "يون", "يين", "يان")) or word_stem(norm) in SOURCE_ADJECTIVES


def _bare(norm: str) -> str:
    """لصحيفة -> صحيفة: a ل glued to the word after بحسب/وفقًا."""
    return norm[1:] if len(norm) > 3 and norm[0] == "ل" and not norm.startswith("ال") else norm


def attribute_speakers(doc: Doc) -> Doc:
    """Pipeline stage: cluster name mentions (Entity.cluster) and fill every quote's speaker."""
    resolver = _Speakers(doc)
    resolver.resolve_all()
    resolver.write_clusters()
    return doc
