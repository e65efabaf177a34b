"""The W3C vocabularies partnergraph aligns with, and its own namespace roots.

Only IRIs of *other* vocabularies and the roots of ours live here; every term of
ours is declared in :mod:`partnergraph.ontology.vocabulary` and reached through the
closed namespace ``PG`` built there.
"""

from __future__ import annotations

from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, Namespace

__all__ = [
    "NS",
    "DEFAULT_BASE",
    "SCHEME_ROOT",
    "ORG",
    "SCHEMA",
    "SCHEMA_HTTP",
    "POPOLO",
    "DCTERMS",
    "FOAF",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SKOS",
    "XSD",
    "PREFIXES",
]

#: The ontology namespace: classes and properties.
NS = "https://w3id.org/partnergraph/ns#"
#: Concept schemes shipped with the ontology (sectors, kinds, verdicts, themes).
SCHEME_ROOT = "https://w3id.org/partnergraph/scheme/"
#: Where instance IRIs live unless the user chooses another base.
DEFAULT_BASE = "https://w3id.org/partnergraph/id/"

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
#: schema.org as older data spells it, and Popolo: vocabularies we read but never write.
SCHEMA_HTTP = Namespace("http://schema.org/")
POPOLO = Namespace("http://www.popoloproject.com/schemas/")

#: Prefixes written at the top of every serialisation (sorted for stable output).
PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "owl": str(OWL),
    "pg": NS,
    "pgkind": SCHEME_ROOT + "kinds/",
    "pgsector": SCHEME_ROOT + "sectors/",
    "pgtheme": SCHEME_ROOT + "themes/",
    "pgverdict": SCHEME_ROOT + "verdicts/",
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "sh": str(SH),
    "skos": str(SKOS),
    "xsd": str(XSD),
}
