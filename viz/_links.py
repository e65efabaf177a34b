"""What views borrow from ``queries/``: sectors of a node, reference themes of an item,
and the concepts that bodies of several sectors share.

One place, so that the views and the query commands agree on every answer.

Examples
--------
>>> reference_themes({"type": "Theme", "label": "Give all young people a good start in life"})
('best-start-in-life',)
"""

from __future__ import annotations

from functools import cache

from partnergraph.graph import PartnershipGraph
from partnergraph.queries._common import node_sectors
from partnergraph.queries.matching import Match, Matcher, item_matches
from partnergraph.queries.overlaps import Concept, concepts

__all__ = ["node_sectors", "matches", "reference_themes", "shared_concepts"]


@cache
def _matcher() -> Matcher:
    return Matcher()


def matches(data: dict) -> list[Match]:
    """How a node's label matches the reference themes, best first (see ``queries.matching``)."""
    return item_matches(_matcher(), data)


def reference_themes(data: dict) -> tuple[str, ...]:
    """Ids of the reference themes a node's label matches, best first."""
    return tuple(m.concept.id for m in matches(data))


def shared_concepts(graph: PartnershipGraph, *, min_sectors: int = 2,
                    level: str = "reference") -> list[Concept]:
    """Concepts whose items and bodies span at least ``min_sectors`` sectors."""
    return [c for c in concepts(graph, level=level) if len(c.sectors) >= min_sectors]
