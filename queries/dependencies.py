"""Who depends on whom, with the evidence for each link, and the chains between two nodes.

:func:`interdependencies` reads these patterns (``source`` depends on or looks to
``target``):

=================  ==========================================================
kind               pattern
=================  ==========================================================
recommends         R madeBy A, R addressedTo B: A asks B to act (via R)
reports to         A reportsTo B
accountable to     A accountableTo B
part of            A subOrganisationOf B
member of          body A memberOf body B
partner of         A partnerOf B (both ways; listed once)
delivered by       O leads I, I deliveredBy D, O != D: O relies on D (via I)
funded by          O leads I, I fundedBy F, O != F: O relies on F (via I)
relies on          S reliesOn T: S's leads rely on T's leads (the items
                   themselves when nobody leads them)
shared member      P memberOf A, P memberOf B (or chairs): A and B share P
=================  ==========================================================

:func:`path` finds the shortest chains of relations between two nodes (bodies,
themes, anything but documents and places), every step with its quotes.  A name
that is not a node but a reference theme stands for every item matched to it.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("minutes.txt", place="Oxford")
>>> s = Source(d, quote="The Scrutiny Committee reports to Council", start=0, end=41)
>>> a = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=s)
>>> b = g.add_node("Board", "Full Council", place="Oxford", source=s)
>>> g.add_edge(a, "reportsTo", b, source=s)
>>> [(r.source, r.kind, r.target) for r in interdependencies(g)]
[('Scrutiny Committee (Oxford)', 'reports to', 'Full Council (Oxford)')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations, islice

import networkx as nx

from partnergraph.graph import PartnershipGraph
from partnergraph.ontology import RELATIONS, Scheme

from ._common import STRUCTURAL, QueryError, file_names, is_body, place_of, quotes, resolve_node
from .matching import DEFAULT_THRESHOLD, Matcher, _theme_id, item_matches
from .overlaps import body_name

__all__ = ["DependencyRow", "PathStep", "interdependencies", "path", "DEPENDENCY_KINDS"]

_DIRECT = {"reportsTo": "reports to", "accountableTo": "accountable to", "subOrganisationOf": "part of",
           "memberOf": "member of", "partnerOf": "partner of"}
DEPENDENCY_KINDS: tuple[str, ...] = ("recommends", *_DIRECT.values(), "delivered by", "funded by",
                                     "relies on", "shared member")


@dataclass(frozen=True)
class DependencyRow:
    """``source`` depends on (or looks to) ``target``, and why."""

    source: str
    kind: str
    target: str
    via: str
    place: str | None
    documents: tuple[str, ...]
    source_id: str
    target_id: str
    evidence: tuple[str, ...] = ()


def _name(graph: PartnershipGraph, nid: str) -> str:
    """A body's name with its place; any other node's label."""
    return body_name(graph, nid) if is_body(graph, nid) else graph.nx.nodes[nid]["label"]


def interdependencies(graph: PartnershipGraph, *, body: str | None = None, kind: str | None = None,
                      place: str | None = None) -> list[DependencyRow]:
    """Every dependency between bodies (and between items nobody leads), with its evidence.

    Parameters
    ----------
    graph : the partnership graph.
    body : keep links where this body (name, alias or identifier) is either end.
    kind : keep one kind of link (see the module notes for the kinds).
    place : keep links with an end in this place.

    Returns
    -------
    list of DependencyRow sorted by source, kind, target and via.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("response.txt", place="Oxford")
    >>> s = Source(d, quote="Recommendation 1 to the City Executive Board", start=0, end=44)
    >>> sc = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=s)
    >>> ceb = g.add_node("Board", "City Executive Board", place="Oxford", source=s)
    >>> r = g.add_node("Recommendation", "Prioritise research capacity", place="Oxford", source=s)
    >>> g.add_edge(r, "madeBy", sc, source=s); g.add_edge(r, "addressedTo", ceb, source=s)
    >>> [(x.source, x.kind, x.target, x.via) for x in interdependencies(g)]
    [('Scrutiny Committee (Oxford)', 'recommends', 'City Executive Board (Oxford)', 'Prioritise research capacity')]
    """
    if kind is not None and kind not in DEPENDENCY_KINDS:
        raise QueryError(f"unknown kind {kind!r}; use one of {', '.join(DEPENDENCY_KINDS)}")
    body_id = resolve_node(graph, body, types=("Organisation",)) if body else None
    G = graph.nx
    found: dict[tuple[str, str, str, str], set] = {}

    def add(src: str, k: str, dst: str, via: str | None, sources: Iterable) -> None:
        if src == dst:
            return
        key = (src, k, dst, via or "")
        found.setdefault(key, set()).update(sources)

    # One pass over the edges: per relation, each node's ends and each edge's sources.
    out_ends: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    in_ends: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    srcs: dict[tuple[str, str, str], set] = defaultdict(set)
    members: dict[str, set[str]] = defaultdict(set)
    for s, o, data in G.edges(data=True):
        rel = data["relation"]
        srcs[(s, rel, o)] |= data["sources"]
        out_ends[rel][s].append(o)
        in_ends[rel][o].append(s)
        if rel in _DIRECT and (rel != "memberOf" or is_body(graph, s)):
            add(s, _DIRECT[rel], o, None, data["sources"])
        if rel in ("memberOf", "chairs") and not is_body(graph, s):
            members[s].add(o)

    def ends(n: str, rel: str, *, outgoing: bool) -> list[str]:
        return sorted(set((out_ends if outgoing else in_ends)[rel].get(n, ())))

    def edge_sources(s: str, o: str, rel: str) -> set:
        return srcs.get((s, rel, o), set())

    for r in out_ends["madeBy"]:
        for a in ends(r, "madeBy", outgoing=True):
            for b in ends(r, "addressedTo", outgoing=True):
                add(a, "recommends", b, r, edge_sources(r, a, "madeBy") | edge_sources(r, b, "addressedTo"))
    for rel, k in (("deliveredBy", "delivered by"), ("fundedBy", "funded by")):
        for item in list(out_ends[rel]):
            for d in ends(item, rel, outgoing=True):
                for o in ends(item, "leads", outgoing=False):
                    add(o, k, d, item, edge_sources(o, item, "leads") | edge_sources(item, d, rel))
    for item in list(out_ends["reliesOn"]):
        for t in ends(item, "reliesOn", outgoing=True):
            for a in ends(item, "leads", outgoing=False) or [item]:
                for b in ends(t, "leads", outgoing=False) or [t]:
                    add(a, "relies on", b, f"{item} -> {t}", edge_sources(item, t, "reliesOn"))
    for m, orgs in members.items():
        for a, b in combinations(sorted(orgs), 2):
            add(a, "shared member", b, m,
                edge_sources(m, a, "memberOf") | edge_sources(m, a, "chairs")
                | edge_sources(m, b, "memberOf") | edge_sources(m, b, "chairs"))
    rows = []
    for (src, k, dst, via), sources in found.items():
        if kind and k != kind:
            continue
        if body_id and body_id not in (src, dst):
            continue
        places = {place_of(graph, src), place_of(graph, dst)}
        if place and place.lower() not in {p.lower() for p in places if p}:
            continue
        docs = {x.document for x in sources}
        via_text = " -> ".join(graph.nx.nodes[v]["label"] for v in via.split(" -> ")) if via else ""
        rows.append(DependencyRow(_name(graph, src), k, _name(graph, dst), via_text,
                                  place_of(graph, src) or place_of(graph, dst), file_names(graph, docs),
                                  src, dst, tuple(quotes(graph, sources))))
    rows.sort(key=lambda r: (r.source, DEPENDENCY_KINDS.index(r.kind), r.target, r.via))
    return rows


@dataclass(frozen=True)
class PathStep:
    """One step of a chain: ``source`` --relation--> ``target`` as read in the source;
    ``direction`` is ``backward`` when the chain walks the edge against its reading."""

    path: int
    step: int
    source: str
    relation: str
    target: str
    direction: str
    documents: tuple[str, ...]
    evidence: tuple[str, ...] = ()


_REF = "reference-theme:"


def path(graph: PartnershipGraph, a: str, b: str, *, max_paths: int = 5, scheme: Scheme | None = None,
         threshold: float = DEFAULT_THRESHOLD) -> list[PathStep]:
    """The shortest chains of relations between two nodes, one row per step, with quotes.

    Parameters
    ----------
    graph : the partnership graph.
    a, b : names, aliases or identifiers of two nodes (bodies, themes, ...), resolved with
        :meth:`PartnershipGraph.resolve`; a reference theme's id or label stands for the items
        matched to it.
    max_paths : at most this many chains of the shortest length (in a stable order).

    Returns
    -------
    list of PathStep; empty when the two are not connected.  Documents and places never
    join a chain (they would connect everything read from one paper).

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("minutes.txt", place="Oxford")
    >>> s = Source(d, quote="reports to", start=0, end=10)
    >>> x = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=s)
    >>> y = g.add_node("Board", "Full Council", place="Oxford", source=s)
    >>> g.add_edge(x, "reportsTo", y, source=s)
    >>> [(p.source, p.relation, p.target, p.direction) for p in path(g, "Full Council", "Scrutiny Committee")]
    [('Scrutiny Committee (Oxford)', 'reports to', 'Full Council (Oxford)', 'backward')]
    """
    U = nx.Graph()
    for nid, data in graph.nx.nodes(data=True):
        if data["type"] not in STRUCTURAL:
            U.add_node(nid)
    for s, o in graph.nx.edges():
        if s in U and o in U and s != o:
            U.add_edge(s, o)
    ends = [_endpoint(graph, U, name, scheme, threshold) for name in (a, b)]
    if ends[0] == ends[1]:
        raise QueryError(f"{a!r} and {b!r} are the same node")
    try:
        chains = list(islice(sorted(nx.all_shortest_paths(U, ends[0], ends[1])), max_paths))
    except nx.NetworkXNoPath:
        return []
    rows = []
    for i, chain in enumerate(chains, start=1):
        for j, (u, v) in enumerate(zip(chain, chain[1:]), start=1):
            rows.append(_step(graph, i, j, u, v))
    return rows


def _endpoint(graph: PartnershipGraph, U: nx.Graph, name: str, scheme: Scheme | None,
              threshold: float) -> str:
    try:
        return resolve_node(graph, name)
    except QueryError as not_a_node:
        matcher = Matcher(scheme, threshold=threshold)
        try:
            cid = _theme_id(matcher.scheme, name)
        except QueryError:
            raise not_a_node from None
        ref = _REF + cid
        U.add_node(ref)
        for nid, data in graph.nx.nodes(data=True):
            if nid in U and any(m.concept.id == cid for m in item_matches(matcher, data)):
                U.add_edge(ref, nid)
        return ref


def _step(graph: PartnershipGraph, i: int, j: int, u: str, v: str) -> PathStep:
    def name(n: str) -> str:
        if n.startswith(_REF):
            return f"reference theme {n[len(_REF):]}"
        return _name(graph, n)

    if u.startswith(_REF) or v.startswith(_REF):
        return PathStep(i, j, name(u), "matches", name(v), "matched", ())
    forward = graph.nx.get_edge_data(u, v) or {}
    backward = graph.nx.get_edge_data(v, u) or {}
    if forward:
        data = forward[sorted(forward)[0]]
        s, o, direction = u, v, "forward"
    else:
        data = backward[sorted(backward)[0]]
        s, o, direction = v, u, "backward"
    rel = RELATIONS[data["relation"]].label
    if data.get("relation_label"):
        rel = f"{rel} ({data['relation_label']})"
    docs = {x.document for x in data["sources"]}
    return PathStep(i, j, name(s), rel, name(o), direction, file_names(graph, docs),
                    tuple(quotes(graph, data["sources"])))
