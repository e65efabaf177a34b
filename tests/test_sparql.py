"""The named queries in SPARQL agree with the Python functions, on hand-made graphs and the seeds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import PartnershipGraph, save
from partnergraph.queries.dependencies import interdependencies, path
from partnergraph.queries.gaps import gaps
from partnergraph.queries.influence import influence
from partnergraph.queries.matching import match_themes, unmatched
from partnergraph.queries.overlaps import overlaps
from partnergraph.queries.recommendations import recommendations
from partnergraph.queries.sparql import SparqlError, named_queries, read_query, run_sparql, sparql_store

HERE = Path(__file__).parent
SEEDS = HERE.parent.parent / "shared" / "seeds"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"_pg_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hand_graphs() -> dict[str, PartnershipGraph]:
    return {"four councils": _module("test_queries_overlaps").four_councils(),
            "oxford": _module("test_queries_dependencies").oxford(),
            "scrutiny": _module("test_queries_gaps").scrutiny(),
            "derby": _module("test_queries_influence").derby()}


def _split(value: str | None) -> set[str]:
    return {v for v in (value or "").split(" | ") if v}


def _tail(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def assert_agree(g: PartnershipGraph) -> None:
    """Every named query: the Python rows and the SPARQL rows say the same."""
    store = sparql_store(g)
    local = g.local_id

    def run(name: str) -> list[dict]:
        return run_sparql(store, read_query(name), where=name)

    # overlaps (reference level): documents, places, bodies, sectors and score of each concept
    py = {r.concept: (set(r.documents), set(r.places), set(r.bodies), set(r.sectors), r.score)
          for r in overlaps(g)}
    sq = {_tail(r["concept"]): (_split(r["documents"]), _split(r["places"]), _split(r["bodies"]),
                                _split(r["sectors"]), round(float(r["score"]), 3)) for r in run("overlaps")}
    assert sq == py
    # matches and unmatched
    py_m = {(r.node, r.theme, r.relation, r.score, r.method, r.matched_words) for r in match_themes(g)}
    sq_m = {(local(r["item"]), _tail(r["theme"]), r["relation"], float(r["score"]), r["method"],
             tuple(sorted(_split(r["matched_words"])))) for r in run("matches")}
    assert sq_m == py_m
    assert {local(r["item"]) for r in run("unmatched")} == {r.node for r in unmatched(g)}
    # interdependencies
    py_d = {(r.source_id, r.kind, r.target_id) for r in interdependencies(g)}
    sq_d = {(local(r["source"]), r["kind"], local(r["target"])) for r in run("interdependencies")}
    assert sq_d == py_d
    # gaps
    py_g = {(r.kind, r.node if r.kind != "place-theme" else r.node, r.place if r.kind == "place-theme" else "",
             frozenset(" ".join(r.missing).split())) for r in gaps(g)}
    sq_g = {(r["kind"], _tail(r["node"]) if r["kind"] == "place-theme" else local(r["node"]),
             g.nx.nodes[local(r["place"])]["label"] if r["kind"] == "place-theme" else "",
             frozenset(r["missing"].split())) for r in run("gaps")}
    assert sq_g == py_g
    # recommendations
    py_r = {(r.node, r.status) for r in recommendations(g)}
    sq_r = {(local(r["recommendation"]), r["status"]) for r in run("recommendations")}
    assert sq_r == py_r
    # influence: degree of each body
    assert {(local(r["body"]), int(r["degree"])) for r in run("influence")} == {
        (r.node, r.degree) for r in influence(g)}


@pytest.mark.parametrize("name", ["four councils", "oxford", "scrutiny", "derby"])
def test_python_and_sparql_agree_on_hand_made_graphs(name):
    g = hand_graphs()[name]
    assert_agree(g)


def test_the_hand_made_graphs_are_not_trivial():
    # Each query returns something on at least one graph, so agreement means something.
    gs = hand_graphs()
    assert overlaps(gs["four councils"]) and interdependencies(gs["oxford"])
    assert recommendations(gs["scrutiny"]) and gaps(gs["scrutiny"], kind="theme")
    assert list(match_themes(gs["four councils"])) and list(unmatched(gs["four councils"]))


def test_path_query_takes_parameters_by_substitution():
    g = hand_graphs()["oxford"]
    store = sparql_store(g)
    sc, ceb = (ox.NamedNode(g.iri(g.resolve(n))) for n in ("Scrutiny Committee", "City Executive Board"))
    rows = run_sparql(store, read_query("path"), params={"a": sc, "b": ceb})
    # No direct link; one chain of two steps, through recommendation 1 (made by / addressed to),
    # the same chain the Python query finds.
    assert {(r["length"], _tail(r["middle"])) for r in rows} == {
        ("2", "prioritise-policy-development-and-research-capacity")}
    steps = path(g, "Scrutiny Committee", "City Executive Board")
    assert len(steps) == 2 and steps[0].source == "Prioritise policy development and research capacity"
    # A hostile string is a value, never query text.
    evil = '"} DROP ALL; SELECT * WHERE {'
    assert run_sparql(store, read_query("recommendations"), params={"document": evil}) == []
    rows = run_sparql(store, read_query("recommendations"), params={"document": "oxford-update.txt"})
    assert len(rows) == 1


def test_bad_queries_name_the_file(tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT WHERE {", encoding="utf-8")
    with pytest.raises(SparqlError, match="bad.rq"):
        run_sparql(PartnershipGraph(), read_query(bad), where=str(bad))
    with pytest.raises(SparqlError, match="no such query file"):
        read_query(tmp_path / "none.rq")
    assert set(named_queries()) == {"gaps", "influence", "interdependencies", "matches", "overlaps", "path",
                                    "recommendations", "unmatched"}


def test_cli_sparql_runs_a_named_query_and_a_file(tmp_path):
    g = hand_graphs()["oxford"]
    f = save(g, tmp_path / "g.ttl")
    r = CliRunner().invoke(cli, ["sparql", "interdependencies", "--graph", str(f), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "source,kind,target,via"
    assert len(r.output.splitlines()) == 1 + len(interdependencies(g))
    q = tmp_path / "boards.rq"
    q.write_text("PREFIX pg: <https://w3id.org/partnergraph/ns#>\n"
                 "SELECT ?label ?kind WHERE { ?b a pg:Board ; rdfs:label ?label . ?b rdfs:label ?kind } "
                 "ORDER BY ?label", encoding="utf-8")
    r = CliRunner().invoke(cli, ["sparql", str(q), "--graph", str(f), "--format", "json",
                                 "--param", "kind=Full Council"])
    assert r.exit_code == 0, r.output
    assert r.output.count('"label"') == 1 and "Full Council" in r.output
    r = CliRunner().invoke(cli, ["sparql", str(tmp_path / "none.rq"), "--graph", str(f)])
    assert r.exit_code == 1 and "no such query file" in r.output
    r = CliRunner().invoke(cli, ["sparql", "overlaps", "--graph", str(f), "--param", "nonsense"])
    assert r.exit_code == 2
    # path.rq declares "# requires: ?a ?b": without them it would list every two-step chain.
    r = CliRunner().invoke(cli, ["sparql", "path", "--graph", str(f)])
    assert r.exit_code == 1 and "needs a value for ?a, ?b" in r.output




def test_python_and_sparql_agree_on_the_seeds(seed_graph):
    assert_agree(seed_graph)
