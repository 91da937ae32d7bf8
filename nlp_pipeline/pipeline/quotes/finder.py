"""Quotations in Arabic news: direct quotes in marks, reported speech, clauses attributed to a source
(ANNOTATION_GUIDE.md). `find_quotes(doc)` fills doc.quotes with span, kind and cue; speakers come later."""

from __future__ import annotations

from dataclasses import dataclass

from nlp_pipeline.lang.ar.lexicon import CLAUSE_OPENERS
from nlp_pipeline.lang.ar.marks import marked_spans, outermost
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT, CLOSING_MARKS, COLON, END_PUNCT, is_punct
from nlp_pipeline.lang.ar.tokenizer import stops_sentence, tokenize_doc
from nlp_pipeline.lang.ar.wordforms import is_complementizer, without_conjunction, words_of
from nlp_pipeline.pipeline.quotes.adverbials import skip_adverbials
from nlp_pipeline.pipeline.quotes.boundaries import (
    clause_opening,
    clock_colon,
    fa_inna,
    new_clause,
    object_before_an,
    opens_content,
)
from nlp_pipeline.pipeline.quotes.clause_cues import clause_cue, nested_cue
from nlp_pipeline.pipeline.quotes.cues import (
    Cue,
    after_what,
    fronted_subject,
    match_cue,
    object_allowed,
    plausible_source,
)
from nlp_pipeline.pipeline.quotes.denials import denied_what
from nlp_pipeline.pipeline.quotes.governed_an import governed_an
from nlp_pipeline.pipeline.quotes.hal_objects import hal_targets
from nlp_pipeline.pipeline.quotes.headlines import headline_content
from nlp_pipeline.pipeline.quotes.marked import MIN_UNMARKED_WORDS, introduces, where_quote
from nlp_pipeline.pipeline.quotes.nested import embedded, nested_sources, opens_on_subject, relayed_at
from nlp_pipeline.pipeline.quotes.objects import ObjectStart, named_as, object_start, preposition_object
from nlp_pipeline.pipeline.quotes.owned import owned_object
from nlp_pipeline.pipeline.quotes.postposed import trailing_targets
from nlp_pipeline.pipeline.quotes.prepositions import FUSED_BA, untagged_subject
from nlp_pipeline.pipeline.quotes.requests import request_target
from nlp_pipeline.pipeline.quotes.source_words import after_description, at_discretion, heads_clause
from nlp_pipeline.pipeline.quotes.stray import span_index, without_stray
from nlp_pipeline.pipeline.quotes.unmarked import unmarked_words
from nlp_pipeline.tokens.doc import Doc, Quote, Sentence
from nlp_pipeline.tokens.index import TokenIndex

VERB_WINDOW = 25  # tokens between a verb and its quote or أن (room for «name، title، لـaddressee»)
PARTICIPLE_WINDOW = 3  # مشيرا إلى أن / مؤكدا: «…»


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None  # char span of the cue
    first_token: int
    last_token: int  # exclusive


