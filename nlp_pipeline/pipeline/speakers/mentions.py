"""Who is named in a document: name mentions, their clusters, and each cluster's canonical name.

Mentions come from the NER entities, from names right after a title and from a person's surname used alone
(where the NER missed them); mentions of the same name, or of one name inside the other (لافروف ⊂ سيرغي
لافروف), form a cluster. A cluster's name is its fullest mention; `latin_of` spells it in Latin letters.
"""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import (
    ADVERBS,
    FEMALE_NAMES,
    GIVEN_NAMES,
    NAME_PARTICLES,
    NAME_STOPS,
    OUTLET_NAMES,
    RELATIVE_PRONOUNS,
    ROLE_PLACE_PREPOSITIONS,
    TITLE_LINKS,
)
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, QUOTE_MARKS, is_punct
from nlp_pipeline.lang.ar.wordforms import (
    is_addressee,
    is_complementizer,
    is_construct_title,
    is_definite,
    is_head_noun,
    is_honorific,
    is_lam_genitive,
    is_org_head,
    is_title,
    is_title_spelled,
    spelled_as_name,
    strip_name_proclitic,
    title_gender,
    word_stem,
)
from nlp_pipeline.pipeline.quotes.cues import match_cue
from nlp_pipeline.pipeline.speakers.clusters import Cluster, Mention, fits, joins
from nlp_pipeline.pipeline.speakers.entity_mentions import EntityMentions, leading_title
from nlp_pipeline.pipeline.speakers.glued import preposition_glued
from nlp_pipeline.pipeline.speakers.other_roles import COUNTERPART, genitive_person
from nlp_pipeline.pipeline.speakers.title_bodies import served_in
from nlp_pipeline.tokens.doc import Doc
from nlp_pipeline.tokens.index import TokenIndex

TANWEEN_FATH = "\u064b"
# A man's name by its first word: a common given name that is not a woman's, a particle («عبد…»، «أبو…»).
MALE_FIRST_WORDS = (GIVEN_NAMES - FEMALE_NAMES) | NAME_PARTICLES
MAX_NAME_WORDS = 4
TITLE_REACH = 5  # words between the words after a title and the name of its holder («… في محافظة ينبع»)


