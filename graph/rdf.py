"""The graph as RDF: a lossless mapping to triples and back, and files in RDF formats.

Nodes become typed resources with ``rdfs:label``, ``skos:altLabel``,
``prov:wasDerivedFrom`` their documents and ``pg:evidence`` one ``pg:Mention`` per
occurrence.  Each edge is a triple plus a ``pg:Link`` (an ``rdf:Statement``) that
carries the edge's own mentions.  Bulk work goes through pyoxigraph (DESIGN.md:
30-40x faster than rdflib for parsing and serialising); :func:`to_rdflib` hands
users an ``rdflib.Graph``.  Triples are sorted, so the same graph always gives
byte-identical files.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import rdflib

from partnergraph.ontology import (
    ATTRIBUTES,
    DEFAULT_BASE,
    NODE_TYPES,
    NS,
    PREFIXES,
    RELATIONS,
    concept_from_iri,
    concept_iri,
)
from partnergraph.ontology.namespaces import PROV, RDF, RDFS, XSD

from .atomic import atomic_path
from .identity import normal_name, short_hash
from .model import PartnershipGraph
from .provenance import Source

__all__ = ["RDF_FORMATS", "iter_triples", "to_triples", "from_triples", "save", "load", "dumps", "loads", "to_rdflib",
           "rdf_format_for", "RdfError"]


class RdfError(ValueError):
    """An RDF file that cannot be read as a partnergraph graph."""


#: File suffixes and the pyoxigraph formats they mean.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD,
}

_RDF, _RDFS, _XSD = str(RDF), str(RDFS), str(XSD)
_PROV_DERIVED = str(PROV.wasDerivedFrom)
_TYPE = ox.NamedNode(_RDF + "type")
_SUBJECT, _PREDICATE, _OBJECT = (ox.NamedNode(_RDF + p) for p in ("subject", "predicate", "object"))
_DERIVED = ox.NamedNode(_PROV_DERIVED)


def _pg(term: str) -> ox.NamedNode:
    return ox.NamedNode(NS + term)


_EVIDENCE, _MENTION, _LINK = _pg("evidence"), _pg("Mention"), _pg("Link")
_TYPE_IRI, _EVIDENCE_IRI, _LINK_IRI = _RDF + "type", NS + "evidence", NS + "Link"
#: Node attributes written as triples, in declaration order (the label is written first, apart).
_NODE_ATTRIBUTES = tuple(a for a in ATTRIBUTES.values() if a.name != "label")
_XSD_TYPES = {"date": _XSD + "date", "decimal": _XSD + "decimal", "integer": _XSD + "integer"}
# Source fields and the predicates that carry them on a Mention.
_SOURCE_FIELDS = (("quote", "quote", None), ("start", "charStart", "integer"), ("end", "charEnd", "integer"),
                  ("file", "sourceFile", None), ("sheet", "sheet", None), ("row", "row", "integer"),
                  ("column", "column", None), ("rule", "rule", None), ("confidence", "confidence", "decimal"))
_MENTION_PREDS = frozenset({NS + "inDocument"} | {NS + term for _, term, _ in _SOURCE_FIELDS})
_LINK_PREDS = frozenset({_RDF + "subject", _RDF + "predicate", _RDF + "object", NS + "relationLabel"})


def rdf_format_for(path: str | Path) -> ox.RdfFormat:
    """The RDF format a file name's suffix means (raises :class:`RdfError` otherwise)."""
    suffix = Path(path).suffix.lower()
    try:
        return RDF_FORMATS[suffix]
    except KeyError:
        raise RdfError(f"{path}: unknown RDF suffix {suffix!r}; use one of {', '.join(RDF_FORMATS)}") from None


