"""Neo4j: the statements and parameters of a push (golden), the script and import exports, and a real
server when NEO4J_URI is set."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import save
from partnergraph.graph.cypher import LABELS, NAMED_QUERIES, REL_TYPES, CypherError, literal, merge_edges, \
    merge_nodes, named_query
from partnergraph.graph.exporters import exporter
from partnergraph.graph.exporters.neo4j import ARRAY_DELIMITER, EDGE_FIELDS, NODE_FIELDS
from partnergraph.graph.neo4j import Neo4jError, edge_rows, labels_of, node_rows, plan, push_neo4j

HERE = Path(__file__).parent
GOLDEN = HERE / "data" / "golden" / "neo4j-plan" / "sample.json"
UPDATE = os.environ.get("PG_UPDATE_GOLDEN") == "1"
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)


def _plan_json(steps) -> str:
    return json.dumps([{"name": s.statement.name, "text": s.statement.text, "parameters": s.parameters}
                       for s in steps], indent=1, ensure_ascii=False) + "\n"


def test_push_statements_and_parameters_match_the_golden_file():
    got = _plan_json(plan(SAMPLE.sample_graph(), batch_size=3))
    if UPDATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")


def test_constraints_and_indexes_come_first_and_every_write_is_a_parameterised_unwind():
    steps = plan(SAMPLE.sample_graph())
    kinds = [s.statement.text.split()[0] for s in steps]
    first_write = kinds.index("UNWIND")
    assert set(kinds[:first_write]) == {"CREATE"} and set(kinds[first_write:]) == {"UNWIND"}
    for s in steps[first_write:]:
        assert s.statement.text.startswith("UNWIND $rows AS row\n")
        assert "MERGE" in s.statement.text and set(s.parameters) == {"rows"}


def test_labels_and_types_in_statements_come_only_from_the_ontology_and_no_text_gets_in():
    graph = SAMPLE.sample_graph()
    for s in plan(graph):
        for name in re.findall(r"`([^`]*)`", s.statement.text):
            assert name in LABELS | REL_TYPES
        assert "Robert" not in s.statement.text and "DETACH" not in s.statement.text
    for q in NAMED_QUERIES.values():
        for name in re.findall(r"`([^`]*)`", q.text):
            assert name in LABELS | REL_TYPES
    with pytest.raises(CypherError):
        merge_edges("MEMBER_OF` {x:1}]->() DELETE n //", "Person", "Organisation")
    with pytest.raises(CypherError):
        merge_nodes("Nope", ("Nope",))
    with pytest.raises(CypherError):
        named_query("drop everything")


def test_rows_keep_provenance_and_hostile_text_unchanged():
    graph = SAMPLE.sample_graph()
    nodes = {row["iri"]: (labels, row["props"]) for _, labels, row in node_rows(graph)}
    nasty_iri = graph.iri(next(n for n, _ in graph.nodes("Initiative")))
    labels, props = nodes[nasty_iri]
    assert labels == ("Initiative",)
    assert props["description"] == SAMPLE.NASTY
    assert props["quotes"] == [SAMPLE.NASTY]
    assert json.loads(props["sources"][0])["quote"] == SAMPLE.NASTY
    assert props["documents"] == [graph.iri("document/derby-hwb-2019-01-17-txt")]
    hwb = nodes[graph.iri("org/derby/health-and-wellbeing-board")]
    assert hwb[0] == ("Organisation", "Board") == labels_of("Board")
    assert hwb[1]["aliases"] == ["HWB", "the Board"] and hwb[1]["place_label"] == "Derby"
    edges = {(r["start"], rel, r["end"]): r for rel, _, _, r in edge_rows(graph)}
    related = [r for (_, rel, _), r in edges.items() if rel == "RELATED_TO"][0]
    assert related["props"]["relation_label"] == 'works alongside "quoted" } {'
    assert related["key"].startswith("relatedTo:")


# -- the cypher-shell script ----------------------------------------------------------------------


def _parse_literal(text: str):
    """A small reader for the Cypher literals the script writes (maps, lists, strings, numbers)."""
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] == " ":
            pos += 1

    def value():
        nonlocal pos
        ws()
        c = text[pos]
        if c == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`").match(text, pos)
                key = m.group(0)
                if key.startswith("`"):
                    key = key[1:-1].replace("``", "`")
                pos = m.end()
                ws()
                assert text[pos] == ":"
                pos += 1
                out[key] = value()
                ws()
                if text[pos] == "}":
                    pos += 1
                    return out
                assert text[pos] == ","
                pos += 1
        if c == "[":
            pos += 1
            items = []
            ws()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                ws()
                if text[pos] == "]":
                    pos += 1
                    return items
                assert text[pos] == ","
                pos += 1
        if c == '"':
            m = re.compile(r'"(?:[^"\\]|\\.)*"').match(text, pos)
            pos = m.end()
            return json.loads(m.group(0))
        m = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?|true|false|null").match(text, pos)
        pos = m.end()
        return json.loads(m.group(0))

    result = value()
    assert pos == len(text)
    return result


def test_cypher_script_sets_parameters_that_read_back_exactly(tmp_path):
    graph = SAMPLE.sample_graph()
    out = tmp_path / "graph.cypher"
    exporter("cypher").write(graph, out)
    lines = out.read_text(encoding="utf-8").split("\n")
    params = [{"rows": _parse_literal(line[len(":param rows => "):])} for line in lines
              if line.startswith(":param ")]
    expected = [dict(s.parameters) for s in plan(graph) if s.parameters]
    assert params == json.loads(json.dumps(expected))
    text = out.read_text(encoding="utf-8")
    for s in plan(graph):
        assert s.statement.text + ";\n" in text
    assert all(line.startswith((":param ", "//", "CREATE ", "UNWIND ", "MERGE ", "MATCH ", "SET "))
               for line in lines if line)


def test_literal_escapes_what_would_end_a_string():
    assert _parse_literal(literal({"a": SAMPLE.NASTY, "odd key`": ["x", 1, 2.5, None]})) == \
        {"a": SAMPLE.NASTY, "odd key`": ["x", 1, 2.5, None]}
    assert "\n" not in literal(SAMPLE.NASTY)


# -- neo4j-admin import CSVs ---------------------------------------------------------------------


def test_neo4j_admin_csvs_read_back_to_the_pushed_rows(tmp_path):
    graph = SAMPLE.sample_graph()
    written = exporter("neo4j-admin").write(graph, tmp_path / "import")
    assert sorted(p.name for p in written) == ["import.sh", "nodes.csv", "relationships.csv"]
    with open(tmp_path / "import" / "nodes.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert header[:2] == ["iri:ID", ":LABEL"]
    declared = {n for n, _ in NODE_FIELDS}
    for _, labels, row in node_rows(graph):
        assert set(row["props"]) - {"iri"} <= declared, "a property the CSV header does not declare"
        got = next(r for r in rows[1:] if r[0] == row["iri"])
        assert got[1].split(ARRAY_DELIMITER) == list(labels)
        for (name, kind), cell in zip(NODE_FIELDS, got[2:]):
            want = row["props"].get(name)
            if kind.endswith("[]"):
                assert (cell.split(ARRAY_DELIMITER) if cell else None) == want, name
            else:
                assert (cell or None) == want, name
    with open(tmp_path / "import" / "relationships.csv", newline="", encoding="utf-8") as fh:
        rel_rows = list(csv.reader(fh))
    assert len(rel_rows) - 1 == graph.nx.number_of_edges()
    assert [f.split(":")[0] for f in rel_rows[0][3:]] == [n for n, _ in EDGE_FIELDS]


# -- pushing -----------------------------------------------------------------------------------------


def test_push_needs_credentials_from_the_environment():
    with pytest.raises(Neo4jError, match="NEO4J_USER and NEO4J_PASSWORD"):
        push_neo4j(SAMPLE.sample_graph(), "neo4j://127.0.0.1:1", environ={})


def test_cli_push_neo4j_reports_an_unreachable_server_on_one_line(tmp_path):
    path = save(SAMPLE.sample_graph(), tmp_path / "graph.ttl")
    result = CliRunner().invoke(cli, ["push", "neo4j", "--graph", str(path), "--uri", "bolt://127.0.0.1:1", "-q"],
                                env={"NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "x"})
    assert result.exit_code == 1
    assert "bolt://127.0.0.1:1" in result.output and "Traceback" not in result.output


NEO4J_URI = os.environ.get("NEO4J_URI")


@pytest.mark.skipif(not NEO4J_URI, reason="NEO4J_URI is not set: no Neo4j server to push to "
                                          "(see docs/linked-data.md to start one in Docker)")
def test_pushing_twice_to_a_real_neo4j_leaves_one_copy():
    import neo4j

    graph = SAMPLE.sample_graph()
    first = push_neo4j(graph, NEO4J_URI, database=os.environ.get("NEO4J_DATABASE"))
    second = push_neo4j(SAMPLE.sample_graph(), NEO4J_URI, database=os.environ.get("NEO4J_DATABASE"))
    assert first.nodes_in_database == second.nodes_in_database >= graph.nx.number_of_nodes()
    assert first.relationships_in_database == second.relationships_in_database
    nasty_iri = graph.iri(next(n for n, _ in graph.nodes("Initiative")))
    auth = (os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"])
    with neo4j.GraphDatabase.driver(NEO4J_URI, auth=auth) as driver:
        records, _, _ = driver.execute_query(named_query("evidence").text, iri=nasty_iri,
                                             database_=os.environ.get("NEO4J_DATABASE"))
        assert records[0]["quotes"] == [SAMPLE.NASTY]
        records, _, _ = driver.execute_query("MATCH (n {iri: $iri}) RETURN count(n) AS n, n.description AS d",
                                             iri=nasty_iri, database_=os.environ.get("NEO4J_DATABASE"))
        assert records[0]["n"] == 1 and records[0]["d"] == SAMPLE.NASTY
