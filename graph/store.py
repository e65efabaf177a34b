"""The embedded on-disk store: the graph's triples in pyoxigraph's RocksDB ``Store``.

For graphs that outgrow a Turtle file read into memory at every command, ``build
--store DIR`` also keeps the triples in a store on disk.  SPARQL runs against it
directly (only the answer is in memory); :meth:`GraphStore.skeleton` reads the
lean model a graph algorithm needs (nodes, attributes, links and the documents
behind each, but no quotes or spans), :meth:`GraphStore.subgraph` everything about
the few nodes a view or a row is about, and :meth:`GraphStore.to_graph` the whole
model when a command needs every quote.

The store's default graph holds exactly the graph's triples (so exports and round
trips are unchanged).  Facts derived from it that SPARQL cannot compute (theme
matches, reference themes, kinds' default sectors) go in the named graph
:data:`DERIVED`; :meth:`GraphStore.select` reads both by default.

A store folder holds pyoxigraph's files and ``partnergraph-store.json`` (the
instance base, the triple count and what the derived graph was made with), which
is how :func:`is_store` knows one.

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
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from partnergraph.ontology import ATTRIBUTES, DEFAULT_BASE, NODE_TYPES, NS, PREFIXES, RELATIONS
from partnergraph.ontology.namespaces import PROV, RDF, XSD

from .atomic import atomic_path
from .identity import normal_name, short_hash
from .model import PartnershipGraph
from .provenance import Source
from .rdf import _SOURCE_FIELDS, RdfError, _infer_base, _literal_value, from_triples, iter_triples

__all__ = ["GraphStore", "is_store", "write_store", "open_store", "read_graph", "store_beside", "estimate_triples",
           "MARKER", "DERIVED", "STORE_ABOVE_TRIPLES", "STORE_FOLDER"]

#: The file that marks a folder as a partnergraph store.
MARKER = "partnergraph-store.json"

#: ``build`` keeps an on-disk store (OUTDIR/store) when the graph has more triples than this.
#: Measured (docs/linked-data.md, "Commands on a store"; bench/RESULTS.md): reading graph.ttl
#: costs every command 4-5 us and 0.36 KB per triple (bench medium, 4.6M triples: 18 s and
#: 1.7 GB; national, ~29M: over 2 minutes and ~11 GB), while from a store a count takes 2 s and
#: 170 MB and the other queries 4-7 s and under 0.5 GB (125k links).  At 1M triples a command
#: still opens Turtle in about 5 s and 0.4 GB, and a store would add about 20 s to each build:
#: below it, Turtle alone.
STORE_ABOVE_TRIPLES = 1_000_000
#: Where ``build`` keeps it, inside its output folder; commands given the default ``--graph``
#: read it when it was written for that very ``graph.ttl``.
STORE_FOLDER = "store"

#: The named graph holding facts derived from the graph (theme matches and scheme facts).
DERIVED = NS + "derived"

_EVIDENCE = NS + "evidence"
#: The rule of the sources a skeleton stands in for a node's or a link's mentions with.
SKELETON_RULE = "store-skeleton"
_DATASET = [ox.DefaultGraph(), ox.NamedNode(DERIVED)]


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by :func:`write_store`."""
    return (Path(path) / MARKER).is_file()