def iter_triples(graph: PartnershipGraph) -> Iterator[ox.Triple]:
    """Every triple of the graph, streamed in a stable order.

    Subjects come in identifier order, each with all its triples together (so
    Turtle groups them), followed by its mentions; then each link with its
    mentions.  Streaming keeps a national graph (about 15M triples with their
    provenance) out of memory, and the order needs no global sort.
    """
    iri = graph.iri
    label = ox.NamedNode(_RDFS + "label")
    # State the parent of every type used, so a consumer without the ontology (and SHACL's
    # sh:class) knows a pg:Board is a pg:Organisation.
    subclass = ox.NamedNode(_RDFS + "subClassOf")
    parents = set()
    for type_name in {data["type"] for _, data in graph.nx.nodes(data=True)}:
        parent = NODE_TYPES[type_name].parent
        while parent is not None:
            parents.add((type_name, parent))
            type_name, parent = parent, NODE_TYPES[parent].parent
    for child, parent in sorted(parents):
        yield ox.Triple(_pg(child), subclass, _pg(parent))
    for nid in sorted(graph.nx.nodes):
        data = graph.nx.nodes[nid]
        subject = ox.NamedNode(iri(nid))
        yield ox.Triple(subject, _TYPE, _pg(data["type"]))
        yield ox.Triple(subject, label, ox.Literal(data["label"]))
        for a in _NODE_ATTRIBUTES:
            value = data.get(a.name)
            if value is None:
                continue
            for v in sorted(value) if isinstance(value, (set, list, tuple)) else [value]:
                if v is not None:
                    yield ox.Triple(subject, ox.NamedNode(a.predicate), _value_term(graph, a, v))
        # A free link (relatedTo) may join the same pair twice with other wordings: one triple.
        out_edges = sorted({(d["relation"], o) for _, o, d in graph.nx.out_edges(nid, data=True)})
        for rel, o in out_edges:
            yield ox.Triple(subject, _pg(rel), ox.NamedNode(iri(o)))
        yield from _source_triples(graph, subject, nid, data["sources"],
                                   with_derivation=data["type"] != "Document")
    for s, o, key in sorted(graph.nx.edges(keys=True)):
        data = graph.nx.edges[s, o, key]
        rel = _pg(data["relation"])
        link = ox.NamedNode(iri(f"link/{short_hash(s + ' ' + key + ' ' + o, 16)}"))
        yield ox.Triple(link, _TYPE, _LINK)
        yield ox.Triple(link, _SUBJECT, ox.NamedNode(iri(s)))
        yield ox.Triple(link, _PREDICATE, rel)
        yield ox.Triple(link, _OBJECT, ox.NamedNode(iri(o)))
        if data.get("relation_label"):
            yield ox.Triple(link, _pg("relationLabel"), ox.Literal(data["relation_label"]))
        yield from _source_triples(graph, link, f"{s} {key} {o}", data["sources"], with_derivation=False)


def to_triples(graph: PartnershipGraph) -> list[ox.Triple]:
    """Every triple of the graph, as a list, in the order of :func:`iter_triples`."""
    return list(iter_triples(graph))


