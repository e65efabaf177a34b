"""Generate the published OWL ontology (with its SKOS schemes) from the declarations.

>>> g = ontology_graph()
>>> (PG.Board, RDFS.subClassOf, PG.Organisation) in g
True
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from .namespaces import DCTERMS, NS, OWL, PREFIXES, RDF, RDFS, SKOS, XSD
from .schemes import SCHEME_NAMES, concept_iri, scheme
from .vocabulary import ATTRIBUTES, NODE_TYPES, PG, RELATIONS

__all__ = ["ontology_graph", "ONTOLOGY_IRI", "VERSION"]

ONTOLOGY_IRI = NS.rstrip("#")
VERSION = "0.1.0"

_DATATYPES = {"string": XSD.string, "text": XSD.string, "date": XSD.date, "decimal": XSD.decimal,
              "integer": XSD.integer}

# Provenance vocabulary: (term, kind, label, range)
_PROVENANCE = (
    ("Link", "class", "Link", None),
    ("evidence", "object", "evidence", PG.Mention),
    ("inDocument", "object", "in document", PG.Document),
    ("quote", "data", "quote", XSD.string),
    ("charStart", "data", "character start", XSD.integer),
    ("charEnd", "data", "character end", XSD.integer),
    ("sourceFile", "data", "source file", XSD.string),
    ("sheet", "data", "sheet", XSD.string),
    ("row", "data", "row", XSD.integer),
    ("column", "data", "column", XSD.string),
    ("rule", "data", "rule", XSD.string),
    ("confidence", "data", "confidence", XSD.decimal),
    ("linkRelation", "object", "relation of a link", None),
    ("replaces", "object", "replaces", None),
    ("defaultSector", "object", "default sector", PG.Sector),
    ("keyword", "data", "matching keyword", None),
    # Theme matching (queries.matching): an item's link to a reference theme and why.
    ("ThemeMatch", "class", "theme match", None),
    ("matchOf", "object", "match of", None),
    ("matchTarget", "object", "match target", PG.ReferenceTheme),
    ("matchScore", "data", "match score", XSD.decimal),
    ("matchMethod", "data", "match method", XSD.string),
    ("matchedWords", "data", "matched words", XSD.string),
)


def ontology_graph() -> Graph:
    """The ontology as an :class:`rdflib.Graph`: classes, properties and the schemes."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    onto = URIRef(ONTOLOGY_IRI)
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("partnergraph ontology", lang="en")))
    g.add((onto, OWL.versionInfo, Literal(VERSION)))
    g.add((onto, DCTERMS.description, Literal(
        "Boards, organisations, people and posts, themes, strategies, initiatives, "
        "recommendations and responses, with the provenance of every fact.", lang="en")))

    for t in NODE_TYPES.values():
        cls = PG[t.name]
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(t.label, lang="en")))
        g.add((cls, RDFS.comment, Literal(t.description, lang="en")))
        if t.parent:
            g.add((cls, RDFS.subClassOf, PG[t.parent]))
        for aligned in t.aligns:
            g.add((cls, RDFS.subClassOf, URIRef(aligned)))
    g.add((PG.Link, RDFS.subClassOf, RDF.Statement))

    for r in RELATIONS.values():
        prop = PG[r.name]
        g.add((prop, RDF.type, OWL.ObjectProperty))
        if r.symmetric:
            g.add((prop, RDF.type, OWL.SymmetricProperty))
        g.add((prop, RDFS.label, Literal(r.label, lang="en")))
        g.add((prop, RDFS.comment, Literal(r.description, lang="en")))
        for aligned in r.aligns:
            g.add((prop, RDFS.subPropertyOf, URIRef(aligned)))
        _add_class_union(g, prop, RDFS.domain, r.domain)
        _add_class_union(g, prop, RDFS.range, r.range)

    for a in ATTRIBUTES.values():
        if not a.predicate.startswith(NS):
            continue  # rdfs:label, skos:altLabel, dcterms:date: declared by their own vocabularies
        prop = URIRef(a.predicate)
        if a.value in ("iri", "concept"):
            g.add((prop, RDF.type, OWL.ObjectProperty))
        else:
            g.add((prop, RDF.type, OWL.DatatypeProperty))
            g.add((prop, RDFS.range, _DATATYPES[a.value]))
        g.add((prop, RDFS.label, Literal(a.label, lang="en")))
        if a.description:
            g.add((prop, RDFS.comment, Literal(a.description, lang="en")))

    for term, kind, label, rng in _PROVENANCE:
        node = PG[term]
        g.add((node, RDF.type, {"class": OWL.Class, "object": OWL.ObjectProperty,
                                "data": OWL.DatatypeProperty}[kind]))
        g.add((node, RDFS.label, Literal(label, lang="en")))
        if rng is not None:
            g.add((node, RDFS.range, rng))

    for name in SCHEME_NAMES:
        _add_scheme(g, name)
    return g


def _add_class_union(g: Graph, prop: URIRef, axis: URIRef, names: tuple[str, ...]) -> None:
    if not names:
        return
    if len(names) == 1:
        g.add((prop, axis, PG[names[0]]))
        return
    union = BNode(f"{prop.split('#')[-1]}-{axis.split('#')[-1]}")
    members = BNode(f"{prop.split('#')[-1]}-{axis.split('#')[-1]}-list")
    g.add((union, RDF.type, OWL.Class))
    g.add((union, OWL.unionOf, members))
    Collection(g, members, [PG[n] for n in names])
    g.add((prop, axis, union))


def _add_scheme(g: Graph, name: str) -> None:
    s = scheme(name)
    node = URIRef(s.iri)
    g.add((node, RDF.type, SKOS.ConceptScheme))
    g.add((node, SKOS.prefLabel, Literal(s.label, lang="en")))
    if s.definition:
        g.add((node, SKOS.definition, Literal(s.definition, lang="en")))
    for c in s.concepts:
        iri = URIRef(c.iri)
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, RDF.type, PG[s.type]))
        g.add((iri, SKOS.inScheme, node))
        g.add((iri, SKOS.prefLabel, Literal(c.label, lang="en")))
        g.add((iri, RDFS.label, Literal(c.label, lang="en")))
        for alt in c.alt:
            g.add((iri, SKOS.altLabel, Literal(alt, lang="en")))
        if c.definition:
            g.add((iri, SKOS.definition, Literal(c.definition, lang="en")))
        if c.broader:
            g.add((iri, SKOS.broader, URIRef(concept_iri(name, c.broader))))
        else:
            g.add((iri, SKOS.topConceptOf, node))
        if c.replaces:
            g.add((iri, PG.replaces, URIRef(concept_iri(name, c.replaces))))
        if c.year:
            g.add((iri, DCTERMS.valid, Literal(f"{c.year}-" + (f"{c.until}" if c.until else ""))))
        for sector in c.sectors:
            g.add((iri, PG.defaultSector, URIRef(concept_iri("sectors", sector))))
        for word in (*c.phrases, *c.keywords):
            g.add((iri, PG.keyword, Literal(word, lang="en")))
