"""Overlaps and matrices on a hand-made graph of four councils' papers (answers worked by hand)."""

from __future__ import annotations

import pytest

from partnergraph.graph import GraphError, PartnershipGraph, Source
from partnergraph.queries.overlaps import matrix, overlaps


def _s(doc: str, quote: str) -> Source:
    return Source(doc, quote=quote, start=0, end=len(quote))


def four_councils() -> PartnershipGraph:
    g = PartnershipGraph()
    derby = g.add_document("derby-hwb.txt", place="Derby")
    hackney = g.add_document("hackney-minutes.txt", place="Hackney")
    oxford = g.add_document("oxford-response.txt", place="Oxford")
    luton = g.add_document("luton-audit.txt", place="Luton")
    # Derby: a theme that is part of the Derby Plan, which the Derby Partnership leads.
    plan = g.add_node("Strategy", "Derby Plan", place="Derby", source=_s(derby, "the Derby Plan"))
    start = g.add_node("Theme", "Give all young people a good start in life", place="Derby",
                       source=_s(derby, "Give all young people a good start in life"))
    dp = g.add_node("Partnership", "Derby Partnership", place="Derby", kind="local-strategic-partnership",
                    source=_s(derby, "the Derby Partnership"))
    g.add_edge(start, "partOf", plan, source=_s(derby, "Derby Plan priorities"))
    g.add_edge(dp, "leads", plan, source=_s(derby, "the Derby Partnership leads the Derby Plan"))
    # Hackney: the HWB addresses a theme; its kind gives it two sectors.
    hhwb = g.add_node("Board", "Health and Wellbeing Board", place="Hackney",
                      kind="health-and-wellbeing-board", source=_s(hackney, "Hackney Health and Wellbeing Board"))
    inv = g.add_node("Theme", "investment in young people", place="Hackney",
                     source=_s(hackney, "investment in young people"))
    g.add_edge(hhwb, "addressesTheme", inv, source=_s(hackney, "the Board discussed investment in young people"))
    # Oxford: a thematic partnership whose own sectors override its kind's; a JSNA; a scrutiny committee.
    g.add_node("Partnership", "Children's Trust", place="Oxford", kind="thematic-partnership",
               sectors={"education", "social-care"}, source=_s(oxford, "Children's Trust"))
    g.add_node("Board", "Scrutiny Committee", place="Oxford", kind="scrutiny-committee",
               source=_s(oxford, "the Scrutiny Committee"))
    g.add_node("Strategy", "Joint Strategic Needs Assessment", place="Oxford",
               source=_s(oxford, "the Joint Strategic Needs Assessment"))
    # Luton: the same JSNA wording, a council, and a theme nothing matches.
    g.add_node("Strategy", "Joint Strategic Needs Assessment", place="Luton", aliases=["JSNA"],
               source=_s(luton, "Joint Strategic Needs Assessment (JSNA)"))
    g.add_node("Organisation", "Luton Borough Council", place="Luton", kind="council",
               source=_s(luton, "Luton Borough Council"))
    g.add_node("Theme", "Refuse collection", place="Luton", source=_s(luton, "refuse collection"))
    return g


# score = (S + P + B/2 + D) * (1 - (D - 1) / (2 * (N - 1))), N = 4 documents.
BEST_START_SCORE = round((4 + 3 + 3 / 2 + 3) * (1 - 2 / 6), 3)
DATA_SCORE = round((3 + 2 + 3 / 2 + 2) * (1 - 1 / 6), 3)


