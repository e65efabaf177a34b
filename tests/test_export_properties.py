"""Property tests: any text a document may hold survives the text formats and the Cypher literals exactly."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnergraph.graph import PartnershipGraph, Source, to_triples
from partnergraph.graph.cypher import literal
from partnergraph.graph.exporters import exporter

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("pg_test_neo4j", HERE / "test_push_neo4j.py")

# Text as documents have it: any printable or control character but the surrogates, which no
# UTF-8 file can hold.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
# Map keys are property names: anything printable (back-quoted when it is not an identifier).
KEYS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)


def _graph(text: str) -> PartnershipGraph:
    g = PartnershipGraph()
    doc = g.add_document("derby.txt", title="Closing the Gap")
    g.add_node("Theme", "A theme", place="Derby", description=text,
               source=Source(doc, quote=text, start=0, end=len(text), rule="property"))
    return g


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_survives_the_rdf_exports(tmp_path_factory, text):
    graph = _graph(text)
    folder = tmp_path_factory.mktemp("rdf")
    for name in ("turtle", "ntriples", "jsonld", "trig"):
        e = exporter(name)
        out = folder / f"g{e.suffixes[0]}"
        e.write(graph, out)
        back = e.read(out)
        (data,) = [d for _, d in back.nodes("Theme")]
        assert data["description"] == text, name
        assert {s.quote for s in data["sources"]} == {text}, name
        assert set(to_triples(back)) == set(to_triples(graph)), name


@settings(max_examples=200, deadline=None)
@given(value=st.recursive(st.none() | st.booleans() | st.integers(-2**53, 2**53) | TEXT,
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                          max_leaves=12))
def test_cypher_literals_read_back_as_the_value(value):
    module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(module)
    assert module._parse_literal(literal(value)) == json.loads(json.dumps(value))
    assert "\n" not in literal(value)


def test_map_keys_that_cannot_be_written_on_one_line_are_refused():
    import pytest

    from partnergraph.graph.cypher import CypherError

    with pytest.raises(CypherError):
        literal({"a\nb": 1})
