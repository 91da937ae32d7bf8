"""Which document-level rules run after the tagger. Each one can be switched off, so that `bench --pool`
measures what it adds (the ablation table in models/README.md); the defaults are what `run` does."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Rules:
    consistency: bool = True  # a name tagged once is tagged where it recurs (propagation.propagate)
    clitic_forms: bool = True  # «والسعودية» after «السعودية» was tagged (propagation.propagate_clitic_forms)
    name_parts: bool = True  # a surname alone after the full name (propagation.propagate_name_parts)
    org_heads: bool = False  # وزارة/مجلس/نادي … + name -> ORG (heads.tag_org_heads)

    def without(self, lever: str) -> Rules:
        return replace(self, **{lever: False})


LEVERS = tuple(f.name for f in fields(Rules))
DEFAULT_RULES = Rules()
NO_RULES = Rules(**dict.fromkeys(LEVERS, False))
