"""Kumu-style sheets read back by the register loader: same elements, same links, quotes kept."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from openpyxl import load_workbook

from partnergraph.graph import PartnershipGraph
from partnergraph.graph.exporters import exporter
from partnergraph.graph.exporters.kumu import SHEET_COLUMNS

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)

register = pytest.importorskip("partnergraph.loaders.register", reason="the register loader is not there yet")
schema = pytest.importorskip("partnergraph.loaders.register_schema")


def _export_and_read(name: str, tmp_path: Path):
    graph = SAMPLE.sample_graph()
    out = tmp_path / ("sample.xlsx" if name == "kumu-xlsx" else "sample")
    exporter(name).write(graph, out)
    back = PartnershipGraph()
    warnings: list[str] = []
    register.load_register(out if name == "kumu-xlsx" else out / "elements.csv", back, warn=warnings.append)
    return graph, back, warnings


def _named(graph: PartnershipGraph, nid: str) -> tuple[str, str]:
    data = graph.node(nid)
    return data["type"], data["label"]


def test_columns_are_the_register_templates():
    for name, columns in SHEET_COLUMNS.items():
        assert columns == tuple(c.name for c in schema.sheet(name).columns), name


@pytest.mark.parametrize("name", ["kumu-xlsx", "kumu-csv"])
def test_the_register_loader_reads_the_export_back(name, tmp_path):
    graph, back, warnings = _export_and_read(name, tmp_path)
    assert warnings == []
    original = {(d["type"], d["label"], graph.place_name(n)) for n, d in graph.nodes() if d["type"] != "Document"}
    read = {(d["type"], d["label"], back.place_name(n)) for n, d in back.nodes() if d["type"] != "Document"}
    assert read == original
    # Same identifiers for everything but responses (a register names those after their recommendation).
    assert {n for n, d in graph.nodes() if d["type"] not in ("Document", "Response")} <= set(back.nx.nodes)
    edges = {(_named(graph, s), r, _named(graph, o), d.get("relation_label")) for s, r, o, d in graph.edges()}
    back_edges = {(_named(back, s), r, _named(back, o), d.get("relation_label")) for s, r, o, d in back.edges()}
    assert back_edges == edges
    hwb = back.node("org/derby/health-and-wellbeing-board")
    assert hwb["type"] == "Board" and hwb["kind"] == "health-and-wellbeing-board"
    assert hwb["sectors"] == {"health", "local-government"} and hwb["aliases"] == {"HWB", "the Board"}
    response = next(d for _, d in back.nodes("Response"))
    assert response["verdict"] == "partially-accepted" and response["comment"] == "Agreed in part."


@pytest.mark.parametrize("name", ["kumu-xlsx", "kumu-csv"])
def test_quotes_and_hostile_labels_survive_the_sheets(name, tmp_path):
    graph, back, _ = _export_and_read(name, tmp_path)
    nid = next(n for n, _ in graph.nodes("Initiative"))
    data = back.node(nid)
    assert data["label"] == " ".join(SAMPLE.NASTY.split())
    # A register cell is single-spaced text: line breaks and tabs become spaces.
    assert data["description"] == " ".join(SAMPLE.NASTY.split())
    assert {s.quote for s in data["sources"]} == {" ".join(SAMPLE.NASTY.split())}
    s, o = nid, "org/derby/derby-city-council"
    delivered = back.nx.edges[s, o, "deliveredBy"]
    assert [src.document for src in delivered["sources"]] == ["document/oxford-scrutiny-txt"]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    graph = SAMPLE.sample_graph()
    graph.add_node("Theme", "=HYPERLINK(\"http://evil\",\"click\")", place="Derby",
                   source=next(iter(graph.node("org/derby/derby-city-council")["sources"])))
    out = tmp_path / "k.xlsx"
    exporter("kumu-xlsx").write(graph, out)
    wb = load_workbook(out)
    cells = [c for row in wb["Elements"].iter_rows() for c in row if c.value is not None]
    evil = [c for c in cells if str(c.value).startswith("=")]
    assert evil and all(c.data_type == "s" for c in evil)
    assert sorted(wb.sheetnames) == sorted(SHEET_COLUMNS)


def test_links_of_documents_are_left_out_so_the_register_still_loads(tmp_path):
    from partnergraph.graph import Source

    graph = SAMPLE.sample_graph()
    doc = "document/derby-hwb-2019-01-17-txt"
    graph.add_edge(doc, "addressesTheme", "theme/derby/give-all-young-people-a-good-start-in-life",
                   source=Source(doc, start=0, end=5, rule="test"))
    out = tmp_path / "k.xlsx"
    exporter("kumu-xlsx").write(graph, out)
    back = PartnershipGraph()
    register.load_register(out, back)
    assert not [e for e in back.edges() if e[0].startswith("document/")]
    assert back.nx.number_of_edges() == graph.nx.number_of_edges() - 1
