"""Pushing to a real Oxigraph server started by the tests: idempotent, replaces, survives hostile text."""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import save, to_triples
from partnergraph.graph.sparql_push import PushError, SparqlEndpoint, push_sparql, remote_select
from partnergraph.graph.store import GraphStore

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)

OXIGRAPH = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")
GRAPH_IRI = "https://example.org/graph/partnergraph"

# The question asked both of the embedded store and of the server: every board, its place and members.
BOARDS = """
PREFIX pg: <https://w3id.org/partnergraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?board ?label ?place ?member WHERE {
  ?board a pg:Board ; rdfs:label ?label ; pg:place/rdfs:label ?place .
  OPTIONAL { ?member pg:memberOf ?board }
} ORDER BY ?board ?member
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "db"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # wait until it answers (not a timing assertion: just readiness)
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited: {proc.stderr.read().decode()[:500]}")
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph did not start")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _count(endpoint: SparqlEndpoint, where: str = "?s ?p ?o") -> int:
    return int(endpoint.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"].value)


def _rows(rows):
    return [{k: (type(v).__name__, v.value) for k, v in r.items()} for r in rows]


@pytest.mark.parametrize("protocol,atomic", [("update", False), ("graph-store", False), ("update", True),
                                             ("graph-store", True)])
def test_pushing_twice_leaves_one_copy_and_the_server_answers_like_the_embedded_store(server, protocol, atomic):
    graph = SAMPLE.sample_graph()
    endpoint = SparqlEndpoint.from_url(server + "/update",
                                       store_url=server + "/store" if protocol == "graph-store" else None)
    expected = len(to_triples(graph))
    first = push_sparql(graph, endpoint, graph_iri=GRAPH_IRI, batch_size=100, atomic=atomic)
    second = push_sparql(SAMPLE.sample_graph(), endpoint, graph_iri=GRAPH_IRI, batch_size=100, atomic=atomic)
    assert first.batches == second.batches == -(-expected // 100)
    assert first.on_server == second.on_server == expected
    assert _count(endpoint, f"GRAPH <{GRAPH_IRI}> {{ ?s ?p ?o }}") == expected
    assert _count(endpoint, "GRAPH ?g { ?s ?p ?o }") == expected  # no staging graph left behind
    assert _count(endpoint) == 0  # nothing leaked into the default graph

    embedded = GraphStore.in_memory()
    embedded.replace(graph)
    local = embedded.select(BOARDS)
    remote = remote_select(endpoint, BOARDS.replace("WHERE {", f"FROM <{GRAPH_IRI}> WHERE {{", 1))
    assert len(local) == 3 and any("member" in r for r in local)
    assert _rows(remote) == _rows(local)


def test_pushing_to_the_default_graph_twice_leaves_one_copy(server):
    endpoint = SparqlEndpoint.from_url(server + "/update")
    graph = SAMPLE.sample_graph()
    push_sparql(graph, endpoint)
    result = push_sparql(graph, endpoint)
    assert result.on_server == len(to_triples(graph)) == _count(endpoint)


@pytest.mark.parametrize("atomic", [False, True])
def test_pushing_a_named_graph_replaces_what_was_there(server, atomic):
    endpoint = SparqlEndpoint.from_url(server + "/update")
    push_sparql(SAMPLE.sample_graph(), endpoint, graph_iri=GRAPH_IRI, atomic=atomic)
    smaller = SAMPLE.sample_graph()
    smaller.nx.remove_node("org/oxford/city-executive-board")
    result = push_sparql(smaller, endpoint, graph_iri=GRAPH_IRI, atomic=atomic)
    assert result.on_server == len(to_triples(smaller)) < len(to_triples(SAMPLE.sample_graph()))
    ceb = SAMPLE.sample_graph().iri("org/oxford/city-executive-board")
    assert remote_select(endpoint, f"SELECT ?p WHERE {{ GRAPH <{GRAPH_IRI}> {{ ?s ?p ?o }} }}",
                         bindings={"s": ox.NamedNode(ceb)}) == []


def test_hostile_labels_arrive_unchanged_and_execute_nothing(server):
    endpoint = SparqlEndpoint.from_url(server + "/update")
    endpoint.update('INSERT DATA { GRAPH <urn:g> { <urn:keep> <urn:me> "sentinel" } }')
    graph = SAMPLE.sample_graph()
    push_sparql(graph, endpoint, graph_iri=GRAPH_IRI, batch_size=7)
    nid = next(n for n, _ in graph.nodes("Initiative"))
    rows = remote_select(endpoint, "SELECT ?label ?description WHERE { GRAPH ?g { ?n "
                         "<http://www.w3.org/2000/01/rdf-schema#label> ?label ; "
                         "<http://purl.org/dc/terms/description> ?description } }",
                         bindings={"n": ox.NamedNode(graph.iri(nid))})
    assert [(r["label"].value, r["description"].value) for r in rows] == [
        (" ".join(SAMPLE.NASTY.split()), SAMPLE.NASTY)]
    # The fragments inside the label ran nowhere: the sentinel graph is intact, no stray triple exists.
    assert _count(endpoint, "GRAPH <urn:g> { ?s ?p ?o }") == 1
    assert _count(endpoint, "GRAPH ?g { <urn:x> ?p ?o }") == 0
    assert _count(endpoint, "<urn:x> ?p ?o") == 0


def test_cli_push_sparql_pushes_and_reports(server, tmp_path):
    path = save(SAMPLE.sample_graph(), tmp_path / "graph.ttl")
    runner = CliRunner()
    args = ["push", "sparql", "--graph", str(path), "--endpoint", server + "/update", "--graph-iri", GRAPH_IRI,
            "--atomic", "-q"]
    for _ in range(2):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
    n = len(to_triples(SAMPLE.sample_graph()))
    assert f"now holds {n} triples" in result.output


def test_cli_push_sparql_streams_a_store_from_disk(server, tmp_path):
    from partnergraph.graph.store import write_store

    n = write_store(SAMPLE.sample_graph(), tmp_path / "store")
    result = CliRunner().invoke(cli, ["push", "sparql", "--graph", str(tmp_path / "store"), "--endpoint",
                                      server + "/update", "--graph-iri", GRAPH_IRI, "-q"])
    assert result.exit_code == 0, result.output
    assert f"now holds {n} triples" in result.output


def test_cli_push_sparql_names_the_url_when_nothing_listens(tmp_path):
    path = save(SAMPLE.sample_graph(), tmp_path / "graph.ttl")
    url = f"http://127.0.0.1:{_free_port()}/update"
    result = CliRunner().invoke(cli, ["push", "sparql", "--graph", str(path), "--endpoint", url, "-q"])
    assert result.exit_code == 1
    assert url in result.output and "cannot connect" in result.output
    assert "Traceback" not in result.output


def test_credentials_come_from_the_environment_only():
    basic = SparqlEndpoint.from_url("http://h/update", environ={"SPARQL_USER": "ann", "SPARQL_PASSWORD": "pw"})
    assert basic.headers == {"Authorization": "Basic YW5uOnB3"}
    bearer = SparqlEndpoint.from_url("http://h/update", environ={"SPARQL_TOKEN": "t0k"})
    assert bearer.headers == {"Authorization": "Bearer t0k"}
    assert SparqlEndpoint.from_url("http://h/sparql", environ={}).query_url == "http://h/sparql"


@pytest.mark.parametrize("iri", ["not an iri", "https://example.org/g> } ; DROP ALL ; #", "relative/graph"])
def test_bad_graph_iris_are_refused_before_anything_is_sent(iri):
    endpoint = SparqlEndpoint.from_url("http://127.0.0.1:9/update", environ={})
    with pytest.raises(PushError, match="graph IRI|absolute IRI"):
        push_sparql(SAMPLE.sample_graph(), endpoint, graph_iri=iri)


def test_file_urls_are_refused():
    with pytest.raises(PushError, match="not an http"):
        SparqlEndpoint.from_url("file:///etc/passwd")


# The overlap question of DESIGN.md, in SPARQL: themes addressed by more than one body, with their bodies.
OVERLAP = """
PREFIX pg: <https://w3id.org/partnergraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?theme (COUNT(DISTINCT ?body) AS ?bodies) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  ?body pg:addressesTheme|pg:leads|^pg:deliveredBy ?t .
  ?t rdfs:label ?theme ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc .
} GROUP BY ?theme ORDER BY DESC(?bodies) ?theme
"""
COUNT_BY_TYPE = """
SELECT ?type (COUNT(?n) AS ?count) WHERE { ?n a ?type } GROUP BY ?type ORDER BY ?type
"""


def test_the_seed_graph_pushed_twice_is_one_copy_and_answers_like_the_embedded_store(server, seeds_dir):
    from partnergraph.build import build

    result = build([seeds_dir])
    assert result.failures == [] and len(result.graph) > 0
    graph = result.graph
    endpoint = SparqlEndpoint.from_url(server + "/update")
    for _ in range(2):
        pushed = push_sparql(graph, endpoint, graph_iri=GRAPH_IRI, batch_size=1000)
    assert pushed.on_server == len(to_triples(graph))
    assert _count(endpoint, "GRAPH ?g { ?s ?p ?o }") == pushed.on_server
    embedded = GraphStore.in_memory()
    embedded.replace(graph)
    for query in (OVERLAP, COUNT_BY_TYPE):
        local = embedded.select(query)
        remote = remote_select(endpoint, query.replace("WHERE {", f"FROM <{GRAPH_IRI}> WHERE {{", 1))
        assert local, "the question should have answers on the seed graph"
        assert _rows(remote) == _rows(local)
