"""The model: typed, provenance-carrying nodes and edges, identity, and RDF I/O."""

from .atomic import atomic_path
from .identity import name_key, node_id, normal_name, person_name, place_id, slugify, strip_place
from .model import GraphError, PartnershipGraph
from .provenance import ProvenanceError, Source
from .rdf import RDF_FORMATS, RdfError, dumps, load, loads, save, to_rdflib, to_triples
from .exporters import ExportError, export, exporter, exporters
from .neo4j import Neo4jError, push_neo4j
from .sparql_push import PushError, SparqlEndpoint, push_sparql
from .store import GraphStore, is_store, open_store, write_store
from .validate import Report, validate, validate_file

__all__ = [
    "PartnershipGraph", "GraphError", "Source", "ProvenanceError", "name_key", "node_id", "normal_name", "person_name",
    "place_id", "slugify", "strip_place", "atomic_path", "RDF_FORMATS", "RdfError", "dumps", "load",
    "loads", "save", "to_rdflib", "to_triples",
    "ExportError", "export", "exporter", "exporters", "Neo4jError", "push_neo4j", "PushError", "SparqlEndpoint",
    "push_sparql", "GraphStore", "is_store", "open_store", "write_store", "Report", "validate", "validate_file",
]
