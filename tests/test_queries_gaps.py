"""Gaps and the recommendation tracker on a hand-made scrutiny graph (answers worked by hand)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import GraphError, PartnershipGraph, Source, save
from partnergraph.ontology import scheme
from partnergraph.queries.gaps import gaps
from partnergraph.queries.recommendations import recommendations


def _s(doc: str, quote: str) -> Source:
    return Source(doc, quote=quote, start=0, end=len(quote))


def scrutiny() -> PartnershipGraph:
    g = PartnershipGraph()
    ox_doc = g.add_document("oxford-response.txt", place="Oxford")
    hk_doc = g.add_document("hackney-minutes.txt", place="Hackney")

    def add(t, label, doc=ox_doc, place="Oxford", **kw):
        return g.add_node(t, label, place=place, source=_s(doc, label), **kw)

    def link(s, rel, o, doc=ox_doc):
        g.add_edge(s, rel, o, source=_s(doc, f"{rel} link"))

    sc, ceb = add("Board", "Scrutiny Committee"), add("Board", "City Executive Board")
    team = add("Organisation", "Policy and Partnerships Team")
    recs = {}
    for number, text in (("1", "Prioritise policy development and research capacity"),
                         ("2", "Publish a health inequalities data pack"),
                         ("3", "Fund a new leisure centre"),
                         ("10", "Review progress in 12 months")):
        recs[number] = add("Recommendation", text, number=number)
        link(recs[number], "madeBy", sc)
        link(recs[number], "addressedTo", ceb)
    verdicts = {"1": "partially-accepted", "2": "accepted", "3": "rejected"}
    resp = {}
    for number, verdict in verdicts.items():
        resp[number] = add("Response", f"Response to recommendation {number}", verdict=verdict,
                           date="2018-04-05", comment=f"comment {number}")
        link(resp[number], "respondsTo", recs[number])
        link(resp[number], "respondedBy", ceb)
    act1 = add("Action", "Produce the data pack", status="Completed")
    link(act1, "followsUp", recs["2"])
    link(act1, "ownedBy", team)
    act2 = add("Action", "Present the pack to the HWB", status="In progress")
    link(act2, "followsUp", resp["2"])
    act3 = add("Action", "Write to the leisure trust", status="Done")
    link(act3, "followsUp", resp["3"])
    link(act3, "ownedBy", team)
    add("Theme", "Tackling inequalities")
    # Hackney: a theme owned through its strategy and measured by an indicator, with no action.
    hwb = add("Board", "Health and Wellbeing Board", hk_doc, "Hackney")
    strat = add("Strategy", "Hackney Early Years Strategy", hk_doc, "Hackney")
    ey = add("Theme", "Early years", hk_doc, "Hackney")
    ind = add("Indicator", "school readiness", hk_doc, "Hackney")
    link(hwb, "leads", strat, hk_doc)
    link(ey, "partOf", strat, hk_doc)
    link(ind, "measures", ey, hk_doc)
    return g


def test_gaps_of_each_kind():
    rows = gaps(scrutiny())
    others = [(r.kind, r.label, r.place, r.missing) for r in rows if r.kind != "place-theme"]
    assert others == [
        ("theme", "Early years", "Hackney", ("action",)),
        ("theme", "Tackling inequalities", "Oxford", ("owner", "action", "indicator")),
        ("no-response", "Review progress in 12 months", "Oxford", ("response",)),
        # Partially accepted and nothing follows it up; "rejected" number 3 has an action.
        ("no-follow-up", "Prioritise policy development and research capacity", "Oxford", ("follow-up action",)),
        ("action-no-owner", "Present the pack to the HWB", "Oxford", ("owner",)),
    ]


def test_place_theme_gaps_are_the_reference_themes_a_place_never_matches():
    rows = gaps(scrutiny(), kind="place-theme")
    all_ids = [c.id for c in scheme("themes").concepts]
    # Oxford matches data (recommendation 1: "policy development and research", 3 of 5 words)
    # and performance (recommendation 10: "review", "progress", 2 of 4 words); Hackney matches the
    # best start (its theme, strategy and indicator).  Every other reference theme is a gap.
    assert [r.node for r in rows if r.place == "Oxford"] == [
        c for c in all_ids if c not in ("data-and-intelligence", "performance-and-accountability")]
    assert [r.node for r in rows if r.place == "Hackney"] == [c for c in all_ids if c != "best-start-in-life"]
    assert rows[0].documents == ("hackney-minutes.txt",)
    assert len(gaps(scrutiny(), kind="place-theme", place="oxford")) == len(all_ids) - 2
    with pytest.raises(GraphError, match="unknown gap kind"):
        gaps(scrutiny(), kind="holes")


def test_recommendation_tracker():
    rows = recommendations(scrutiny())
    assert [(r.number, r.verdict, r.actions, r.action_status, r.action_owners, r.status) for r in rows] == [
        ("1", "Partially accepted", (), (), (), "no follow-up"),
        ("2", "Accepted", ("Present the pack to the HWB", "Produce the data pack"), ("In progress", "Completed"),
         ("Policy and Partnerships Team (Oxford)",), "in progress"),
        ("3", "Rejected", ("Write to the leisure trust",), ("Done",), ("Policy and Partnerships Team (Oxford)",),
         "done"),
        ("10", "", (), (), (), "awaiting response"),
    ]
    first = rows[0]
    assert (first.made_by, first.addressed_to, first.responder, first.response_date, first.comment) == (
        "Scrutiny Committee (Oxford)", "City Executive Board (Oxford)", "City Executive Board (Oxford)",
        "2018-04-05", "comment 1")
    assert first.document == "oxford-response.txt"
    assert recommendations(scrutiny(), body="Health and Wellbeing Board") == []
    assert len(recommendations(scrutiny(), document="oxford-response.txt")) == 4
    assert recommendations(scrutiny(), document="other.txt") == []


def test_cli_gaps_and_recommendations(tmp_path):
    f = save(scrutiny(), tmp_path / "g.ttl")
    r = CliRunner().invoke(cli, ["query", "gaps", "--graph", str(f), "--kind", "no-response", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [x["label"] for x in json.loads(r.output)] == ["Review progress in 12 months"]
    r = CliRunner().invoke(cli, ["query", "recommendations", "--graph", str(f), "--format", "md", "--limit", "1"])
    assert r.exit_code == 0, r.output
    assert "| oxford-response.txt | 1 | Prioritise policy development" in r.output
    assert "no follow-up" in r.output
