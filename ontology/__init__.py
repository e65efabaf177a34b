"""The partnergraph vocabulary: node types, relations, attributes and reference schemes.

This package is the one source of truth for types, IRIs, labels, Neo4j names and
view colours. It depends on no other layer of partnergraph.
"""

from .namespaces import DEFAULT_BASE, NS, PREFIXES, SCHEME_ROOT
from .owl import ONTOLOGY_IRI, ontology_graph
from .schemes import (
    SCHEME_NAMES,
    Concept,
    Scheme,
    SchemeError,
    concept,
    concept_from_iri,
    concept_iri,
    lineage,
    load_scheme_file,
    lookup,
    scheme,
    verdict_for,
)
from .shapes import shapes_graph
from .vocabulary import (
    ATTRIBUTES,
    NODE_TYPES,
    PG,
    RELATIONS,
    Attribute,
    NodeType,
    Relation,
    UnknownTermError,
    attribute,
    is_subtype,
    node_type,
    relation,
    subtypes,
)

__all__ = [
    "ATTRIBUTES", "NODE_TYPES", "PG", "RELATIONS", "Attribute", "NodeType", "Relation",
    "UnknownTermError", "attribute", "is_subtype", "node_type", "relation", "subtypes",
    "DEFAULT_BASE", "NS", "PREFIXES", "SCHEME_ROOT", "ONTOLOGY_IRI", "ontology_graph", "shapes_graph",
    "SCHEME_NAMES", "Concept", "Scheme", "SchemeError", "concept", "concept_from_iri", "concept_iri",
    "lineage", "load_scheme_file", "lookup", "scheme", "verdict_for",
]
