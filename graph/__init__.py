"""The model: typed, provenance-carrying nodes and edges, identity, and RDF I/O."""

from .atomic import atomic_path
from .identity import name_key, node_id, normal_name, person_name, place_id, slugify, strip_place
from .model import GraphError, PartnershipGraph
from .provenance import ProvenanceError, Source
from .rdf import RDF_FORMATS, RdfError, dumps, load, loads, save, to_rdflib, to_triples

__all__ = [
    "PartnershipGraph", "GraphError", "Source", "ProvenanceError", "name_key", "node_id", "normal_name", "person_name",
    "place_id", "slugify", "strip_place", "atomic_path", "RDF_FORMATS", "RdfError", "dumps", "load",
    "loads", "save", "to_rdflib", "to_triples",
]