def test_reference_overlaps_find_one_concept_across_three_wordings():
    rows = overlaps(four_councils())
    assert [r.concept for r in rows] == ["best-start-in-life", "data-and-intelligence"]
    start, data = rows
    # Best start: Derby's theme (bodies via partOf -> Derby Plan <- leads Derby Partnership),
    # Hackney's theme (addressed by the HWB) and Oxford's Children's Trust (a body itself).
    assert start.items == ("Children's Trust", "Give all young people a good start in life",
                           "investment in young people")
    assert start.documents == ("derby-hwb.txt", "hackney-minutes.txt", "oxford-response.txt")
    assert start.places == ("Derby", "Hackney", "Oxford")
    assert start.bodies == ("Children's Trust (Oxford)", "Derby Partnership",
                            "Health and Wellbeing Board (Hackney)")
    # LSP -> local-government; HWB kind -> health, local-government; the Trust's own sectors.
    assert start.sectors == ("education", "health", "local-government", "social-care")
    assert start.kinds == ("Health and Wellbeing Board", "Local Strategic Partnership",
                           "Thematic partnership or board")
    # S=4, P=3, B=3, D=3 of N=4 documents: 11.5 * (1 - 2/6).
    assert start.score == BEST_START_SCORE == 7.667
    assert "hackney-minutes.txt: investment in young people" in start.evidence
    # Data: two JSNAs with no linked body take the bodies of their documents (no meeting or
    # author is recorded for either paper, so every body read from it).
    assert data.bodies == ("Children's Trust (Oxford)", "Luton Borough Council", "Scrutiny Committee (Oxford)")
    assert data.sectors == ("education", "local-government", "social-care")
    assert data.places == ("Luton", "Oxford")
    # S=3, P=2, B=3, D=2: 8.5 * (1 - 1/6).
    assert data.score == DATA_SCORE == 7.083


def test_filters():
    g = four_councils()
    assert [r.concept for r in overlaps(g, place="Hackney")] == ["best-start-in-life"]
    assert [r.concept for r in overlaps(g, sector="health")] == ["best-start-in-life"]
    assert [r.concept for r in overlaps(g, sector="Education")] == ["best-start-in-life",
                                                                     "data-and-intelligence"]
    assert [r.concept for r in overlaps(g, body="Scrutiny Committee")] == ["data-and-intelligence"]
    assert [r.concept for r in overlaps(g, min_sectors=4)] == ["best-start-in-life"]
    assert [r.concept for r in overlaps(g, theme="early years")] == ["best-start-in-life"]
    with pytest.raises(GraphError, match="no reference theme"):
        overlaps(g, theme="knitting")
    with pytest.raises(GraphError, match="unknown sector"):
        overlaps(g, sector="knitting")
    with pytest.raises(GraphError, match="no node called"):
        overlaps(g, body="Knitting Circle")


def test_extracted_level_groups_the_same_wording_across_places():
    rows = overlaps(four_councils(), level="extracted")
    assert [(r.label, r.places) for r in rows] == [
        ("Joint Strategic Needs Assessment", ("Luton", "Oxford")),
        # One theme, one place, but its board spans two sectors: (2 + 1 + 1/2 + 1) * 1.
        ("investment in young people", ("Hackney",)),
    ]
    assert rows[0].score == DATA_SCORE
    assert rows[1].score == 4.5
    assert rows[1].sectors == ("health", "local-government")


def test_a_partnership_is_matched_on_phrases_only():
    # "Derby Partnership" has the keyword "partnership" but no phrase: no partnership-and-governance row.
    g = four_councils()
    assert "partnership-and-governance" not in {r.concept for r in overlaps(g)}


def test_matrices():
    g = four_councils()
    tb = matrix(g, kind="theme-body")
    assert tb.rows == ("Give every child the best start in life", "Data and intelligence")
    assert tb.records()[0] == {
        "theme": "Give every child the best start in life", "Children's Trust (Oxford)": 1,
        "Derby Partnership": 1, "Health and Wellbeing Board (Hackney)": 1, "Luton Borough Council": 0,
        "Scrutiny Committee (Oxford)": 0}
    ts = {r["theme"]: r for r in matrix(g, kind="theme-sector").records()}
    assert ts["Give every child the best start in life"]["local-government"] == 2  # Derby P., Hackney HWB
    assert ts["Give every child the best start in life"]["health"] == 1
    assert ts["Data and intelligence"]["health"] == 0
    bb = matrix(g, kind="body-body")
    assert bb.values[("Children's Trust (Oxford)", "Children's Trust (Oxford)")] == 2
    assert bb.values[("Children's Trust (Oxford)", "Derby Partnership")] == 1
    assert ("Derby Partnership", "Luton Borough Council") not in bb.values
    with pytest.raises(GraphError, match="unknown matrix"):
        matrix(g, kind="body-theme")


# -- command line -----------------------------------------------------------------------------

import json  # noqa: E402

from click.testing import CliRunner  # noqa: E402

from partnergraph.cli import cli  # noqa: E402
from partnergraph.graph import save  # noqa: E402


