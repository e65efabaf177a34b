"""Linked data in: our own exports, and councils' open data in the W3C ORG vocabulary or Popolo.

Two kinds of file are read (Turtle, N-Triples, JSON-LD, TriG):

- **partnergraph's own graphs** (``build`` output, ``export`` in an RDF format),
  recognised by their ``pg:Mention`` provenance: read losslessly, every original
  source kept.
- **ORG / Popolo data**: organisations (``org:Organization`` and its subclasses),
  people (``foaf:Person``, ``schema:Person``), posts (``org:Post``) and
  memberships (``org:Membership``, ``org:memberOf``), with ``org:subOrganizationOf``,
  ``org:postIn``, ``org:holds``, ``org:reportsTo`` and ``org:headOf``.  Each node and
  edge gets a :class:`Source` in a Document for the file, whose ``row`` is the
  number of the triple that said it (in file order), whose quote is that triple in
  N-Triples, and whose rule is ``linked-data``.

The whole file is read into a graph of its own first; only when that succeeds is
it merged, so a bad file adds nothing.  Links the ontology does not allow (a
post that is a member of a person) are skipped with a warning.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from partnergraph.graph import GraphError, PartnershipGraph, ProvenanceError, RdfError, Source
from partnergraph.graph.rdf import from_triples
from partnergraph.ontology import NS, lookup
from partnergraph.ontology.namespaces import DCTERMS, FOAF, ORG, POPOLO, RDF, RDFS, SCHEMA, SCHEMA_HTTP, SKOS

from .registry import LoadContext, LoadError, Loader, register

__all__ = ["LinkedDataLoader", "load_linked_data", "LINKED_DATA_SUFFIXES"]

LINKED_DATA_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
}

_RDF, _RDFS, _ORG, _FOAF, _SKOS = str(RDF), str(RDFS), str(ORG), str(FOAF), str(SKOS)
_SCHEMA, _SCHEMA_HTTP, _DCT, _POPOLO = str(SCHEMA), str(SCHEMA_HTTP), str(DCTERMS), str(POPOLO)
_TYPE = _RDF + "type"

# Classes and the node type they become (the more specific wins when a resource has several).
_CLASSES: dict[str, str] = {
    _ORG + "Organization": "Organisation",
    _ORG + "FormalOrganization": "Organisation",
    _ORG + "OrganizationalUnit": "Organisation",
    _ORG + "OrganizationalCollaboration": "Partnership",
    _FOAF + "Organization": "Organisation",
    _SCHEMA + "Organization": "Organisation",
    _SCHEMA_HTTP + "Organization": "Organisation",
    _SCHEMA + "GovernmentOrganization": "Organisation",
    _SCHEMA_HTTP + "GovernmentOrganization": "Organisation",
    _FOAF + "Person": "Person",
    _SCHEMA + "Person": "Person",
    _SCHEMA_HTTP + "Person": "Person",
    _ORG + "Post": "Post",
}
_SPECIFIC = {"Partnership": 2, "Organisation": 1, "Person": 1, "Post": 1}
_LABELS = (_SKOS + "prefLabel", _RDFS + "label", _FOAF + "name", _SCHEMA + "name", _SCHEMA_HTTP + "name",
           _DCT + "title")
_ALIASES = (_SKOS + "altLabel", _POPOLO + "otherName", _ORG + "identifier", _SCHEMA + "alternateName",
            _SCHEMA_HTTP + "alternateName")
_PLACES = (_DCT + "spatial", _SCHEMA + "areaServed", _SCHEMA_HTTP + "areaServed", _POPOLO + "area")
# Direct links: predicate -> (relation, reversed?)
_LINKS: dict[str, tuple[str, bool]] = {
    _ORG + "memberOf": ("memberOf", False),
    _ORG + "hasMember": ("memberOf", True),
    _ORG + "subOrganizationOf": ("subOrganisationOf", False),
    _ORG + "unitOf": ("subOrganisationOf", False),
    _ORG + "hasSubOrganization": ("subOrganisationOf", True),
    _ORG + "hasUnit": ("subOrganisationOf", True),
    _ORG + "postIn": ("postIn", False),
    _ORG + "hasPost": ("postIn", True),
    _ORG + "holds": ("holdsPost", False),
    _ORG + "heldBy": ("holdsPost", True),
    _ORG + "reportsTo": ("reportsTo", False),
    _ORG + "headOf": ("leads", False),
}


@register
class LinkedDataLoader(Loader):
    """Reads RDF files: partnergraph's own graphs, and ORG / Popolo organisations, posts and memberships."""

    name = "linked-data"
    suffixes = tuple(LINKED_DATA_SUFFIXES)
    phase = 30
    description = "linked data: partnergraph graphs and ORG/Popolo data (.ttl .nt .jsonld .trig)"

    def load(self, path: Path, graph: PartnershipGraph, *, context: LoadContext) -> None:
        load_linked_data(path, graph, warn=context.warn)


