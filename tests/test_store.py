"""The embedded on-disk store: written atomically, queried in place, and read back whole or in part."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import RdfError, save, to_triples
from partnergraph.graph.exporters import exporter
from partnergraph.graph.store import GraphStore, is_store, open_store, write_store

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_a_written_store_holds_the_graph_and_reads_back_whole(tmp_path):
    graph = SAMPLE.sample_graph()
    n = write_store(graph, tmp_path / "store")
    assert is_store(tmp_path / "store") and not is_store(tmp_path)
    store = open_store(tmp_path / "store")
    assert n == len(store) == len(to_triples(graph))
    assert set(to_triples(store.to_graph())) == set(to_triples(graph))
    assert store.base == graph.base


def test_writing_again_replaces_the_store(tmp_path):
    graph = SAMPLE.sample_graph()
    write_store(graph, tmp_path / "store")
    smaller = SAMPLE.sample_graph()
    smaller.nx.remove_node("org/oxford/city-executive-board")
    write_store(smaller, tmp_path / "store")
    assert len(open_store(tmp_path / "store")) == len(to_triples(smaller))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no temporary folders left


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(RdfError, match="not empty and is not a partnergraph store"):
        write_store(SAMPLE.sample_graph(), tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    with pytest.raises(RdfError, match="not a partnergraph store"):
        open_store(tmp_path / "mine")


def test_queries_run_in_the_store_with_values_bound_not_pasted(tmp_path):
    graph = SAMPLE.sample_graph()
    write_store(graph, tmp_path / "store")
    store = open_store(tmp_path / "store")
    rows = store.select("SELECT ?b ?label ?p WHERE { ?b a pg:Board ; rdfs:label ?label ; pg:place ?p } ORDER BY ?b",
                        bindings={"p": ox.NamedNode(graph.iri("place/oxford"))})
    assert [r["label"].value for r in rows] == ["City Executive Board", "Scrutiny Committee"]
    label = " ".join(SAMPLE.NASTY.split())
    rows = store.select("SELECT ?n ?label WHERE { ?n rdfs:label ?label }", bindings={"label": ox.Literal(label)})
    assert [r["n"].value for r in rows] == [graph.iri(next(n for n, _ in graph.nodes("Initiative")))]
    assert len(store) == len(to_triples(graph))  # the label's "DETACH DELETE" and "DROP GRAPH" ran nowhere
    with pytest.raises(RdfError, match="bad SPARQL query"):
        store.select("SELECT WHERE {")


def test_a_subgraph_reads_only_the_nodes_a_view_needs(tmp_path):
    graph = SAMPLE.sample_graph()
    write_store(graph, tmp_path / "store")
    store = open_store(tmp_path / "store")
    ids = ["recommendation/oxford/engage-with-local-universities", "org/oxford/scrutiny-committee",
           "org/oxford/city-executive-board"]
    part = store.subgraph(graph.iri(n) for n in ids)
    assert {n for n, d in part.nodes() if d["type"] not in ("Document", "Place")} == set(ids)
    assert {(s, r, o) for s, r, o, _ in part.edges()} == {
        ("recommendation/oxford/engage-with-local-universities", "madeBy", "org/oxford/scrutiny-committee"),
        ("recommendation/oxford/engage-with-local-universities", "addressedTo", "org/oxford/city-executive-board")}
    for nid in ids:
        assert part.node(nid)["sources"] == graph.node(nid)["sources"]
        assert part.place_name(nid) == "Oxford"


def test_a_store_loads_an_rdf_file_in_bulk(tmp_path):
    graph = SAMPLE.sample_graph()
    path = save(graph, tmp_path / "graph.ttl")
    store = GraphStore.open(tmp_path / "store")
    assert store.load_file(path) == len(to_triples(graph))
    del store
    assert set(to_triples(open_store(tmp_path / "store").to_graph())) == set(to_triples(graph))


def test_cli_build_store_keeps_the_graph_on_disk(tmp_path):
    graph = SAMPLE.sample_graph()
    source = save(graph, tmp_path / "in" / "sample.ttl")
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / "out"), "--store",
                                      str(tmp_path / "store"), "-q"])
    assert result.exit_code == 0, result.output
    store = open_store(tmp_path / "store")
    assert set(to_triples(store.to_graph())) == set(to_triples(graph))


def test_commands_take_a_store_folder_as_the_graph(tmp_path):
    graph = SAMPLE.sample_graph()
    write_store(graph, tmp_path / "store")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--graph", str(tmp_path / "store"), "-o", str(tmp_path / "g.nt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.nt").read_bytes() == exporter("ntriples").dumps(graph)
    result = runner.invoke(cli, ["validate", "--graph", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["export", "--graph", str(tmp_path / "nothing"), "-o", str(tmp_path / "g.nt")])
    assert result.exit_code == 1 and "no such graph file" in result.output
