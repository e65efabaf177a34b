"""The built graph of the examples conforms to the generated SHACL shapes; a broken one does not."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from partnergraph.build import build
from partnergraph.graph import to_rdflib
from partnergraph.ontology import PG, concept_iri, shapes_graph


@pytest.fixture(scope="module")
def example_rdf(examples_dir):
    result = build([examples_dir])
    assert result.ok
    return result.graph, to_rdflib(result.graph)


def _validate(data):
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none")
    return conforms, text


def test_examples_conform(example_rdf):
    _, data = example_rdf
    conforms, text = _validate(data)
    assert conforms, text


def test_a_broken_graph_fails_with_a_readable_report(example_rdf):
    graph, data = example_rdf
    broken = data.__class__()
    for triple in data:
        broken.add(triple)
    hwb = URIRef(graph.iri("org/derby/health-and-wellbeing-board"))
    broken.remove((hwb, RDFS.label, None))
    response = next(URIRef(graph.iri(n)) for n, _ in graph.nodes("Response"))
    broken.remove((response, PG.verdict, None))
    broken.add((response, PG.verdict, URIRef(concept_iri("verdicts", "maybe"))))
    broken.add((hwb, PG.madeBy, Literal("not a node")))
    conforms, text = _validate(broken)
    assert not conforms
    assert str(hwb) in text
    assert "A board needs a label (rdfs:label)." in text
    assert "Verdict: not a valid value for this response." in text
