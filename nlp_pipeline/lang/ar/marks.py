"""Quotation marks: which pairs of marks enclose which text. One index for the sentence splitter (no sentence
ends inside a quote) and the quote finder (direct quotes are the marked spans a cue introduces)."""

from __future__ import annotations

from dataclasses import dataclass

from nlp_pipeline.lang.ar.punctuation import CLOSING_MARKS, OPENING_MARKS, QUOTE_MARKS

# A mark with one of these (or a space) before it opens; with one of these (or a space) after it closes.
BEFORE_OPEN = frozenset("([{:،,؛;") | QUOTE_MARKS
AFTER_CLOSE = frozenset(".,،؛;:!?؟…)]}") | QUOTE_MARKS
MIN_GLUED_WORDS = 3  # words of a quote whose opening mark is glued to the word before it (_glued_open)


@dataclass(frozen=True)
class MarkedSpan:
    """Text between quotation marks. close is None when the paragraph ended before a closing mark."""

    open: int
    close: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        """End offset including the closing mark (the content end when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def marked_spans(text: str) -> list[MarkedSpan]:
    """Pair quotation marks, outermost and nested, by their role in context; mixed pairs («…") are fine.

    A mark never pairs across a paragraph break, except in the convention for long quotes where every new
    paragraph opens the quote again: then the quote runs on and the reopening mark is skipped. A quote still
    open when its paragraph ends yields an unclosed span to the paragraph end, never beyond.
    """
    spans: list[MarkedSpan] = []
    stack: list[int] = []
    reopened: set[int] = set()
    glued: set[int] = set()  # opening marks written against the word before them (_glued_open)
    for i, ch in enumerate(text):
        if ch == "\n":
            nxt = _next_visible(text, i)
            if stack and nxt is not None and _role(text, nxt) == "open":
                reopened.add(nxt)
                del stack[1:]
            else:
                spans.extend(_unclosed(text, stack, i))
                stack = []
        elif ch in QUOTE_MARKS and i not in reopened:
            role = _role(text, i)
            if role == "close" or (role == "either" and stack):
                if stack:
                    o = stack.pop()
                    start = o + 2 if o in glued else o + 1  # «فلان" الإجراء…»: past the space
                    spans.append(MarkedSpan(o, i, start, i))
                elif _glued_open(text, i):
                    stack.append(i)
                    glued.add(i)
            else:
                stack.append(i)
    spans.extend(_unclosed(text, stack, len(text)))
    return sorted(spans, key=lambda s: s.open)


def outermost(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Only the spans inside no other (spans sorted by their opening mark): a quote inside a quote belongs
    to its speaker's words."""
    out: list[MarkedSpan] = []
    reach = -1  # furthest end of the spans opened so far
    for s in spans:
        if s.outer_end > reach:
            out.append(s)
        reach = max(reach, s.outer_end)
    return out


def _role(text: str, i: int) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = prev.isspace() or prev in BEFORE_OPEN
    right = nxt.isspace() or nxt in AFTER_CLOSE
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    ch = text[i]
    return "open" if ch in OPENING_MARKS else "close" if ch in CLOSING_MARKS else "either"


def _glued_open(text: str, i: int) -> bool:
    """A closing-looking mark with nothing open that opens a quote written against the word before it: the
    next mark of the paragraph plainly closes one, a few words on («وقال الوزير فلان" الإجراء الذي…".»). Only
    after a letter and before a space: «لـ»المدينة»», a quote closed after a paragraph break, a run of marked
    names («“أ” و”ب”») and «… وزاد:” …» stay as they are."""
    if not (text[i - 1].isalpha() and i + 1 < len(text) and text[i + 1] == " "):
        return False
    nxt = next((j for j in range(i + 1, len(text)) if text[j] in QUOTE_MARKS or text[j] == "\n"), None)
    if nxt is None or text[nxt] == "\n" or not text[nxt - 1].isalpha():
        return False
    after = text[nxt + 1] if nxt + 1 < len(text) else " "
    return (after.isspace() or after in AFTER_CLOSE) and len(text[i + 1 : nxt].split()) >= MIN_GLUED_WORDS


def _next_visible(text: str, i: int) -> int | None:
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) and text[j] in QUOTE_MARKS else None


def _unclosed(text: str, stack: list[int], end: int) -> list[MarkedSpan]:
    if not stack:
        return []
    o = stack[0]
    stop = end
    while stop > o + 1 and text[stop - 1].isspace():
        stop -= 1
    return [MarkedSpan(o, None, o + 1, stop)] if stop > o + 1 else []
