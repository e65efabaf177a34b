"""The embedded on-disk store: the graph's triples in pyoxigraph's RocksDB ``Store``.

For graphs that outgrow a Turtle file read into memory at every command, ``build
--store DIR`` also keeps the triples in a store on disk.  SPARQL runs against it
directly (only the answer is in memory); :meth:`GraphStore.to_graph` rebuilds the
full in-memory model when a command needs it, and :meth:`GraphStore.subgraph`
only the nodes a view is about.

A store folder holds pyoxigraph's files and ``partnergraph-store.json`` (the
instance base and the triple count), which is how :func:`is_store` knows one.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> doc = g.add_document("derby.txt", title="Closing the Gap")
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby",
...                  source=Source(doc, quote="the Board", start=0, end=9))
>>> store = GraphStore.in_memory()
>>> store.replace(g) > 0
True
>>> [r["label"].value for r in store.select(
...     "SELECT ?label WHERE { ?b a pg:Board ; rdfs:label ?label }")]
['Health and Wellbeing Board']
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from partnergraph.ontology import DEFAULT_BASE, NS, PREFIXES
from partnergraph.ontology.namespaces import RDF

from .atomic import atomic_path
from .model import PartnershipGraph
from .rdf import RdfError, _infer_base, from_triples, to_triples

__all__ = ["GraphStore", "is_store", "write_store", "open_store", "read_graph", "MARKER"]

#: The file that marks a folder as a partnergraph store.
MARKER = "partnergraph-store.json"

_EVIDENCE = NS + "evidence"


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by :func:`write_store`."""
    return (Path(path) / MARKER).is_file()


class GraphStore:
    """A pyoxigraph store holding one partnergraph graph in its default graph.

    Open one with :meth:`open` (on disk) or :meth:`in_memory`; the constructor
    only wraps an already opened store.
    """

    def __init__(self, store: ox.Store, *, path: Path | None = None, base: str = DEFAULT_BASE) -> None:
        self.store = store
        self.path = path
        self.base = base

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> GraphStore:
        """Open (or create) the store in folder ``path``."""
        path = Path(path)
        meta = _read_marker(path)
        if read_only and not meta:
            raise RdfError(f"{path}: not a partnergraph store (no {MARKER})")
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            raise RdfError(f"{path}: cannot open the store ({exc})") from None
        return cls(store, path=path, base=meta.get("base", DEFAULT_BASE))

    @classmethod
    def in_memory(cls) -> GraphStore:
        """A store that lives in memory only (for tests and small graphs)."""
        return cls(ox.Store())

    # -- writing ------------------------------------------------------------------------

    def replace(self, graph: PartnershipGraph) -> int:
        """Make the store hold exactly ``graph``; returns the number of triples."""
        return self.replace_triples(to_triples(graph), base=graph.base)

    def replace_triples(self, triples: Iterable[ox.Triple], *, base: str | None = None) -> int:
        """Make the store hold exactly ``triples`` (bulk load, without a transaction log)."""
        self.store.clear()
        count = 0

        def quads() -> Iterator[ox.Quad]:
            nonlocal count
            for t in triples:
                count += 1
                yield ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())

        self.store.bulk_extend(quads())
        self.store.flush()
        if base is None:
            base = _infer_base([q.triple for q in self.store.quads_for_pattern(
                None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(NS + "Document"))])
        self.base = base
        if self.path is not None:
            with atomic_path(self.path / MARKER) as tmp:
                tmp.write_text(json.dumps({"base": base, "triples": count, "format": 1}, indent=2) + "\n",
                               encoding="utf-8")
        return count

    def load_file(self, path: str | Path) -> int:
        """Bulk-load an RDF file written by ``partnergraph build`` or ``export`` (replacing the store)."""
        from .rdf import rdf_format_for

        path = Path(path)
        self.store.clear()
        try:
            self.store.bulk_load(path=str(path), format=rdf_format_for(path))
        except (SyntaxError, ValueError) as exc:
            raise RdfError(f"{path}: not valid RDF ({str(exc).strip().splitlines()[0]})") from None
        self.store.flush()
        count = len(self)
        base = _infer_base([q.triple for q in self.store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE),
                                                                           ox.NamedNode(NS + "Document"))])
        self.base = base
        if self.path is not None:
            with atomic_path(self.path / MARKER) as tmp:
                tmp.write_text(json.dumps({"base": base, "triples": count, "format": 1}, indent=2) + "\n",
                               encoding="utf-8")
        return count

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"].value)

    def select(self, query: str, *, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
               ) -> list[dict]:
        """Run a SPARQL SELECT; rows map variable names to pyoxigraph terms.

        The ontology's prefixes (``pg:``, ``rdfs:``, ``skos:`` ...) are predeclared.
        Values are bound with ``bindings`` (variable name -> term), never pasted
        into the query text; a bound variable must be in the SELECT projection.
        """
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            solutions = self.store.query(query, prefixes=PREFIXES, substitutions=subs or None)
        except (SyntaxError, RuntimeError) as exc:
            raise RdfError(f"bad SPARQL query ({str(exc).strip().splitlines()[0]})") from None
        names = [v.value for v in solutions.variables]
        out = []
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term
            out.append(row)
        return out

    def triples(self) -> Iterator[ox.Triple]:
        """Every triple of the store's default graph."""
        for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield q.triple

    def to_graph(self) -> PartnershipGraph:
        """The whole graph, read into the in-memory model."""
        return from_triples(self.triples(), base=self.base, where=str(self.path or "store"))

    def subgraph(self, node_iris: Iterable[str]) -> PartnershipGraph:
        """Only the given nodes, the edges among them and their provenance, as a model.

        Reads from the store what describes those nodes (their triples, their
        mentions, the links between them and the documents they cite), so a view
        of one board or place does not need the national graph in memory.
        """
        wanted = sorted(set(node_iris))
        seen: set[str] = set()
        out: list[ox.Triple] = []
        documents: set[str] = set()
        places: set[str] = set()

        def take(iri: str) -> None:
            """A resource's triples, its mentions, and note the documents and place they name."""
            if iri in seen:
                return
            seen.add(iri)
            for q in self.store.quads_for_pattern(ox.NamedNode(iri), None, None, ox.DefaultGraph()):
                out.append(q.triple)
                p = q.predicate.value
                if p == _EVIDENCE:
                    take(q.object.value)
                elif p == NS + "inDocument":
                    documents.add(q.object.value)
                elif p == NS + "place":
                    places.add(q.object.value)

        for iri in wanted:
            take(iri)
        wanted_set = set(wanted)
        subject, obj = ox.NamedNode(str(RDF.subject)), ox.NamedNode(str(RDF.object))
        for iri in wanted:  # the links from each wanted node: its degree, not the whole graph
            for q in self.store.quads_for_pattern(None, subject, ox.NamedNode(iri), ox.DefaultGraph()):
                ends = self.store.quads_for_pattern(q.subject, obj, None, ox.DefaultGraph())
                if any(e.object.value in wanted_set for e in ends):
                    take(q.subject.value)
        while not (documents | places) <= seen:  # their documents and places, and those of these
            for iri in sorted((documents | places) - seen):
                take(iri)
        return from_triples(out, base=self.base, where=str(self.path or "store"))

    def flush(self) -> None:
        self.store.flush()


