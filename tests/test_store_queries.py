"""Commands on an on-disk store answer as on graph.ttl, without reading the whole graph.

The guard in these tests replaces ``GraphStore.to_graph`` (which reads every triple of the
store into the model) with a function that fails: a legitimate check that a command took
the lean path (the skeleton, a subgraph, or SPARQL in the store), since reading the whole
store is the very thing a national graph cannot afford.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from partnergraph.build import build
from partnergraph.cli import cli
from partnergraph.graph import save, to_triples
from partnergraph.graph import store as store_module
from partnergraph.graph.store import DERIVED, GraphStore, estimate_triples, open_store, store_beside, write_store
from partnergraph.queries import summary
from partnergraph.queries.dependencies import path
from partnergraph.queries.matching import DEFAULT_THRESHOLD
from partnergraph.queries.sparql import derived_triples, named_queries, read_query, run_sparql, sparql_store, \
    store_summary

#: Every query command, with arguments that make it say something on the examples and the seeds.
QUERIES = {
    "summary": ["summary"],
    "overlaps": ["overlaps"],
    "overlaps-extracted": ["overlaps", "--level", "extracted"],
    "matrix": ["matrix"],
    "interdependencies": ["interdependencies"],
    "gaps": ["gaps"],
    "recommendations": ["recommendations"],
    "influence": ["influence"],
    "match": ["match"],
    "unmatched": ["unmatched"],
}


def _written(graph, folder):
    """``graph`` as build writes it: graph.ttl and a store (with its derived graph) beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    ttl = save(graph, folder / "graph.ttl")
    write_store(graph, folder / "store", derived=derived_triples(graph), mirrors=ttl,
                derived_meta={"scheme": "themes", "threshold": DEFAULT_THRESHOLD})
    return ttl, folder / "store"


@pytest.fixture(scope="module")
def examples_graph(examples_dir):
    result = build([examples_dir])
    assert not result.failures
    return result.graph


@pytest.fixture
def no_whole_reads(monkeypatch):
    """Fail any read of the whole store into memory (see the module notes)."""
    def refuse(self):
        raise AssertionError("the command read the whole store (GraphStore.to_graph)")
    monkeypatch.setattr(GraphStore, "to_graph", refuse)


def _run(args):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _path_args(graph):
    """Two boards joined by a chain in ``graph`` (for ``query path``)."""
    boards = sorted(n for n, d in graph.nodes() if d["type"] == "Board")
    for a in boards:
        for b in boards:
            if a < b and path(graph, a, b):
                return ["path", a, b]
    raise AssertionError("no two boards are joined")


def assert_same_answers(graph, tmp_path):
    ttl, store = _written(graph, tmp_path)
    queries = dict(QUERIES, path=_path_args(graph))
    for name, args in queries.items():
        for fmt in (["--format", "csv"], ["--format", "json"], ["--explain", "--format", "md"]):
            if name in ("summary", "matrix") and fmt[0] == "--explain":
                continue
            on_file = _run(["query", *args, "--graph", str(ttl), *fmt])
            on_store = _run(["query", *args, "--graph", str(store), *fmt])
            assert on_store == on_file, (name, fmt)
            if fmt[-1] == "json":
                rows = json.loads(on_file)
                assert rows, f"{name} says nothing on this graph: the comparison would be empty"
                if "evidence" in rows[0]:  # quotes came back from the store, not empty lists
                    assert any(r["evidence"] for r in rows), name


def test_every_query_command_answers_the_same_on_a_store_of_the_examples(examples_graph, tmp_path,
                                                                         no_whole_reads):
    assert_same_answers(examples_graph, tmp_path)


def test_every_query_command_answers_the_same_on_a_store_of_the_seeds(seed_graph, tmp_path, no_whole_reads):
    assert_same_answers(seed_graph, tmp_path)


