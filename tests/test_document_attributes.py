"""Front matter that describes the paper itself (key decision, wards) is kept on the Document node."""

from __future__ import annotations

import textwrap

from partnergraph.build import build
from partnergraph.graph import dumps, loads


def test_key_decision_and_wards_reach_the_graph_and_survive_a_round_trip(tmp_path):
    paper = tmp_path / "cabinet-report.txt"
    paper.write_text(textwrap.dedent("""\
        Report to: Cabinet
        Date: 12 March 2024
        Title of Report: Healthy Places Plan
        Key decision: Yes
        Wards affected: Abbey; Castle and Riverside

        1. Purpose
        1.1 This report asks Cabinet to agree the Healthy Places Plan.
        """), encoding="utf-8")
    result = build([paper])
    assert result.ok, result.failures
    g = result.graph
    ((doc, data),) = list(g.nodes("Document"))
    assert data["key_decision"] == "Yes"
    assert data["wards"] == {"Abbey", "Castle and Riverside"}
    back = loads(dumps(g))
    assert back.node(doc)["key_decision"] == "Yes"
    assert back.node(doc)["wards"] == data["wards"]


def test_two_councils_papers_with_the_same_file_name_stay_two_documents(tmp_path):
    for council in ("Northshire", "Southvale"):
        folder = tmp_path / council.lower()
        folder.mkdir()
        (folder / "minutes.txt").write_text(
            f"{council} County Council\nHealth and Wellbeing Board\nDate: 3 May 2023\n\n"
            f"1. The Board noted the {council} Joint Strategic Needs Assessment.\n", encoding="utf-8")
    result = build([tmp_path])
    assert result.ok, result.failures
    docs = [nid for nid, _ in result.graph.nodes("Document")]
    assert len(docs) == 2, docs
    again = build([tmp_path / "northshire" / "minutes.txt"]).graph
    assert [nid for nid, _ in again.nodes("Document")][0] in docs, "same file, same identifier"
