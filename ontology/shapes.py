"""Generate the SHACL shapes that a built graph must satisfy, from the declarations.

The shapes state the contract of DESIGN.md: every drawn node has a label, its most
specific type, ``prov:wasDerivedFrom`` a ``pg:Document`` and at least one mention;
every relation links the declared domain to the declared range; mentions name
their document; responses carry a verdict from the shipped scheme.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from .namespaces import NS, PREFIXES, PROV, RDF, RDFS, SH, XSD
from .schemes import scheme
from .vocabulary import ATTRIBUTES, NODE_TYPES, PG, RELATIONS

__all__ = ["shapes_graph", "SHAPES_IRI"]

SHAPES_IRI = NS.rstrip("#") + "/shapes#"

_DATATYPES = {"string": XSD.string, "text": XSD.string, "date": XSD.date, "decimal": XSD.decimal,
              "integer": XSD.integer}


def shapes_graph() -> Graph:
    """The SHACL shapes as an :class:`rdflib.Graph`."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.bind("pgsh", SHAPES_IRI)
    for t in NODE_TYPES.values():
        if not t.drawn and t.name != "Mention":
            continue
        shape = URIRef(SHAPES_IRI + t.name)
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, PG[t.name]))
        g.add((shape, RDFS.label, Literal(f"{t.label} shape", lang="en")))
        if t.name == "Mention":
            _mention_shape(g, shape)
            continue
        _prop(g, shape, RDFS.label, min_count=1, datatype=XSD.string,
              message=f"A {t.label.lower()} needs a label (rdfs:label).")
        if t.name != "Document":
            _prop(g, shape, PROV.wasDerivedFrom, min_count=1, cls=PG.Document,
                  message=f"A {t.label.lower()} must say which document it came from (prov:wasDerivedFrom).")
        if t.name != "Document":  # a document is its own source
            _prop(g, shape, PG.evidence, min_count=1, cls=PG.Mention,
                  message=f"A {t.label.lower()} needs at least one mention (pg:evidence) giving its source.")
        for a in ATTRIBUTES.values():
            if a.name in ("label", "aliases") or not _declared_on(t.name, a.applies_to):
                continue
            kwargs: dict = {}
            if a.value == "concept":
                # The scheme's concepts, listed: the data graph alone is enough to check them.
                kwargs["one_of"] = [URIRef(c.iri) for c in scheme(a.scheme).concepts]
            elif a.value == "iri":
                kwargs["cls"] = PG.Place
            elif a.value == "date":
                # A paper may give only a month or a year ("June 2018", "2007").
                kwargs["datatypes"] = [XSD.date, XSD.gYearMonth, XSD.gYear]
            else:
                kwargs["datatype"] = _DATATYPES[a.value]
            _prop(g, shape, URIRef(a.predicate), max_count=None if a.many else 1,
                  message=f"{a.label}: not a valid value for this {t.label.lower()}.", **kwargs)
        for r in RELATIONS.values():
            if r.domain and r.range and _declared_on(t.name, r.domain):
                _prop(g, shape, PG[r.name], classes=r.range,
                      message=f"'{r.label}' must point to a {' or '.join(n.lower() for n in r.range)}.")
        if t.name == "Document":
            _prop(g, shape, PG.fileName, min_count=1, datatype=XSD.string,
                  message="A document needs the name of its source file (pg:fileName).")
        if t.name == "Response":
            _prop(g, shape, PG.respondsTo, min_count=1,
                  message="A response must say which recommendation it answers (pg:respondsTo).")
    return g


def _mention_shape(g: Graph, shape: URIRef) -> None:
    _prop(g, shape, PG.inDocument, min_count=1, max_count=1, cls=PG.Document,
          message="A mention must name exactly one document (pg:inDocument).")
    _prop(g, shape, PG.quote, max_count=1, datatype=XSD.string, message="A mention has at most one quote.")
    _prop(g, shape, PG.charStart, max_count=1, datatype=XSD.integer, message="charStart is an integer.")
    _prop(g, shape, PG.charEnd, max_count=1, datatype=XSD.integer, message="charEnd is an integer.")
    _prop(g, shape, PG.row, max_count=1, datatype=XSD.integer, message="row is an integer.")
    _prop(g, shape, PG.rule, min_count=1, max_count=1, datatype=XSD.string,
          message="A mention must say which rule produced it (pg:rule).")
    p = _prop(g, shape, PG.confidence, min_count=1, max_count=1, datatype=XSD.decimal,
              message="A mention needs a confidence between 0 and 1.")
    g.add((p, SH.minInclusive, Literal(0, datatype=XSD.decimal)))
    g.add((p, SH.maxInclusive, Literal(1, datatype=XSD.decimal)))


def _prop(g: Graph, shape: URIRef, path: URIRef, *, min_count: int | None = None,
          max_count: int | None = None, datatype: URIRef | None = None, cls: URIRef | None = None,
          classes: tuple[str, ...] = (), one_of: list[URIRef] | None = None,
          datatypes: list[URIRef] | None = None, message: str = "") -> BNode:
    # Blank node labels derived from shape and path keep the shapes file stable across runs.
    p = BNode(f"{shape.split('#')[-1]}-{_local(path)}")
    g.add((shape, SH.property, p))
    g.add((p, SH.path, path))
    if min_count is not None:
        g.add((p, SH.minCount, Literal(min_count)))
    if max_count is not None:
        g.add((p, SH.maxCount, Literal(max_count)))
    if datatype is not None:
        g.add((p, SH.datatype, datatype))
    if cls is not None:
        g.add((p, SH["class"], cls))
    if datatypes:
        alternatives = []
        for dt in datatypes:
            alt = BNode(f"{p}-{_local(dt)}")
            g.add((alt, SH.datatype, dt))
            alternatives.append(alt)
        head = BNode(f"{p}-or-datatype")
        Collection(g, head, alternatives)
        g.add((p, SH["or"], head))
    if one_of:
        head = BNode(f"{p}-in")
        Collection(g, head, one_of)
        g.add((p, SH["in"], head))
    if classes:
        if len(classes) == 1:
            g.add((p, SH["class"], PG[classes[0]]))
        else:
            alternatives = []
            for name in classes:
                alt = BNode(f"{p}-{name}")
                g.add((alt, SH["class"], PG[name]))
                alternatives.append(alt)
            head = BNode(f"{p}-or")
            Collection(g, head, alternatives)
            g.add((p, SH["or"], head))
    if message:
        g.add((p, SH.message, Literal(message, lang="en")))
    return p


def _local(iri: URIRef) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _declared_on(type_name: str, names: tuple[str, ...]) -> bool:
    """Whether a property shape belongs on this type's node shape.

    Only on the highest type it applies to: a Board is also an Organisation (SHACL
    follows rdfs:subClassOf), so a second copy on Board would only repeat messages.
    An empty ``names`` means every type.
    """
    if names and type_name not in names:
        return False
    parent = NODE_TYPES[type_name].parent
    return parent is None or (bool(names) and parent not in names and not _covered(parent, names))


def _covered(type_name: str, names: tuple[str, ...]) -> bool:
    current: str | None = type_name
    while current is not None:
        if current in names:
            return True
        current = NODE_TYPES[current].parent
    return False