def test_the_skeleton_has_every_node_link_and_document_but_no_quotes(examples_graph, tmp_path):
    _, folder = _written(examples_graph, tmp_path)
    skeleton = open_store(folder).skeleton()
    g = examples_graph
    assert set(skeleton.nx.nodes) == set(g.nx.nodes)
    assert set(skeleton.nx.edges(keys=True)) == set(g.nx.edges(keys=True))
    for nid, data in g.nx.nodes(data=True):
        lean = skeleton.nx.nodes[nid]
        assert {k: v for k, v in lean.items() if k != "sources"} == {k: v for k, v in data.items() if k != "sources"}
        assert skeleton.documents_of(nid) == g.documents_of(nid)
        assert all(not s.quote and s.row is None and s.rule == "store-skeleton" for s in lean["sources"])
    for s, o, key, data in g.nx.edges(keys=True, data=True):
        assert {x.document for x in skeleton.nx.edges[s, o, key]["sources"]} == {x.document for x in data["sources"]}
    assert any(s.row is not None for _, d in g.nx.nodes(data=True) for s in d["sources"]
               if d["type"] != "Document")  # the full graph says where: register rows


def test_filled_sources_are_the_real_ones_for_the_nodes_named_and_their_links(examples_graph, tmp_path):
    _, folder = _written(examples_graph, tmp_path)
    store = open_store(folder)
    g = examples_graph
    rec = next(n for n, d in g.nodes() if d["type"] == "Recommendation")
    ends = sorted({o for _, o in g.nx.out_edges(rec)})
    skeleton = store.fill_sources(store.skeleton(), [rec, *ends])
    for nid in (rec, *ends):
        assert skeleton.nx.nodes[nid]["sources"] == g.nx.nodes[nid]["sources"]
    for _, o, key, data in g.nx.out_edges(rec, keys=True, data=True):
        assert skeleton.nx.edges[rec, o, key]["sources"] == data["sources"]
    other = next(n for n, d in g.nodes() if d["type"] == "Theme" and n not in ends)
    assert skeleton.nx.nodes[other]["sources"] != g.nx.nodes[other]["sources"]  # left lean


def test_the_store_keeps_the_graph_exactly_and_its_derived_facts_apart(examples_graph, tmp_path):
    _, folder = _written(examples_graph, tmp_path)
    store = open_store(folder)
    assert len(store) == len(to_triples(examples_graph))  # the default graph is the graph, no more
    assert set(to_triples(store.to_graph())) == set(to_triples(examples_graph))
    derived = derived_triples(examples_graph)
    import pyoxigraph as ox
    assert sum(1 for _ in store.store.quads_for_pattern(None, None, None, ox.NamedNode(DERIVED))) == len(derived)
    assert store.has_derived and store.meta["derived"]["threshold"] == DEFAULT_THRESHOLD


def test_summary_is_counted_by_sparql_in_the_store(examples_graph, tmp_path, no_whole_reads):
    _, folder = _written(examples_graph, tmp_path)
    assert store_summary(open_store(folder)) == list(summary(examples_graph))


def test_the_shipped_sparql_runs_in_the_store_with_the_same_answers(examples_graph, tmp_path, no_whole_reads):
    ttl, folder = _written(examples_graph, tmp_path)
    store = open_store(folder)
    memory = sparql_store(examples_graph)

    def as_sets(rows):
        # GROUP_CONCAT's order is the engine's: compare each " | " list as a set.
        return sorted(json.dumps({k: sorted(v.split(" | ")) if v and " | " in v else v for k, v in r.items()},
                                 sort_keys=True) for r in rows)

    for name in sorted(set(named_queries()) - {"path"}):
        on_disk = run_sparql(store, read_query(name), where=name)
        assert as_sets(on_disk) == as_sets(run_sparql(memory, read_query(name), where=name)), name
    assert run_sparql(store, read_query("overlaps"), where="overlaps")  # not trivially equal
    # and from the command line, with a hostile value bound, not pasted
    out = _run(["sparql", "recommendations", "--graph", str(folder), "--format", "json",
                "--param", 'document="} DROP ALL; SELECT * WHERE {'])
    assert json.loads(out) == []
    assert len(open_store(folder)) == len(to_triples(examples_graph))


