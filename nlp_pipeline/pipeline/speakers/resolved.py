"""A resolved speaker: who a cue's subject is, as the resolver passes it between its steps."""

from __future__ import annotations

from dataclasses import dataclass

from nlp_pipeline.pipeline.speakers.mentions import Cluster


@dataclass
class Resolved:
    """A speaker: a cluster (a named person or organisation) or an unnamed source's description."""

    cluster: Cluster | None
    description: str | None = None
    mention: tuple[int, int] | None = None  # the span the cue attaches to; None when implied
    entity: str | None = None

    def compatible(self, gender: str | None) -> bool:
        return self.cluster is None or self.cluster.agrees(gender)

    def implied(self) -> Resolved:
        """The same speaker for a later cue that does not name it."""
        return Resolved(self.cluster, self.description, None, self.entity)
