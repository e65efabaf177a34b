"""Linked data in: ORG/Popolo open data and our own exports, with provenance, through the loader registry."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest

from partnergraph.build import build
from partnergraph.graph import PartnershipGraph, to_triples
from partnergraph.graph.exporters import exporter
from partnergraph.loaders import LoadError, loader_for
from partnergraph.loaders.linked_data import load_linked_data

HERE = Path(__file__).parent
ORG_FILE = HERE / "data" / "linked" / "exampleshire-org.ttl"
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)


def _read(path: Path) -> tuple[PartnershipGraph, list[str]]:
    graph, warnings = PartnershipGraph(), []
    load_linked_data(path, graph, warn=warnings.append)
    return graph, warnings


def _shape(graph: PartnershipGraph):
    nodes = {(n, d["type"], d["label"], d.get("kind"), d.get("place"), tuple(sorted(d["aliases"])))
             for n, d in graph.nodes() if d["type"] != "Document"}
    edges = {(s, r, o) for s, r, o, _ in graph.edges()}
    return nodes, edges


def test_org_and_popolo_data_become_bodies_people_posts_and_memberships():
    graph, warnings = _read(ORG_FILE)
    nodes, edges = _shape(graph)
    assert ("org/exampleshire/health-and-wellbeing-board", "Board", "Exampleshire Health and Wellbeing Board",
            "health-and-wellbeing-board", "place/exampleshire", ("HWB",)) in nodes
    assert ("org/exampleshire/county-council", "Organisation", "Exampleshire County Council", "council",
            "place/exampleshire", ("ECC",)) in nodes
    assert ("org/exampleshire/partnership", "Partnership", "Exampleshire Partnership", None,
            "place/exampleshire", ()) in nodes
    assert edges == {
        ("org/exampleshire/county-council", "memberOf", "org/exampleshire/partnership"),
        ("org/exampleshire/health-and-wellbeing-board", "subOrganisationOf", "org/exampleshire/county-council"),
        ("person/alex-example", "chairs", "org/exampleshire/health-and-wellbeing-board"),
        ("person/sam-sample", "holdsPost", "post/exampleshire/director-of-public-health"),
        ("post/exampleshire/director-of-public-health", "memberOf", "org/exampleshire/health-and-wellbeing-board"),
        ("post/exampleshire/director-of-public-health", "postIn", "org/exampleshire/county-council"),
    }
    assert warnings == [f"{ORG_FILE.name}: https://data.exampleshire.example/id/nameless has no label "
                        "(skos:prefLabel, rdfs:label, foaf:name); skipped"]


def test_every_node_and_edge_says_which_triple_it_came_from():
    graph, _ = _read(ORG_FILE)
    triples = list(ox.parse(path=str(ORG_FILE), format=ox.RdfFormat.TURTLE))
    hwb = graph.node("org/exampleshire/health-and-wellbeing-board")
    for src in hwb["sources"]:
        assert src.rule == "linked-data" and src.file == ORG_FILE.name
        assert src.document == "document/exampleshire-org-ttl"
        assert triples[src.row - 1].triple.subject.value == "https://data.exampleshire.example/id/hwb"
    label_source = next(s for s in hwb["sources"] if "prefLabel" in s.quote)
    assert '"Exampleshire Health and Wellbeing Board"' in label_source.quote
    chair = graph.nx.edges["person/alex-example", "org/exampleshire/health-and-wellbeing-board", "chairs"]
    (src,) = chair["sources"]
    assert "org#member" in src.quote and triples[src.row - 1].triple.subject.value.endswith("/m1")


@pytest.mark.parametrize("fmt,suffix", [(ox.RdfFormat.N_TRIPLES, ".nt"), (ox.RdfFormat.JSON_LD, ".jsonld")])
def test_the_same_org_data_in_other_syntaxes_gives_the_same_graph(fmt, suffix, tmp_path):
    data = ox.serialize([q.triple for q in ox.parse(path=str(ORG_FILE), format=ox.RdfFormat.TURTLE)], format=fmt)
    other = tmp_path / f"exampleshire-org{suffix}"
    other.write_bytes(data)
    assert _shape(_read(other)[0]) == _shape(_read(ORG_FILE)[0])


def test_org_data_in_named_graphs_is_read_once(tmp_path):
    quads = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(f"urn:g:{i % 2}"))
             for i, q in enumerate(ox.parse(path=str(ORG_FILE), format=ox.RdfFormat.TURTLE))]
    quads += [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode("urn:g:copy")) for q in quads]
    trig = tmp_path / "exampleshire-org.trig"
    trig.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    assert _shape(_read(trig)[0]) == _shape(_read(ORG_FILE)[0])


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "trig"])
def test_our_own_exports_load_back_losslessly(name, tmp_path):
    graph = SAMPLE.sample_graph()
    e = exporter(name)
    out = tmp_path / f"graph{e.suffixes[0]}"
    e.write(graph, out)
    assert loader_for(out).name == "linked-data"
    back, warnings = _read(out)
    assert warnings == []
    assert set(to_triples(back)) == set(to_triples(graph))


def test_build_joins_open_data_to_an_exported_graph(tmp_path):
    exporter("turtle").write(SAMPLE.sample_graph(), tmp_path / "derby.ttl")
    (tmp_path / "exampleshire-org.ttl").write_bytes(ORG_FILE.read_bytes())
    result = build([tmp_path])
    assert result.failures == []
    g = result.graph
    assert "org/derby/health-and-wellbeing-board" in g and "org/exampleshire/health-and-wellbeing-board" in g
    assert g.resolve("HWB", place="Exampleshire") == "org/exampleshire/health-and-wellbeing-board"


def test_a_bad_file_is_refused_with_its_name_and_adds_nothing(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('<urn:a> <urn:b> "unterminated .\n', encoding="utf-8")
    graph = SAMPLE.sample_graph()
    before = set(to_triples(graph))
    with pytest.raises(LoadError, match=r"^broken\.ttl: not valid Turtle \(.*line 1"):
        load_linked_data(bad, graph)
    assert set(to_triples(graph)) == before
    empty = tmp_path / "empty.nt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(LoadError, match="empty.nt: no triples"):
        load_linked_data(empty, graph)


def test_hostile_labels_in_open_data_arrive_as_text(tmp_path):
    nasty = ox.Literal(SAMPLE.NASTY)
    org = ox.NamedNode("https://data.example/id/x")
    triples = [ox.Triple(org, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode("http://www.w3.org/ns/org#Organization")),
               ox.Triple(org, ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), nasty)]
    path = tmp_path / "nasty.ttl"
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE))
    graph, _ = _read(path)
    (data,) = [d for _, d in graph.nodes("Organisation")]
    assert data["label"] == " ".join(SAMPLE.NASTY.split())


def test_a_graph_exported_under_another_base_merges_by_identifier(tmp_path):
    from partnergraph.graph import PartnershipGraph as G

    other = G(base="https://council.example/id/")
    other.merge(SAMPLE.sample_graph())
    exporter("turtle").write(other, tmp_path / "other.ttl")
    assert "https://council.example/id/org/derby" in (tmp_path / "other.ttl").read_text()
    graph = SAMPLE.sample_graph()
    before = set(to_triples(graph))
    load_linked_data(tmp_path / "other.ttl", graph)
    assert set(to_triples(graph)) == before
