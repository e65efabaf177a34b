"""The named queries as SPARQL, run with embedded pyoxigraph.

Each named query also exists as a ``.rq`` file in ``queries/sparql/`` (shipped as
package data), so analysts can run it on an exported graph with any SPARQL 1.1
engine.  :func:`sparql_store` loads a graph into a ``pyoxigraph.Store`` with what
those files rely on besides the graph's own triples:

* the theme matches (``skos:closeMatch``/``skos:broadMatch`` and ``pg:ThemeMatch``,
  see :func:`.matching.match_triples`): matching is done in Python, SPARQL reads it;
* every reference theme typed ``pg:ReferenceTheme`` with its ``rdfs:label``;
* each organisation kind's default sectors as ``pg:defaultSector`` (a kind without
  its own takes its broader kind's).

Parameters are never formatted into query text: :func:`run_sparql` passes them as
pyoxigraph substitutions (SEP-0007), which bind a variable the query projects.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("minutes.txt", place="Oxford")
>>> _ = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=Source(d, start=0, end=1))
>>> q = "SELECT ?label WHERE { ?b a pg:Board ; rdfs:label ?label }"  # prefixes are preset
>>> run_sparql(sparql_store(g), q)
[{'label': 'Scrutiny Committee'}]
>>> sorted(named_queries())[:3]
['gaps', 'influence', 'interdependencies']
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from partnergraph.graph import PartnershipGraph, to_triples
from partnergraph.graph.store import GraphStore
from partnergraph.ontology import NODE_TYPES, NS, PREFIXES, RELATIONS, Scheme, concept_iri
from partnergraph.ontology import scheme as shipped_scheme
from partnergraph.ontology.namespaces import RDF, RDFS

from ._common import QueryError, _kind_sectors, kind_lineage_label as _kind_top
from .matching import DEFAULT_THRESHOLD, match_themes, match_triples
from .summary import SummaryRow

__all__ = ["sparql_store", "derived_triples", "scheme_triples", "store_summary", "STORE_SUMMARY", "run_sparql", "named_queries", "read_query", "required_params", "SparqlError"]

_RDF_TYPE = ox.NamedNode(str(RDF.type))
_RDFS_LABEL = ox.NamedNode(str(RDFS.label))
_DEFAULT_SECTOR = ox.NamedNode(NS + "defaultSector")
_LINEAGE_LABEL = ox.NamedNode(NS + "lineageLabel")


class SparqlError(QueryError):
    """A SPARQL query that cannot be read or run; the message names the file."""


def named_queries() -> dict[str, str]:
    """The shipped ``.rq`` files by query name (``overlaps`` -> its text's resource name)."""
    folder = resources.files(__package__).joinpath("sparql")
    return {p.name[:-3]: p.name for p in folder.iterdir() if p.name.endswith(".rq")}


def read_query(name_or_path: str | Path) -> str:
    """The text of a shipped query by name (``overlaps``) or of any ``.rq`` file."""
    name = str(name_or_path)
    shipped = named_queries()
    if name in shipped:
        return resources.files(__package__).joinpath("sparql", shipped[name]).read_text(encoding="utf-8")
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SparqlError(f"{path}: no such query file (shipped queries: {', '.join(sorted(shipped))})") \
            from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SparqlError(f"{path}: cannot read ({exc})") from None


def derived_triples(graph: PartnershipGraph, *, matches: bool = True, scheme: Scheme | None = None,
                    threshold: float = DEFAULT_THRESHOLD) -> list[ox.Triple]:
    """What the shipped queries read besides the graph's own triples (see the module notes),
    sorted: the theme matches, the reference themes and the organisation kinds' facts.

    ``build --store`` writes these into the store's derived graph, so the queries run
    in the store without reading the graph into memory.
    """
    sch = scheme or shipped_scheme("themes")
    triples: set[ox.Triple] = set()
    if matches:
        triples.update(match_triples(graph, match_themes(graph, scheme=sch, threshold=threshold), scheme=sch))
    triples.update(scheme_triples(sch))
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def scheme_triples(scheme: Scheme | None = None) -> list[ox.Triple]:
    """The reference themes (typed and labelled) and, for each organisation kind, its default
    sectors (``pg:defaultSector``, inherited from a broader kind) and the label of the top of
    its lineage (``pg:lineageLabel``: a PCT, a CCG and an ICB all read "NHS commissioner")."""
    sch = scheme or shipped_scheme("themes")
    triples: list[ox.Triple] = []
    for c in sch.concepts:
        iri = ox.NamedNode(concept_iri(sch.name, c.id))
        triples += [ox.Triple(iri, _RDF_TYPE, ox.NamedNode(NS + sch.type)),
                    ox.Triple(iri, _RDFS_LABEL, ox.Literal(c.label))]
    for c in shipped_scheme("kinds").concepts:
        kind = ox.NamedNode(concept_iri("kinds", c.id))
        for sector in _kind_sectors(c.id):
            triples.append(ox.Triple(kind, _DEFAULT_SECTOR, ox.NamedNode(concept_iri("sectors", sector))))
        top = _kind_top(c.id)
        if top:
            triples.append(ox.Triple(kind, _LINEAGE_LABEL, ox.Literal(top)))
    return triples


def sparql_store(graph: PartnershipGraph, *, matches: bool = True, scheme: Scheme | None = None,
                 threshold: float = DEFAULT_THRESHOLD) -> ox.Store:
    """An in-memory pyoxigraph store holding the graph, its theme matches and the scheme facts
    the shipped queries read (see the module notes)."""
    triples = set(to_triples(graph))
    triples.update(derived_triples(graph, matches=matches, scheme=scheme, threshold=threshold))
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return store


#: What :func:`store_summary` asks: nodes by type (``VALUES`` is filled with the drawn types,
#: so the many mentions are never scanned), then links by relation (the store's own graph only).
STORE_SUMMARY = """SELECT ?kind ?name (COUNT(?x) AS ?count) WHERE {
  { ?x a ?t . BIND("node" AS ?kind) VALUES ?t { %s } }
  UNION
  { ?x a pg:Link ; rdf:predicate ?t . BIND("edge" AS ?kind) }
  BIND(STRAFTER(STR(?t), STR(pg:)) AS ?name)
} GROUP BY ?kind ?name""" % " ".join(f"pg:{t}" for t, d in NODE_TYPES.items() if d.drawn)


def store_summary(store) -> list[SummaryRow]:
    """:func:`.summary.summary` answered in an on-disk store by one SPARQL count, without reading the graph.

    Same rows in the same order: node types in ontology order (drawn types only), then
    relations by name.  ``store`` is a :class:`~partnergraph.graph.store.GraphStore`.
    """
    counts = {(r["kind"].value, r["name"].value): int(r["count"].value)
              for r in store.select(STORE_SUMMARY, derived=False)}
    rows = [SummaryRow("node", t, NODE_TYPES[t].plural, counts[("node", t)])
            for t in NODE_TYPES if NODE_TYPES[t].drawn and counts.get(("node", t))]
    rows += [SummaryRow("edge", r, RELATIONS[r].label, counts[("edge", r)])
             for r in sorted(r for k, r in counts if k == "edge" and r in RELATIONS)]
    return rows


def required_params(query: str) -> list[str]:
    """Variables a query says it needs bound, on comment lines ``# requires: ?a ?b``.

    >>> required_params("# requires: ?a ?b\\nSELECT ?a ?b WHERE { ?a ?p ?b }")
    ['a', 'b']
    """
    out: list[str] = []
    for line in query.splitlines():
        text = line.strip()
        if text.startswith("#") and text.lstrip("# ").lower().startswith("requires:"):
            out += [w.lstrip("?$") for w in text.split(":", 1)[1].split() if w.lstrip("?$")]
    return out


def _term(value: object) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    return ox.Literal(str(value))


def run_sparql(store: ox.Store | PartnershipGraph | GraphStore, query: str, *,
               params: Mapping[str, object] | None = None, where: str = "query") -> list[dict]:
    """Run a SPARQL query and return plain rows.

    ``params`` maps variable names to values (strings become literals; pass an
    ``ox.NamedNode`` for an IRI); they are substituted by pyoxigraph, never written
    into the text, and must be projected by the query.  SELECT gives one dict per
    solution (values as strings, ``None`` when unbound); ASK gives ``[{"result": bool}]``;
    CONSTRUCT and DESCRIBE give one dict per triple.  A query that declares
    ``# requires: ?a ?b`` is refused (before running) unless those are given.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("minutes.txt")
    >>> _ = g.add_node("Board", "Full Council", source=Source(d, start=0, end=1))
    >>> q = "SELECT ?b ?name WHERE { ?b rdfs:label ?name }"
    >>> [r["b"].rsplit("/", 1)[1] for r in run_sparql(g, q, params={"name": "Full Council"})]
    ['full-council']
    >>> run_sparql(g, "ASK { ?b a pg:Board }")
    [{'result': True}]
    """
    subs = {ox.Variable(k.lstrip("?$")): _term(v) for k, v in (params or {}).items()}
    missing = [v for v in required_params(query) if ox.Variable(v) not in subs]
    if missing:
        raise SparqlError(f"{where}: needs a value for {', '.join('?' + m for m in missing)} "
                          f"(--param or --param-iri NAME=VALUE)")
    if isinstance(store, PartnershipGraph):
        store = sparql_store(store)
    try:
        if isinstance(store, ox.Store):
            result = store.query(query, prefixes=dict(PREFIXES), substitutions=subs or None)
        else:  # an on-disk GraphStore: the graph and its derived facts
            result = store.query(query, substitutions=subs)
    except SyntaxError as exc:
        raise SparqlError(f"{where}: not valid SPARQL ({' '.join(str(exc).split())})") from None
    except (RuntimeError, OSError) as exc:
        raise SparqlError(f"{where}: {' '.join(str(exc).split())}") from None
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return [{"result": bool(result)}]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return [{n: (_value(s[n]) if s[n] is not None else None) for n in names} for s in result]
    return [{"subject": _value(t.subject), "predicate": _value(t.predicate), "object": _value(t.object)}
            for t in result]


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)
