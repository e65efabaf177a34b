"""Network files for Gephi, Cytoscape and yEd: GraphML and GEXF, through networkx's writers.

Both write :func:`flatten`: a copy of the graph whose every attribute is a string
(lists joined with ``"; "`` in sorted order, provenance as JSON), with the same
keys on every node and every edge, added in identifier order, so the same graph
gives the same bytes.  Reading the file back with networkx gives :func:`flatten`'s
graph again (the round-trip tests check it).
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import networkx as nx

from partnergraph.ontology import ATTRIBUTES, node_type, relation

from ..atomic import atomic_path
from ..model import PartnershipGraph
from . import Exporter, register

__all__ = ["flatten", "NODE_COLUMNS", "EDGE_COLUMNS", "GraphMLExporter", "GexfExporter"]

_NODE_ATTRIBUTES = tuple(a for a in ATTRIBUTES if a not in ("label", "aliases", "place"))
#: Node attributes, in the order they are declared in the files.
NODE_COLUMNS: tuple[str, ...] = ("label", "type", "iri", "aliases", "place", "place_id", *_NODE_ATTRIBUTES,
                                 "colour", "documents", "sources")
#: Edge attributes, in the order they are declared in the files.
EDGE_COLUMNS: tuple[str, ...] = ("edge_key", "relation", "relation_name", "neo4j_type", "relation_label",
                                 "documents", "sources")


def flatten(graph: PartnershipGraph) -> nx.MultiDiGraph:
    """A copy of the graph with string attributes only, in a stable order."""
    flat = nx.MultiDiGraph()
    for nid, data in graph.nodes():
        t = node_type(data["type"])
        row = {
            "label": data["label"],
            "type": data["type"],
            "iri": graph.iri(nid),
            "aliases": _join(data.get("aliases")),
            "place": graph.place_name(nid) or "",
            "place_id": data.get("place") or "",
            **{name: _join(data.get(name)) for name in _NODE_ATTRIBUTES},
            "colour": t.colour,
            "documents": _join(graph.documents_of(nid)) if data["type"] != "Document" else "",
            "sources": _sources(data["sources"]),
        }
        flat.add_node(nid, **{k: row[k] for k in NODE_COLUMNS})
    for s, rel, o, data in graph.edges():
        key = next(k for k, d in graph.nx[s][o].items() if d is data)
        r = relation(rel)
        flat.add_edge(s, o, key=key, **{
            "edge_key": key, "relation": rel, "relation_name": r.label, "neo4j_type": r.neo4j_type,
            "relation_label": data.get("relation_label") or "",
            "documents": _join({src.document for src in data["sources"]}),
            "sources": _sources(data["sources"])})
    return flat


def _join(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (set, frozenset, list, tuple)):
        return "; ".join(sorted(str(v) for v in value))
    return str(value)


def _sources(sources) -> str:
    rows = [{k: v for k, v in asdict(s).items() if v not in (None, "")} for s in sorted(sources)]
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _NetworkExporter(Exporter):
    def dumps(self, graph: PartnershipGraph) -> bytes:
        raise NotImplementedError

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        data = self.dumps(graph)
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
        return [out]


@register
class GraphMLExporter(_NetworkExporter):
    name = "graphml"
    suffixes = (".graphml",)
    description = "GraphML for Gephi, Cytoscape and yEd (string attributes, provenance as JSON)."

    def dumps(self, graph: PartnershipGraph) -> bytes:
        buf = io.BytesIO()
        nx.write_graphml(flatten(graph), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
        return buf.getvalue()


_MODIFIED = re.compile(rb' lastmodifieddate="[0-9-]+"')
_CREATOR = re.compile(rb"<creator>NetworkX [^<]*</creator>")


@register
class GexfExporter(_NetworkExporter):
    name = "gexf"
    suffixes = (".gexf",)
    description = "GEXF 1.2 for Gephi (string attributes, provenance as JSON)."

    def dumps(self, graph: PartnershipGraph) -> bytes:
        buf = io.BytesIO()
        nx.write_gexf(flatten(graph), buf, encoding="utf-8", prettyprint=True)
        # networkx stamps today's date into the file; the output must not depend on the day.
        # Nor on the networkx version: name the program that made it instead.
        data = _MODIFIED.sub(b"", buf.getvalue(), count=1)
        return _CREATOR.sub(b"<creator>partnergraph</creator>", data, count=1)
