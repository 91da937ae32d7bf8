"""The Jinja environment shared by the article page and the corpus report: autoescaped templates shipped
with the package, one self-contained HTML file each (inline CSS, no script, nothing fetched)."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from nlp_pipeline import __version__


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("nlp_pipeline.views", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(version=__version__, **context)
