"""Who said each quote: the cue's subject, anaphora, pro-drop and the speaker's gender.

Stage `attribute_speakers(doc)` runs after `find_quotes`. For every quote it looks for the explicit subject of
the cue (a name, a title + name, an organisation, «الأخير», an unnamed source); without one, the speaker is
implied by the verb («وأضاف»): the subject of the sentence, else the current speaker. Names and clusters:
mentions.py; unnamed sources: unnamed_sources.py; a role's holder the NER missed: role_holders.py.
"""

from __future__ import annotations

from dataclasses import replace

from nlp_pipeline.lang.ar.lexicon import (
    ADVERBS,
    DESCRIPTION_HEADS,
    INSTITUTION_HEADS,
    MEDIA_NOUNS,
    ORG_CLASSIFIERS,
    ORG_HEADS,
    QUANTIFIERS,
    STATEMENT_HEADS,
)
from nlp_pipeline.lang.ar.punctuation import is_punct
from nlp_pipeline.lang.ar.wordforms import (
    is_definite,
    is_function_word,
    is_people_plural,
    is_title,
    title_gender,
    unlike_verb,
    without_article,
    without_lam,
    word_stem,
    words_of,
)
from nlp_pipeline.pipeline.latin.names import latin_name
from nlp_pipeline.pipeline.quotes.cues import LATTER, SAYING, Cue, match_cue, source_filler
from nlp_pipeline.pipeline.speakers.accused import object_first
from nlp_pipeline.pipeline.speakers.address import address_title_at
from nlp_pipeline.pipeline.speakers.addressees import skip_addressee
from nlp_pipeline.pipeline.speakers.aux_subjects import fronted_span
from nlp_pipeline.pipeline.speakers.backrefs import body_named
from nlp_pipeline.pipeline.speakers.body_units import body_unit
from nlp_pipeline.pipeline.speakers.classified import full_names
from nlp_pipeline.pipeline.speakers.clusters import Mention
from nlp_pipeline.pipeline.speakers.current import spoken_before
from nlp_pipeline.pipeline.speakers.described_bodies import phrase_referent
from nlp_pipeline.pipeline.speakers.divine import god_span, god_speaker
from nlp_pipeline.pipeline.speakers.implied import ImpliedSubject
from nlp_pipeline.pipeline.speakers.kin_subjects import kin_speaker
from nlp_pipeline.pipeline.speakers.org_role_holders import org_title_holder
from nlp_pipeline.pipeline.speakers.placed_bodies import body_mentions
from nlp_pipeline.pipeline.speakers.resolved import (
    Resolved,
    described_before,
    described_in_text,
    statement_author,
)
from nlp_pipeline.pipeline.speakers.role_holders import role_holder
from nlp_pipeline.pipeline.speakers.role_phrases import role_end
from nlp_pipeline.pipeline.speakers.subject import (
    addressed_person,
    completed_name,
    cue_window,
    entity_subject,
    place_subject,
)
from nlp_pipeline.pipeline.speakers.suffixed import suffixed_subject
from nlp_pipeline.pipeline.speakers.swallowed import swallowed_name
from nlp_pipeline.pipeline.speakers.titled_holders import role_phrase_holder
from nlp_pipeline.pipeline.speakers.unnamed_sources import name_end, source_phrase, source_text
from nlp_pipeline.tokens.doc import Doc, Quote, Speaker

CLASSIFIERS = ORG_CLASSIFIERS | MEDIA_NOUNS  # «صحيفة X»، «حركة X»: the name is X