@pytest.fixture()
def graph_file(tmp_path):
    return save(four_councils(), tmp_path / "graph.ttl")


def test_cli_overlaps_json_has_rows_with_documents_and_evidence(graph_file):
    result = CliRunner().invoke(cli, ["query", "overlaps", "--graph", str(graph_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["concept"] for r in rows] == ["best-start-in-life", "data-and-intelligence"]
    assert rows[0]["documents"] == ["derby-hwb.txt", "hackney-minutes.txt", "oxford-response.txt"]
    assert rows[0]["score"] == BEST_START_SCORE
    assert rows[0]["evidence"]  # JSON always carries the quotes


def test_cli_overlaps_explain_adds_quotes_to_csv(graph_file):
    plain = CliRunner().invoke(cli, ["query", "overlaps", "--graph", str(graph_file), "--format", "csv",
                                     "--min-sectors", "4"])
    assert plain.exit_code == 0
    assert plain.output.splitlines()[0] == "label,concept,level,documents,places,sectors,bodies,kinds,items,score"
    explained = CliRunner().invoke(cli, ["query", "overlaps", "--graph", str(graph_file), "--format", "csv",
                                         "--min-sectors", "4", "--explain"])
    assert explained.output.splitlines()[0].endswith(",score,evidence")
    assert "investment in young people" in explained.output


def test_cli_matrix_xlsx_and_bad_input(graph_file, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "m.xlsx"
    result = CliRunner().invoke(cli, ["query", "matrix", "--graph", str(graph_file), "--kind", "body-body",
                                      "--format", "xlsx", "--output", str(out)])
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).active
    assert ws.cell(1, 1).value == "body" and ws.cell(2, 1).value == "Children's Trust (Oxford)"
    assert ws.cell(2, 2).value == 2
    bad = CliRunner().invoke(cli, ["query", "overlaps", "--graph", str(graph_file), "--sector", "knitting"])
    assert bad.exit_code == 1 and "unknown sector" in bad.output
    missing = CliRunner().invoke(cli, ["query", "overlaps", "--graph", str(tmp_path / "none.ttl")])
    assert missing.exit_code == 1 and "no such graph file" in missing.output


def test_cli_match_writes_the_matches_into_a_graph_file(graph_file, tmp_path):
    import pyoxigraph as ox

    out = tmp_path / "with-matches.nt"
    result = CliRunner().invoke(cli, ["query", "match", "--graph", str(graph_file), "--format", "csv",
                                      "--write-graph", str(out)])
    assert result.exit_code == 0, result.output
    triples = [q.triple for q in ox.parse(out.read_bytes(), format=ox.RdfFormat.N_TRIPLES)]
    close = [t for t in triples if t.predicate.value.endswith("core#closeMatch")]
    assert {t.subject.value.rsplit("/", 1)[1] for t in close} >= {"childrens-trust",
                                                                  "joint-strategic-needs-assessment"}
    un = CliRunner().invoke(cli, ["query", "unmatched", "--graph", str(graph_file), "--format", "csv"])
    # Only the two items with no reference theme: the Derby Plan (a name) and refuse collection.
    assert [line.split(",")[1] for line in un.output.splitlines()[1:]] == ["Derby Plan", "Refuse collection"]


def test_kinds_read_across_the_nhs_commissioner_lineage():
    # Luton's 2008 PCT and Oxford's 2018 CCG address the same reference theme: one kind.
    g = PartnershipGraph()
    luton, oxford = g.add_document("luton.txt", place="Luton"), g.add_document("oxford.txt", place="Oxford")
    for doc, place, body, kind in ((luton, "Luton", "Luton PCT", "primary-care-trust"),
                                   (oxford, "Oxford", "Oxfordshire CCG", "clinical-commissioning-group")):
        b = g.add_node("Organisation", body, place=place, kind=kind, source=_s(doc, body))
        t = g.add_node("Theme", "infant mortality", place=place, source=_s(doc, "infant mortality"))
        g.add_edge(b, "addressesTheme", t, source=_s(doc, "tackle infant mortality"))
    [row] = overlaps(g)
    assert (row.concept, row.places, row.kinds) == ("prevention", ("Luton", "Oxford"), ("NHS commissioner",))