def from_triples(triples: Iterable[ox.Triple], *, base: str | None = DEFAULT_BASE,
                 where: str = "graph") -> PartnershipGraph:
    """Rebuild a :class:`PartnershipGraph` from the triples :func:`iter_triples` writes.

    One pass keeps only what the model needs (types, attributes, evidence, the
    fields of mentions and links) and skips what it can derive (edge triples,
    ``prov:wasDerivedFrom``), so a large file is read without holding every
    triple.  ``base=None`` reads the instance base off the documents' IRIs.
    """
    types: dict[str, list[str]] = defaultdict(list)
    values: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    evidence: dict[str, list[str]] = defaultdict(list)
    mention_fields: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    link_fields: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    links: set[str] = set()
    documents: list[str] = []
    type_iris = {NS + name: name for name in NODE_TYPES}
    attribute_preds = {a.predicate for a in ATTRIBUTES.values()}
    intern = sys.intern
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        subj, pred, obj = intern(t.subject.value), t.predicate.value, t.object
        if pred == _TYPE_IRI:
            name = type_iris.get(obj.value)
            if obj.value == _LINK_IRI:
                links.add(subj)
            elif name is not None and NODE_TYPES[name].drawn:
                types[subj].append(name)
                if name == "Document":
                    documents.append(subj)
        elif pred == _EVIDENCE_IRI:
            evidence[subj].append(intern(obj.value))
        elif pred in _MENTION_PREDS:
            mention_fields[subj][pred].append(obj.value)
        elif pred in _LINK_PREDS:
            link_fields[subj][pred].append(obj.value)
        elif pred in attribute_preds:
            values[subj][pred].append(obj)
    if base is None:
        base = _base_of(documents)
    graph = PartnershipGraph(base=base)
    local = graph.local_id
    mentions: dict[str, Source] = {}
    pred_to_attr = {a.predicate: a for a in ATTRIBUTES.values()}

    def source_of(mention_iri: str) -> Source:
        if mention_iri not in mentions:
            props = mention_fields.get(mention_iri)
            if not props or not props.get(NS + "inDocument"):
                raise RdfError(f"{where}: mention {mention_iri} has no pg:inDocument")
            fields = {"document": local(min(props[NS + "inDocument"]))}
            for field, term, kind in _SOURCE_FIELDS:
                found = props.get(NS + term)
                if found:
                    fields[field] = _literal_value(min(found), kind)
            mentions[mention_iri] = Source(**fields)
        return mentions[mention_iri]

    for subj in sorted(types):
        props = values.get(subj, {})
        labels = props.get(_RDFS + "label")
        data: dict = {"type": max(types[subj], key=_depth),  # typed twice: the most specific
                      "label": min(o.value for o in labels) if labels else local(subj),
                      "aliases": set(), "place": None, "sources": set()}
        for pred, objs in props.items():
            a = pred_to_attr[pred]
            if a.name == "label":
                continue
            found = [_attribute_value(graph, a, o) for o in objs]
            data[a.name] = set(found) if a.many else sorted(found, key=str)[0]
        data["sources"] = {source_of(m) for m in evidence.get(subj, ())}
        graph.nx.add_node(local(subj), **data)
    for subj in sorted(links):
        props = link_fields.get(subj, {})
        s, p, o = (min(props[_RDF + x]) if props.get(_RDF + x) else None for x in ("subject", "predicate", "object"))
        if s is None or p is None or o is None or not p.startswith(NS):
            raise RdfError(f"{where}: link {subj} lacks its subject, predicate or object")
        rel = p[len(NS):]
        if rel not in RELATIONS:
            raise RdfError(f"{where}: link {subj} uses unknown relation {p}")
        s_id, o_id = local(s), local(o)
        if s_id not in graph.nx or o_id not in graph.nx:
            raise RdfError(f"{where}: link {subj} joins a node the file does not describe")
        wordings = props.get(NS + "relationLabel")
        wording = min(wordings) if wordings else None
        key = rel if wording is None else f"{rel}:{normal_name(wording)}"
        graph.nx.add_edge(s_id, o_id, key=key, relation=rel, sources={source_of(m) for m in evidence.get(subj, ())})
        if wording is not None:
            graph.nx.edges[s_id, o_id, key]["relation_label"] = wording
    graph._reindex()
    return graph