_RDF_TYPE = str(RDF.type)


def _read_marker(path: Path) -> dict:
    marker = path / MARKER
    if not marker.is_file():
        return {}
    try:
        return json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RdfError(f"{marker}: unreadable ({exc})") from None


def write_store(graph: PartnershipGraph, path: str | Path) -> int:
    """Write ``graph`` into a new on-disk store at ``path``; returns the triples written.

    The store is built in a folder beside ``path`` and renamed over it when
    complete, so a build that fails leaves the previous store as it was.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise RdfError(f"{path}: exists and is not a folder")
    if path.is_dir() and any(path.iterdir()) and not is_store(path):
        raise RdfError(f"{path}: folder is not empty and is not a partnergraph store")
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    old = fresh.with_suffix(".old")
    try:
        store = GraphStore.open(fresh)
        count = store.replace(graph)
        del store  # pyoxigraph closes the database when the object goes
        if path.exists():
            os.replace(path, old)
        os.replace(fresh, path)
    finally:
        for leftover in (fresh, old):
            if leftover.exists():
                shutil.rmtree(leftover)
    return count


def open_store(path: str | Path) -> GraphStore:
    """Open an existing store read-only (raises :class:`RdfError` when it is not one)."""
    path = Path(path)
    if not is_store(path):
        raise RdfError(f"{path}: not a partnergraph store (build it with 'partnergraph build --store {path}')")
    return GraphStore.open(path, read_only=True)


def read_graph(path: str | Path) -> PartnershipGraph:
    """The graph in ``path``: a store folder (read whole) or an RDF file written by ``build``."""
    from .rdf import load

    path = Path(path)
    if path.is_dir():
        return open_store(path).to_graph()
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such graph file or store (run 'partnergraph build' first)")
    return load(path)
