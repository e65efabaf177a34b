"""What several queries need to read from a graph: bodies, their sectors, documents and quotes.

Kept private to the layer; the public functions live in one module per query family.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> doc = g.add_document("hwb.txt", place="Derby")
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby",
...                  kind="health-and-wellbeing-board", source=Source(doc, start=0, end=5))
>>> body_sectors(g, hwb)
('health', 'local-government')
>>> file_names(g, [doc])
('hwb.txt',)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from partnergraph.graph import GraphError, PartnershipGraph
from partnergraph.ontology import concept, is_subtype, scheme, subtypes

__all__ = ["QueryError", "BODY", "is_body", "body_sectors", "body_kind", "kind_lineage_label", "node_sectors", "file_names", "quotes",
           "documents_of", "place_of", "label", "resolve_node", "document_bodies"]

#: The node type every body descends from, and every type that is a body.
BODY = "Organisation"
BODY_TYPES = frozenset(subtypes(BODY))

#: Node types that are drawn in the graph but are not "things said": they never join paths.
STRUCTURAL = frozenset({"Document", "Place", "Mention"})


class QueryError(GraphError):
    """A question the graph cannot answer as asked (an unknown or ambiguous name, a bad option)."""


def is_body(graph: PartnershipGraph, nid: str) -> bool:
    """Whether a node is a body (an Organisation, Board or Partnership)."""
    return graph.nx.nodes[nid]["type"] in BODY_TYPES


def body_sectors(graph: PartnershipGraph, nid: str) -> tuple[str, ...]:
    """A body's sectors: its ``sectors`` attribute, else its kind's default sectors.

    A kind without sectors of its own inherits those of its broader kind.
    """
    data = graph.nx.nodes[nid]
    own = data.get("sectors")
    if own:
        return tuple(sorted(own))
    kind = data.get("kind")
    return _kind_sectors(kind) if kind else ()


def body_kind(graph: PartnershipGraph, nid: str) -> str | None:
    """The label of a body's kind at the top of its lineage: a Primary Care Trust, a Clinical
    Commissioning Group and an Integrated Care Board are all "NHS commissioner".

    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("audit.txt", place="Luton")
    >>> pct = g.add_node("Organisation", "Luton PCT", place="Luton", kind="primary-care-trust",
    ...                  source=Source(d, start=0, end=1))
    >>> body_kind(g, pct)
    'NHS commissioner'
    """
    kind = graph.nx.nodes[nid].get("kind")
    return kind_lineage_label(kind) if kind else None


def kind_lineage_label(kind: str) -> str | None:
    """The label of the top of a kind's lineage (``None`` for a kind the scheme lacks)."""
    ids = {c.id for c in scheme("kinds").concepts}
    if kind not in ids:
        return None
    seen: set[str] = set()
    c = concept("kinds", kind)
    while c.broader and c.broader in ids and c.broader not in seen:
        seen.add(c.id)
        c = concept("kinds", c.broader)
    return c.label


def node_sectors(graph: PartnershipGraph, nid: str) -> tuple[str, ...]:
    """Sectors of any node: a body's (see :func:`body_sectors`) or an item's own ``sectors``."""
    if is_body(graph, nid):
        return body_sectors(graph, nid)
    return tuple(sorted(graph.nx.nodes[nid].get("sectors") or ()))


def _kind_sectors(kind: str) -> tuple[str, ...]:
    ids = {c.id for c in scheme("kinds").concepts}
    seen: set[str] = set()
    current: str | None = kind
    while current and current in ids and current not in seen:
        seen.add(current)
        c = concept("kinds", current)
        if c.sectors:
            return tuple(sorted(c.sectors))
        current = c.broader
    return ()


def documents_of(graph: PartnershipGraph, nid: str) -> list[str]:
    """The document identifiers a node was read from (its own sources)."""
    return graph.documents_of(nid)


def file_names(graph: PartnershipGraph, doc_ids: Iterable[str]) -> tuple[str, ...]:
    """The source file names of documents, sorted and distinct."""
    out = set()
    for d in doc_ids:
        if d in graph.nx:
            data = graph.nx.nodes[d]
            out.add(data.get("file_name") or data["label"])
    return tuple(sorted(out))