def test_a_build_above_the_threshold_keeps_a_store_that_the_default_graph_reads(examples_dir, tmp_path,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(store_module, "STORE_ABOVE_TRIPLES", 100)
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(examples_dir), "--no-views", "-q"])
    assert built.exit_code == 0, built.output
    assert store_beside("out/graph.ttl").resolve() == (tmp_path / "out" / "store").resolve()
    with monkeypatch.context() as m:
        m.setattr(GraphStore, "to_graph", lambda self: (_ for _ in ()).throw(AssertionError("whole read")))
        on_store = runner.invoke(cli, ["query", "overlaps", "--format", "csv"])
    assert on_store.exit_code == 0, on_store.output
    assert "Reading the on-disk store out/store" in on_store.stderr
    on_file = runner.invoke(cli, ["query", "overlaps", "--format", "csv", "--graph", "out/graph.ttl"])
    assert on_file.stdout == on_store.stdout and "Reading the on-disk store" not in on_file.stderr
    # A rebuild that keeps Turtle only leaves the old store stale: it is not read.
    again = runner.invoke(cli, ["build", str(examples_dir), "--no-views", "-q", "--no-store"])
    assert again.exit_code == 0, again.output
    os.utime("out/graph.ttl", ns=(1, 1))  # a new file, whatever the clock's resolution
    assert store_beside("out/graph.ttl") is None
    plain = runner.invoke(cli, ["query", "summary", "--format", "csv"])
    assert plain.exit_code == 0 and "Reading the on-disk store" not in plain.stderr


def test_an_automatic_store_leaves_a_folder_of_the_users_alone(examples_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(store_module, "STORE_ABOVE_TRIPLES", 100)
    (tmp_path / "out" / "store").mkdir(parents=True)
    (tmp_path / "out" / "store" / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(examples_dir), "--no-views", "-q"])
    assert result.exit_code == 0, result.output
    assert "is not a partnergraph store: kept graph.ttl only" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "store").iterdir()) == ["notes.txt"]
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_a_build_below_the_threshold_writes_turtle_only(examples_dir, examples_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert estimate_triples(examples_graph) < store_module.STORE_ABOVE_TRIPLES  # make demo stays Turtle only
    result = CliRunner().invoke(cli, ["build", str(examples_dir), "--no-views", "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.ttl").is_file() and not (tmp_path / "out" / "store").exists()
    both = CliRunner().invoke(cli, ["build", str(examples_dir), "--store", "s", "--no-store"])
    assert both.exit_code == 2 and "--no-store" in both.output


def test_the_estimate_is_close_to_the_triples_written(examples_graph):
    exact = len(to_triples(examples_graph))
    assert 0.7 * exact <= estimate_triples(examples_graph) <= 1.3 * exact


@pytest.mark.parametrize("make", ["plain folder", "broken store"])
def test_a_bad_store_folder_is_one_line_and_exit_1(tmp_path, make):
    folder = tmp_path / "store"
    folder.mkdir()
    if make == "broken store":
        (folder / store_module.MARKER).write_text("{not json", encoding="utf-8")
    else:
        (folder / "notes.txt").write_text("mine", encoding="utf-8")
    for args in (["query", "overlaps"], ["query", "summary"], ["view", "-o", str(tmp_path / "v.html")],
                 ["sparql", "gaps"]):
        result = CliRunner().invoke(cli, [*args, "--graph", str(folder)])
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception,
                                                                                            SystemExit)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and str(folder) in lines[0], result.output


def assert_same_pages(graph, tmp_path):
    ttl, folder = _written(graph, tmp_path)
    pages = [["view", *opts] for opts in ([], ["--threshold", "20"], ["--place", "Derby"], ["--overlaps"],
                                          ["--theme", "early years", "--depth", "2"])]
    pages += [["heatmap"], ["report", "--no-picture"], ["report", "--no-picture", "--threshold", "20"]]
    for args in pages:
        _run([*args, "--graph", str(ttl), "-o", str(tmp_path / "a.html")])
        _run([*args, "--graph", str(folder), "-o", str(tmp_path / "b.html")])
        a, b = (tmp_path / "a.html").read_text(), (tmp_path / "b.html").read_text()
        assert a == b, args
        if args[0] != "heatmap":  # the quotes or rows came back from the store into the page
            assert "characters 0-0" not in b and ("sheet " in b or "characters " in b), args


def test_views_heatmap_and_report_of_a_store_are_those_of_the_file(examples_graph, tmp_path, no_whole_reads):
    assert_same_pages(examples_graph, tmp_path)


def test_views_heatmap_and_report_of_a_store_of_the_seeds(seed_graph, tmp_path, no_whole_reads):
    assert_same_pages(seed_graph, tmp_path)
