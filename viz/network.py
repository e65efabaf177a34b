"""The network view: a graph (or part of it) as pyvis node and edge lists plus the page's data.

Types are coloured and shaped, and relations coloured and dashed, only as
``partnergraph.ontology`` declares them.  pyvis's ``net.nodes`` and ``net.edges``
lists are filled directly (``add_edge`` one by one is quadratic); the page is
rendered by :mod:`partnergraph.viz.page`, not by pyvis's own template, so that it
needs no network.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt")
>>> s = Source(d, quote="The Board leads on early years.", start=0, end=31)
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", source=s)
>>> t = g.add_node("Theme", "Early years", place="Derby", source=s)
>>> g.add_edge(hwb, "leads", t, source=s)
>>> v = view_data(g)
>>> [x["name"] for x in v["types"]], len(v["vis"]["edges"])
(['Board', 'Theme'], 1)
>>> v["nodes"][0]["sources"][0]["quote"]
'The Board leads on early years.'
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx
from pyvis.network import Network

from partnergraph.graph import PartnershipGraph, Source
from partnergraph.ontology import NODE_TYPES, RELATIONS, concept, is_subtype, scheme

from ._links import matches, node_sectors, reference_themes
from .focus import ViewError, drawable

__all__ = ["MEASURES", "DEFAULT_THRESHOLD", "view_data", "measure_values", "type_style"]

#: How node size can be read.
MEASURES: tuple[str, ...] = ("degree", "betweenness", "sources")

#: Above this many nodes a view aggregates unless told to draw everything.
DEFAULT_THRESHOLD = 2000

#: How many sources a tooltip carries per node or edge (the rest are counted).
MAX_SOURCES = 6

_LABEL_CHARS = 48

#: Views with more nodes than this open with unlinked nodes hidden (a checkbox shows them).
UNLINKED_HIDDEN_ABOVE = 40

#: Views with more nodes than this are laid out here (igraph) and open with physics off.
PRELAYOUT_ABOVE = 400


def type_style(type_name: str) -> dict[str, Any]:
    """vis-network group options for a node type, from its ontology declaration."""
    t = NODE_TYPES[type_name]
    style: dict[str, Any] = {
        "shape": t.shape,
        "color": {"background": t.colour, "border": _darker(t.colour),
                  "highlight": {"background": t.colour, "border": "#000000"},
                  "hover": {"background": t.colour, "border": "#000000"}},
        "borderWidth": 2,
    }
    if t.shape in ("box", "ellipse"):
        style["font"] = {"color": _text_on(t.colour), "strokeWidth": 0}
        style["widthConstraint"] = {"maximum": 340}
    return style


def measure_values(graph: nx.Graph, nodes: Collection[str], measure: str,
                   sources: dict[str, int] | None = None) -> dict[str, float]:
    """The chosen measure for each node of ``graph`` (an undirected simple view of the drawn part)."""
    if measure == "degree":
        return {n: float(graph.degree(n)) for n in nodes}
    if measure == "betweenness":
        k = None if len(nodes) <= 1500 else 300
        return {n: float(v) for n, v in nx.betweenness_centrality(graph, k=k, seed=7).items()}
    if measure == "sources":
        return {n: float((sources or {}).get(n, 0)) for n in nodes}
    raise ViewError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")


def view_data(graph: PartnershipGraph, *, nodes: Iterable[str] | None = None, measure: str = "degree",
              threshold: int = DEFAULT_THRESHOLD, full: bool = False, title: str = "Partnership network",
              notes: Iterable[str] = (), concepts: Iterable[Any] = ()) -> dict[str, Any]:
    """Everything the page needs: pyvis's node/edge lists and options, and per-node facts.

    ``nodes`` limits the view (default: every drawable node).  Above ``threshold``
    nodes, unless ``full``, bodies are grouped by sector, themes by reference theme
    and everything else by type, and a note says so.
    """
    if measure not in MEASURES:
        raise ViewError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    allowed = set(drawable(graph))
    chosen = sorted(allowed if nodes is None else set(nodes) & allowed)
    notes = list(notes)
    if len(chosen) > threshold and not full:
        from .aggregate import aggregate

        agg = aggregate(graph, chosen)
        notes.append(f"This view has {len(chosen):,} nodes, more than {threshold:,}: bodies are grouped by "
                     f"sector, themes by reference theme and everything else by type. "
                     f"Use --full to draw every node.")
        return _page_data(agg.nodes, agg.edges, measure, title, notes, aggregated=True,
                          total=len(chosen), graph_size=len(graph), doc_labels=_doc_labels(graph))
    node_rows = [_node_row(graph, n) for n in chosen]
    keep = set(chosen)
    edge_rows = [_edge_row(graph, s, r, o, d) for s, r, o, d in graph.edges() if s in keep and o in keep]
    if concepts:
        _add_concepts(graph, node_rows, edge_rows, concepts)
    return _page_data(node_rows, edge_rows, measure, title, notes, aggregated=False, total=len(chosen),
                      graph_size=len(graph), doc_labels=_doc_labels(graph))


def _doc_labels(graph: PartnershipGraph) -> dict[str, str]:
    return {nid: d.get("file_name") or d["label"] for nid, d in graph.nodes("Document")}


# -- rows: one dict per node and per edge, plain data ----------------------------------------------

def _node_row(graph: PartnershipGraph, nid: str) -> dict[str, Any]:
    data = graph.nx.nodes[nid]
    t = data["type"]
    neighbours = sorted(set(graph.nx.successors(nid)) | set(graph.nx.predecessors(nid)))
    sectors = set(node_sectors(graph, nid))
    if not sectors and not is_subtype(t, "Organisation"):
        for m in neighbours:
            sectors.update(node_sectors(graph, m))
    place = graph.place_name(nid)
    places = {place} if place else {p for p in (graph.place_name(m) for m in neighbours) if p}
    themes = {nid} if t == "Theme" else {m for m in neighbours if graph.nx.nodes[m]["type"] == "Theme"}
    docs = set(graph.documents_of(nid))
    row = {
        "id": nid, "label": data["label"], "type": t, "aliases": sorted(data.get("aliases", ())),
        "place": place, "places": sorted(places), "sectors": sorted(sectors),
        "own_sectors": sorted(node_sectors(graph, nid)), "themes": sorted(themes), "documents": sorted(docs),
        "sources": [_source_row(graph, s) for s in sorted(data.get("sources", ()))[:MAX_SOURCES]],
        "source_count": len(data.get("sources", ())),
        "facts": _facts(data),
    }
    if t == "Theme":
        row["reference"] = [concept("themes", c).label for c in reference_themes(data)[:2]]
    return row


def _add_concepts(graph: PartnershipGraph, node_rows: list[dict[str, Any]], edge_rows: list[dict[str, Any]],
                  concepts: Iterable[Any]) -> None:
    by_id = {n["id"]: n for n in node_rows}
    for c in concepts:
        members = [m for m in c.members if m in by_id]
        if not members:
            continue
        cid = f"reference-theme/{c.id}"
        srcs = sorted(c.sources)
        node_rows.append({
            "id": cid, "label": c.label, "type": "ReferenceTheme", "aliases": [], "place": None,
            "places": sorted(c.places), "sectors": sorted(c.sectors), "themes": [cid],
            "documents": sorted(c.documents), "sources": [_source_row(graph, x) for x in srcs[:MAX_SOURCES]],
            "source_count": len(srcs),
            "facts": [["sectors behind it", str(len(c.sectors))], ["bodies behind it", str(len(c.bodies))]],
        })
        for m in members:
            by_id[m]["themes"] = sorted({*by_id[m]["themes"], cid})
            words = [w for x in matches(graph.nx.nodes[m]) if x.concept.id == c.id for w in x.words]
            edge_rows.append({"from": m, "to": cid, "relation": "relatedTo",
                              "label": "matches" + (f" (words: {', '.join(words)})" if words else ""),
                              "sources": [], "source_count": 0})


def _edge_row(graph: PartnershipGraph, s: str, r: str, o: str, data: dict[str, Any]) -> dict[str, Any]:
    label = data.get("relation_label") or RELATIONS[r].label
    srcs = sorted(data.get("sources", ()))
    return {"from": s, "to": o, "relation": r, "label": label,
            "sources": [_source_row(graph, x) for x in srcs[:MAX_SOURCES]], "source_count": len(srcs)}


def _source_row(graph: PartnershipGraph, s: Source) -> dict[str, Any]:
    doc = graph.nx.nodes.get(s.document, {})
    name = doc.get("file_name") or doc.get("label") or s.document
    title = doc.get("label") if doc.get("label") not in (None, name) else None
    return {"document": name, "title": title, "location": s.location, "quote": s.quote}


def _facts(data: dict[str, Any]) -> list[list[str]]:
    out = []
    for key in ("kind", "number", "date", "verdict", "status", "target", "comment", "document_kind"):
        value = data.get(key)
        if value in (None, ""):
            continue
        value = str(value)
        scheme_name = {"kind": "kinds", "verdict": "verdicts"}.get(key)
        if scheme_name:
            try:
                value = concept(scheme_name, value.rsplit("/", 1)[-1]).label
            except KeyError:
                pass
        out.append([key.replace("_", " "), value])
    return out


# -- the page data ---------------------------------------------------------------------------------

def _page_data(node_rows: list[dict[str, Any]], edge_rows: list[dict[str, Any]], measure: str, title: str,
               notes: list[str], *, aggregated: bool, total: int, graph_size: int,
               doc_labels: dict[str, str]) -> dict[str, Any]:
    ids = [n["id"] for n in node_rows]
    simple = nx.Graph()
    simple.add_nodes_from(ids)
    simple.add_edges_from((e["from"], e["to"]) for e in edge_rows if e["from"] != e["to"])
    values = measure_values(simple, ids, measure, {n["id"]: n.get("weight", n["source_count"])
                                                   for n in node_rows})
    top = max(values.values(), default=0.0) or 1.0
    big = len(node_rows) > 800

    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    same = Counter(n["label"] for n in node_rows)
    index_of = {n["id"]: i for i, n in enumerate(node_rows)}
    prelaid = len(node_rows) > PRELAYOUT_ABOVE
    xy = _positions(len(node_rows), [(index_of[e["from"]], index_of[e["to"]]) for e in edge_rows]) \
        if prelaid else {}
    net.nodes = [{
        "id": i, "label": _short(n["label"] if same[n["label"]] == 1 or not n.get("place")
                                 else f"{n['label']} ({n['place']})"), "group": n["type"],
        "value": round(1 + 9 * math.sqrt(values.get(n["id"], 0.0) / top), 3),
    } for i, n in enumerate(node_rows)]
    for i, (x, y) in xy.items():
        net.nodes[i]["x"], net.nodes[i]["y"] = x, y
    index = index_of
    edges = []
    for i, e in enumerate(edge_rows):
        rel = RELATIONS[e["relation"]]
        edge = {"id": i, "from": index[e["from"]], "to": index[e["to"]], "color": {"color": rel.colour,
                "highlight": rel.colour, "hover": rel.colour}, "dashes": rel.dashes}
        if not rel.symmetric:
            edge["arrows"] = "to"
        if e.get("weight"):
            edge["width"] = round(min(8.0, 1 + 1.2 * math.log2(e["weight"])), 2)
        edges.append(edge)
    net.edges = edges
    present = Counter(n["type"] for n in node_rows)
    rels = Counter(e["relation"] for e in edge_rows)
    net.options = _options(present, big, prelaid)
    vis_nodes, vis_edges, _heading, _h, _w, _opts = net.get_network_data()

    sector_labels = {c.id: c.label for c in scheme("sectors").concepts}
    facet: dict[str, dict[str, str]] = defaultdict(dict)
    for n in node_rows:
        for s in n["sectors"]:
            facet["sectors"][s] = sector_labels.get(s, s)
        for p in n["places"]:
            facet["places"][p] = p
        for d in n["documents"]:
            facet["documents"][d] = doc_labels.get(d, d)
    for n in node_rows:
        if n["type"] == "Theme":
            facet["themes"][n["id"]] = n["label"]
    for n in node_rows:  # a theme outside the view is still a value to filter on
        for t in n["themes"]:
            facet["themes"].setdefault(t, t.rsplit("/", 1)[-1].replace("-", " "))

    return {
        "title": title,
        "notes": notes,
        "aggregated": aggregated,
        "prelaid": prelaid,
        "measure": measure,
        "shown": len(node_rows),
        "hide_unlinked": len(node_rows) > UNLINKED_HIDDEN_ABOVE and bool(edge_rows),
        "total": total,
        "graph_size": graph_size,
        "types": [{"name": t, "label": NODE_TYPES[t].label, "plural": NODE_TYPES[t].plural,
                   "colour": NODE_TYPES[t].colour, "shape": NODE_TYPES[t].shape, "count": present[t]}
                  for t in NODE_TYPES if present.get(t)],
        "relations": [{"name": r, "label": RELATIONS[r].label, "colour": RELATIONS[r].colour,
                       "dashes": RELATIONS[r].dashes, "count": rels[r]} for r in RELATIONS if rels.get(r)],
        "facets": {k: sorted(([v_id, v] for v_id, v in facet[k].items()), key=lambda x: x[1].lower())
                   for k in ("sectors", "places", "themes", "documents")},
        "nodes": [{k: v for k, v in n.items() if k != "own_sectors"} for n in node_rows],
        "edges": [{k: v for k, v in e.items() if k not in ("from", "to")} for e in edge_rows],
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": net.options},
    }


def _positions(n: int, edges: list[tuple[int, int]]) -> dict[int, tuple[float, float]]:
    """Positions for a big view, computed here so the page is usable as soon as it loads
    (vis-network's own layout of thousands of nodes takes tens of seconds)."""
    import igraph as ig

    g = ig.Graph(n=n, edges=[(a, b) for a, b in edges if a != b])
    g.simplify()
    import random

    random.seed(7)
    coords = g.layout_fruchterman_reingold(grid=n > 1000, niter=300 if n <= 2000 else 150, seed=_circle(n))
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    size = 240 * math.sqrt(n)  # canvas units: room for a label between neighbours
    return {i: (round((x - min(xs)) / span * size, 1), round((y - min(ys)) / span * size, 1))
            for i, (x, y) in enumerate(coords)}


def _circle(n: int) -> list[list[float]]:
    return [[math.cos(2 * math.pi * i / max(n, 1)) * 10, math.sin(2 * math.pi * i / max(n, 1)) * 10]
            for i in range(n)]


def _options(present: Counter, big: bool, prelaid: bool = False) -> dict[str, Any]:
    return {
        "autoResize": True,
        "groups": {t: type_style(t) for t in NODE_TYPES if present.get(t)},
        "nodes": {
            "scaling": {"min": 14, "max": 44, "label": {"enabled": True, "min": 22, "max": 40,
                                                        "drawThreshold": 10, "maxVisible": 64}},
            "font": {"size": 24, "face": "system-ui, 'Segoe UI', Arial, sans-serif", "color": "#111111",
                     "strokeWidth": 5, "strokeColor": "#ffffff"},
            "borderWidth": 2,
            "shapeProperties": {"interpolation": False},
        },
        "edges": {"width": 1.6, "selectionWidth": 2, "smooth": False if big else {"type": "continuous"},
                  "arrows": {"to": {"scaleFactor": 0.6}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "navigationButtons": False, "keyboard": {"enabled": True, "bindToWindow": False}},
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "physics": {
            "enabled": not prelaid,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -220, "centralGravity": 0.008, "springLength": 190,
                                 "springConstant": 0.04, "avoidOverlap": 1.0},
            "stabilization": {"enabled": not prelaid, "iterations": 250 if big else 600, "updateInterval": 50,
                              "fit": True},
            "minVelocity": 1.5,
        },
    }


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _text_on(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#111111" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "#ffffff"