class GraphStore:
    """A pyoxigraph store holding one partnergraph graph in its default graph.

    Open one with :meth:`open` (on disk) or :meth:`in_memory`; the constructor
    only wraps an already opened store.
    """

    def __init__(self, store: ox.Store, *, path: Path | None = None, base: str = DEFAULT_BASE,
                 meta: Mapping | None = None) -> None:
        self.store = store
        self.path = path
        self.base = base
        #: What ``partnergraph-store.json`` says (triples, and ``derived``: how the derived graph was made).
        self.meta = dict(meta or {})

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
        return cls(store, path=path, base=meta.get("base", DEFAULT_BASE), meta=meta)

    @classmethod
    def in_memory(cls) -> GraphStore:
        """A store that lives in memory only (for tests and small graphs)."""
        return cls(ox.Store())

    # -- writing ------------------------------------------------------------------------

    def replace(self, graph: PartnershipGraph, *, derived: Iterable[ox.Triple] = (),
                derived_meta: Mapping | None = None) -> int:
        """Make the store hold exactly ``graph`` (and ``derived`` in :data:`DERIVED`);
        returns the number of the graph's triples."""
        return self.replace_triples(iter_triples(graph), base=graph.base, derived=derived,
                                    derived_meta=derived_meta)

    def replace_triples(self, triples: Iterable[ox.Triple], *, base: str | None = None,
                        derived: Iterable[ox.Triple] = (), derived_meta: Mapping | None = None) -> int:
        """Make the store hold exactly ``triples`` (bulk load, without a transaction log).

        ``derived`` goes into the named graph :data:`DERIVED`; ``derived_meta`` (say, the
        scheme and threshold its matches used) is kept in the marker file.
        """
        self.store.clear()
        count = 0

        def quads() -> Iterator[ox.Quad]:
            nonlocal count
            for t in triples:
                count += 1
                yield ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
            for t in derived:
                yield ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(DERIVED))

        self.store.bulk_extend(quads())
        self.store.flush()
        if base is None:
            base = _infer_base([q.triple for q in self.store.quads_for_pattern(
                None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(NS + "Document"), ox.DefaultGraph())])
        self.base = base
        self.meta = {"base": base, "triples": count, "format": 2}
        if derived_meta is not None:
            self.meta["derived"] = dict(derived_meta)
        self._write_marker()
        return count

    def _write_marker(self) -> None:
        if self.path is not None:
            with atomic_path(self.path / MARKER) as tmp:
                tmp.write_text(json.dumps(self.meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    def load_file(self, path: str | Path, *, base: str | None = None, derived: Iterable[ox.Triple] = (),
                  derived_meta: Mapping | None = None) -> int:
        """Bulk-load an RDF file written by ``partnergraph build`` or ``export`` (replacing the store).

        Loading the Turtle file that ``build`` has just written is 1.8x faster than
        feeding the model's triples (bench, national: 188k against 104k triples/s).
        ``derived`` and ``derived_meta`` are as for :meth:`replace_triples`.
        """
        from .rdf import rdf_format_for

        path = Path(path)
        self.store.clear()
        try:
            self.store.bulk_load(path=str(path), format=rdf_format_for(path))
        except (SyntaxError, ValueError) as exc:
            raise RdfError(f"{path}: not valid RDF ({str(exc).strip().splitlines()[0]})") from None
        self.store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(DERIVED)) for t in derived)
        self.store.flush()
        count = len(self)
        if base is None:
            base = _infer_base([q.triple for q in self.store.quads_for_pattern(
                None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(NS + "Document"), ox.DefaultGraph())])
        self.base = base
        self.meta = {"base": base, "triples": count, "format": 2}
        if derived_meta is not None:
            self.meta["derived"] = dict(derived_meta)
        self._write_marker()
        return count

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        """The number of the graph's triples (the default graph; derived facts not counted)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", derived=False)
        return int(rows[0]["n"].value)

    @property
    def has_derived(self) -> bool:
        """Whether ``build`` wrote the derived graph (theme matches and scheme facts)."""
        return "derived" in self.meta

    def query(self, query: str, *, substitutions: Mapping | None = None, derived: bool = True):
        """``pyoxigraph.Store.query`` over the graph and, with ``derived``, the :data:`DERIVED` graph
        (the two read as one default graph).  Raises what pyoxigraph raises."""
        return self.store.query(query, prefixes=dict(PREFIXES), substitutions=substitutions or None,
                                default_graph=_DATASET if derived else ox.DefaultGraph())

    def select(self, query: str, *, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
               derived: bool = True) -> list[dict]:
        """Run a SPARQL SELECT; rows map variable names to pyoxigraph terms.

        The ontology's prefixes (``pg:``, ``rdfs:``, ``skos:`` ...) are predeclared.
        Values are bound with ``bindings`` (variable name -> term), never pasted
        into the query text; a bound variable must be in the SELECT projection.
        The derived facts are read too unless ``derived=False``.
        """
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        try:
            solutions = self.query(query, substitutions=subs, derived=derived)
        except (SyntaxError, RuntimeError, OSError) as exc:
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

    def skeleton(self, *, link_documents: bool = True) -> PartnershipGraph:
        """The graph without its quotes: every node with its type, label, aliases, place and
        other attributes, every link, and as sources only the documents each was read from.

        This is what graph algorithms and the queries that are not SPARQL need
        (``documents_of`` and the documents of a link are right); quotes, spans and
        registers' rows are not read, and each node or link has one source per
        document (rule ``store-skeleton``), so it is a fraction of the triples and of
        the memory of :meth:`to_graph`.  Rows that quote their evidence need
        :meth:`fill_sources` for those quotes.  ``link_documents=False`` leaves links
        without sources (a count or a centrality does not need them).  It is for reading:
        links share their (frozen) sets of sources.
        """
        where = str(self.path or "store")
        graph = from_triples(self._node_triples(), base=self.base, where=where)
        local, iri = graph.local_id, graph.iri
        default = ox.DefaultGraph()
        # Links from the plain edge triples (one each), not from their reifications (four or five each).
        worded: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for q in self.store.quads_for_pattern(None, ox.NamedNode(NS + "relationLabel"), None, default):
            ends = [self._one(q.subject, str(p)) for p in (RDF.subject, RDF.predicate, RDF.object)]
            if None in ends or not ends[1].startswith(NS):
                raise RdfError(f"{where}: link {q.subject.value} lacks its subject, predicate or object")
            worded[(local(ends[0]), ends[1][len(NS):], local(ends[2]))].append(q.object.value)
        edges: list[tuple[str, str, str, dict]] = []
        for rel in RELATIONS:
            for q in self.store.quads_for_pattern(None, ox.NamedNode(NS + rel), None, default):
                s_id, o_id = local(q.subject.value), local(q.object.value)
                if s_id not in graph.nx or o_id not in graph.nx:
                    raise RdfError(f"{where}: a {rel} link joins a node the store does not describe")
                if (s_id, rel, o_id) not in worded:
                    edges.append((s_id, o_id, rel, {"relation": rel, "sources": _NO_SOURCES}))
                    continue
                # A pair linked by worded links may have a plain one too.
                plain = ox.NamedNode(iri(f"link/{short_hash(s_id + ' ' + rel + ' ' + o_id, 16)}"))
                if self.store.contains(ox.Quad(plain, ox.NamedNode(_RDF_TYPE), ox.NamedNode(NS + "Link"), default)):
                    edges.append((s_id, o_id, rel, {"relation": rel, "sources": _NO_SOURCES}))
                edges += [(s_id, o_id, f"{rel}:{normal_name(w)}",
                           {"relation": rel, "sources": _NO_SOURCES, "relation_label": w})
                          for w in worded[(s_id, rel, o_id)]]
        graph.nx.add_edges_from(edges)
        if link_documents:
            link_of = {iri(f"link/{short_hash(s + ' ' + key + ' ' + o, 16)}"): (s, o, key) for s, o, key, _ in edges}
            docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
            for row in self.store.query("SELECT DISTINCT ?link ?doc WHERE { ?link a pg:Link ; pg:evidence ?m . "
                                        "?m pg:inDocument ?doc }", prefixes=dict(PREFIXES), default_graph=default):
                edge = link_of.get(row["link"].value)
                if edge is not None:
                    docs[edge].add(local(row["doc"].value))
            # Most links cite the same one or two documents: one shared set per combination.
            shared: dict[frozenset, frozenset] = {}
            for edge, found in docs.items():
                key = frozenset(found)
                if key not in shared:
                    shared[key] = frozenset(Source(d, start=0, end=0, rule=SKELETON_RULE) for d in sorted(key))
                graph.nx.edges[edge]["sources"] = shared[key]
        return graph

    def _one(self, subject: ox.NamedNode, predicate: str) -> str | None:
        for q in self.store.quads_for_pattern(subject, ox.NamedNode(predicate), None, ox.DefaultGraph()):
            return q.object.value
        return None

    def _node_triples(self) -> Iterator[ox.Triple]:
        """The triples :func:`from_triples` needs for the skeleton's nodes, read predicate by
        predicate (a mention's own triples are never read; each document stands in for its mentions)."""
        default = ox.DefaultGraph()
        rdf_type = ox.NamedNode(_RDF_TYPE)
        for name, t in NODE_TYPES.items():
            if t.drawn:
                yield from (q.triple for q in self.store.quads_for_pattern(None, rdf_type, ox.NamedNode(NS + name),
                                                                            default))
        for a in ATTRIBUTES.values():
            yield from (q.triple for q in self.store.quads_for_pattern(None, ox.NamedNode(a.predicate), None,
                                                                        default))
        evidence = ox.NamedNode(_EVIDENCE)
        lean: set[str] = set()

        def with_stand_in(subject, doc: ox.NamedNode) -> Iterator[ox.Triple]:
            """One mention per document stands for all its mentions (no quote, span 0-0)."""
            mention = ox.NamedNode(doc.value + "#skeleton-mention")
            if doc.value not in lean:
                lean.add(doc.value)
                yield ox.Triple(mention, ox.NamedNode(NS + "inDocument"), doc)
                yield ox.Triple(mention, ox.NamedNode(NS + "charStart"), ox.Literal("0", datatype=_XSD_INTEGER))
                yield ox.Triple(mention, ox.NamedNode(NS + "charEnd"), ox.Literal("0", datatype=_XSD_INTEGER))
                yield ox.Triple(mention, ox.NamedNode(NS + "rule"), ox.Literal(SKELETON_RULE))
            yield ox.Triple(subject, evidence, mention)

        # A node's documents: prov:wasDerivedFrom (a document with sources stands for itself).
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(PROV.wasDerivedFrom)), None, default):
            if isinstance(q.object, ox.NamedNode):
                yield from with_stand_in(q.subject, q.object)
        for q in self.store.quads_for_pattern(None, rdf_type, ox.NamedNode(NS + "Document"), default):
            if next(self.store.quads_for_pattern(q.subject, evidence, None, default), None) is not None:
                yield from with_stand_in(q.subject, q.subject)

    def source_counts(self) -> dict[str, int]:
        """How many sources (mentions) each node has, by node identifier, counted in the store."""
        local = PartnershipGraph(base=self.base).local_id
        rows = self.store.query("SELECT ?n (COUNT(?m) AS ?c) WHERE { ?n pg:evidence ?m . "
                                "FILTER NOT EXISTS { ?n a pg:Link } } GROUP BY ?n",
                                prefixes=dict(PREFIXES), default_graph=ox.DefaultGraph())
        return {local(r["n"].value): int(r["c"].value) for r in rows}

    def fill_sources(self, graph: PartnershipGraph, node_ids: Iterable[str], *, links: bool = True
                     ) -> PartnershipGraph:
        """Put the real sources (quotes, spans, rows) back on some nodes of a :meth:`skeleton`
        and, with ``links``, on the links among them, read from the store; returns ``graph``,
        changed in place.

        A query run again on the filled skeleton gives the same rows as on the whole
        graph, quotes included, for rows that quote only those nodes and links.  Only
        those nodes' and links' mentions are read (a few lookups each).
        """
        wanted = {n for n in node_ids if n in graph.nx}
        mentions: dict[str, Source] = {}
        for nid in sorted(wanted):
            graph.nx.nodes[nid]["sources"] = self._sources(graph.iri(nid), mentions, graph.local_id)
        if links:
            for s in sorted(wanted):
                for _, o, key, data in graph.nx.out_edges(s, keys=True, data=True):
                    if o in wanted:
                        link = graph.iri(f"link/{short_hash(s + ' ' + key + ' ' + o, 16)}")
                        data["sources"] = self._sources(link, mentions, graph.local_id)
        return graph

    def _sources(self, subject: str, mentions: dict[str, Source], local) -> set[Source]:
        """The sources of one node or link: its ``pg:evidence`` mentions, each read once
        (``local`` turns a document's IRI into its identifier)."""
        out = set()
        default = ox.DefaultGraph()
        for q in self.store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(_EVIDENCE), None, default):
            m = q.object.value
            if m not in mentions:
                fields: dict = {}
                for f in self.store.quads_for_pattern(q.object, None, None, default):
                    p = f.predicate.value
                    if p == NS + "inDocument":
                        fields.setdefault("document", []).append(local(f.object.value))
                    elif p in _MENTION_FIELDS:
                        fields.setdefault(_MENTION_FIELDS[p], []).append(f.object.value)
                if not fields.get("document"):
                    raise RdfError(f"{self.path or 'store'}: mention {m} has no pg:inDocument")
                mentions[m] = Source(**{k: v[0] if k == "document" else _literal_value(min(v), _FIELD_KINDS[k])
                                        for k, v in sorted(fields.items())})
            out.add(mentions[m])
        return out

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
#: A skeleton link's sources until some are read (shared: never changed in place, only replaced).
_NO_SOURCES: frozenset = frozenset()
_MENTION_FIELDS = {NS + term: field for field, term, _ in _SOURCE_FIELDS}
_FIELD_KINDS = {field: kind for field, _, kind in _SOURCE_FIELDS}
_XSD_INTEGER = ox.NamedNode(str(XSD) + "integer")


