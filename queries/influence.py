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
  this body bridges;
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
from dataclasses import dataclass
from itertools import combinations

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
    edges = set()
    for s, o in graph.nx.edges():
        if s in index and o in index and s != o:
            i, j = index[s], index[o]
            edges.add((i, j) if i < j else (j, i))
    return ig.Graph(n=len(ids), edges=sorted(edges), directed=False), ids


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
    brokerage, bridged = _brokerage(graph, g, ids)
    rows = []
    for v, nid in enumerate(ids):
        data = graph.nx.nodes[nid]
        body = is_body(graph, nid)
        if bodies_only and not body:
            continue
        where = place_of(graph, nid)
        if place and (where or "").lower() != place.lower():
            continue
        rows.append(InfluenceRow(nid, data["label"], data["type"], where,
                                 body_sectors(graph, nid) if body else tuple(sorted(data.get("sectors") or ())),
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


def _brokerage(graph: PartnershipGraph, g: ig.Graph, ids: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Brokerage and sectors bridged of each body vertex, in the body projection."""
    bodies = [v for v, nid in enumerate(ids) if is_body(graph, nid)]
    is_b = set(bodies)
    adj = g.get_adjlist()
    proj: dict[int, set[int]] = {v: set() for v in bodies}
    for v in bodies:
        for u in adj[v]:
            if u in is_b:
                proj[v].add(u)
            else:
                proj[v].update(w for w in adj[u] if w in is_b and w != v)
    sectors = {v: frozenset(body_sectors(graph, ids[v])) for v in bodies}
    signatures = {sig for sig in sectors.values() if sig}
    disjoint = {a: [b for b in signatures if not a & b] for a in signatures}
    brokerage: dict[int, int] = {}
    bridged: dict[int, int] = {}
    for v in bodies:
        nbrs = proj[v]
        by_sig: dict[frozenset, set[int]] = {}
        for u in nbrs:
            if sectors[u]:
                by_sig.setdefault(sectors[u], set()).add(u)
        bridged[v] = len(set(sectors[v]).union(*by_sig))
        cross = sum(len(by_sig[a]) * len(by_sig[b])
                    for a, b in combinations(sorted(by_sig, key=sorted), 2) if not a & b)
        # Linked pairs among those: each is seen from both ends, hence the halving.
        closed = sum(len(proj[a] & by_sig[other]) for sig, members in by_sig.items() for a in members
                     for other in disjoint[sig] if other in by_sig)
        brokerage[v] = cross - closed // 2
    return brokerage, bridged
