"""The JSON Schema (draft 2020-12) of an output record, shipped as package data next to this module."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

SCHEMA_NAME = "record.schema.json"


def schema_text() -> str:
    return files(__package__).joinpath(SCHEMA_NAME).read_text(encoding="utf-8")


@cache
def record_schema() -> dict[str, Any]:
    """The schema for both kinds of line: a processed document or an error record."""
    return json.loads(schema_text())