def _read_marker(path: Path) -> dict:
    marker = path / MARKER
    if not marker.is_file():
        return {}
    try:
        return json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RdfError(f"{marker}: unreadable ({exc})") from None


def estimate_triples(graph: PartnershipGraph) -> int:
    """About how many triples ``graph`` writes (within a few per cent on the bench graphs),
    without writing them: each node, link and mention with its usual fields."""
    nodes = graph.nx.number_of_nodes()
    edges = graph.nx.number_of_edges()
    mentions = sum(len(d.get("sources", ())) for _, d in graph.nx.nodes(data=True))
    mentions += sum(len(d.get("sources", ())) for _, _, d in graph.nx.edges(data=True))
    return 4 * nodes + 6 * edges + 8 * mentions


def store_beside(graph_file: str | Path) -> Path | None:
    """The store ``build`` kept in the folder of ``graph_file`` for that very file, if any.

    A store is "for" a Turtle file when its marker records the file's size and
    modification time: a later build that wrote Turtle only leaves a stale store
    that is ignored.
    """
    graph_file = Path(graph_file)
    folder = graph_file.parent / STORE_FOLDER
    if graph_file.is_dir() or not graph_file.is_file() or not is_store(folder):
        return None
    mirrors = _read_marker(folder).get("mirrors") or {}
    stat = graph_file.stat()
    if mirrors.get("file") != graph_file.name or mirrors.get("size") != stat.st_size \
            or mirrors.get("mtime_ns") != stat.st_mtime_ns:
        return None
    return folder


def write_store(graph: PartnershipGraph, path: str | Path, *, derived: Iterable[ox.Triple] = (),
                derived_meta: Mapping | None = None, mirrors: str | Path | None = None) -> int:
    """Write ``graph`` into a new on-disk store at ``path``; returns the triples written.

    ``derived`` (the facts the shipped SPARQL needs, see ``queries.sparql.derived_triples``)
    goes into the named graph :data:`DERIVED`, described by ``derived_meta``.  ``mirrors``
    names the Turtle file written for the same graph (see :func:`store_beside`); its
    triples are bulk-loaded from that file, the faster way in.
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
        if mirrors is not None:  # the same triples, already written: bulk-load the file
            count = store.load_file(mirrors, base=graph.base, derived=derived, derived_meta=derived_meta)
        else:
            count = store.replace(graph, derived=derived, derived_meta=derived_meta)
        if mirrors is not None:
            stat = Path(mirrors).stat()
            store.meta["mirrors"] = {"file": Path(mirrors).name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            store._write_marker()
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
