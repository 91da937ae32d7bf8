"""Arabic normalization as small `str -> str` steps that never lose character offsets.

Every step maps ONE input character to zero or more output characters, so a composed pipeline
applied character by character yields, for each normalized character, the index of the original
character it came from. That is how tokens and entities keep offsets into the original text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

Step = Callable[[str], str]

TATWEEL = "\u0640"
# Bidi controls that news sites sprinkle into Arabic text (LRM, RLM, ALM, embeddings, isolates).
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Arabic-Indic (U+0660..) and Extended/Persian (U+06F0..) digits -> ASCII.
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def remove_diacritics(s: str) -> str:
    """Tashkeel, shadda, tanwin, sukun, dagger alef (camel-tools' Arabic diacritic set)."""
    return dediac_ar(s)


def unify_alef(s: str) -> str:
    """أ إ آ ٱ -> ا"""
    return normalize_alef_ar(s)


def unify_alef_maksura(s: str) -> str:
    """ى -> ي"""
    return normalize_alef_maksura_ar(s)


def unify_teh_marbuta(s: str) -> str:
    """ة -> ه (off by default: it changes meaning)."""
    return normalize_teh_marbuta_ar(s)


def remove_tatweel(s: str) -> str:
    return s.replace(TATWEEL, "")


def fold_presentation_forms(s: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) -> base letters, via NFKC.

    Only those blocks are folded: NFKC elsewhere would also rewrite «…» or full-width text.
    """
    return "".join(normalize_unicode(c) if _is_presentation_form(c) else c for c in s)


def remove_bidi_controls(s: str) -> str:
    return "".join(c for c in s if c not in BIDI_CONTROLS)


def ascii_digits(s: str) -> str:
    return "".join(_DIGITS.get(c, c) for c in s)


def _is_presentation_form(c: str) -> bool:
    return "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"


def make_pipeline(*steps: Step) -> Step:
    """Compose steps left to right (textacy's `make_pipeline`)."""

    def pipeline(s: str) -> str:
        for step in steps:
            s = step(s)
        return s

    return pipeline


# Presentation forms first: a folded ligature (ﻷ -> لأ) must then go through alef unification.
DEFAULT_STEPS: tuple[Step, ...] = (
    fold_presentation_forms,
    remove_bidi_controls,
    remove_diacritics,
    remove_tatweel,
    unify_alef,
    unify_alef_maksura,
    ascii_digits,
)


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the index of the original character."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text back to the original text."""
        if start >= end:
            raise ValueError("empty span")
        return self.offsets[start], self.offsets[end - 1] + 1


class Normalizer:
    """Applies steps character by character (cached), so offsets are kept exactly."""

    def __init__(self, steps: Iterable[Step] = DEFAULT_STEPS) -> None:
        self.steps = tuple(steps)
        self._char = lru_cache(maxsize=65536)(make_pipeline(*self.steps))

    def __call__(self, text: str) -> str:
        char = self._char
        return "".join([char(c) for c in text])

    def with_offsets(self, text: str) -> Normalized:
        out: list[str] = []
        offsets: list[int] = []
        for i, c in enumerate(text):
            n = self._char(c)
            out.append(n)
            offsets.extend([i] * len(n))
        return Normalized("".join(out), tuple(offsets))


def make_normalizer(teh_marbuta: bool = False) -> Normalizer:
    steps = DEFAULT_STEPS + ((unify_teh_marbuta,) if teh_marbuta else ())
    return Normalizer(steps)


normalize = make_normalizer()
"""The normalizer used for token `norm` and for the NER model's input."""