class Mentions:
    """The name mentions of one document, in text order, and the clusters they form."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.token_at = TokenIndex(doc.tokens).at
        self.vocab = {t.norm for t in doc.tokens}
        self.known = self.vocab | GIVEN_NAMES | OUTLET_NAMES  # words a proclitic may be stripped in front of
        entities = EntityMentions(doc, self.token_at, self.strip_proclitic)
        self.mentions = entities.mentions()
        self.same_entity = entities.same_entity  # entity id -> the entity whose name it continues
        self.places = {t for m in self.mentions if m.label == "LOC" for t in range(m.first, m.last)}
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

    def person_at(self, t: int) -> Mention | None:
        """The person mention starting at token t."""
        if self._person_index is None:
            self._person_index = {m.first: m for m in self.mentions if m.label == "PER"}
        return self._person_index.get(t)

    def strip_proclitic(self, text: str) -> str:
        """A name without a proclitic glued to it (ولافروف -> لافروف) when the rest is a known word."""
        return strip_name_proclitic(text, self.known)

    def add(self, m: Mention) -> Mention:
        """A mention found while resolving (the NER missed it): clustered and kept for later anaphora."""
        self._cluster(m)
        self.mentions.append(m)
        self.mentions.sort(key=lambda x: x.start)
        self._describe(m)
        self._person_index = None
        return m

    def last_person_before(self, pos: int, gender: str | None) -> Mention | None:
        """The last person named before char `pos` whom a verb or title of `gender` can refer to."""
        for m in reversed(self.mentions):
            if m.start < pos and m.label == "PER" and m.cluster is not None and m.cluster.agrees(gender):
                return m
        return None

    def by_descriptors(
        self, words: set[str], pos: int, gender: str | None, head: str | None = None
    ) -> Cluster | None:
        """The person a title phrase describes: the one whose titles match most (الوزير السوري -> the Syrian
        minister); on a tie, one who holds its head title (`head`: «نائب الرئيس» is a deputy), then the most
        recent."""
        best: tuple[int, bool, int] | None = None
        chosen = None
        for c in self.clusters:
            m = c.last_before(pos)
            if m is None or c.label != "PER" or not c.agrees(gender):
                continue
            score = (len(words & c.descriptors), bool({head, COUNTERPART} & c.descriptors), m.start)
            # no title in common: only a person the NER tagged («الرئيس التنفيذي» is not «الفرنسية»)
            if not (score[0] or any(x.entity for x in c.mentions)) or genitive_person(self, c, words, pos):
                continue
            if best is None or score > best:
                best, chosen = score, c
        return chosen or self._holder_named_later(words, pos, gender)

    def _holder_named_later(self, words: set[str], pos: int, gender: str | None) -> Cluster | None:
        """«حذر الرئيس التنفيذي للشركة…» before «وقال فلان الرئيس التنفيذي للشركة»: the one person
        named later with two of the title's words, when nobody named before holds it."""
        later = [
            c
            for c in self.clusters
            if c.label == "PER"
            and c.agrees(gender)
            and len(words & c.descriptors) >= 2
            and c.last_before(pos) is None
        ]
        return later[0] if len(later) == 1 else None

    def write_clusters(self) -> None:
        """Entity.cluster and Entity.name (the cluster's name) for every NER entity that became a mention."""
        named = {c.id: (c.id, c.name) for c in self.clusters}  # a cluster's name once, not once per mention
        found = {m.entity: named[m.cluster.id] for m in self.mentions if m.entity and m.cluster}
        found |= {e: found[first] for e, first in self.same_entity.items() if first in found}
        for e in self.doc.entities:
            e.cluster, e.name = found.get(e.id, (e.cluster, e.name))

    def skip_title(self, t: int) -> int:
        """The token after a title phrase: title words, ال modifiers (الخارجية الروسي), links (باسم); after
        a title without the article, its genitive whatever it is («خطيب صلاة الجمعة» names no «صلاة»)."""
        k = t + 1
        if is_construct_title(self.tokens[t].norm, self.tokens[t].text) and k < len(self.tokens):
            k += 0 if is_punct(self.tokens[k].text) else 1
        while k < len(self.tokens) and k - t <= 5:
            norm = self.tokens[k].norm
            nxt = self.tokens[k + 1].norm if k + 1 < len(self.tokens) else None
            place = bool({k, k + 1} & self.places) or served_in(self.mentions, self.tokens, k)
            if norm in ADVERBS or norm in RELATIVE_PRONOUNS:
                break  # «وزير الدفاع الجمعة»، «المدير الذي تولى…»: a time word or a relative clause ends it
            if not (
                place
                or is_title(norm)
                or norm in TITLE_LINKS
                or is_definite(norm)
                or is_lam_genitive(norm, nxt)
            ):
                break
            k += 1
        return k

    def name_words(
        self, k: int, covered: set[int] | frozenset[int] = frozenset(), definite_first: bool = False
    ) -> tuple[int, int]:
        """Name tokens from k: a given name, then up to three more; an ال surname ends the name."""
        first = k
        while k < len(self.tokens) and k - first < MAX_NAME_WORDS and k not in covered:
            norm = self.tokens[k].norm
            if is_punct(self.tokens[k].text) or is_complementizer(norm) or self._function_word(k):
                break
            if k == first and is_definite(norm) and not definite_first:
                break
            if k > first and is_title(norm) or TANWEEN_FATH in self.tokens[k].text:
                break  # «إد ميد المدير التنفيذي»; «يقول متلعثمًا» is an adverb
            if k > first and len(norm) > 3 and norm[0] == "و" and norm not in GIVEN_NAMES:
                break  # وزير… ووزير: a conjunction starts the next phrase
            glued = preposition_glued(self.tokens[k].text, norm, k == first)  # «بجهود»: glued.py
            if is_addressee(norm) or glued or (is_head_noun(norm) if k == first else is_org_head(norm)):
                break
            if match_cue(self.tokens, k):
                break
            if k - first >= 2 and is_definite(norm) and not (definite_first or self._known_name(first, k)):
                break  # «سامر قبلان المجتمعَ المدني»: after a name, an ال word is the verb's object
            k += 1
            if is_definite(norm):
                break
        return first, k

    def _function_word(self, k: int) -> bool:
        """A function word, unless its spelling makes it a given name (على is a preposition, علي a name:
        normalization writes both علي)."""
        norm = self.tokens[k].norm
        return norm in NAME_STOPS and not spelled_as_name(norm, self.tokens[k].text)

    def _known_name(self, first: int, k: int) -> bool:
        """Whether tokens[first:k] can take an ال surname after two words: they start with a common given
        name («أسعد حسن الشيباني») or end with a particle's name («سعود بن نايف آل …»)."""
        norms = [self.tokens[j].norm for j in range(first, k)]
        return norms[0] in GIVEN_NAMES or any(n in NAME_PARTICLES for n in norms[-2:])

    def _title_names(self, covered: set[int]) -> list[Mention]:
        """Names right after a title (وزير الخارجية الروسي سيرغي لافروف) that the NER did not tag.

        Only names that look like names are kept (a common name, a particle such as أبو, or an ال surname
        after a given name): «الرئيس السوري طلب رسميًّا» must not make «طلب» a person.
        """
        out = []
        persons = {m.first for m in self.mentions if m.label == "PER"}
        for t, tok in enumerate(self.tokens):
            if t in covered or not is_title_spelled(tok.text, tok.norm):
                continue
            first, last = self.name_words(self.skip_title(t), covered)
            if self._person_follows(last, persons):
                continue  # «مدير عام فرع الجمارك في محافظة ينبع فلان»: the words are the title's, not a name
            honorific = first > 0 and is_honorific(self.tokens[first - 1].norm)  # «الدكتور فلان»
            # «مدير عام تعليم الخرج الدكتور فلان»: the words before an honorific or a name are the title's
            named_next = last < len(self.tokens) and (last in covered or is_honorific(self.tokens[last].norm))
            if first < last and not named_next and (honorific or self._looks_like_name(first, last)):
                start, end = self.tokens[first].start, self.tokens[last - 1].end
                out.append(Mention(start, end, first, last, self.doc.text[start:end], "PER"))
                covered.update(range(first, last))
        return out

    def _person_follows(self, k: int, persons: set[int]) -> bool:
        """A tagged person in the title phrase from k («… في محافظة ينبع فلان»), before a mark or a cue."""
        for t in range(k, min(k + TITLE_REACH, len(self.tokens))):
            if t in persons:
                return True
            tok = self.tokens[t]
            if is_punct(tok.text) or is_complementizer(tok.norm) or match_cue(self.tokens, t):
                return False
        return False

    def _repeated_surnames(self, covered: set[int]) -> list[Mention]:
        """A person's last name used alone where the NER did not tag it («رحّب لافروف»)."""
        # a title and its genitive tagged as a name («أمين الأحساء») hold no surname: two words after a title
        per = [m.words for m in self.mentions if m.label == "PER"]
        surnames = {w[-1] for w in per if len(w) > 1 + is_title(w[0])}
        out = []
        for t, tok in enumerate(self.tokens):
            if t in covered or len(tok.norm) < 4 or (t + 1 in covered and leading_title(tok.norm)):
                continue  # «الشريف أحمد…»: a title before a name, though another's surname
            name = self.strip_proclitic(tok.text)
            if normalize(name) in surnames:
                out.append(Mention(tok.start, tok.end, t, t + 1, name, "PER"))
        return out

    def looks_named(self, first: int, last: int) -> bool:
        """Words after a cue that the NER left untagged, taken as a name: a common given name or a name
        particle, an outlet's name («الفرنسية»), a word in marks («"إليوت"») or a place («ماليزيا»)."""
        norms = {self.tokens[t].norm for t in range(first, last)}
        # between marks: not a word after the mark that closes an outlet's name («لـ"الصحيفة" مستثمرون»)
        marked = first > 0 and last < len(self.tokens) and self.tokens[first - 1].text in QUOTE_MARKS
        marked = marked and self.tokens[last].text in QUOTE_MARKS
        placed = any(m.first < last and first < m.last for m in self.mentions if m.label == "LOC")
        return bool(norms & (GIVEN_NAMES | NAME_PARTICLES | OUTLET_NAMES)) or marked or placed

    def _looks_like_name(self, first: int, last: int) -> bool:
        norms = [self.tokens[t].norm for t in range(first, last)]
        if any(n in GIVEN_NAMES or n in NAME_PARTICLES for n in norms):
            return True
        return len(norms) >= 2 and is_definite(norms[-1])

    # ---------------------------------------------------------------------------------- clustering

    def _cluster(self, m: Mention) -> None:
        """Same name, or one name's words inside the other's (لافروف ⊂ سيرغي لافروف): the match named last."""
        words = m.lineage
        for c in sorted(reversed(self.clusters), key=lambda c: c.last_start(m.start), reverse=True):
            if c.label != m.label and "PER" in (c.label, m.label):
                continue
            if m.label == "PER" and not fits(words, c):
                continue  # «أحمد الفعر» is not «منصور بن سلطان الفعر», though both take «الفعر»
            if any(joins(m, other) for other in c.mentions):
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
        t, words = m.first - 1, 0
        while t >= 0 and words < 6:
            named = next((o for o in self.mentions if o.first <= t < o.last and o.label != "PER"), None)
            if named is not None or self.tokens[t].text in QUOTE_MARKS:
                t = named.first - 1 if named else t - 1  # «رئيس هيئة X «اختصار» الدكتور فلان»
                continue
            words += 1
            norm = self.tokens[t].norm
            gender = title_gender(norm)
            if (gender == "f" and t + 1 in self.places) or (gender and norm.startswith("لل")):
                t -= 1  # «في محافظة كربلاء»: a province, not a woman governor; «للرئيس»: whom the role serves
                continue
            nxt = self.tokens[t + 1].norm
            # «مبعوث الأمين العام إلى اليمن فلان»: a preposition before a named place stays in the title
            placed = norm in ROLE_PLACE_PREPOSITIONS and any(
                o.first == t + 1 and o.label != "PER" for o in self.mentions
            )
            if gender:
                c.gender = c.gender or gender
            elif not (is_definite(norm) or norm in TITLE_LINKS or is_lam_genitive(norm, nxt) or placed):
                break
            c.descriptors.add(word_stem(norm))
            t -= 1
        t = m.last
        if t < len(self.tokens) and self.tokens[t].text in CLAUSE_PUNCT:
            t += 1
        # «فلان، رئيس…»، «فلان الرئيس التنفيذي»; not the next one's («فلان نظيره السوري»، «فلان والرئيس…»)
        if t < len(self.tokens) and (t > m.last or leading_title(self.tokens[t].norm)):
            for k in range(t, min(t + 3, len(self.tokens))):
                norm = self.tokens[k].norm
                if not (is_title(norm) or is_definite(norm)) or norm.startswith("وال"):
                    break
                c.descriptors.add(word_stem(norm))
        if m.words and m.words[0] in FEMALE_NAMES:
            c.gender = c.gender or "f"
        elif m.words and m.words[0] in MALE_FIRST_WORDS:  # «عبد الرحمن»، «أبو قصرة»، «خالد»
            c.gender = c.gender or "m"
