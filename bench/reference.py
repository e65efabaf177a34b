"""The graph the generator says a perfect build would give, built straight from its truth files.

The RDF, query, view and algorithm stages of the benchmark run on this graph, so their
figures do not depend on how well (or whether) the loaders read the papers; the build
stage is measured on the papers themselves and checked against the same truth.

Examples
--------
>>> import tempfile
>>> from bench.generate import generate
>>> folder = tempfile.mkdtemp()
>>> _ = generate(folder, authorities=1, years=1, seed=2)
>>> g = reference_graph(folder)
>>> g.counts()["Board"] >= 4
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from partnergraph.graph import PartnershipGraph, Source

__all__ = ["reference_graph", "truth_records"]

_RULE = "bench-truth"


def truth_records(folder: str | Path, name: str) -> Iterator[dict]:
    """The records of ``truth/<name>.jsonl`` (``documents`` or ``registers``), in file order."""
    with open(Path(folder) / "truth" / f"{name}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def reference_graph(folder: str | Path, *, registers: bool = True,
                    places: set[str] | None = None) -> PartnershipGraph:
    """Build the expected graph of a generated folder (papers, then registers).

    ``places`` limits it to those authorities (and the national bodies they name).
    """
    graph = PartnershipGraph()
    for record in truth_records(folder, "documents"):
        if places is not None and record["place"] not in places:
            continue
        doc = graph.add_document(Path(record["file"]).name, title=record["title"], date=record["date"],
                                 place=record["place"], kind=record["kind"])
        ids = []
        for e in record["entities"]:
            start, end = e["span"]
            ids.append(_add(graph, e, doc, Source(doc, quote=e.get("text", e["label"]) if end > start else "",
                                                  start=start, end=end, rule=_RULE)))
        for s, rel, o, start, end in record["links"]:
            graph.add_edge(ids[s], rel, ids[o], source=Source(doc, start=start, end=end, rule=_RULE))
    if registers:
        docs: dict[str, str] = {}
        for record in truth_records(folder, "registers"):
            if places is not None and record["place"] not in places:
                continue
            file = record["file"]
            if file not in docs:
                docs[file] = graph.add_document(file, kind="register", place=record["place"])
            doc = docs[file]
            src = Source(doc, file=file, sheet=record["sheet"], row=record["row"], rule=_RULE)
            ids = [_add(graph, e, doc, src) for e in record["entities"]]
            for s, rel, o in record["links"]:
                graph.add_edge(ids[s], rel, ids[o], source=src)
    return graph


def _add(graph: PartnershipGraph, e: dict, doc: str, source: Source) -> str:
    if e["type"] == "Document":
        return doc
    return graph.add_node(e["type"], e["label"], place=e.get("place"), aliases=e.get("aliases", ()),
                          key=e.get("key"), source=source, **e.get("attrs", {}))
