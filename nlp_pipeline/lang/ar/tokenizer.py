"""Sentence splitting and word tokenization with character offsets into the original text.

Tokens follow camel-tools' `simple_word_tokenize`: split on whitespace, and every punctuation or
symbol character is a token of its own. Unlike camel-tools we keep (start, end) offsets, and a title's
abbreviation keeps its full stop («د. أحمد»: «د.» is one token, its norm «الدكتور»; spaCy's tokenizer
exceptions do the same for "Dr."), so that the full stop ends no sentence and the stages read the title.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from nlp_pipeline.lang.ar.lexicon import table
from nlp_pipeline.lang.ar.marks import marked_spans, outermost
from nlp_pipeline.lang.ar.normalize import normalize
from nlp_pipeline.lang.ar.punctuation import END_PUNCT
from nlp_pipeline.tokens.doc import Doc, Sentence, Token

# One punctuation/symbol character (Unicode P* or S*, camel-tools' UNICODE_PUNCT_SYMBOL_CHARSET), or a
# run of anything that is neither that nor whitespace. Property classes keep the regex fast.
# Whitespace is exactly what `str.split()` splits on (regex's \s differs on U+001C..U+001F).
_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TOKEN_RE = regex.compile(r"[\p{P}\p{S}]|[^" + _SPACE + r"\p{P}\p{S}]+")

CLOSING_QUOTES = frozenset('»”"’›)')  # may follow a sentence's final mark
MAX_TITLE_LETTERS = 2  # «أ.د.»: a title's abbreviation has one or two letters, each with its full stop
ACRONYM_LETTERS = 2  # «إس.بي»: the letters of an acronym written in Arabic, each spelled as one or two
Span = tuple[int, int]
# «د.» -> «الدكتور»: abbreviations of a title, with their full stop, and what they stand for.
TITLE_ABBREVIATIONS = {
    normalize(short) + ".": normalize(full) for short, full in table("title_abbreviations.tsv")
}


def word_spans(text: str) -> list[Span]:
    """(start, end) of every token of text, in order."""
    spans = [m.span() for m in _TOKEN_RE.finditer(text)]
    out: list[Span] = []
    i = 0
    while i < len(spans):
        taken = _title_dot(text, spans, i)
        if taken:
            out.append((spans[i][0], spans[i + taken - 1][1]))
            i += taken
        else:
            out.append(spans[i])
            i += 1
    return out


def _title_dot(text: str, spans: list[Span], i: int) -> int:
    """How many spans from i make a title's abbreviation before a name (0 when none): «د. أحمد»،
    «(د.أحمد»، «م. خالد»، «أ.د.سعد» (letters each with its full stop glued, nothing between them). The
    first letter stands alone (no letter or digit glued before it, no number before it: «2015م.»، «عام
    2015 م.»), the name is a word of more than ACRONYM_LETTERS letters on the same line and no full stop
    is glued after it («د.ب.أ» is an acronym)."""
    taken, k = 0, i
    while k + 1 < len(spans) and _glued(spans, k) and text[spans[k + 1][0] : spans[k + 1][1]] == ".":
        if normalize(text[spans[i][0] : spans[k + 1][1]]) in TITLE_ABBREVIATIONS:
            taken = k + 2 - i  # the longest abbreviation of the table
        if (k - i) // 2 + 1 >= MAX_TITLE_LETTERS or k + 2 >= len(spans) or not _glued(spans, k + 1):
            break
        k += 2
    if not taken or i + taken >= len(spans):
        return 0
    start, dot_end = spans[i][0], spans[i + taken - 1][1]
    name_start, name_end = spans[i + taken]
    if "\n" in text[dot_end:name_start] or _after_number(text, spans, i):
        return 0
    alone = start == 0 or not text[start - 1].isalnum()
    name = text[name_start:name_end]
    acronym = text[name_end : name_end + 1] == "."
    return taken if alone and name.isalpha() and len(name) > ACRONYM_LETTERS and not acronym else 0


def _glued(spans: list[Span], k: int) -> bool:
    return spans[k][1] == spans[k + 1][0]


def _after_number(text: str, spans: list[Span], i: int) -> bool:
    """Whether the token before i is a number: «عام 2015 م.» is a year and its era, not an engineer."""
    return i > 0 and text[spans[i - 1][0] : spans[i - 1][1]].isdigit()


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in word_spans(text)]


def sentence_spans(text: str, tokens: list[Span] | None = None) -> list[Span]:
    """Sentences as token-aligned spans.

    A sentence ends after . ! ? ؟ … (and any closing quotes right after it), and at a line break.
    Inside a pair of quotation marks (marks.py) a full stop does not end the sentence unless a line break
    does: quoted speech often holds several sentences that belong to one attribution. A mark that is never
    closed protects nothing (a stray mark must not glue a paragraph into one sentence).
    """
    if tokens is None:
        tokens = word_spans(text)
    quoted = QuotedRegions(text)
    sentences: list[Span] = []
    first = 0  # index of the first token of the current sentence
    for i, (s, e) in enumerate(tokens):
        tok = text[s:e]
        last = i + 1 == len(tokens)
        nxt = tokens[i + 1] if not last else None
        newline = nxt is not None and "\n" in text[e : nxt[0]]
        prev = text[tokens[i - 1][0] : tokens[i - 1][1]] if i > first else ""
        closes = tok in END_PUNCT or (tok in CLOSING_QUOTES and prev in END_PUNCT)
        # "alikhbariah.com" or ".." do not end a sentence: only a mark followed by a space does.
        end_punct = closes and nxt is not None and nxt[0] > e and not quoted.inside(s)
        if last or newline or end_punct:
            sentences.append((tokens[first][0], e))
            first = i + 1
    return sentences


def stops_sentence(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is a mark that ends the sentence, for a cue looking for its content: not a full stop
    inside an acronym written in Arabic letters («إس.بي كابيتال»، «د.ب.أ»، «بي.إم.دبليو»), which
    sentence_spans already keeps inside the sentence (no space after it)."""
    tok = tokens[k]
    return tok.text in END_PUNCT and not _in_acronym(tokens, k)


def _in_acronym(tokens: Sequence[Token], k: int) -> bool:
    """A full stop glued to letters on both sides, each one or two letters long («إس.بي»), or going on a
    chain of them («بي.إم.دبليو»); not «كلم.لذلك» (a missing space) nor «د.أحمد» (a title before a name)."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].text != ".":
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    glued = before.end == tokens[k].start == after.start - 1
    if not (glued and before.norm.isalpha() and after.norm.isalpha()):
        return False
    short = len(before.norm) <= ACRONYM_LETTERS and len(after.norm) <= ACRONYM_LETTERS
    return short or _after_dot(tokens, k - 1)


def _after_dot(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k comes right after a full stop glued to it («د.ب.أ»: «أ»)."""
    return k > 0 and tokens[k - 1].text == "." and tokens[k - 1].end == tokens[k].start


class QuotedRegions:
    """Where closed outermost quotation marks enclose text, for `inside(char)` lookups in text order."""

    def __init__(self, text: str) -> None:
        spans = outermost(marked_spans(text))
        self.regions = [(m.open, m.outer_end) for m in spans if m.close is not None]
        self.k = 0

    def inside(self, char: int) -> bool:
        """Whether char lies strictly between an opening mark and its closing mark (calls in text order)."""
        while self.k < len(self.regions) and self.regions[self.k][1] <= char:
            self.k += 1
        return self.k < len(self.regions) and self.regions[self.k][0] < char < self.regions[self.k][1] - 1


def _norm(token: str) -> str:
    norm = normalize(token)
    return TITLE_ABBREVIATIONS.get(norm, norm)


def tokenize_doc(doc: Doc) -> Doc:
    """Pipeline stage: fill doc.tokens (with `norm`) and doc.sentences."""
    spans = word_spans(doc.text)
    doc.tokens = [Token(s, e, doc.text[s:e], _norm(doc.text[s:e])) for s, e in spans]
    i = 0
    doc.sentences = []
    for start, end in sentence_spans(doc.text, spans):
        first = i
        while i < len(spans) and spans[i][1] <= end:
            i += 1
        doc.sentences.append(Sentence(start, end, list(range(first, i))))
    return doc
