"""What nobody has picked up.

Kinds of gap, each one row:

``place-theme``
    a reference theme that nothing read in a place matches (the place never mentions it);
``theme``
    an extracted theme with no owner (nobody ``leads`` it or delivers it, nor the
    strategy it is ``partOf``), no action (no action ``followsUp`` or addresses it)
    or no indicator (none ``measures`` or addresses it); ``missing`` says which;
``no-response``
    a recommendation nobody ``respondsTo``;
``no-follow-up``
    a recommendation answered "partially" or "no" with no action following up the
    recommendation or its response;
``action-no-owner``
    an action that nobody owns (no ``ownedBy`` or ``deliveredBy``).

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("minutes.txt", place="Hackney")
>>> _ = g.add_node("Action", "Circulate the toolkit", place="Hackney", source=Source(d, start=0, end=5))
>>> [(r.kind, r.label) for r in gaps(g, kind="action-no-owner")]
[('action-no-owner', 'Circulate the toolkit')]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from partnergraph.graph import PartnershipGraph
from partnergraph.ontology import Scheme

from ._common import QueryError, file_names, place_of, places_of, quotes
from .matching import DEFAULT_THRESHOLD, MATCHED_TYPES, Matcher, item_matches

__all__ = ["GapRow", "gaps", "GAP_KINDS"]

GAP_KINDS: tuple[str, ...] = ("place-theme", "theme", "no-response", "no-follow-up", "action-no-owner")
_UNFINISHED_VERDICTS = frozenset({"partially-accepted", "rejected"})


@dataclass(frozen=True)
class GapRow:
    """Something nobody has picked up: what it is, where, and what is missing."""

    kind: str
    label: str
    place: str | None
    missing: tuple[str, ...]
    documents: tuple[str, ...]
    node: str
    evidence: tuple[str, ...] = ()


def gaps(graph: PartnershipGraph, *, kind: str | None = None, place: str | None = None,
         scheme: Scheme | None = None, threshold: float = DEFAULT_THRESHOLD) -> list[GapRow]:
    """Every gap, by kind (in :data:`GAP_KINDS` order), then place, then label (scheme order for
    ``place-theme``).

    Parameters
    ----------
    graph : the partnership graph.
    kind : only gaps of this kind.
    place : only gaps in this place.
    scheme, threshold : the reference themes and the match threshold (for ``place-theme``).

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("report.txt", place="Luton")
    >>> _ = g.add_node("Theme", "Early years", place="Luton", source=Source(d, start=0, end=5))
    >>> [r.missing for r in gaps(g, kind="theme")]
    [('owner', 'action', 'indicator')]
    """
    if kind is not None and kind not in GAP_KINDS:
        raise QueryError(f"unknown gap kind {kind!r}; use one of {', '.join(GAP_KINDS)}")
    rows: list[GapRow] = []
    if kind in (None, "place-theme"):
        rows += _place_themes(graph, scheme, threshold)
    if kind in (None, "theme"):
        rows += _themes(graph)
    if kind in (None, "no-response", "no-follow-up"):
        rows += [r for r in _recommendations(graph) if kind in (None, r.kind)]
    if kind in (None, "action-no-owner"):
        rows += _actions(graph)
    if place:
        rows = [r for r in rows if r.place and r.place.lower() == place.lower()]
    order = {k: i for i, k in enumerate(GAP_KINDS)}
    # Place-theme rows keep the scheme's order within a place; the others sort by label.
    rank = {id(r): i for i, r in enumerate(rows)}
    rows.sort(key=lambda r: (order[r.kind], r.place or "", rank[id(r)] if r.kind == "place-theme" else 0,
                             r.label, r.node))
    return rows


def _row(graph: PartnershipGraph, kind: str, nid: str, missing: tuple[str, ...]) -> GapRow:
    data = graph.nx.nodes[nid]
    return GapRow(kind, data["label"], place_of(graph, nid), missing,
                  file_names(graph, graph.documents_of(nid)), nid, tuple(quotes(graph, data["sources"], limit=3)))


def _place_themes(graph: PartnershipGraph, scheme: Scheme | None, threshold: float) -> list[GapRow]:
    matcher = Matcher(scheme, threshold=threshold)
    mentioned: dict[str, set[str]] = defaultdict(set)
    places: set[str] = set()
    for pid, data in graph.nodes("Place"):
        places.add(data["label"])
    for nid, data in graph.nodes():
        if data["type"] in MATCHED_TYPES:
            for m in item_matches(matcher, data):
                for p in places_of(graph, nid):
                    mentioned[p].add(m.concept.id)
    docs_in: dict[str, list[str]] = defaultdict(list)
    for d, _ in graph.nodes("Document"):
        docs_in[graph.place_name(d) or ""].append(d)
    rows = []
    for p in sorted(places):
        docs = file_names(graph, docs_in.get(p, []))
        for c in matcher.scheme.concepts:
            if c.id not in mentioned[p]:
                rows.append(GapRow("place-theme", c.label, p, ("mention",), docs, c.id))
    return rows


def _relations_in(graph: PartnershipGraph, nid: str) -> set[tuple[str, str]]:
    return {(d["relation"], graph.nx.nodes[s]["type"]) for s, _, d in graph.nx.in_edges(nid, data=True)}


def _relations_out(graph: PartnershipGraph, nid: str) -> set[str]:
    return {d["relation"] for _, _, d in graph.nx.out_edges(nid, data=True)}


def _owned(graph: PartnershipGraph, nid: str, seen: set[str] | None = None) -> bool:
    seen = seen or set()
    seen.add(nid)
    if any(r == "leads" for r, _ in _relations_in(graph, nid)) or "deliveredBy" in _relations_out(graph, nid):
        return True
    return any(d["relation"] == "partOf" and o not in seen and _owned(graph, o, seen)
               for _, o, d in graph.nx.out_edges(nid, data=True))


def _themes(graph: PartnershipGraph) -> list[GapRow]:
    rows = []
    for nid, _ in graph.nodes("Theme"):
        incoming = _relations_in(graph, nid)
        missing = []
        if not _owned(graph, nid):
            missing.append("owner")
        if not any(t == "Action" and r in ("followsUp", "addressesTheme") for r, t in incoming):
            missing.append("action")
        if not any(t == "Indicator" and r in ("measures", "addressesTheme") for r, t in incoming):
            missing.append("indicator")
        if missing:
            rows.append(_row(graph, "theme", nid, tuple(missing)))
    return rows


def _recommendations(graph: PartnershipGraph) -> list[GapRow]:
    rows = []
    G = graph.nx
    for rid, _ in graph.nodes("Recommendation"):
        responses = [s for s, _, d in G.in_edges(rid, data=True) if d["relation"] == "respondsTo"]
        if not responses:
            rows.append(_row(graph, "no-response", rid, ("response",)))
            continue
        verdicts = {G.nodes[r].get("verdict") for r in responses}
        if not verdicts & _UNFINISHED_VERDICTS:
            continue
        followed = any(d["relation"] == "followsUp" for target in (rid, *responses)
                       for _, _, d in G.in_edges(target, data=True))
        if not followed:
            rows.append(_row(graph, "no-follow-up", rid, ("follow-up action",)))
    return rows


def _actions(graph: PartnershipGraph) -> list[GapRow]:
    return [_row(graph, "action-no-owner", nid, ("owner",)) for nid, _ in graph.nodes("Action")
            if not _relations_out(graph, nid) & {"ownedBy", "deliveredBy"}]
