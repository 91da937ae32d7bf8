"""Attested Latin spellings of Arabic personal names, read from the index that ships with
`arabic-name-romanizer` (MIT, offline: about 87k whole names and 82k name units from Wikidata and DziriNames,
each with a country). Only its rows are used, never its guesses (its small neural model or rules).

We read the index ourselves rather than through the library's `Transliterator`, which sees only the rows of
Arab countries for a name in Arabic script (so ظريف is the Algerian "Drif", not the Iranian "Zarif") and lets
a pool of unit spellings outvote a whole name attested once ("Sameh Shoukry"). Here:

- a whole name attested as such gets its most frequent spelling, from any country;
- otherwise a name's region (Mashriq, Maghreb, Persian-speaking) is the one whose rows make its units most
  likely, and each unit gets its most frequent spelling in that region (all rows when the region has none).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

MASHRIQ = "mashriq"
REGIONS = {
    **dict.fromkeys(("DZ", "MA", "TN", "MR"), "maghreb"),
    **dict.fromkeys(("AF", "IR", "PK"), "persian"),
}
# Prior share of each region's people in Saudi news: most named people are from the Mashriq, and a name
# switches region only on clear evidence (DziriNames alone covers many Arab family names in Algerian
# spellings). On ANETAC words attested in several regions, the Mashriq spelling matches ANETAC's English
# one 49 % of the time, the Maghreb one 37 %.
PRIOR = {MASHRIQ: 0.8, "maghreb": 0.1, "persian": 0.1}
Rows = list[tuple[str, str, int]]  # (latin, region, count)
PERSIAN_EI = "ئي"
UNSUPPORTED = 1e9  # a whole name's spelling with a word none of its units has ranks after those without
# The article as the index writes it: al-, Al , El-, ath-, ad-, as-, ash- … (sun letters assimilated).
ARTICLE_FORMS = r"(?:[aAeE](?:l|[tdsrzn]h?)|[AE](?:L|[TDSRZN]H?))[- ']"
ARTICLE_WORD = re.compile("^" + ARTICLE_FORMS)


def region_of(country: str) -> str:
    return REGIONS.get(country, MASHRIQ)


@lru_cache(maxsize=1)
def _index() -> tuple[sqlite3.Connection, dict[str, int]]:
    from arabic_name_romanizer.api import default_resources_dir

    path = default_resources_dir() / "names.sqlite3"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    totals: Counter[str] = Counter()
    for country, count in conn.execute("SELECT country, SUM(count) FROM units GROUP BY country"):
        totals[region_of(country)] += int(count)
    return conn, dict(totals)


def _rows(table: str, key: str) -> Rows:
    conn, _ = _index()
    sql = f"SELECT latin, country, count FROM {table} WHERE arabic_key = ?"  # noqa: S608 (fixed names)
    return [(latin, region_of(country), int(count)) for latin, country, count in conn.execute(sql, (key,))]


def _lib() -> Any:
    from arabic_name_romanizer import normalize  # deferred: only when a name is spelled

    return normalize


def split_units(name: str) -> list[str]:
    """Name units as the index keys them: a word, or a particle with what follows («بن عبد الله»)."""
    lib = _lib()
    return lib.split_units(lib.normalize_arabic(name))


def unit_key(unit: str) -> str:
    return str(_lib().lookup_key(unit))


def ranked(
    rows: Rows,
    region: str | None = None,
    style: Callable[[str], str] = str,
    tie: Callable[[str], float] | None = None,
) -> list[str]:
    """Spellings by summed count, most frequent first; only `region`'s rows when it has any. Spellings with
    the same `style` are one ("Al-Otaibi", "al-Otaibi"), written as `style` writes it. Equal counts are
    ordered by `tie` (lower first), then alphabetically."""
    chosen = [r for r in rows if r[1] == region] or rows
    counts: Counter[str] = Counter()
    for latin, _, count in chosen:
        counts[style(latin)] += count
    order = tie or (lambda _: 0.0)
    return [latin for latin, _ in sorted(counts.items(), key=lambda kv: (-kv[1], order(kv[0]), kv[0]))]


@lru_cache(maxsize=4096)
def whole_rows(name: str) -> tuple[tuple[str, str, int], ...]:
    """The index's rows for the whole name (a name of two units or more), from any country."""
    units = split_units(name)
    if len(units) < 2:
        return ()
    return tuple(_rows("full_names", " ".join(unit_key(u) for u in units)))


@lru_cache(maxsize=4096)
def unit_rows(unit: str) -> tuple[tuple[str, str, int], ...]:
    """The index's rows for one unit; a Persian name in its Arabic spelling, when only the Persian one is
    attested, gets the Persian one's rows."""
    rows = _rows("units", unit_key(unit))
    for persian in persian_spellings(unit) if not rows else ():
        rows = _rows("units", unit_key(persian))
        if rows:
            break
    return tuple(rows)


def persian_spellings(unit: str) -> list[str]:
    """Arabic writes final Persian «ایی» and «ه‌ای» as «ئي»: «رضائي» is Persian «رضایی» (Rezaei), a name like
    «فلانئي» may be «فلانه‌ای»; the index keys Persian names in their own spelling (ی as ي, no ZWNJ)."""
    if " " in unit or not unit.endswith(PERSIAN_EI) or len(unit) < 4:
        return []
    stem = unit[: -len(PERSIAN_EI)]
    return [stem + "يي", stem + "هاي"]


def likeliest_region(units: list[str]) -> str:
    """The region whose rows make the units likeliest (add-one smoothed), with the news prior."""
    _, totals = _index()
    scores = {region: math.log(p) for region, p in PRIOR.items()}
    for unit in units:
        by_region: defaultdict[str, int] = defaultdict(int)
        for _, region, count in unit_rows(unit):
            by_region[region] += count
        if not by_region:
            continue
        for region in scores:
            scores[region] += math.log((by_region[region] + 1) / (totals.get(region, 0) + 1))
    return max(scores, key=lambda r: scores[r])


def units_support(units: list[str], region: str) -> Callable[[str], float]:
    """A tie-breaker for a whole name's spellings (lower first): how often, on average, the index writes its
    words for the name's units in their region (all rows where the region has none). Of two rows attested
    once each, "Rashid … Al Khalifa" (the Mashriq units' spellings) before "Rachid … al-Khalifah" (the
    alphabetical first); one with a word no unit has (a name the Arabic leaves out: "Abdullah Yusuf
    Azzam") after any without."""
    support: Counter[str] = Counter()
    for unit in units:
        rows = unit_rows(unit)
        for latin, _, count in [r for r in rows if r[1] == region] or rows:
            for word in latin.split():
                support[_bare(word)] += count

    def tie(latin: str) -> float:
        counts = [support[_bare(word)] for word in latin.split()]
        return UNSUPPORTED * counts.count(0) - sum(counts) / max(1, len(counts))

    return tie


def _bare(word: str) -> str:
    """A spelled word without its article ("al-Khalifah", "El-Sayed"), in lower case."""
    return ARTICLE_WORD.sub("", word).casefold()
