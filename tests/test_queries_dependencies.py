"""Interdependencies and paths on a hand-made Oxford graph (answers worked by hand)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import GraphError, PartnershipGraph, Source, save
from partnergraph.queries.dependencies import interdependencies, path


def _s(doc: str, quote: str) -> Source:
    return Source(doc, quote=quote, start=0, end=len(quote))


def oxford() -> PartnershipGraph:
    g = PartnershipGraph()
    d = g.add_document("oxford-update.txt", place="Oxford")

    def body(t, name, **kw):
        return g.add_node(t, name, place="Oxford", source=_s(d, name), **kw)

    sc, ceb, fc = body("Board", "Scrutiny Committee"), body("Board", "City Executive Board"), body("Board", "Full Council")
    hwb, hib = body("Board", "Health and Wellbeing Board"), body("Board", "Health Improvement Board")
    ig = body("Partnership", "HIC Implementation Group")
    council = body("Organisation", "Oxford City Council", kind="council")
    ccg = body("Organisation", "Oxfordshire Clinical Commissioning Group", kind="clinical-commissioning-group")
    r1 = g.add_node("Recommendation", "Prioritise policy development and research capacity", place="Oxford",
                    number="1", source=_s(d, "1. That the Council should prioritise ..."))
    g.add_edge(r1, "madeBy", sc, source=_s(d, "recommendations of the Scrutiny Committee"))
    g.add_edge(r1, "addressedTo", ceb, source=_s(d, "City Executive Board response to recommendations"))
    g.add_edge(sc, "reportsTo", fc, source=_s(d, "Scrutiny reports to Council"))
    g.add_edge(hib, "accountableTo", hwb, source=_s(d, "HIB is accountable to the HWB"))
    g.add_edge(ig, "subOrganisationOf", hwb, source=_s(d, "the Implementation Group of the HWB"))
    barton = g.add_node("Initiative", "Barton Healthy New Town", place="Oxford", source=_s(d, "Barton Healthy New Town"))
    g.add_edge(council, "leads", barton, source=_s(d, "the Council leads Barton"))
    g.add_edge(barton, "deliveredBy", ccg, source=_s(d, "delivered with the CCG"))
    g.add_edge(barton, "fundedBy", council, source=_s(d, "Council funding"))  # lead = funder: no row
    plan = g.add_node("Strategy", "Health Inequalities Plan", place="Oxford", source=_s(d, "the plan"))
    g.add_edge(hwb, "leads", plan, source=_s(d, "the HWB owns the plan"))
    g.add_edge(plan, "reliesOn", barton, source=_s(d, "the plan relies on Barton"))
    tidball = g.add_node("Person", "Councillor Marie Tidball", source=_s(d, "Councillor Tidball"))
    g.add_edge(tidball, "memberOf", ceb, source=_s(d, "Board Member for Young People"))
    g.add_edge(tidball, "memberOf", hwb, source=_s(d, "Cllr Tidball sits on the HWB"))
    g.add_edge(ccg, "partnerOf", council, source=_s(d, "working with partners including the CCG"))
    return g


def test_interdependencies_lists_each_pattern_once_with_evidence():
    rows = interdependencies(oxford())
    got = [(r.source, r.kind, r.target, r.via) for r in rows]
    assert got == [
        ("City Executive Board (Oxford)", "shared member", "Health and Wellbeing Board (Oxford)", "Councillor Marie Tidball"),
        ("HIC Implementation Group (Oxford)", "part of", "Health and Wellbeing Board (Oxford)", ""),
        ("Health Improvement Board (Oxford)", "accountable to", "Health and Wellbeing Board (Oxford)", ""),
        ("Health and Wellbeing Board (Oxford)", "relies on", "Oxford City Council",
         "Health Inequalities Plan -> Barton Healthy New Town"),
        ("Oxford City Council", "partner of", "Oxfordshire Clinical Commissioning Group", ""),
        ("Oxford City Council", "delivered by", "Oxfordshire Clinical Commissioning Group",
         "Barton Healthy New Town"),
        ("Scrutiny Committee (Oxford)", "recommends", "City Executive Board (Oxford)",
         "Prioritise policy development and research capacity"),
        ("Scrutiny Committee (Oxford)", "reports to", "Full Council (Oxford)", ""),
    ]
    rec = rows[6]
    assert rec.evidence == ("oxford-update.txt: City Executive Board response to recommendations",
                            "oxford-update.txt: recommendations of the Scrutiny Committee")
    assert rec.documents == ("oxford-update.txt",) and rec.place == "Oxford"
    delivered = rows[5]
    assert set(delivered.evidence) == {"oxford-update.txt: the Council leads Barton",
                                       "oxford-update.txt: delivered with the CCG"}


def test_interdependency_filters():
    g = oxford()
    assert [r.kind for r in interdependencies(g, body="Scrutiny Committee")] == ["recommends", "reports to"]
    assert [r.source for r in interdependencies(g, kind="shared member")] == ["City Executive Board (Oxford)"]
    assert interdependencies(g, place="Derby") == []
    with pytest.raises(GraphError, match="unknown kind"):
        interdependencies(g, kind="likes")


def test_path_walks_the_shortest_evidence_carrying_chain():
    steps = path(oxford(), "Scrutiny Committee", "Oxfordshire Clinical Commissioning Group")
    # SC <-madeBy- R1 -addressedTo-> CEB <-memberOf- Tidball -memberOf-> HWB -leads-> Plan
    # -reliesOn-> Barton -deliveredBy-> CCG: seven steps, one chain (the partner link is longer).
    assert [(s.source, s.relation, s.target, s.direction) for s in steps] == [
        ("Prioritise policy development and research capacity", "made by", "Scrutiny Committee (Oxford)",
         "backward"),
        ("Prioritise policy development and research capacity", "addressed to",
         "City Executive Board (Oxford)", "forward"),
        ("Councillor Marie Tidball", "member of", "City Executive Board (Oxford)", "backward"),
        ("Councillor Marie Tidball", "member of", "Health and Wellbeing Board (Oxford)", "forward"),
        ("Health and Wellbeing Board (Oxford)", "leads", "Health Inequalities Plan", "forward"),
        ("Health Inequalities Plan", "relies on", "Barton Healthy New Town", "forward"),
        ("Barton Healthy New Town", "delivered by", "Oxfordshire Clinical Commissioning Group",
         "forward"),
    ]
    assert {s.path for s in steps} == {1} and [s.step for s in steps] == list(range(1, 8))
    assert steps[-1].evidence == ("oxford-update.txt: delivered with the CCG",)


def test_path_to_a_reference_theme_and_bad_names():
    g = oxford()
    steps = path(g, "Oxford City Council", "healthy places")
    assert [(s.source, s.relation, s.target) for s in steps] == [
        ("Oxford City Council", "leads", "Barton Healthy New Town"),
        ("Barton Healthy New Town", "matches", "reference theme healthy-sustainable-places"),
    ]
    with pytest.raises(GraphError, match="no node called"):
        path(g, "Knitting Circle", "Full Council")
    g2 = PartnershipGraph()
    d = g2.add_document("x.txt")
    for place in ("Derby", "Hackney"):
        g2.add_node("Board", "Health and Wellbeing Board", place=place, source=_s(d, "HWB"))
    g2.add_node("Board", "Full Council", place="Derby", source=_s(d, "Council"))
    with pytest.raises(GraphError, match="ambiguous"):
        path(g2, "Health and Wellbeing Board", "Full Council")
    assert path(g2, "org/derby/health-and-wellbeing-board", "Full Council") == []  # not connected


def test_cli_interdependencies_and_path(tmp_path):
    f = save(oxford(), tmp_path / "g.ttl")
    r = CliRunner().invoke(cli, ["query", "interdependencies", "--graph", str(f), "--format", "json",
                                 "--kind", "recommends"])
    assert r.exit_code == 0, r.output
    assert [(x["source"], x["target"]) for x in json.loads(r.output)] == [
        ("Scrutiny Committee (Oxford)", "City Executive Board (Oxford)")]
    r = CliRunner().invoke(cli, ["query", "path", "Full Council", "Scrutiny Committee", "--graph", str(f),
                                 "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].startswith("1,1,Scrutiny Committee (Oxford),reports to,Full Council")
    r = CliRunner().invoke(cli, ["query", "path", "Nobody", "Full Council", "--graph", str(f)])
    assert r.exit_code == 1 and "no node called 'Nobody'" in r.output
