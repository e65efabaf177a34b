"""Large graphs drawn as groups: bodies by sector, themes by reference theme, the rest by type.

A projector cannot show 20,000 nodes usefully; above the view's threshold each
node is replaced by its group and edges between groups are counted.  Group nodes
keep the type of their members (so colours and the legend still hold) and list
a few members and sources in the tooltip.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from partnergraph.graph import PartnershipGraph, Source
from partnergraph.ontology import NODE_TYPES, RELATIONS, concept, is_subtype

from ._links import node_sectors, reference_themes

__all__ = ["Aggregate", "aggregate", "group_of"]

_MEMBERS_SHOWN = 12


@dataclass
class Aggregate:
    """Group rows and edge rows in the shape :func:`partnergraph.viz.view_data` draws."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)


def group_of(graph: PartnershipGraph, nid: str) -> tuple[str, str, str]:
    """``(group id, group label, type)`` of a node: its first sector, reference theme or type."""
    data = graph.nx.nodes[nid]
    t = data["type"]
    if is_subtype(t, "Organisation"):
        sectors = node_sectors(graph, nid)
        if sectors:
            return f"sector/{sectors[0]}", f"{concept('sectors', sectors[0]).label} bodies", "Organisation"
        return "sector/none", "Bodies of no known sector", "Organisation"
    if t == "Theme":
        refs = reference_themes(data)
        if refs:
            return f"reference-theme/{refs[0]}", concept("themes", refs[0]).label, "Theme"
        return "reference-theme/none", "Themes matching no reference theme", "Theme"
    return f"type/{t}", NODE_TYPES[t].plural, t


def aggregate(graph: PartnershipGraph, nodes: Iterable[str]) -> Aggregate:
    """Group ``nodes`` and count the edges between groups (self-loops are dropped)."""
    keep = set(nodes)
    groups: dict[str, dict[str, Any]] = {}
    member_of: dict[str, str] = {}
    for nid in sorted(keep):
        gid, label, t = group_of(graph, nid)
        member_of[nid] = gid
        g = groups.setdefault(gid, {"id": gid, "type": t, "members": [], "sectors": set(), "places": set(),
                                    "themes": set(), "documents": set(), "sources": [], "source_count": 0,
                                    "base_label": label})
        data = graph.nx.nodes[nid]
        g["members"].append(data["label"])
        g["sectors"].update(node_sectors(graph, nid))
        place = graph.place_name(nid)
        if place:
            g["places"].add(place)
        g["documents"].update(graph.documents_of(nid))
        g["source_count"] += len(data.get("sources", ()))
        if len(g["sources"]) < 3:
            g["sources"].extend(_src(graph, s) for s in sorted(data.get("sources", ()))[:1])
    for g in groups.values():
        if g["type"] == "Theme":
            g["themes"].add(g["id"])
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    samples: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for s, r, o, data in graph.edges():
        if s in keep and o in keep and member_of[s] != member_of[o]:
            key = (member_of[s], r, member_of[o])
            counts[key] += 1
            if len(samples[key]) < 2:
                samples[key].extend(_src(graph, x) for x in sorted(data.get("sources", ()))[:1])
    themed = defaultdict(set)
    for (a, _r, b) in counts:
        if b.startswith("reference-theme/"):
            themed[a].add(b)
        if a.startswith("reference-theme/"):
            themed[b].add(a)
    out = Aggregate()
    for gid in sorted(groups):
        g = groups[gid]
        n = len(g["members"])
        shown = g["members"][:_MEMBERS_SHOWN]
        out.nodes.append({
            "id": gid, "label": f"{g['base_label']} ({n:,})", "type": g["type"], "aliases": [],
            "place": None, "places": sorted(g["places"]), "sectors": sorted(g["sectors"]),
            "themes": sorted(g["themes"] | themed[gid]), "documents": sorted(g["documents"]),
            "sources": g["sources"], "source_count": g["source_count"], "weight": n,
            "facts": [["members", "; ".join(shown) + (f"; and {n - len(shown):,} more" if n > len(shown) else "")]],
        })
    for (a, r, b), c in sorted(counts.items()):
        out.edges.append({"from": a, "to": b, "relation": r, "weight": c,
                          "label": f"{RELATIONS[r].label} ({c:,} links)", "sources": samples[(a, r, b)],
                          "source_count": c})
    return out


def _src(graph: PartnershipGraph, s: Source) -> dict[str, Any]:
    doc = graph.nx.nodes.get(s.document, {})
    return {"document": doc.get("file_name") or doc.get("label") or s.document, "title": None,
            "location": s.location, "quote": s.quote}