class _SpeakerResolver(ImpliedSubject):
    """The state of one document while its quotes get their speakers, in text order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.names = body_mentions(doc)  # «شركة X (اختصار)»: one body; «وزارة X في غزة»: its full name
        of = {t: n for n, sent in enumerate(doc.sentences) for t in sent.tokens}
        self.sentence_of = [of.get(t, 0) for t in range(len(doc.tokens))]

    def resolve_all(self) -> None:
        said: list[tuple[int, Resolved]] = []  # (where each speaker's cue is, the speaker), in quote order
        by_sentence: dict[int, Resolved] = {}
        for q in self.doc.quotes:
            cue = self._cue_of(q)
            relayed = self.tokens[cue.first].start if cue is not None and cue.kind == "relay" else None
            current = spoken_before(said, q, relayed)  # «ونقل الموقع عنه قوله»: who spoke before the relayer
            found = self._fronted(cue, aux=True) or self._explicit(q, cue) or self._fronted(cue)
            if found is None and cue is not None and cue.kind in ("participle", "pronoun"):
                prev = by_sentence.get(self.sentence_of[cue.first])
                # a plural participle («…، مشيرين») after one person looks for its group; m/f is mixed in news
                plural_of_one = cue.gender == "p" and prev is not None and not prev.compatible("p")
                found = prev.implied() if prev and not plural_of_one else None
            if found is None:
                found = self._implied(cue, current)
            found = statement_author(found, current)
            if found is None:
                q.speaker = None
                continue
            found.learn_gender(cue.gender if cue else None)
            q.speaker = self._speaker(found)
            said.append((q.cue.start if q.cue else q.start, found))
            if not self._nested(q):
                by_sentence[self.sentence_of[self.names.token_at(q.start)]] = found

    def _sentence_start(self, t: int) -> int:
        sent = self.doc.sentences[self.sentence_of[t]] if self.doc.sentences else None
        return sent.tokens[0] if sent and sent.tokens else 0

    def _cue_of(self, q: Quote) -> Cue | None:
        """The quote's cue; of a relay («نقلت الوكالة عن فلان قوله…») its verb: «relayer», «relay» (قوله)."""
        if q.cue is None:
            return None
        t = self.names.token_at(q.cue.start)
        cue = match_cue(self.tokens, t)
        if cue is not None and cue.kind == "relay":
            return replace(cue, kind="relayer")
        if cue is None and (self.tokens[t].norm in SAYING or self.tokens[t].norm == "عن"):
            lo = self._sentence_start(t)
            return next((c for k in range(t - 1, lo - 1, -1) if (c := match_cue(self.tokens, k))), None)
        return cue

    def _speaker(self, r: Resolved) -> Speaker:
        start, end = r.mention if r.mention else (None, None)
        text = self.doc.text[start:end] if start is not None else None
        if r.cluster is None:
            return Speaker(r.description or "", None, start, end, text)
        name = r.cluster.name
        return Speaker(name, latin_name(name, r.cluster.label), start, end, text, r.entity, r.cluster.id)

    def _explicit(self, q: Quote, cue: Cue | None) -> Resolved | None:
        """The subject written after the cue: a named entity, «الأخير», a title, an unnamed source, a name."""
        if cue is not None and cue.kind in ("pronoun", "participle") or suffixed_subject(self.tokens, cue):
            return None  # «مشيرًا إلى…»: the subject of the clause before; «قالوا»: the suffix (suffixed.py)
        first, last = cue_window(self.names, self.doc.text, q.start, cue)
        source = cue is None or cue.kind == "source"
        if cue is not None and cue.kind == "relayer":  # نقلت الوكالة عن فلان…: the one who relays
            last = next((t for t in range(first, last) if self.tokens[t].norm == "عن"), last)
        if cue is not None and cue.kind == "relay":
            # نقلت الوكالة عن مسؤول قوله: the speaker follows عن; «قوله» before إن is not part of it.
            after = next((t + 1 for t in range(first, last) if self.tokens[t].norm == "عن"), None)
            if after is None:
                return None
            first, source = after, True
            # «قوله» ends the source, though a time word may follow it («قوله اليوم الجمعة “…”»)
            last = next((t for t in range(first, last) if self.tokens[t].norm in SAYING), last)
        if object_first(self.names, cue, first, last):
            return None  # «وأعرب عن أمله…»، «واتهم الحزب بأن…»: the verb's object; the subject is implied
        named = first >= last or any(m.first <= first < m.last for m in self.names.mentions)
        if cue and cue.takes_object and not named and unlike_verb(self.tokens[first].norm, cue.gender):
            return None  # «وطالب شركات الإنترنت بـ…»: the verb's object (not «وقال الشرطة», a slip)
        god = god_span(self.tokens, cue, first, last)  # «لقوله تعالى»: God, not the epithet
        return god_speaker(self.names, god) if god else self._subject(first, last, source)

    def _fronted(self, cue: Cue | None, aux: bool = False) -> Resolved | None:
        """The subject before the verb, after an auxiliary: «وكان الوزير قد أكد…»، «وكانت الصحيفة نقلت…».
        `aux`: only after كان, which wins over words after the verb (aux_subjects.py)."""
        if cue is None or cue.kind not in ("verb", "relayer"):
            return None
        span = fronted_span(self.tokens, self._sentence_start(cue.first), cue.first, aux)
        found = self._subject(*span, False) if span else None
        return found if found is not None and found.compatible(cue.gender) else None

    def _subject(self, first: int, last: int, source: bool) -> Resolved | None:
        """The speaker that tokens[first:last] name or describe."""
        first = skip_addressee(self.names, first, last)
        while first < last and (  # بحسب ما قال… / نقلًا عن… / وفقًا لـ…: the source comes after these
            len(self.tokens[first].norm) < 2  # بـ«…», لـ«…»
            or self.tokens[first].norm in ("عن", "ما")
            or self.tokens[first].norm in ADVERBS  # «وكانت الوزارة أعلنت الشهر الماضي أن…»
            or self.tokens[first].norm in SAYING  # «وتابع قوله «…»»: the verb's object, not a subject
            or (source and source_filler(self.tokens, first, last))
        ):
            first += 1
        # «قالت روسيا أول من أمس إن…»: a time phrase after the verb, no subject of its own
        if first + 2 < last and [t.norm for t in self.tokens[first + 1 : first + 3]] == ["من", "امس"]:
            first += 3
        tok = self.tokens[min(first, last - 1)]  # «إمام المسجد»: a title, though it normalizes as «أمام»
        if first >= last or is_function_word(tok.norm, tok.text) or is_punct(tok.text):
            return None
        if (titled := address_title_at(self.tokens, first, last, source)) is not None:  # «سموه»: named before
            return self._title_referent(titled, titled + 1, attached=True)
        if kin := kin_speaker(self.names, first, last):  # «والد الشهيد»: the father, not the son
            return kin
        m = entity_subject(self.names, first, last, source)
        m = role_phrase_holder(self.names, first, last, m)
        holder = org_title_holder(self.names, first, m) if m is not None and m.label != "PER" else None
        if holder is not None and m is not None:  # «رئيس اتحاد X» where «فلان رئيس اتحاد X» is named
            return Resolved(holder.cluster, None, (self.tokens[first].start, m.end), holder.entity)
        role = is_title(self.tokens[first].norm)  # «رئيس بلدية X»: a person's role, not the body
        if m is not None and m.label == "ORG" and body_unit(self.tokens, first, m, role):
            return self._institution(first, last, m)
        if m is not None and m.label == "ORG" and role:  # «رئيس نادي X»: a person, named or described
            k = role_end(self.names, m, last)  # «رئيس اتحاد X، فلان،»: role_holders.py
            if held := role_holder(self.names, m, k, last):
                return self._name(*held, title_gender(self.tokens[first].norm))
            span = (self.tokens[first].start, self.tokens[k - 1].end)
            return Resolved(None, self.doc.text[span[0] : span[1]], span)
        k = completed_name(self.names, m, last) if m is not None and m.label == "PER" else 0
        if m is not None and k > m.last:  # «وقال ماجد الدوسري…» where the NER tagged «ماجد»
            full = self._name(m.first, k, None)
            return Resolved(full.cluster, None, full.mention, m.entity)
        if m is not None:
            return Resolved(m.cluster, None, (m.start, m.end), m.entity)
        head = without_lam(self.tokens[first].norm) if source else self.tokens[first].norm
        if head in LATTER:
            return self._latter(first, LATTER[head])
        if is_title(head):
            return self._titled(first, last)
        if (
            self._describes(head)
            or is_people_plural(head)
            or (head in QUANTIFIERS and first + 1 < last and self._describes(self.tokens[first + 1].norm))
        ):
            return self._description(first, last, source)
        return self._bare_name(first, last, source)

    def _institution(self, first: int, last: int, m: Mention) -> Resolved:
        """An organisation named with more words than the NER tagged: an institution's head before it («قيادة
        قوات التحالف»; not «صحيفة X»), genitives with ب/ل after it («المكتب الإعلامي للمقاومة»)."""
        head = without_article(without_lam(self.tokens[first].norm))
        if first < m.first and (head in CLASSIFIERS or head not in INSTITUTION_HEADS | ORG_HEADS):
            first = m.first
        outlet = without_article(self.tokens[m.first].norm) in MEDIA_NOUNS
        named = {n.first: n.last for n in self.names.mentions if n.label in ("LOC", "ORG")}
        k = name_end(self.tokens, m.last, last, self.names.places, outlet or head in MEDIA_NOUNS, named)
        if k == m.last and first == m.first:
            return Resolved(m.cluster, None, (m.start, m.end), m.entity)
        start, end = self.tokens[first].start, self.tokens[k - 1].end
        name = self.names.strip_proclitic(self.doc.text[start:end])
        full = self.names.add(Mention(start, end, first, k, name, "ORG"))
        return Resolved(full.cluster, None, (start, end), m.entity)

    def _describes(self, head: str) -> bool:  # «مصادر»، «الوزارة» (head «وزارة»)، «بيان»، «الشركة المنتجة»
        heads = DESCRIPTION_HEADS | STATEMENT_HEADS | ORG_CLASSIFIERS
        return word_stem(head) in DESCRIPTION_HEADS or bool({head, without_article(head)} & heads)

    def _latter(self, t: int, gender: str) -> Resolved | None:  # «الأخير»: the last person named before it
        m = self.names.last_person_before(self.tokens[t].start, gender)
        return Resolved(m.cluster, None, (self.tokens[t].start, self.tokens[t].end), m.entity) if m else None

    def _titled(self, first: int, last: int) -> Resolved:
        """A title: with a name after it, that name; alone («الوزير الروسي»), the person it describes."""
        k = min(self.names.skip_title(first), last)
        nfirst, nlast = self.names.name_words(k)
        if nfirst >= min(nlast, last):  # «رئيس الهيئة الوطنية المنصف الزواري»: the phrase took the name
            nfirst, nlast = swallowed_name(self.names, first, k)
        nlast = min(nlast, last)
        # «وأكد الرئيس المصري أهمية…»: one word that looks like no name is the verb's object
        one_word = nlast - nfirst == 1 and not self.names.looks_named(nfirst, nlast)
        if nfirst < nlast and not one_word:
            return self._name(nfirst, nlast, title_gender(self.tokens[first].norm))
        return self._title_referent(first, k, attached=True)

    def _title_referent(self, first: int, k: int, attached: bool) -> Resolved:
        """Who the title phrase tokens[first:k] describes, else the phrase; `attached`: it is the mention."""
        start, end = self.tokens[first].start, self.tokens[k - 1].end
        mention = (start, end) if attached else None
        words = {word_stem(self.tokens[t].norm) for t in range(first, k)}
        m = addressed_person(self.names, first, self.sentence_of)  # «سموه»; None after other titles
        if m is not None:
            return Resolved(m.cluster, None, mention, m.entity)
        head = word_stem(self.tokens[first].norm)
        c = self.names.by_descriptors(words, start, title_gender(self.tokens[first].norm), head)
        if c is None:
            return Resolved(None, self.doc.text[start:end], mention)
        m = c.last_before(start)
        return Resolved(c, None, mention, m.entity if m else None)

    def _description(self, first: int, last: int, source: bool) -> Resolved:
        """An unnamed source or an institution (مصادر دبلوماسية روسية); «بيان الكرملين»: an organisation."""
        phrase = source_phrase(self.tokens, first, last, [(m.first, m.last) for m in self.names.mentions])
        start, end = self.tokens[phrase.first].start, self.tokens[phrase.last - 1].end
        text = self.doc.text[start:end]
        name = self.names.strip_proclitic(source_text(self.tokens, phrase, text)) if source else text
        words = words_of(name)
        c = body_named(self.names.clusters, words)
        if c is not None:
            return Resolved(c, None, (start, end), c.mentions[0].entity)
        earlier = described_before(self.doc.quotes, words, start)
        if earlier is not None:  # «المسؤول المصرفي» after «مسؤول مصرفي ذو صلة بالاتفاقية»
            return Resolved(None, earlier.description, (start, end))
        earlier = phrase_referent(self.doc.quotes, self.names.clusters, self.tokens, words, start)
        if earlier is not None:  # «الشركة» after «شركة X»، «النادي الإنجليزي» after «نادي X الإنجليزي»
            return Resolved(earlier.cluster, earlier.description, (start, end), earlier.entity)
        if len(words) == 1 and is_definite(words[0]):
            span = described_in_text(self.tokens, words[0], first)
            if span is not None:  # «وقالت المصادر…» after «وأشادت مصادر في الوزارة…»
                return Resolved(None, self.doc.text[span[0] : span[1]], (start, end))
        if phrase.named and phrase.last - phrase.first <= 3:
            m = self.names.add(Mention(start, end, phrase.first, phrase.last, name, "ORG"))
            return Resolved(m.cluster, None, (start, end))
        return Resolved(None, name, (start, end))

    def _bare_name(self, first: int, last: int, source: bool) -> Resolved | None:
        """Other words after the cue: a name when they look like one («وأضاف الأسمر»), else a description."""
        nfirst, nlast = self.names.name_words(first, definite_first=True)
        nlast = min(nlast, last)
        if nfirst >= nlast:
            return None
        place = place_subject(self.names, nfirst, nlast)
        if place is not None:
            return Resolved(place.cluster, None, (self.tokens[nfirst].start, place.end), place.entity)
        if not self.names.looks_named(nfirst, nlast):
            return self._description(first, last, source)
        return self._name(nfirst, nlast, None)

    def _name(self, first: int, last: int, gender: str | None) -> Resolved:
        """A name the NER did not tag: joined to the person it names, or a new person."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        name = self.names.strip_proclitic(self.doc.text[start:end])
        m = self.names.add(Mention(start, end, first, last, name, "PER"))
        if m.cluster is not None and gender:
            m.cluster.gender = m.cluster.gender or gender
        return Resolved(m.cluster, None, (start, end))


def attribute_speakers(doc: Doc) -> Doc:
    """Pipeline stage: cluster name mentions (Entity.cluster) and fill every quote's speaker."""
    resolver = _SpeakerResolver(doc)
    resolver.resolve_all()
    resolver.names.write_clusters()
    full_names(doc, resolver.names.clusters)
    return doc
