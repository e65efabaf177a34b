"""Influence: degree, betweenness, brokerage across sectors and communities, computed in igraph.

The graph is copied into python-igraph as an index-based, undirected, simple graph
of every node except documents, places and mentions (DESIGN.md: igraph is 11-70x
faster than networkx for betweenness and community detection at a million edges).

* ``degree``: distinct neighbours;
* ``betweenness``: share of shortest paths through the node, normalised by
  ``(n - 1)(n - 2) / 2`` so graphs of different sizes compare.  Exact up to
  ``max_sources`` nodes (500); above that it is estimated from shortest paths out of
  ``max_sources`` sources drawn with a fixed seed, scaled by ``n / max_sources``
  (Brandes and Pich's estimator), which keeps a national graph to seconds;
* ``brokerage`` (bodies only): in the *body projection* (two bodies are neighbours
  when linked directly or through one shared item: a theme, a recommendation, a
  strategy, a person ...), the number of pairs of the body's neighbours that have
  sectors, share none, and are not neighbours themselves: the sector gaps that only
  this body bridges (counted in igraph as triangles, never listed pair by pair: a
  national graph has tens of millions of them);
* ``sectors_bridged``: distinct sectors among the body and its projected neighbours;
* ``community``: Louvain (``method="louvain"``, igraph's multilevel) or Leiden
  (modularity) with a fixed seed, numbered 1, 2, ... in order of each community's
  first node identifier, so the same graph always gives the same numbers.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("minutes.txt", place="Oxford")
>>> s = Source(d, start=0, end=1)
>>> a = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=s)
>>> b = g.add_node("Board", "Full Council", place="Oxford", source=s)
>>> g.add_edge(a, "reportsTo", b, source=s)
>>> [(r.label, r.degree, r.community) for r in influence(g)]
[('Full Council', 1, 1), ('Scrutiny Committee', 1, 1)]
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from itertools import repeat

import igraph as ig

from partnergraph.graph import PartnershipGraph

from ._common import STRUCTURAL, QueryError, body_sectors, is_body, place_of, quotes

__all__ = ["InfluenceRow", "influence", "to_igraph", "METHODS"]

METHODS: tuple[str, ...] = ("louvain", "leiden")
SEED = 42


@dataclass(frozen=True)
class InfluenceRow:
    """How central a node is, which sectors it bridges, and its community."""

    node: str
    label: str
    type: str
    place: str | None
    sectors: tuple[str, ...]
    degree: int
    betweenness: float
    brokerage: int
    sectors_bridged: int
    community: int
    evidence: tuple[str, ...] = ()


def to_igraph(graph: PartnershipGraph) -> tuple[ig.Graph, list[str]]:
    """An undirected simple igraph copy of the graph (no documents, places or mentions) and the
    node identifier of each vertex index (sorted, so indices are stable).

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("a.txt")
    >>> a = g.add_node("Board", "Full Council", source=Source(d, start=0, end=1))
    >>> ig_graph, ids = to_igraph(g)
    >>> ids, ig_graph.vcount(), ig_graph.ecount()
    (['org/full-council'], 1, 0)
    """
    ids = sorted(n for n, d in graph.nx.nodes(data=True) if d["type"] not in STRUCTURAL)
    index = {n: i for i, n in enumerate(ids)}
    # Each vertex's neighbours of higher index.  The successor dicts name a linked node once however
    # many relations join the two (edges() would yield every relation, and build a tuple for each).
    higher: list[set[int]] = [set() for _ in ids]
    for s, targets in graph.nx.succ.items():
        i = index.get(s)
        if i is None:
            continue
        for o in targets:
            j = index.get(o)
            if j is None or j == i:
                continue
            if i < j:
                higher[i].add(j)
            else:
                higher[j].add(i)
    # In (lower, higher) order: the same edge list, hence the same igraph graph, for the same input.
    edges = [(i, j) for i, js in enumerate(higher) for j in sorted(js)]
    return ig.Graph(n=len(ids), edges=edges, directed=False), ids


def influence(graph: PartnershipGraph, *, method: str = "louvain", bodies_only: bool = True,
              place: str | None = None, max_sources: int = 500) -> list[InfluenceRow]:
    """Centrality, brokerage and community of each body (or of every node).

    Parameters
    ----------
    graph : the partnership graph.
    method : ``louvain`` or ``leiden`` communities.
    bodies_only : report bodies only (the whole graph is still used to compute).
    place : report only nodes in this place.
    max_sources : above this many nodes, betweenness is estimated from this many sampled sources.

    Returns
    -------
    list of InfluenceRow, by betweenness, then degree (highest first), then label.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("derby.txt", place="Derby")
    >>> s = Source(d, start=0, end=1)
    >>> hub = g.add_node("Partnership", "Derby Partnership", place="Derby", source=s)
    >>> for name, kind in (("Derby City Council", "council"), ("Derby CVS", "vcse-organisation")):
    ...     g.add_edge(g.add_node("Organisation", name, place="Derby", kind=kind, source=s), "memberOf", hub,
    ...                source=s)
    >>> [(r.label, r.degree, r.betweenness, r.brokerage) for r in influence(g)][0]
    ('Derby Partnership', 2, 1.0, 1)
    """
    if method not in METHODS:
        raise QueryError(f"unknown community method {method!r}; use one of {', '.join(METHODS)}")
    g, ids = to_igraph(graph)
    if not ids:
        return []
    n = len(ids)
    degree = g.degree()
    scale = (n - 1) * (n - 2) / 2
    if n > max_sources:
        sources = sorted(random.Random(SEED).sample(range(n), max_sources))
        raw = [b * n / max_sources for b in g.betweenness(directed=False, sources=sources)]
    else:
        raw = g.betweenness(directed=False)
    betweenness = [b / scale if scale else 0.0 for b in raw]
    communities = _communities(g, method)
    # Relabel communities by their first node identifier (ids are sorted).
    first: dict[int, int] = {}
    for v, c in enumerate(communities):
        first.setdefault(c, len(first) + 1)
    body = [is_body(graph, nid) for nid in ids]
    sectors = _sectors(graph, ids, body)
    brokerage, bridged = _brokerage(g, body, sectors)
    nodes = graph.nx.nodes
    rows = []
    for v, nid in enumerate(ids):
        if bodies_only and not body[v]:
            continue
        data = nodes[nid]
        where = place_of(graph, nid)
        if place and (where or "").lower() != place.lower():
            continue
        rows.append(InfluenceRow(nid, data["label"], data["type"], where,
                                 sectors[v] if body[v] else tuple(sorted(data.get("sectors") or ())),
                                 degree[v], round(betweenness[v], 4), brokerage.get(v, 0), bridged.get(v, 0),
                                 first[communities[v]], tuple(quotes(graph, data["sources"], limit=3))))
    rows.sort(key=lambda r: (-r.betweenness, -r.degree, r.label, r.node))
    return rows


def _communities(g: ig.Graph, method: str) -> list[int]:
    if g.ecount() == 0:
        return list(range(g.vcount()))
    ig.set_random_number_generator(random.Random(SEED))
    try:
        if method == "leiden":
            return g.community_leiden(objective_function="modularity", n_iterations=-1).membership
        return g.community_multilevel().membership
    finally:
        ig.set_random_number_generator(random)


def _sectors(graph: PartnershipGraph, ids: list[str], body: list[bool]) -> list[tuple[str, ...] | None]:
    """The sectors of each body vertex (:func:`body_sectors`), ``None`` for the other vertices.

    A body's sectors depend only on its own ``sectors`` and its ``kind``, and a kind's are looked
    up through the kinds scheme, so they are worked out once per pair of those: a national graph
    has some 25,000 bodies but a few dozen pairs.
    """
    nodes = graph.nx.nodes
    known: dict[tuple[frozenset, str | None], tuple[str, ...]] = {}
    out: list[tuple[str, ...] | None] = []
    for nid, is_a_body in zip(ids, body):
        if not is_a_body:
            out.append(None)
            continue
        data = nodes[nid]
        key = (frozenset(data.get("sectors") or ()), data.get("kind"))
        if key not in known:
            known[key] = body_sectors(graph, nid)
        out.append(known[key])
    return out


def _brokerage(g: ig.Graph, body: list[bool],
               sectors: list[tuple[str, ...] | None]) -> tuple[dict[int, int], dict[int, int]]:
    """Brokerage and sectors bridged of each body vertex, in the body projection.

    A body's brokerage is the pairs of its projected neighbours whose sectors are disjoint (counted
    from how many neighbours have each set of sectors, its *signature*) less those pairs that are
    linked themselves (counted by :func:`_linked_pairs`).  A neighbour without sectors is in no pair.
    """
    bodies = [v for v, is_a_body in enumerate(body) if is_a_body]
    if not bodies:
        return {}, {}
    hood = _projection(g, body, bodies)
    # A few dozen signatures at most, numbered in a stable order; codes[v] is None for a vertex without one.
    signatures = sorted({frozenset(s) for s in sectors if s}, key=sorted)
    number = {sig: k for k, sig in enumerate(signatures)}
    codes = [number[frozenset(s)] if s else None for s in sectors]
    disjoint = [{j for j, other in enumerate(signatures) if sig.isdisjoint(other)} for sig in signatures]
    linked = _linked_pairs(g.vcount(), bodies, hood, codes, disjoint)
    brokerage: dict[int, int] = {}
    bridged: dict[int, int] = {}
    for v, nbrs, closed in zip(bodies, hood, linked):
        counts = Counter(map(codes.__getitem__, nbrs))  # projected neighbours per signature
        counts.pop(None, None)
        present = sorted(counts)
        bridged[v] = len(set(sectors[v]).union(*(signatures[k] for k in present)))
        cross = sum(counts[k] * counts[j] for x, k in enumerate(present) for j in present[x + 1:]
                    if j in disjoint[k])
        brokerage[v] = cross - closed
    return brokerage, bridged


def _projection(g: ig.Graph, body: list[bool], bodies: list[int]) -> list[list[int]]:
    """The neighbours of each of ``bodies`` in the body projection: the bodies it is linked to
    directly or through one shared item.

    igraph finds them, in C, in a copy of the graph where every link between two bodies is split
    by a middle vertex of its own and links between two items are left out: there a body's
    vertices at distance one are items and middles only, and those at distance two are exactly
    its projected neighbours.  (Building them as Python sets costs seconds at national size: a
    theme shared by a thousand bodies is a million pairs.)
    """
    n = g.vcount()
    kept: list[tuple[int, int]] = []
    split: list[tuple[int, int]] = []
    for a, b in g.get_edgelist():
        if body[a] and body[b]:
            split.append((a, b))
        elif body[a] or body[b]:
            kept.append((a, b))
    halves = [(a, n + m) for m, (a, _) in enumerate(split)] + [(b, n + m) for m, (_, b) in enumerate(split)]
    h = ig.Graph(n=n + len(split), edges=kept + halves, directed=False)
    return h.neighborhood(bodies, order=2, mindist=2)


def _linked_pairs(n: int, bodies: list[int], hood: list[list[int]], codes: list[int | None],
                  disjoint: list[set[int]]) -> list[int]:
    """For each body, how many pairs of its projected neighbours with disjoint sectors are linked.

    Those are triangles, which igraph counts fast.  The graph asked about has each body once as
    itself, joined to the bodies it is linked to across sectors (disjoint signatures), and once
    more as an *apex* (vertex ``n + i`` for ``bodies[i]``), joined to its projected neighbours:
    the triangles at an apex are exactly the linked cross-sector pairs among its neighbours.
    """
    across: list[tuple[int, int]] = []  # each linked cross-sector pair once
    spokes: list[tuple[int, int]] = []
    for i, (a, nbrs) in enumerate(zip(bodies, hood)):
        spokes.extend(zip(repeat(n + i), nbrs))
        if codes[a] is not None:
            others = disjoint[codes[a]]
            across.extend([(a, b) for b in nbrs if b > a and codes[b] in others])
    w = ig.Graph(n=n + len(bodies), edges=across + spokes, directed=False)
    # Asked about every vertex, igraph takes its whole-graph route: faster here than asking about the apexes.
    share = w.transitivity_local_undirected(mode="zero")[n:]
    # igraph gives triangles / (k (k - 1) / 2) for an apex of degree k.  Multiplied back, the count
    # is off by far less than 0.5 (k (k - 1) / 2 is far below 2**52), so rounding restores it exactly.
    return [round(s * len(nbrs) * (len(nbrs) - 1) / 2) for s, nbrs in zip(share, hood)]