def place_of(graph: PartnershipGraph, nid: str) -> str | None:
    """A node's place name: its own, else the place of the one document it came from."""
    name = graph.place_name(nid)
    if name:
        return name
    places = {graph.place_name(d) for d in graph.documents_of(nid) if d in graph.nx}
    places.discard(None)
    return sorted(places)[0] if len(places) == 1 else None


def places_of(graph: PartnershipGraph, nid: str) -> set[str]:
    """Every place a node belongs to: its own, or those of the documents it came from."""
    name = graph.place_name(nid)
    if name:
        return {name}
    return {p for p in (graph.place_name(d) for d in graph.documents_of(nid) if d in graph.nx) if p}


def label(graph: PartnershipGraph, nid: str) -> str:
    """A node's label."""
    return graph.nx.nodes[nid]["label"]


def quotes(graph: PartnershipGraph, sources: Iterable[Any], *, limit: int | None = None) -> list[str]:
    """``"file: quote"`` for each source with a quote (or a row), distinct, in a stable order.

    Quotes are taken from each document in turn (the first of every document, then the
    second ...), so a ``limit`` keeps the spread across documents.
    """
    by_doc: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    seen: set[str] = set()
    for src in sorted(sources, key=_source_key):
        doc = src.document
        if doc not in names:
            fname = file_names(graph, [doc])
            names[doc] = fname[0] if fname else doc
        if src.quote:
            text = f"{names[doc]}: {' '.join(src.quote.split())}"
        elif src.row is not None:
            text = f"{names[doc]}: {src.location}"
        else:
            continue
        if text not in seen:
            seen.add(text)
            by_doc.setdefault(names[doc], []).append(text)
    out: list[str] = []
    lists = [by_doc[k] for k in sorted(by_doc)]
    for i in range(max((len(x) for x in lists), default=0)):
        for x in lists:
            if i < len(x):
                out.append(x[i])
                if limit is not None and len(out) >= limit:
                    return out
    return out


def _source_key(src: Any) -> tuple:
    return (src.document, -1 if src.start is None else src.start, -1 if src.row is None else src.row,
            src.quote, src.sheet or "", src.column or "", src.file or "", src.rule)


def document_bodies(graph: PartnershipGraph) -> dict[str, set[str]]:
    """For each document, its own bodies: the boards of the meetings it was presented at and
    the bodies (or the bodies of the posts) that wrote it; failing those, every body read from it."""
    appearing: dict[str, set[str]] = {}
    for nid, data in graph.nx.nodes(data=True):
        if is_subtype(data["type"], BODY):
            for src in data["sources"]:
                appearing.setdefault(src.document, set()).add(nid)
    out: dict[str, set[str]] = {}
    for doc, _ in graph.nodes("Document"):
        own: set[str] = set()
        for _, o, d in graph.nx.out_edges(doc, data=True):
            if d["relation"] == "presentedAt":
                own.update(b for _, b, e in graph.nx.out_edges(o, data=True) if e["relation"] == "meetingOf")
            elif d["relation"] == "authoredBy":
                if is_body(graph, o):
                    own.add(o)
                own.update(b for _, b, e in graph.nx.out_edges(o, data=True) if e["relation"] == "postIn")
        out[doc] = own or appearing.get(doc, set())
    return out


def resolve_node(graph: PartnershipGraph, name: str, *, types: Iterable[str] = ()) -> str:
    """The node a name means (an identifier, a label or an alias), or a :class:`QueryError`."""
    if name in graph.nx:
        return name
    wanted = tuple(types)
    found = graph.resolve(name, types=wanted)
    if found is not None:
        return found
    candidates = graph.candidates(name, types=wanted)
    if candidates:
        shown = ", ".join(f"{label(graph, c)} ({c})" for c in candidates[:5])
        raise QueryError(f"{name!r} is ambiguous: it could be {shown}; give the identifier")
    raise QueryError(f"no node called {name!r} in the graph")