def dumps(graph: PartnershipGraph, format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """The graph serialised in one RDF format, as bytes."""
    return ox.serialize(iter_triples(graph), format=format, prefixes=dict(sorted(PREFIXES.items())))


def loads(data: bytes, format: ox.RdfFormat = ox.RdfFormat.TURTLE, *, base: str | None = None,
          where: str = "graph") -> PartnershipGraph:
    """Parse bytes written by :func:`dumps`; the instance base is read from the data unless given."""
    return from_triples(_parsed(ox.parse(data, format=format), format, where), base=base, where=where)


def save(graph: PartnershipGraph, path: str | Path, *, format: ox.RdfFormat | None = None) -> Path:
    """Write the graph to ``path`` atomically (temporary file, then rename)."""
    path = Path(path)
    fmt = format or rdf_format_for(path)
    with atomic_path(path) as tmp:
        # Streamed straight to the file: the triples are never all in memory at once.
        ox.serialize(iter_triples(graph), str(tmp), format=fmt, prefixes=dict(sorted(PREFIXES.items())))
    return path


def load(path: str | Path, *, format: ox.RdfFormat | None = None, base: str | None = None
         ) -> PartnershipGraph:
    """Read a graph file written by :func:`save` (raises :class:`RdfError` with the file name)."""
    path = Path(path)
    fmt = format or rdf_format_for(path)
    if not path.is_file():
        raise RdfError(f"{path}: cannot read (no such file)")
    try:
        # Parsed as a stream from the file: a large graph is never in memory as text.
        quads = ox.parse(path=str(path), format=fmt)
    except OSError as exc:
        raise RdfError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return from_triples(_parsed(quads, fmt, str(path)), base=base, where=str(path))


def to_rdflib(graph: PartnershipGraph) -> rdflib.Graph:
    """The graph as an :class:`rdflib.Graph`, for users who work in rdflib."""
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.parse(data=dumps(graph, ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


# -- private ------------------------------------------------------------------------------


def _source_triples(graph: PartnershipGraph, subject: ox.NamedNode, about: str,
                    sources: Iterable[Source], *, with_derivation: bool) -> Iterator[ox.Triple]:
    """The subject's derivation and evidence triples, then each mention's own triples."""
    ordered = sorted(sources)
    if with_derivation:
        for doc in sorted({src.document for src in ordered}):
            yield ox.Triple(subject, _DERIVED, ox.NamedNode(graph.iri(doc)))
    mentions = [(ox.NamedNode(graph.iri(f"mention/{short_hash(about + repr(src), 16)}")), src) for src in ordered]
    for mention, _ in mentions:
        yield ox.Triple(subject, _EVIDENCE, mention)
    for mention, src in mentions:
        yield ox.Triple(mention, _TYPE, _MENTION)
        yield ox.Triple(mention, _pg("inDocument"), ox.NamedNode(graph.iri(src.document)))
        for field, term, kind in _SOURCE_FIELDS:
            value = getattr(src, field)
            if value is None or (field == "quote" and value == ""):
                continue
            yield ox.Triple(mention, _pg(term), _literal(value, kind))


def _value_term(graph: PartnershipGraph, a, value):
    if a.value == "iri":
        return ox.NamedNode(graph.iri(value))
    if a.value == "concept":
        return ox.NamedNode(value if "://" in value else concept_iri(a.scheme, value))
    return _literal(value, a.value if a.value in _XSD_TYPES else None)


def _literal(value, kind: str | None) -> ox.Literal:
    if kind == "date":
        v = str(value)
        dt = {4: "gYear", 7: "gYearMonth"}.get(len(v), "date")
        return ox.Literal(v, datatype=ox.NamedNode(_XSD + dt))
    if kind == "decimal":
        return ox.Literal(format(Decimal(str(value)).quantize(Decimal("0.01")), "f"),
                          datatype=ox.NamedNode(_XSD_TYPES["decimal"]))
    if kind == "integer":
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD_TYPES["integer"]))
    return ox.Literal(str(value))


def _literal_value(text: str, kind: str | None):
    if kind == "integer":
        return int(text)
    if kind == "decimal":
        return float(text)
    return text


def _attribute_value(graph: PartnershipGraph, a, term):
    if a.value == "iri":
        return graph.local_id(term.value)
    if a.value == "concept":
        c = concept_from_iri(term.value)
        return c.id if c is not None else term.value
    return _literal_value(term.value, a.value if a.value in ("integer", "decimal") else None)


def _depth(type_name: str) -> int:
    depth, parent = 0, NODE_TYPES[type_name].parent
    while parent is not None:
        depth, parent = depth + 1, NODE_TYPES[parent].parent
    return depth


def _parsed(quads: Iterable[ox.Quad], format: ox.RdfFormat, where: str) -> Iterator[ox.Triple]:
    """The triples of a parse, with a syntax error turned into an :class:`RdfError` naming the file."""
    try:
        for quad in quads:
            yield quad.triple
    except (SyntaxError, ValueError) as exc:
        name = {"TURTLE": "Turtle", "N_TRIPLES": "N-Triples", "JSON_LD": "JSON-LD"}.get(format.name, format.name)
        raise RdfError(f"{where}: not valid {name} ({_first_line(exc)})") from None
    except OSError as exc:
        raise RdfError(f"{where}: cannot read ({exc.strerror or exc})") from None


def _base_of(documents: Iterable[str]) -> str:
    """The instance base of a graph: what precedes ``document/`` in its documents' IRIs."""
    marker = "/" + NODE_TYPES["Document"].id_prefix + "/"
    for iri in sorted(documents):
        if marker in iri:
            return iri[: iri.rindex(marker) + 1]
    return DEFAULT_BASE


def _infer_base(triples: Iterable[ox.Triple]) -> str:
    """:func:`_base_of` the documents typed in ``triples``."""
    return _base_of(t.subject.value for t in triples if t.predicate == _TYPE and t.object.value == NS + "Document")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