def load_linked_data(path: str | Path, graph: PartnershipGraph, *, warn=lambda message: None) -> None:
    """Read one RDF file into ``graph`` (raises :class:`LoadError` naming the file and the problem)."""
    path = Path(path)
    fmt = LINKED_DATA_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise LoadError(f"{path.name}: not a linked-data file (use {', '.join(LINKED_DATA_SUFFIXES)})")
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    except (SyntaxError, ValueError) as exc:
        raise LoadError(f"{path.name}: not valid {fmt.name} ({_first_line(exc)})") from None
    # A triple in several named graphs (TriG) counts once, at its first position.
    triples = list(dict.fromkeys(q.triple for q in quads))
    if not triples:
        raise LoadError(f"{path.name}: no triples")
    if any(t.predicate.value == NS + "evidence" for t in triples):
        staging = _own_graph(path, triples)
    else:
        staging = _org_graph(path, triples, graph.base, warn)
    graph.merge(staging)


def _own_graph(path: Path, triples: list[ox.Triple]) -> PartnershipGraph:
    # Identifiers are read relative to the file's own instance base, so a body exported under
    # another base merges with the same body here (identity is the path, not the host).
    try:
        return from_triples(triples, base=None, where=path.name)
    except (RdfError, ProvenanceError, GraphError, ValueError) as exc:
        raise LoadError(f"{path.name}: {exc}") from None


@dataclass
class _Resource:
    iri: str
    types: set[str]
    props: dict[str, list[tuple[int, ox.Triple]]]

    def first(self, predicates: tuple[str, ...]) -> tuple[int, ox.Triple] | None:
        for p in predicates:
            values = [v for v in self.props.get(p, []) if isinstance(v[1].object, ox.Literal)]
            if values:
                english = [v for v in values if v[1].object.language in (None, "", "en", "en-gb", "en-GB")]
                return sorted(english or values, key=lambda v: v[0])[0]
        return None


