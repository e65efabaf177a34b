"""Choosing what a view shows: a theme, a body or a place and their neighbours, or the overlaps.

Each function returns node identifiers of the graph; the view then draws those
nodes and the edges among them.  Names are matched the way a facilitator types
them: a label or an alias, whole or in part, case-blind.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt")
>>> s = Source(d, quote="...", start=0, end=3)
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB"], source=s)
>>> t = g.add_node("Theme", "Early years", place="Derby", source=s)
>>> p = g.add_node("Person", "Cate Edwynn", source=s)
>>> g.add_edge(hwb, "addressesTheme", t, source=s)
>>> sorted(focus(g, body="HWB", depth=1))
['org/derby/health-and-wellbeing-board', 'theme/derby/early-years']
"""

from __future__ import annotations

from collections.abc import Iterable

from partnergraph.graph import PartnershipGraph
from partnergraph.graph.identity import normal_name
from partnergraph.ontology import is_subtype, scheme

from ._links import reference_themes, shared_concepts

__all__ = ["ViewError", "focus", "find", "neighbourhood", "overlap_nodes", "drawable"]


class ViewError(ValueError):
    """A view that cannot be made from what was asked (no theme or body by that name)."""


#: Types a view never draws: places are a filter, mentions are provenance.
_NOT_DRAWN = ("Place", "Mention")

#: How far an overlap view follows a link from an item to a body behind it.
_PATH_STEPS = 4


def drawable(graph: PartnershipGraph) -> list[str]:
    """Nodes a view may draw: every drawn type but places, and documents only when linked."""
    out = []
    for nid, data in graph.nodes():
        t = data["type"]
        if t in _NOT_DRAWN:
            continue
        if t == "Document" and graph.nx.degree(nid) == 0:
            continue
        out.append(nid)
    return out


def find(graph: PartnershipGraph, name: str, *, types: Iterable[str] = ()) -> list[str]:
    """Nodes whose label or an alias is ``name``, or else contains it (case-blind), sorted."""
    wanted = tuple(types)
    exact = [n for n in graph.candidates(name, types=wanted)]
    if exact:
        return sorted(set(exact))
    needle = normal_name(name)
    if not needle:
        return []
    out = []
    for nid, data in graph.nodes():
        if wanted and not any(is_subtype(data["type"], t) for t in wanted):
            continue
        if any(needle in normal_name(w) for w in (data["label"], *data.get("aliases", ()))):
            out.append(nid)
    return out


def neighbourhood(graph: PartnershipGraph, seeds: Iterable[str], depth: int) -> set[str]:
    """The seeds and every node within ``depth`` steps of them, whichever way the edges point."""
    allowed = set(drawable(graph))
    seen = {s for s in seeds if s in allowed}
    frontier = set(seen)
    for _ in range(max(0, depth)):
        nxt: set[str] = set()
        for n in frontier:
            nxt.update(m for m in graph.nx.successors(n) if m in allowed)
            nxt.update(m for m in graph.nx.predecessors(n) if m in allowed)
        frontier = nxt - seen
        seen |= frontier
        if not frontier:
            break
    return seen


def focus(graph: PartnershipGraph, *, theme: str | None = None, body: str | None = None,
          place: str | None = None, depth: int = 1) -> set[str]:
    """The nodes of a focused view: matching themes and/or bodies (in ``place`` if given), or
    everything in ``place``, each with its neighbours to ``depth`` steps.

    A theme matches by its own words or by the reference theme it maps to
    ("early years" finds "Give every child the best start in life").
    """
    seeds: set[str] = set()
    if theme:
        found = set(find(graph, theme, types=("Theme",))) | _themes_by_reference(graph, theme)
        if not found:
            raise ViewError(f"no theme matches {theme!r}")
        seeds |= found
    if body:
        found = set(find(graph, body, types=("Organisation",)))
        if not found:
            raise ViewError(f"no body matches {body!r}")
        seeds |= found
    if place:
        pids = [n for n in find(graph, place, types=("Place",))]
        if not pids:
            raise ViewError(f"no place matches {place!r}")
        in_place = {n for n, d in graph.nodes() if d.get("place") in pids}
        seeds = (seeds & in_place) if (theme or body) else in_place
        if not seeds:
            raise ViewError(f"nothing in {place!r} matches the theme or body asked for")
    if not (theme or body or place):
        return set(drawable(graph))
    return neighbourhood(graph, seeds, depth)


def overlap_nodes(graph: PartnershipGraph, *, min_sectors: int = 2) -> set[str]:
    """Items of every concept shared by bodies of at least ``min_sectors`` sectors (the
    ``overlaps`` query's concepts), the bodies behind them, and the nodes on the shortest
    path from each item to each of its bodies (a strategy, a programme, a post)."""
    allowed = set(drawable(graph))
    keep: set[str] = set()
    for c in shared_concepts(graph, min_sectors=min_sectors):
        keep.update(c.members)
        keep.update(c.bodies)
        for m in sorted(c.members):
            parent = _bfs_parents(graph, m, _PATH_STEPS)
            for b in sorted(c.bodies):
                n = b if b in parent else None
                while n is not None:
                    if n in allowed:
                        keep.add(n)
                    n = parent[n]
    return keep & allowed


def _bfs_parents(graph: PartnershipGraph, start: str, steps: int) -> dict[str, str | None]:
    """Breadth-first parents from ``start``, neighbours in identifier order (deterministic paths)."""
    parent: dict[str, str | None] = {start: None}
    frontier = [start]
    for _ in range(steps):
        nxt = []
        for n in frontier:
            for m in sorted(set(graph.nx.successors(n)) | set(graph.nx.predecessors(n))):
                if m not in parent:
                    parent[m] = n
                    nxt.append(m)
        frontier = nxt
    return parent


def _themes_by_reference(graph: PartnershipGraph, wording: str) -> set[str]:
    needle = normal_name(wording)
    targets = set()
    for c in scheme("themes").concepts:
        if any(needle and needle in normal_name(w) for w in (c.id, c.label, *c.alt)):
            targets.add(c.id)
    if not targets:
        return set()
    return {nid for nid, d in graph.nodes("Theme")
            if set(reference_themes(d)[:1]) & targets}

