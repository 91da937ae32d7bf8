"""Arabic normalization as small `str -> str` steps that never lose character offsets.

Every step maps ONE input character to zero or more output characters, so a composed pipeline
applied character by character yields, for each normalized character, the index of the original
character it came from. That is how tokens and entities keep offsets into the original text.

The default steps are camel-tools' normalizers. Since they work per character, their whole effect is a
table of the few hundred characters they change, compiled from camel-tools into `data/char_table.tsv`
(`python -m nlp_pipeline.lang.ar.char_table`; a test recompiles it over every code point and compares).
The default normalizer reads that table, so a run never imports camel-tools' character sets, whose import
scans all 1.1 million code points (0.6 s of every start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

# camel-tools is imported inside the steps, on first use: the default normalizer never calls them.

Step = Callable[[str], str]

TATWEEL = "\u0640"
# Bidi controls that news sites sprinkle into Arabic text (LRM, RLM, ALM, embeddings, isolates).
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Arabic-Indic (U+0660..) and Extended/Persian (U+06F0..) digits -> ASCII.
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def remove_diacritics(s: str) -> str:
    """Tashkeel, shadda, tanwin, sukun, dagger alef (camel-tools' Arabic diacritic set)."""
    from camel_tools.utils.dediac import dediac_ar

    return dediac_ar(s)


def unify_alef(s: str) -> str:
    """أ إ آ ٱ -> ا"""
    from camel_tools.utils.normalize import normalize_alef_ar

    return normalize_alef_ar(s)


def unify_alef_maksura(s: str) -> str:
    """ى -> ي"""
    from camel_tools.utils.normalize import normalize_alef_maksura_ar

    return normalize_alef_maksura_ar(s)


def unify_teh_marbuta(s: str) -> str:
    """ة -> ه (off by default: it changes meaning)."""
    from camel_tools.utils.normalize import normalize_teh_marbuta_ar

    return normalize_teh_marbuta_ar(s)


def remove_tatweel(s: str) -> str:
    return s.replace(TATWEEL, "")


def fold_presentation_forms(s: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) -> base letters, via NFKC.

    Only those blocks are folded: NFKC elsewhere would also rewrite «…» or full-width text.
    """
    from camel_tools.utils.normalize import normalize_unicode

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
    """Applies steps character by character (cached), so offsets are kept exactly.

    With `table` (what the steps make of each character they change), the steps are not called at all.
    """

    def __init__(self, steps: Iterable[Step] = DEFAULT_STEPS, table: dict[str, str] | None = None) -> None:
        self.steps = tuple(steps)
        if table is not None:
            get = table.get
            self._char: Callable[[str], str] = lambda c: get(c, c)
        else:
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


TABLE_FILE = "char_table.tsv"


def read_table(text: str) -> dict[str, str]:
    """`data/char_table.tsv`: a code point (hex), a tab, what it becomes (hex code points; none: removed)."""
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            char, _, out = line.partition("\t")
            table[chr(int(char, 16))] = "".join(chr(int(h, 16)) for h in out.split())
    return table


@cache  # read once per process, shared by every default normalizer (do not modify it)
def default_table() -> dict[str, str]:
    return read_table(files("nlp_pipeline.lang.ar").joinpath("data", TABLE_FILE).read_text(encoding="utf-8"))


def make_normalizer(teh_marbuta: bool = False) -> Normalizer:
    if teh_marbuta:
        return Normalizer(DEFAULT_STEPS + (unify_teh_marbuta,))
    return Normalizer(DEFAULT_STEPS, table=default_table())


normalize = make_normalizer()
"""The normalizer used for token `norm` and for the NER model's input."""
