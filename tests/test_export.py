"""Exporters: every registered format against its golden file, and read back where it can be."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from partnergraph.cli import cli
from partnergraph.graph import save, to_rdflib, to_triples
from partnergraph.graph.exporters import ExportError, Exporter, exporter, exporter_for, exporters, register, \
    unregister
from partnergraph.graph.exporters.network import flatten
from partnergraph.graph.exporters.rdf import build_context, context, to_jsonld

HERE = Path(__file__).parent
GOLDEN = HERE / "data" / "golden"
# Set PG_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change; review the diff.
UPDATE = os.environ.get("PG_UPDATE_GOLDEN") == "1"


def _sample_module():
    spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _sample_module()


@pytest.fixture(scope="module")
def graph():
    return SAMPLE.sample_graph()


def _out(tmp_path: Path, e: Exporter) -> Path:
    return tmp_path / (f"sample{e.suffixes[0]}" if e.target == "file" else "sample")


def _files(written: list[Path], out: Path) -> dict[str, bytes]:
    if out.is_dir():
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(written)}
    return {out.name: out.read_bytes()}


@pytest.mark.parametrize("name", sorted(exporters()))
def test_every_format_matches_its_golden_file(name, graph, tmp_path):
    e = exporter(name)
    out = _out(tmp_path, e)
    written = e.write(graph, out)
    got = _files(written, out)
    golden = GOLDEN / name
    if UPDATE:
        golden.mkdir(parents=True, exist_ok=True)
        for old in golden.iterdir():
            old.unlink()
        for rel, data in got.items():
            (golden / rel).write_bytes(data)
    assert golden.is_dir(), f"no golden files for {name}: run with PG_UPDATE_GOLDEN=1 and review them"
    expected = {p.name: p.read_bytes() for p in sorted(golden.iterdir())}
    assert sorted(got) == sorted(expected)
    for rel in expected:
        assert got[rel] == expected[rel], f"{name}: {rel} differs from tests/data/golden/{name}/{rel}"


@pytest.mark.parametrize("name", sorted(exporters()))
def test_every_format_is_deterministic(name, graph, tmp_path):
    e = exporter(name)
    a, b = _out(tmp_path / "a", e), _out(tmp_path / "b", e)
    assert _files(e.write(graph, a), a) == _files(e.write(SAMPLE.sample_graph(), b), b)


@pytest.mark.parametrize("name", [n for n, e in sorted(exporters().items()) if e.readable])
def test_readable_formats_round_trip_to_the_same_triples(name, graph, tmp_path):
    e = exporter(name)
    out = _out(tmp_path, e)
    e.write(graph, out)
    back = e.read(out)
    assert set(to_triples(back)) == set(to_triples(graph))
    nasty = [d for _, d in back.nodes("Initiative")][0]
    assert nasty["label"] == " ".join(SAMPLE.NASTY.split())
    assert nasty["description"] == SAMPLE.NASTY


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "trig"])
def test_rdf_formats_parse_in_rdflib_to_an_isomorphic_graph(name, graph, tmp_path):
    e = exporter(name)
    out = _out(tmp_path, e)
    e.write(graph, out)
    fmt = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig"}[name]
    if name == "trig":
        ds = rdflib.Dataset()
        ds.parse(out, format="trig")
        parsed = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            parsed.add((s, p, o))
    else:
        parsed = rdflib.Graph().parse(out, format=fmt)
    assert isomorphic(parsed, to_rdflib(graph))


@pytest.mark.parametrize("name,read", [("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
                                       ("gexf", nx.read_gexf)])
def test_network_formats_read_back_as_the_flattened_graph(name, read, graph, tmp_path):
    e = exporter(name)
    out = _out(tmp_path, e)
    e.write(graph, out)
    back = read(out)
    flat = flatten(graph)
    assert sorted(back.nodes) == sorted(flat.nodes)
    for nid, data in flat.nodes(data=True):
        got = {k: v for k, v in back.nodes[nid].items() if k != "id"}
        assert got == data, nid
    assert sorted((s, o, d["relation"]) for s, o, d in back.edges(data=True)) == \
        sorted((s, o, d["relation"]) for s, o, d in flat.edges(data=True))
    nasty = next(d for _, d in back.nodes(data=True) if d["type"] == "Initiative")
    assert nasty["description"] == SAMPLE.NASTY
    assert json.loads(nasty["sources"])[0]["quote"] == SAMPLE.NASTY


def test_trig_puts_each_document_in_its_own_named_graph(graph, tmp_path):
    out = tmp_path / "g.trig"
    exporter("trig").write(graph, out)
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert names == {graph.iri("document/derby-hwb-2019-01-17-txt"), graph.iri("document/oxford-scrutiny-txt")}
    oxford = graph.iri("org/oxford/scrutiny-committee")
    assert {q.graph_name.value for q in quads if q.subject.value == oxford} == \
        {graph.iri("document/oxford-scrutiny-txt")}


def test_shipped_jsonld_context_is_the_one_the_ontology_declares():
    if UPDATE:  # the ontology gained a term: rewrite the shipped context and review the diff
        shipped = Path(__import__("partnergraph.graph.exporters.rdf", fromlist=["x"]).__file__).parent
        (shipped / "context.jsonld").write_text(json.dumps(build_context(), indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        context.cache_clear()
    assert context() == build_context(), "regenerate graph/exporters/context.jsonld with PG_UPDATE_GOLDEN=1"
    terms = context()["@context"]
    assert terms["memberOf"] == {"@id": "pg:memberOf", "@type": "@id"}
    assert terms["Board"] == "pg:Board"


def test_jsonld_is_compacted_with_terms_and_relative_ids(graph):
    doc = to_jsonld(graph)
    hwb = next(n for n in doc["@graph"] if n["@id"] == "org/derby/health-and-wellbeing-board")
    assert hwb["@type"] == "Board"
    assert hwb["label"] == "Health and Wellbeing Board"
    assert hwb["aliases"] == ["HWB", "the Board"]
    assert hwb["kind"] == "pgkind:health-and-wellbeing-board"
    assert hwb["subOrganisationOf"] == "org/derby/derby-city-council"
    assert doc["@context"][1] == {"@base": graph.base}


def test_exporter_for_guesses_by_suffix_and_refuses_unknown_names():
    assert exporter_for("x/graph.nt").name == "ntriples"
    assert exporter_for("g.json-ld").name == "jsonld"
    with pytest.raises(ExportError, match="unknown export format 'nope'"):
        exporter("nope")
    with pytest.raises(ExportError, match="cannot tell the format"):
        exporter_for("g.unknown")


def test_a_new_format_is_one_registered_class(graph, tmp_path):
    @register
    class Labels(Exporter):
        name = "labels-test"
        suffixes = (".labels",)

        def write(self, g, out):
            out.write_text("\n".join(d["label"] for _, d in g.nodes("Board")))
            return [out]

    try:
        out = tmp_path / "boards.labels"
        exporter_for(out).write(graph, out)
        assert "Scrutiny Committee" in out.read_text()
    finally:
        unregister("labels-test")
    assert "labels-test" not in exporters()


def test_cli_export_writes_the_format_and_refuses_bad_names(graph, tmp_path):
    source = save(graph, tmp_path / "graph.ttl")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--graph", str(source), "--format", "jsonld", "-o",
                                 str(tmp_path / "g.jsonld")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "g.jsonld").read_text())["@graph"]
    result = runner.invoke(cli, ["export", "--graph", str(source), "-o", str(tmp_path / "g.unknown")])
    assert result.exit_code == 2
    assert "cannot tell the format" in result.output
    result = runner.invoke(cli, ["export", "--graph", str(tmp_path / "missing.ttl"), "-o",
                                 str(tmp_path / "g.nt")])
    assert result.exit_code == 1
    assert "missing.ttl" in result.output and "Traceback" not in result.output


def test_the_examples_in_export_help_run(graph, tmp_path, monkeypatch):
    runner = CliRunner()
    help_text = runner.invoke(cli, ["export", "--help"]).output
    examples = [line.strip() for line in help_text.splitlines() if line.strip().startswith("partnergraph export")]
    assert len(examples) >= 3
    monkeypatch.chdir(tmp_path)
    save(graph, tmp_path / "out" / "graph.ttl")
    for example in examples:
        result = runner.invoke(cli, example.split()[1:])
        assert result.exit_code == 0, (example, result.output)
    assert (tmp_path / "graph.jsonld").is_file() and (tmp_path / "graph.gexf").is_file()
    assert (tmp_path / "neo4j-import" / "nodes.csv").is_file()


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "trig"])
def test_rdf_files_are_streamed_to_the_same_bytes_as_dumps(name, graph, tmp_path):
    """write() serialises into the file piece by piece (national graphs); the bytes must not change."""
    e = exporter(name)
    out = _out(tmp_path, e)
    e.write(graph, out)
    assert out.read_bytes() == e.dumps(graph)


def test_prefix_lines_of_a_written_file_are_put_in_order(tmp_path):
    from partnergraph.graph.exporters.rdf import _sort_prefix_lines

    path = tmp_path / "g.ttl"
    body = b"<http://a> <http://b> <http://c> .\n" * 3
    path.write_bytes(b"@prefix z: <http://z/> .\n@prefix a: <http://a/> .\n" + body)
    _sort_prefix_lines(path)
    assert path.read_bytes() == b"@prefix a: <http://a/> .\n@prefix z: <http://z/> .\n" + body
    assert not list(tmp_path.glob("*.sorted"))
