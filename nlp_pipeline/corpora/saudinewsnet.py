"""SaudiNewsNet articles (one JSON array per day, zipped): raw news for word vectors, benchmarks and the
labelled news dev set, which refers to an article by its day and its index in that day's array."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

FOLDER = "saudinewsnet"


@dataclass(frozen=True)
class Article:
    day: str  # the zip's stem, 2015-07-21
    index: int  # position in that day's array
    fields: dict[str, Any]  # source, url, date_extracted, title, author, content

    @property
    def id(self) -> str:
        return f"snn/{self.day}/{self.index}"

    @property
    def content(self) -> str:
        return self.fields.get("content") or ""


def days(corpora: Path) -> list[Path]:
    return sorted((corpora / FOLDER).glob("*.zip"))


@lru_cache(maxsize=4)
def _day(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as z:
        return json.load(z.open(z.namelist()[0]))


def articles(corpora: Path) -> Iterator[Article]:
    """Every article, day by day, in the files' order."""
    for path in days(corpora):
        for i, fields in enumerate(_day(path)):
            yield Article(path.stem, i, fields)


def article(corpora: Path, day: str, index: int) -> Article:
    """One article by its day and index."""
    path = corpora / FOLDER / f"{day}.zip"
    if not path.is_file():
        raise FileNotFoundError(f"no SaudiNewsNet day {day} at {path}")
    return Article(day, index, _day(path)[index])
