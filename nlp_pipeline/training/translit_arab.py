"""A second graphone model, for Arab names: trained on the Mashriq name units attested in
arabic-name-romanizer's index (Wikidata, CC0), where the ANETAC model (`translit.py`) learnt mostly
foreign names. `nlp-pipeline translit train-arab`; `pipeline/latin/spell.py` chooses between the two.

Pairs: one-word units of Mashriq countries (no Maghreb or Persian rows), the article left out of both sides
(the Latin side's "Al-", "El ", "ath-"…), one pair per distinct spelling. The split is by Arabic form
(`split_of`, as for ANETAC): test and dev forms are never trained on.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from nlp_pipeline.pipeline.latin.attested import MASHRIQ, region_of
from nlp_pipeline.pipeline.latin.graphone import TranslitModel, clean_arabic
from nlp_pipeline.training.translit import MAX_CHUNK, align, clean_latin, split_of, train_ngrams

ARTICLE = "ال"
LATIN_ARTICLE = re.compile(r"^(?:[aAeE](?:l|[tdsrzn]h?))[- ']")


def index_pairs() -> list[tuple[str, str]]:
    """(arabic, latin) pairs of one-word Mashriq name units, cleaned, the article left out."""
    from arabic_name_romanizer.api import default_resources_dir

    path = default_resources_dir() / "names.sqlite3"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    pairs: set[tuple[str, str]] = set()
    for key, latin, country in conn.execute("SELECT arabic_key, latin, country FROM units"):
        if region_of(country) != MASHRIQ or " " in key.strip():
            continue
        arabic = clean_arabic(key)
        if arabic.startswith(ARTICLE):
            if not LATIN_ARTICLE.match(latin):
                continue
            arabic, latin = arabic[len(ARTICLE) :], LATIN_ARTICLE.sub("", latin)
        if " " in latin.strip():
            continue
        en = clean_latin(latin)
        if arabic and en and len(en) <= MAX_CHUNK * len(arabic):
            pairs.add((arabic, en))
    conn.close()
    return sorted(pairs)


def references(pairs: list[tuple[str, str]], split: str) -> dict[str, set[str]]:
    refs: dict[str, set[str]] = defaultdict(set)
    for arabic, latin in pairs:
        if split_of(arabic) == split:
            refs[arabic].add(latin)
    return refs


def train_arab(order: int = 4, iterations: int = 5) -> TranslitModel:
    pairs = [p for p in index_pairs() if split_of(p[0]) == "train"]
    logp, logbow = train_ngrams(align(pairs, iterations=iterations), order)
    meta = {
        "source": "arabic-name-romanizer names.sqlite3: Mashriq one-word units (Wikidata, CC0)",
        "train_pairs": len(pairs),
        "iterations": iterations,
    }
    return TranslitModel(order, logp, logbow, meta)
