"""Influence on a hand-made graph: a partnership bridging three sectors (answers worked by hand)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import GraphError, PartnershipGraph, Source, save
from partnergraph.queries.influence import influence, to_igraph


def _s(doc: str, quote: str = "x") -> Source:
    return Source(doc, quote=quote, start=0, end=1)


def derby() -> PartnershipGraph:
    g = PartnershipGraph()
    d = g.add_document("derby.txt", place="Derby")

    def body(label, kind):
        return g.add_node("Organisation", label, place="Derby", kind=kind, source=_s(d, label))

    x = g.add_node("Partnership", "Derby Partnership", place="Derby", kind="local-strategic-partnership",
                   source=_s(d))
    council = body("Derby City Council", "council")                 # local-government
    ccg = body("Southern Derbyshire CCG", "clinical-commissioning-group")  # health
    cvs = body("Derby CVS", "vcse-organisation")                   # vcse
    college = body("Derby College", "university")                  # academic
    theme = g.add_node("Theme", "Early years", place="Derby", source=_s(d))
    for m in (council, ccg, cvs):
        g.add_edge(m, "memberOf", x, source=_s(d, "member of the Derby Partnership"))
    g.add_edge(council, "partnerOf", ccg, source=_s(d, "the Council and the CCG"))
    g.add_edge(cvs, "addressesTheme", theme, source=_s(d))
    g.add_edge(college, "addressesTheme", theme, source=_s(d))
    return g


def test_index_based_copy_leaves_out_documents_and_places():
    g, ids = to_igraph(derby())
    assert ids == sorted(ids) and len(ids) == 6 and g.ecount() == 6
    assert not any(i.startswith(("document/", "place/")) for i in ids)


def test_degree_betweenness_brokerage_and_communities():
    rows = {r.label: r for r in influence(derby())}
    assert list(rows) == ["Derby Partnership", "Derby CVS", "Derby City Council", "Southern Derbyshire CCG",
                          "Derby College"]
    # 6 nodes: normalise by (6-1)(6-2)/2 = 10.  Through the partnership: the 2 triangle bodies x
    # {CVS, theme, college} = 6 pairs; through the CVS: {partnership, council, CCG} x {theme, college} = 6.
    assert (rows["Derby Partnership"].degree, rows["Derby Partnership"].betweenness) == (3, 0.6)
    assert (rows["Derby CVS"].degree, rows["Derby CVS"].betweenness) == (2, 0.6)
    assert rows["Derby College"].betweenness == 0.0
    # The partnership's projected neighbours: council (local-government), CCG (health), CVS (vcse).
    # Disjoint, unlinked pairs: council-CVS and CCG-CVS (council-CCG are partners): 2.
    assert (rows["Derby Partnership"].brokerage, rows["Derby Partnership"].sectors_bridged) == (2, 3)
    # The CVS joins the partnership (local-government) and the college (academic, via the theme).
    assert (rows["Derby CVS"].brokerage, rows["Derby CVS"].sectors_bridged) == (1, 3)
    assert rows["Derby City Council"].brokerage == 0
    assert rows["Southern Derbyshire CCG"].sectors == ("health",)
    # Two communities: the triangle and the CVS-theme-college path, numbered by first identifier
    # (org/derby/college comes first).
    assert {r.label: r.community for r in rows.values()} == {
        "Derby College": 1, "Derby CVS": 1, "Derby Partnership": 2, "Derby City Council": 2,
        "Southern Derbyshire CCG": 2}
    assert [r.community for r in influence(derby(), method="leiden")] == [r.community for r in rows.values()]


def test_every_node_and_filters():
    every = influence(derby(), bodies_only=False)
    assert len(every) == 6 and {r.type for r in every} >= {"Theme"}
    theme = next(r for r in every if r.type == "Theme")
    assert theme.betweenness == 0.4  # {partnership, council, CCG, CVS} x {college} = 4 of 10
    assert influence(derby(), place="Luton") == []
    with pytest.raises(GraphError, match="unknown community method"):
        influence(derby(), method="spectral")
    assert influence(PartnershipGraph()) == []


def test_cli_influence(tmp_path):
    f = save(derby(), tmp_path / "g.ttl")
    r = CliRunner().invoke(cli, ["query", "influence", "--graph", str(f), "--format", "json", "--limit", "1"])
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.output)
    assert (row["label"], row["brokerage"]) == ("Derby Partnership", 2)


def test_betweenness_is_estimated_from_sampled_sources_on_large_graphs():
    exact = {r.label: r.betweenness for r in influence(derby())}
    # With every node as a source the estimate is the exact value; with 3 of 6 it is an estimate
    # that is still zero for the college (a leaf), and the same on every run.
    assert {r.label: r.betweenness for r in influence(derby(), max_sources=6)} == exact
    sampled = {r.label: r.betweenness for r in influence(derby(), max_sources=3)}
    assert sampled["Derby College"] == 0.0
    assert sampled == {r.label: r.betweenness for r in influence(derby(), max_sources=3)}  # seeded
