"""English names of countries and cities from CLDR (the Unicode Common Locale Data Repository, through
`babel`): its Arabic names of every territory («كوريا الجنوبية», «نيوزيلندا») and of the cities that name
time zones («أنقرة», «ساو باولو»), each with its English name. Our own glossary (`org_glossary.tsv`) comes
first; this covers the ~250 countries and ~400 cities it does not list, which a transliteration would get
wrong ("Correa al-Jenoubia" for South Korea).
"""

from __future__ import annotations

from functools import lru_cache

from nlp_pipeline.lang.ar.normalize import normalize

# CLDR's current English names that news of the corpus's years (and most wires) still write otherwise.
NEWS_ENGLISH = {"TR": "Turkey", "CZ": "Czech Republic", "CI": "Ivory Coast", "MM": "Myanmar"}
# Territory codes that are not places a speaker can be (the world, continents, language groupings).
NOT_PLACES = frozenset({"001", "EZ", "UN", "QO", "ZZ"})


def _key(arabic: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in arabic.split())


@lru_cache(maxsize=1)
def cldr_places() -> dict[tuple[str, ...], str]:
    """Normalized Arabic words of a place → its English name."""
    from babel import Locale  # deferred: only when a speaker's Latin name is looked up

    arabic, english = Locale("ar"), Locale("en")
    places: dict[tuple[str, ...], str] = {}
    for code, name in arabic.territories.items():
        if code.isalpha() and code not in NOT_PLACES and code in english.territories:
            places.setdefault(_key(name), NEWS_ENGLISH.get(code, english.territories[code]))
    for zone, names in arabic.time_zones.items():
        city = names.get("city")
        if city and "/" in zone:
            english_city = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[1]
            places.setdefault(_key(city), english_city.replace("_", " "))
    return places


def place_english(words: tuple[str, ...]) -> str | None:
    """The English name of a place written as these normalized words, or None."""
    return cldr_places().get(words)
