"""What a graph holds: counts of nodes by type, edges by relation, documents and places.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> doc = g.add_document("register.csv")
>>> _ = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=Source(doc, row=2))
>>> [(r.kind, r.name, r.count) for r in summary(g)][:2]
[('node', 'Board', 1), ('node', 'Document', 1)]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from partnergraph.graph import PartnershipGraph
from partnergraph.ontology import NODE_TYPES, RELATIONS

__all__ = ["SummaryRow", "summary"]


@dataclass(frozen=True)
class SummaryRow:
    """One line of the summary: a node type or relation and how many there are."""

    kind: str
    name: str
    label: str
    count: int


def summary(graph: PartnershipGraph) -> Iterator[SummaryRow]:
    """Node counts by type (ontology order), then edge counts by relation."""
    for name, count in graph.counts().items():
        yield SummaryRow("node", name, NODE_TYPES[name].plural, count)
    for name, count in graph.relation_counts().items():
        yield SummaryRow("edge", name, RELATIONS[name].label, count)
