"""RDF exporters: Turtle, N-Triples, JSON-LD (compacted with the published context) and TriG.

All four write the triples of :func:`partnergraph.graph.rdf.iter_triples` (in a stable
order, so the same graph always gives the same bytes) and read back to an isomorphic graph.
TriG puts each triple into the named graph of the source document it came from
(the graph's name is the document's IRI); a triple read in two documents is in
both graphs, and the union of the graphs is the whole graph.

JSON-LD is compacted by hand with the context shipped as ``context.jsonld``
beside this module (published at :data:`CONTEXT_URL`): terms for every type,
relation and attribute, node identifiers relative to the instance base.  The
document carries the context inline, followed by ``{"@base": ...}``, so it
parses offline.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from partnergraph.ontology import ATTRIBUTES, NODE_TYPES, NS, ONTOLOGY_IRI, PREFIXES, RELATIONS
from partnergraph.ontology.namespaces import PROV, RDF, RDFS, XSD
from partnergraph.ontology.vocabulary import PROVENANCE_TERMS

from ..atomic import atomic_path
from ..model import PartnershipGraph
from ..rdf import RdfError, from_triples, iter_triples, loads, to_triples
from . import Exporter, register

__all__ = ["sorted_prefixes", "CONTEXT_URL", "CONTEXT_FILE", "context", "build_context", "to_jsonld", "to_quads",
           "TurtleExporter", "NTriplesExporter", "JsonLdExporter", "TriGExporter"]

#: Where the JSON-LD context is published: beside the ontology (``.../partnergraph/context.jsonld``).
CONTEXT_URL = ONTOLOGY_IRI.rsplit("/", 1)[0] + "/context.jsonld"
#: The shipped copy of the context (package data beside this module).
CONTEXT_FILE = "context.jsonld"

_RDF, _RDFS, _XSD, _PROV = str(RDF), str(RDFS), str(XSD), str(PROV)
_STRING = _XSD + "string"
_LANG_STRING = _RDF + "langString"
_TYPE = _RDF + "type"
# A node identifier that may be written relative to the base without being misread.
_RELATIVE_SAFE = re.compile(r"^[A-Za-z0-9._~-][A-Za-z0-9._~/-]*$")


class _RdfFileExporter(Exporter):
    format: ox.RdfFormat
    readable = True

    def dumps(self, graph: PartnershipGraph) -> bytes:
        return sorted_prefixes(ox.serialize(self._triples(graph), format=self.format, prefixes=PREFIXES))

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        # Serialised straight into the temporary file, never held as one bytes object:
        # a national graph is 1.6 GB of Turtle, which in memory cost +8.4 GB (bench).
        with atomic_path(out) as tmp:
            ox.serialize(self._triples(graph), str(tmp), format=self.format, prefixes=PREFIXES)
            _sort_prefix_lines(tmp)
        return [out]

    def read(self, out: Path) -> PartnershipGraph:
        return loads(Path(out).read_bytes(), self.format, where=str(out))

    def _triples(self, graph: PartnershipGraph) -> Iterable[ox.Triple] | Iterable[ox.Quad]:
        return iter_triples(graph)


@register
class TurtleExporter(_RdfFileExporter):
    name = "turtle"
    suffixes = (".ttl",)
    format = ox.RdfFormat.TURTLE
    description = "Turtle: the graph's own format, with prefixes; diffs well."


@register
class NTriplesExporter(_RdfFileExporter):
    name = "ntriples"
    suffixes = (".nt",)
    format = ox.RdfFormat.N_TRIPLES
    description = "N-Triples: one triple a line, for bulk loaders and grep."



@register
class JsonLdExporter(_RdfFileExporter):
    name = "jsonld"
    suffixes = (".jsonld", ".json-ld")
    format = ox.RdfFormat.JSON_LD
    description = "JSON-LD compacted with the published partnergraph @context."

    def dumps(self, graph: PartnershipGraph) -> bytes:
        return (json.dumps(to_jsonld(graph), indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        # The same bytes as dumps(), written node by node: each node is turned into its
        # JSON text as soon as its triples are read, so only that text is held (about the
        # file's size) rather than every node's dictionary (+12 GB at national scale).
        with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for piece in _jsonld_pieces(graph):
                f.write(piece)
        return [out]


@register
class TriGExporter(_RdfFileExporter):
    name = "trig"
    suffixes = (".trig",)
    format = ox.RdfFormat.TRIG
    description = "TriG: one named graph per source document."

    def _triples(self, graph: PartnershipGraph) -> list[ox.Quad]:
        return to_quads(graph)

    def read(self, out: Path) -> PartnershipGraph:
        try:
            quads = list(ox.parse(path=str(out), format=self.format))
        except (SyntaxError, ValueError) as exc:
            raise RdfError(f"{out}: not valid TriG ({exc})") from None
        triples = sorted({q.triple for q in quads}, key=str)
        return from_triples(triples, base=None, where=str(out))


def sorted_prefixes(data: bytes) -> bytes:
    """Serialised Turtle or TriG with its leading ``@prefix`` lines in alphabetical order.

    pyoxigraph writes prefixes in its own hash order; sorting them keeps files diffable
    whatever the library version.
    """
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def _sort_prefix_lines(path: Path) -> None:
    """Put the leading ``@prefix`` lines of a written file in order, as :func:`sorted_prefixes` does.

    Only the header is read; the file is rewritten (streamed) only when its
    prefixes are out of order.
    """
    with open(path, "rb") as f:
        header = []
        line = f.readline()
        while line.startswith(b"@prefix "):
            header.append(line)
            line = f.readline()
        if header == sorted(header):
            return
        rest = f.tell() - len(line)
        with open(path.with_name(path.name + ".sorted"), "wb") as out:
            out.writelines(sorted(header))
            f.seek(rest)
            shutil.copyfileobj(f, out, 1 << 20)
    os.replace(path.with_name(path.name + ".sorted"), path)


# -- TriG ---------------------------------------------------------------------------------


def to_quads(graph: PartnershipGraph) -> list[ox.Quad]:
    """The graph's triples, each in the named graph of every document it was read from.

    A mention belongs to its document; a node or link to the documents of its
    mentions; an edge triple to the documents of its link; a document to itself.
    Triples about nothing sourced stay in the default graph.
    """
    triples = to_triples(graph)
    mention_doc: dict[ox.NamedNode, ox.NamedNode] = {}
    evidence: dict[ox.NamedNode, set] = defaultdict(set)
    link_of: dict[tuple, ox.NamedNode] = {}
    link_parts: dict[ox.NamedNode, dict[str, Any]] = defaultdict(dict)
    documents: set = set()
    for t in triples:
        p = t.predicate.value
        if p == NS + "inDocument":
            mention_doc[t.subject] = t.object
        elif p == NS + "evidence":
            evidence[t.subject].add(t.object)
        elif p in (_RDF + "subject", _RDF + "predicate", _RDF + "object"):
            link_parts[t.subject][p] = t.object
        elif p == _TYPE and t.object.value == NS + "Document":
            documents.add(t.subject)
    for link, parts in link_parts.items():
        if len(parts) == 3:
            link_of[(parts[_RDF + "subject"], parts[_RDF + "predicate"], parts[_RDF + "object"])] = link

    def docs_of(subject) -> set:
        if subject in mention_doc:
            return {mention_doc[subject]}
        found = {mention_doc[m] for m in evidence.get(subject, ()) if m in mention_doc}
        if subject in documents:
            found.add(subject)
        return found

    quads = []
    for t in triples:
        link = link_of.get((t.subject, t.predicate, t.object))
        graphs = docs_of(link) if link is not None else docs_of(t.subject)
        if not graphs:
            quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
        for g in graphs:
            quads.append(ox.Quad(t.subject, t.predicate, t.object, g))
    quads.sort(key=lambda q: ("" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value,
                              str(q.subject), str(q.predicate), str(q.object)))
    return quads


# -- JSON-LD ------------------------------------------------------------------------------


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def build_context() -> dict[str, Any]:
    """The partnergraph JSON-LD context, generated from the ontology's declarations.

    The shipped ``context.jsonld`` is this dictionary; a test keeps the two equal.
    """
    terms: dict[str, Any] = dict(sorted(PREFIXES.items()))
    terms["id"] = "@id"
    terms["type"] = "@type"
    for name in NODE_TYPES:
        terms[name] = f"pg:{name}"
    for name in RELATIONS:
        terms[name] = {"@id": f"pg:{name}", "@type": "@id"}
    datatypes = {"integer": "xsd:integer", "decimal": "xsd:decimal"}
    for a in ATTRIBUTES.values():
        term: dict[str, Any] = {"@id": _curie(a.predicate)}
        if a.value in ("iri", "concept"):
            term["@type"] = "@id"
        elif a.value in datatypes:
            term["@type"] = datatypes[a.value]
        if a.many:
            term["@container"] = "@set"
        terms[_camel(a.name)] = term
    provenance = {"evidence": {"@type": "@id", "@container": "@set"}, "inDocument": {"@type": "@id"},
                  "charStart": {"@type": "xsd:integer"}, "charEnd": {"@type": "xsd:integer"},
                  "row": {"@type": "xsd:integer"}, "confidence": {"@type": "xsd:decimal"},
                  "linkRelation": {"@type": "@id"}}
    for name in PROVENANCE_TERMS:
        if name in terms:
            continue
        extra = provenance.get(name)
        terms[name] = {"@id": f"pg:{name}", **extra} if extra else f"pg:{name}"
    terms["wasDerivedFrom"] = {"@id": "prov:wasDerivedFrom", "@type": "@id", "@container": "@set"}
    terms["subject"] = {"@id": "rdf:subject", "@type": "@id"}
    terms["predicate"] = {"@id": "rdf:predicate", "@type": "@vocab"}
    terms["object"] = {"@id": "rdf:object", "@type": "@id"}
    return {"@context": {"@version": 1.1, **terms}}


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The shipped JSON-LD context (``context.jsonld``, package data)."""
    text = resources.files(__package__).joinpath(CONTEXT_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _term_index() -> tuple[dict[str, tuple[str, dict]], dict[str, str]]:
    """Predicate IRI -> (term, definition) and class IRI -> term, from the shipped context."""
    ctx = context()["@context"]
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def expand(curie: str) -> str:
        prefix, _, local = curie.partition(":")
        return prefixes[prefix] + local if prefix in prefixes else curie

    predicates: dict[str, tuple[str, dict]] = {}
    classes: dict[str, str] = {}
    for term, definition in ctx.items():
        if term.startswith("@") or term in prefixes or term in ("id", "type"):
            continue
        if isinstance(definition, str):
            iri = expand(definition)
            if term[:1].isupper():
                classes[iri] = term
            else:
                predicates.setdefault(iri, (term, {}))
        else:
            d = dict(definition)
            if "@type" in d and d["@type"] not in ("@id", "@vocab"):
                d["@type"] = expand(d["@type"])
            predicates.setdefault(expand(d["@id"]), (term, d))
    return predicates, classes


def _curie(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda x: -len(x[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_jsonld(graph: PartnershipGraph, triples: Iterable[ox.Triple] | None = None) -> dict[str, Any]:
    """The graph as a compacted JSON-LD document (a dict), with node ids relative to its base."""
    nodes = sorted(_jsonld_nodes(graph, triples, lambda node: node), key=lambda n: n[0])
    return {"@context": _jsonld_context(graph), "@graph": [n for _, n in nodes]}


def _jsonld_context(graph: PartnershipGraph) -> list[dict[str, Any]]:
    return [context()["@context"], {"@base": graph.base}]


def _jsonld_pieces(graph: PartnershipGraph) -> Iterator[str]:
    """The text of ``json.dumps(to_jsonld(graph), indent=2) + "\\n"``, in pieces.

    Each node is rendered on its own and indented to its depth in ``@graph``
    (JSON strings hold no raw newline, so indenting line by line is exact).
    """
    nodes = sorted(_jsonld_nodes(graph, None, lambda node: json.dumps(node, indent=2, ensure_ascii=False)
                                 .replace("\n", "\n    ")), key=lambda n: n[0])
    if not nodes:
        yield json.dumps({"@context": _jsonld_context(graph), "@graph": []}, indent=2, ensure_ascii=False) + "\n"
        return
    head = json.dumps({"@context": _jsonld_context(graph)}, indent=2, ensure_ascii=False)
    yield head[:-2] + ',\n  "@graph": [\n'
    for i, (_, text) in enumerate(nodes):
        yield ("    " if i == 0 else ",\n    ") + text
    yield "\n  ]\n}\n"


def _jsonld_nodes(graph: PartnershipGraph, triples: Iterable[ox.Triple] | None,
                  finish: Callable[[dict[str, Any]], Any]) -> list[tuple[str, Any]]:
    """(subject IRI, ``finish(node)``) for every subject, in the order the triples come."""
    predicates, classes = _term_index()
    base = graph.base

    def ref(iri: str) -> str:
        if iri.startswith(base) and _RELATIVE_SAFE.match(iri[len(base):]):
            return iri[len(base):]
        curie = _curie(iri)
        return curie if curie != iri and _RELATIVE_SAFE.match(curie.partition(":")[2] or "-") else iri

    # One subject at a time (the triples come grouped by subject), so only the output is held.
    nodes: list[tuple[str, Any]] = []
    stream = triples if triples is not None else iter_triples(graph)
    for subject, group in groupby(stream, key=lambda t: t.subject):
        props: dict[str, list] = {}
        for t in group:
            props.setdefault(t.predicate.value, []).append(t.object)
        if nodes and nodes[-1][0] == subject.value:
            raise ValueError("to_jsonld needs the triples grouped by subject (as iter_triples gives them)")
        nodes.append((subject.value, finish(_node(subject.value, props, predicates, classes, ref))))
    return nodes


def _node(subject: str, props: dict[str, list], predicates: dict, classes: dict, ref) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": ref(subject)}
    types = sorted(classes.get(o.value) or _curie(o.value) for o in props.pop(_TYPE, []))
    if types:
        node["@type"] = types[0] if len(types) == 1 else types
    entries = []
    for predicate, objects in props.items():
        term, definition = predicates.get(predicate, (None, {}))
        values = sorted((_value(o, definition, ref) for o in objects), key=_value_key)
        if term is None:
            term, many = _curie(predicate), len(values) > 1
        else:
            many = definition.get("@container") == "@set" or len(values) > 1
        entries.append((term, values if many else values[0]))
    node.update(sorted(entries))
    return node


def _value_key(value: Any) -> tuple[int, str]:
    if isinstance(value, str):
        return (0, value)
    return (1, json.dumps(value, sort_keys=True, ensure_ascii=False))


def _value(term: ox.NamedNode | ox.Literal | ox.BlankNode, definition: dict, ref) -> Any:
    kind = definition.get("@type")
    if isinstance(term, ox.NamedNode):
        if kind == "@id":
            return ref(term.value)
        if kind == "@vocab":
            return _curie(term.value)
        return {"@id": ref(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    datatype = term.datatype.value
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if kind is None and datatype == _STRING:
        return term.value
    if kind == datatype:
        return term.value
    return {"@value": term.value, "@type": _curie(datatype)}