def _org_graph(path: Path, triples: list[ox.Triple], base: str, warn) -> PartnershipGraph:
    staging = PartnershipGraph(base=base)
    doc = staging.add_document(path.name, title=path.name, kind="linked data")
    staging.add_source(doc, Source(doc, file=path.name, start=0, end=0, rule="linked-data"))
    resources: dict[str, _Resource] = {}
    for index, t in enumerate(triples, start=1):
        if isinstance(t.subject, ox.Triple):
            continue
        r = resources.setdefault(t.subject.value, _Resource(t.subject.value, set(), defaultdict(list)))
        r.props[t.predicate.value].append((index, t))
        if t.predicate.value == _TYPE and isinstance(t.object, ox.NamedNode):
            r.types.add(t.object.value)

    def source(index: int, triple: ox.Triple) -> Source:
        return Source(doc, quote=_quote(triple), file=path.name, row=index, rule="linked-data")

    def label_of(iri: str) -> str | None:
        r = resources.get(iri)
        found = r.first(_LABELS) if r else None
        return found[1].object.value if found else None

    def place_of(r: _Resource) -> str | None:
        for p in _PLACES:
            for _, t in sorted(r.props.get(p, []), key=lambda v: v[0]):
                if isinstance(t.object, ox.Literal):
                    return t.object.value
                name = label_of(t.object.value)
                if name:
                    return name
        return None

    nodes: dict[str, str] = {}  # resource IRI -> node id
    places: dict[str, str | None] = {}
    posts = []
    for iri in sorted(resources):
        r = resources[iri]
        kinds = sorted({_CLASSES[c] for c in r.types if c in _CLASSES}, key=lambda k: -_SPECIFIC[k])
        if not kinds:
            continue
        type_name = kinds[0]
        found = r.first(_LABELS)
        if found is None:
            warn(f"{path.name}: {iri} has no label (skos:prefLabel, rdfs:label, foaf:name); skipped")
            continue
        index, triple = found
        type_index = min(i for i, t in r.props[_TYPE] if t.object.value in _CLASSES)
        aliases = [t.object.value for p in _ALIASES for _, t in sorted(r.props.get(p, []), key=lambda v: v[0])
                   if isinstance(t.object, ox.Literal)]
        attrs = {}
        if type_name != "Person" and type_name != "Post":
            kind = _classification(r, label_of)
            if kind is not None:
                attrs["kind"] = kind.id
                if kind.type in ("Board", "Partnership") and type_name == "Organisation":
                    type_name = kind.type
        if type_name == "Post":
            posts.append((iri, r, index, triple, aliases, type_index))
            continue
        place = place_of(r)
        places[iri] = place
        try:
            nid = staging.add_node(type_name, triple.object.value, source=source(index, triple), place=place,
                                   aliases=aliases, **attrs)
        except (GraphError, ProvenanceError) as exc:
            raise LoadError(f"{path.name}: triple {index}: {exc}") from None
        staging.add_source(nid, source(type_index, r.props[_TYPE][0][1]))
        nodes[iri] = nid
    for iri, r, index, triple, aliases, _ in posts:
        # A post is scoped by the place of the body it is in.
        body = next((t.object.value for _, t in r.props.get(_ORG + "postIn", [])), None)
        place = place_of(r) or places.get(body or "")
        nodes[iri] = staging.add_node("Post", triple.object.value, source=source(index, triple), place=place,
                                      aliases=aliases)

    def link(subject_iri: str, rel: str, object_iri: str, index: int, triple: ox.Triple) -> None:
        s, o = nodes.get(subject_iri), nodes.get(object_iri)
        if s is None or o is None:
            warn(f"{path.name}: triple {index}: {_quote(triple)} links a resource that is not an "
                 f"organisation, person or post with a label; skipped")
            return
        try:
            staging.add_edge(s, rel, o, source=source(index, triple))
        except GraphError as exc:
            warn(f"{path.name}: triple {index}: {exc}; skipped")

    for iri in sorted(resources):
        r = resources[iri]
        for predicate, (rel, reverse) in _LINKS.items():
            for index, t in r.props.get(predicate, []):
                if isinstance(t.object, ox.NamedNode):
                    a, b = (t.object.value, iri) if reverse else (iri, t.object.value)
                    link(a, rel, b, index, t)
        if _ORG + "Membership" in r.types:
            _membership(r, link, label_of, warn, path)
    return staging


def _membership(r: _Resource, link, label_of, warn, path: Path) -> None:
    member = next(((i, t) for i, t in r.props.get(_ORG + "member", [])), None)
    body = next(((i, t) for i, t in r.props.get(_ORG + "organization", [])), None)
    if member is None or body is None:
        warn(f"{path.name}: membership {r.iri} lacks org:member or org:organization; skipped")
        return
    role_iri = next((t.object.value for _, t in r.props.get(_ORG + "role", [])), None)
    role = (label_of(role_iri) or "") if role_iri else ""
    post = next(((i, t) for i, t in r.props.get(_ORG + "post", [])), None)
    index, triple = member
    chair = "chair" in role.lower() and "vice" not in role.lower()
    holder = member[1].object.value
    if post is not None:
        # As in a register: the person holds the post, and the post sits on the body.
        link(holder, "holdsPost", post[1].object.value, post[0], post[1])
        if not chair:
            holder, index, triple = post[1].object.value, post[0], post[1]
    link(holder, "chairs" if chair else "memberOf", body[1].object.value, index, triple)


def _classification(r: _Resource, label_of):
    for _, t in sorted(r.props.get(_ORG + "classification", []), key=lambda v: v[0]):
        wording = t.object.value if isinstance(t.object, ox.Literal) else label_of(t.object.value)
        if wording:
            found = lookup("kinds", wording)
            if found is not None:
                return found
    return None


def _quote(triple: ox.Triple) -> str:
    return ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES).decode("utf-8").strip().rstrip(" .")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