class _QuoteFinder:
    """The state of one document: tokens, marked spans, and which tokens are inside marks."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.index = TokenIndex(doc.tokens)
        self.token_at = self.index.at
        self.marked = marked_spans(doc.text)  # every pair, nested ones too (stray.py filters these)
        self.spans = outermost(self.marked)
        self.owner, self.opening = span_index(self.token_at, self.spans, len(doc.tokens))
        self.named = {
            t for e in doc.entities if e.label in ("PER", "ORG") for t in self.index.covering(e.start, e.end)
        }
        self.entity_tokens = {t for e in doc.entities for t in self.index.covering(e.start, e.end)}
        # A person's surname alone («وأكد العمر» after «سالم العمر»), an organisation without its classifier
        # («جمعية النهضة» then «النهضة») name them too.
        surnames = {w for e in doc.entities if e.label != "LOC" for w in words_of(e.text)[1:] if len(w) > 3}
        self.named |= {
            t for t, tok in enumerate(self.tokens) if set(without_conjunction(tok.norm)) & surnames
        }
        self.found: list[_Found] = []
        self.lead: dict[int, int] = {}  # token -> characters before the content in it (a fused ب/ل)
        if (kept := without_stray(self)) is not None:  # «…العام الماضي "وباشر…»: no quote to hide cues
            self.spans = kept
            self.owner, self.opening = span_index(self.token_at, kept, len(doc.tokens))

    def is_word(self, t: int) -> bool:
        return not is_punct(self.tokens[t].text)

    def sentence(self, sent: Sentence) -> None:
        if not sent.tokens:
            return
        lo, hi = sent.tokens[0], sent.tokens[-1] + 1
        cues: list[Cue] = []
        t = lo
        while t < hi:
            cue = nested_cue(self.tokens, t, hi) if self.owner[t] else clause_cue(self.tokens, t, hi)
            if cue:
                cues.append(cue)
            t = t + 1 if cue is None else cue.last
            if cue is not None and cue.kind == "source":  # «حسب ما أشارت…»: no cue of its own
                t = after_what(self.tokens, t, hi)
        targets = hal_targets(self.tokens, cues, [self.target(c, lo, hi) for c in cues])
        nested = nested_sources(cues, targets)
        used: set[int] = set()
        for n, (cue, target) in enumerate(zip(cues, targets)):
            if target is None:
                continue
            first, last = target
            if cue.kind != "pronoun":  # a source's clause keeps the report in it («وبحسب X، فقد ذكرت Y أن…»)
                last = self.cut_at_next_cue(first, last, cues[n + 1 :], targets[n + 1 :], cue.kind)
            # «لأنها كشفت عن تفاصيله، فإن المؤتمر…»: the main clause after فإن is the writer's
            last = next((t for t in range(first + 1, last) if fa_inna(self.tokens, self.named, t)), last)
            if (span := self.owner[cue.first]) is not None:  # a report inside a quote ends with it
                last = min(last, self.token_at(span.end - 1) + 1)
            if cue.kind == "relay":
                added = self.add_relay(first, last, hi, cue)
            else:
                added = self.add(first, last, cue, nested=n in nested)
            if added:
                used.add(n)
        self.trailing_verbs(lo, hi, [c for n, c in enumerate(cues) if n not in used and c.kind == "verb"])
        if (content := headline_content(self, lo, hi, cues)) is not None:
            self.add(*content, None)

    def add_relay(self, first: int, last: int, hi: int, cue: Cue) -> bool:
        """«نقلت الوكالة عن فلان قوله…»: the relayed statement (cue «قوله»/«عن»), then the whole report."""
        at = relayed_at(self.tokens, cue.last, first)
        if at is None:
            return self.add(first, last, cue)
        if not self.add(first, last, Cue(at, at + 1, "relay", cue.gender)):
            return False
        if self.add(first, hi, cue, nested=True):
            self.found[-2:] = self.found[-1:-3:-1]
        return True

    def target(self, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
        """The token range the cue attributes (before trimming), or None when it attributes nothing."""
        if cue.object_rule == "request":  # «طلب من الجانب الروسي التعاونَ في…»، «طلب منه أن…»
            return request_target(self.tokens, self.entity_tokens, cue.first, hi)
        found = self.marked_or_clause_target(cue, lo, hi) or unmarked_words(self, cue, hi)  # «قال فلان، تم…»
        if (
            found is None
            and cue.kind in ("naming", "relay")  # a description, or greetings conveyed
            and (named := named_as(self.tokens, self.entity_tokens, cue, hi))
        ):
            return self._take(named, hi)
        if found is None and cue.takes_object:
            # A participle (داعيًا الحكومةَ إلى…) has no subject of its own: what follows is its object.
            fronted = cue.kind == "participle" or fronted_subject(self.tokens, lo, cue.first) is not None
            obj = object_start(self.tokens, self.named, self.entity_tokens, cue.last, hi, fronted, cue.gender)
            obj = obj if fronted else owned_object(self.tokens, self.named, obj, hi, cue)  # «استياءها»
            if obj is not None and obj.lead == 0 and cue.preposition == FUSED_BA and not fronted:
                # «وطالبت اللجنة في اجتماعها بوقف…»: the bare word after «طالب» was its subject (not fronted)
                obj = preposition_object(self.tokens, self.entity_tokens, cue, hi) or obj
            elif (
                obj
                and cue.preposition not in (None, FUSED_BA)
                and untagged_subject(self.tokens, self.named, cue, obj.token)
            ):
                # «وأعرب الوفد عن شكره…»: words before «عن» are its subject (preposition_verbs.tsv)
                obj = preposition_object(self.tokens, self.entity_tokens, cue, hi)
            if obj is not None and object_allowed(self.tokens, cue, obj.token, obj.lead):
                return self._take(obj, hi)
            if (obj := denied_what(self.tokens, cue, hi)) is not None:  # «نفى الوزير ما تردد عن…»
                return self._take(obj, hi)
            if cue.preposition is not None:  # «وتحدث الوزير خلال اجتماعه عن…»: past an adverbial
                obj = preposition_object(self.tokens, self.entity_tokens, cue, hi)
                if obj is not None:
                    return self._take(obj, hi)
        return found

    def _take(self, obj: ObjectStart, hi: int) -> tuple[int, int]:
        """An object as the cue's content, up to `hi`; its letters before it (a fused ب) kept for trimming."""
        self.lead[obj.token] = obj.lead
        return obj.token, hi

    def marked_or_clause_target(self, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
        """A quote in marks, a clause after أن or a colon, or what a source phrase or pronoun attributes."""
        if cue.kind == "source":
            return self.source_target(cue, lo, hi)
        if cue.kind == "pronoun":
            first = self.clause_start(lo, cue.first)
            return (first, cue.first) if first < cue.first else None
        window = PARTICIPLE_WINDOW if cue.kind == "participle" else VERB_WINDOW
        k = cue.last
        end = min(hi, skip_adverbials(self.tokens, k, hi) + window)  # «مضيفًا في الوقت ذاته أن…»
        while k < end:
            tok = self.tokens[k]
            span = self.opening.get(k)
            if span is not None:
                if introduces(self, cue, k, span):
                    return k, self.token_at(span.outer_end - 1) + 1
                k = self.token_at(span.outer_end - 1) + 1
                continue
            that = opens_content(self.tokens, self.named, k)  # not «بعد أن», not «فان» in a name: go on
            if fa_inna(self.tokens, self.named, k) or (that and governed_an(self.tokens, cue.first, k)):
                return None  # «…، فإن الحدث…» opens the main clause; «…، على أن…»: another word's أن
            if that and (cue.kind != "naming" or tok.norm.startswith("ب")):
                if object_before_an(self.tokens, cue, k):
                    return cue.last, hi
                return (k + 1, hi) if k + 1 < hi else None
            if tok.text in COLON and cue.kind != "naming" and k + 1 < hi and not clock_colon(self.tokens, k):
                # «وقال: نحن مستعدون» – words after a colon without marks; «وقال: إن…» goes on to إن.
                nxt = self.tokens[k + 1]
                if not (k + 1 in self.opening or is_complementizer(nxt.norm)):
                    return k + 1, hi
            if (
                (inner := match_cue(self.tokens, k, hi)) is not None
                and inner.kind == "source"
                and cue.kind == "verb"
            ):
                k = after_what(self.tokens, inner.last, hi)  # «وقالت الشركة بحسب موقع… إن…»: a nested report
                continue
            if stops_sentence(self.tokens, k) or tok.norm in CLAUSE_OPENERS or inner is not None:
                return where_quote(self, cue, k, end)  # None but after «حيث» + a place («…حيث مقره "…"»)
            if tok.text in CLAUSE_PUNCT and k + 1 < hi and new_clause(self.tokens, self.named, k + 1):
                return None
            k += 1
        return None

    def source_target(self, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
        """بحسب/وفقًا لـ…: at a sentence head it attributes what follows its source, else what precedes."""
        k = cue.last
        while k < hi and not (
            self.tokens[k].text in CLAUSE_PUNCT | END_PUNCT or is_complementizer(self.tokens[k].norm)
        ):
            k += 1
        named, after = self.named, after_what(self.tokens, cue.last, hi)
        if not plausible_source(self.tokens, named, after, k) or at_discretion(self.tokens, cue.last, hi):
            return None  # no source; «بحسب ما تراه الجهات»: a discretion (source_words.py)
        if heads_clause(self.tokens, lo, cue.first):  # «…: وفقًا لبنك…، كان هناك…»: after a colon too
            k = after_description(self.tokens, k, hi) or k  # «ووفقًا لوكالة "أنسا"، التي استشهدت…، فإن…»
            while k < hi and (is_punct(self.tokens[k].text) and not self.opening.get(k)):
                k += 1
            if k < hi and is_complementizer(self.tokens[k].norm):
                k += 1
            return (k, hi) if k < hi else None
        first = self.clause_start(lo, cue.first)
        first = max([first] + [t + 1 for t in range(first, cue.first) if fa_inna(self.tokens, self.named, t)])
        words = sum(self.is_word(t) for t in range(first, cue.first))
        return (first, cue.first) if words >= MIN_UNMARKED_WORDS else None

    def clause_start(self, lo: int, before: int) -> int:
        """Start of the clause ending at `before`: the sentence start or the end of the last quote in it."""
        first = lo
        for f in self.found:
            if lo <= f.last_token <= before:
                first = max(first, f.last_token)
        return first

    def cut_at_next_cue(self, first: int, last: int, cues: list[Cue], targets: list, kind: str) -> int:
        """Reported speech runs to the end of the sentence or a new cue that opens a clause or (after any
        cue but a source phrase, whose whole clause is attributed) reports on its own."""
        for cue, target in zip(cues, targets):
            if cue.first <= first or self.owner[cue.first]:  # a cue opening the content is reported in it
                continue
            # «قال إن الرئيس زعم أنه…»: the verb's subject opens the content, and the report is inside it
            if opens_on_subject(self.tokens, self.named, cue, first):
                continue
            opening = clause_opening(self.tokens, first, cue)  # «…، وأضاف»، «…، لكن طهران أكدت…»
            opens_clause = opening is not None
            if not opens_clause and kind != "source" and embedded(self.tokens, self.named, cue, first):
                quoted = target is not None and (
                    target[0] in self.opening or self.tokens[target[0] - 1].text in COLON
                )
                if not quoted:  # «أوضح أن المريضة التي أعربت عن شكرها…»: a report inside the content
                    continue
            if (target is not None and kind != "source") or opens_clause:
                return min(last, cue.first if opening is None else opening)
        return last

    def trailing_verbs(self, lo: int, hi: int, cues: list[Cue]) -> None:
        """Cues after their content: «…»، قال الوزير; «…، كما قال شهود.» (quotes/postposed.py)."""
        for first, last, cue in trailing_targets(self, lo, hi, cues):
            self.add(first, last, cue)

    def add(self, first: int, last: int, cue: Cue | None, nested: bool = False) -> bool:
        """Trim the range to its content and keep it unless it overlaps a quote found (never crossing)."""
        while first < last and is_punct(self.tokens[first].text) and first not in self.opening:
            first += 1
        while last > first and self._trailing_noise(first, last - 1):
            last -= 1
        if first >= last:
            return False
        start, end = self.tokens[first].start + self.lead.get(first, 0), self.tokens[last - 1].end
        kind = "indirect"
        span = self.opening.get(first)
        if span is not None and span.close is not None and self.token_at(span.close) == last - 1:
            start, end, kind = span.start, span.end, "direct"
        elif span is not None and span.close is None and self.token_at(span.end - 1) >= last - 1:
            start, end, kind = span.start, self.tokens[last - 1].end, "direct"  # unclosed: to its last word
        elif any(first <= t < last for t in self.opening):
            kind = "mixed"
        cue_start = self.tokens[cue.first].start if cue is not None else start
        inside = not nested and any(
            f.start < end and start < f.end and not (f.start <= cue_start and end <= f.end)
            for f in self.found
        )
        crossing = any(f.start < end and start < f.end and not f.start <= start < end <= f.end
                       and not start <= f.start < f.end <= end for f in self.found)  # fmt: skip
        if start >= end or inside or crossing:
            return False  # overlaps a quote, unless it is reported inside it («وفقًا لـ…، أعربت الحكومة عن…»)
        cue_span = (self.tokens[cue.first].start, self.tokens[cue.last - 1].end) if cue is not None else None
        self.found.append(_Found(start, end, kind, cue_span, first, last))
        return True

    def _trailing_noise(self, first: int, t: int) -> bool:
        tok = self.tokens[t]
        if tok.text in CLOSING_MARKS or tok.text == '"':
            span = self.owner[t]
            return span is None or self.token_at(span.open) < first
        return is_punct(tok.text) or tok.norm in CLAUSE_OPENERS or tok.norm == "و"


def find_quotes(doc: Doc) -> Doc:
    """Pipeline stage: doc.quotes in document order, an outer report before one inside it."""
    if doc.text and not doc.tokens:
        tokenize_doc(doc)
    finder = _QuoteFinder(doc)
    for sent in doc.sentences:
        finder.sentence(sent)
    doc.quotes = []
    for n, f in enumerate(sorted(finder.found, key=lambda f: (f.start, -f.end))):
        cue = doc.span(*f.cue) if f.cue else None
        doc.quotes.append(Quote(f.start, f.end, doc.text[f.start : f.end], f"q{n}", f.kind, cue))
    return doc
