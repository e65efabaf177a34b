"""The register loader: the examples, CSV and XLSX registers, corrections, and every kind of bad input."""

from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from partnergraph.build import build
from partnergraph.cli import cli
from partnergraph.graph import PartnershipGraph, Source
from partnergraph.loaders import LoadError
from partnergraph.loaders.register import load_register
from partnergraph.loaders.register_schema import SHEETS
from partnergraph.loaders.register_template import write_template


@pytest.fixture(scope="module")
def examples_graph(examples_dir):
    result = build([examples_dir])
    assert result.ok, result.failures
    assert not result.warnings, result.warnings
    return result.graph


def test_examples_hold_the_bodies_themes_and_recommendations_of_four_places(examples_graph):
    g = examples_graph
    places = {data["label"] for _, data in g.nodes("Place")}
    assert {"Derby", "Oxford", "Hackney", "Luton"} <= places
    hwbs = [nid for nid, data in g.nodes("Board") if data.get("kind") == "health-and-wellbeing-board"]
    assert sorted(hwbs) == ["org/derby/health-and-wellbeing-board", "org/hackney/health-and-wellbeing-board",
                            "org/oxfordshire/health-and-wellbeing-board"]
    derby_themes = [d["label"] for _, d in g.nodes("Theme") if g.place_name(_) == "Derby"]
    assert len(derby_themes) >= 5


def test_responses_carry_verdicts_from_the_scheme(examples_graph):
    g = examples_graph
    verdicts = {}
    for nid, data in g.nodes("Response"):
        (rec,) = [o for s, r, o, _ in g.edges("respondsTo") if s == nid]
        verdicts[g.node(rec)["number"] + "@" + (g.place_name(rec) or "")] = data["verdict"]
    assert verdicts["1@Oxford"] == "partially-accepted"
    assert verdicts["2@Oxford"] == "accepted"
    assert verdicts["2@Luton"] == "noted"


def test_every_row_records_file_sheet_row_and_cited_document(examples_graph):
    g = examples_graph
    pct = g.resolve("Luton PCT", place="Luton")
    assert g.node(pct)["kind"] == "primary-care-trust"
    (source,) = g.node(pct)["sources"]
    assert (source.file, source.sheet, source.row > 0) == ("luton.yaml", "Elements", True)
    assert g.node(source.document)["label"].startswith("Tackling Health Inequalities in Luton")
    assert g.node(source.document)["date"] == "2008-09-24"


def test_csv_register_split_over_files_is_read_as_one(tmp_path):
    (tmp_path / "ox-connections.csv").write_text(
        "From,Relation,To\nScrutiny Committee,accountable to,Oxford City Council\n", encoding="utf-8")
    (tmp_path / "ox-elements.csv").write_text(
        "Type,Label,Place,Kind\nBoard,Scrutiny Committee,Oxford,scrutiny committee\n"
        "Organisation,Oxford City Council,Oxford,council\n", encoding="utf-8")
    result = build([tmp_path])
    assert result.ok, result.failures
    assert [(s, r, o) for s, r, o, _ in result.graph.edges()] == [
        ("org/oxford/scrutiny-committee", "accountableTo", "org/oxford/oxford-city-council")]


def test_filled_in_template_loads(tmp_path):
    path = write_template(tmp_path / "register.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "README"
    assert [s.name for s in SHEETS] == wb.sheetnames[1:len(SHEETS) + 1]
    ws = wb["Elements"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [None] * len(header)))
    row.update({"Type": "Partnership", "Label": "Stronger Communities Partnership", "Place": "Oxford",
                "Sectors": "VCSE; police"})
    ws.append([row[h] for h in header])
    wb.save(path)
    g = PartnershipGraph()
    load_register(path, g)
    nid = g.resolve("Stronger Communities Partnership", place="Oxford")
    assert g.node(nid)["sectors"] == {"vcse", "police-justice"}
    (source,) = g.node(nid)["sources"]
    assert (source.sheet, source.row) == ("Elements", 2)


def test_register_corrects_what_extraction_found(tmp_path):
    g = PartnershipGraph()
    doc = g.add_document("minutes.txt")
    found = g.add_node("Organisation", "Health Inequalities Steering Group", place="Hackney",
                       source=Source(doc, start=10, end=45, rule="body-name", confidence=0.6))
    reg = tmp_path / "fix.yaml"
    reg.write_text(textwrap.dedent("""\
        Elements:
          - {Type: Partnership, Label: Health Inequalities Steering Group, Place: Hackney, Kind: steering group}
        """), encoding="utf-8")
    load_register(reg, g)
    data = g.node(found)
    assert data["type"] == "Partnership" and data["kind"] == "working-group"
    assert {s.rule for s in data["sources"]} == {"body-name", "register"}


BAD_INPUTS = {
    "missing-column": ("elements.csv", "Label,Place\nScrutiny Committee,Oxford\n",
                       "elements.csv, sheet Elements: missing column 'Type'"),
    "unknown-type": ("elements.csv", "Type,Label\nComittee,Scrutiny Committee\n",
                     "elements.csv, row 2, column A (Type): unknown type 'Comittee'"),
    "bad-date": ("reg.yaml", "Documents:\n  - {ID: d1, Title: Paper, Date: 31 February 2018}\n",
                 "reg.yaml, sheet Documents, item 1, field 'Date': bad date '31 February 2018': no such day"),
    "duplicate-id": ("reg.yaml", "Elements:\n  - {ID: x, Type: Theme, Label: A}\n  - {ID: x, Type: Theme, Label: B}\n",
                     "reg.yaml, sheet Elements, item 2, field 'ID': duplicate ID 'x' (first used at reg.yaml, "
                     "sheet Elements, item 1)"),
    "empty-file": ("elements.csv", "", "elements.csv: empty file"),
    "wrong-encoding": ("elements.csv", "Type,Label\nOrganisation,Caf\xe9 Community Trust\n".encode("cp1252"),
                       "elements.csv: line 2: not UTF-8 text"),
    "unknown-reference": ("reg.yaml", "Connections:\n  - {From: Nobody, Relation: partner of, To: Nothing}\n",
                          "reg.yaml, sheet Connections, item 1, field 'From': unknown 'Nobody'"),
    "bad-verdict": ("reg.yaml", "Recommendations:\n  - {ID: r, Text: Do it}\nResponses:\n"
                    "  - {Recommendation: r, Verdict: Perhaps}\n",
                    "reg.yaml, sheet Responses, item 1, field 'Verdict': unknown verdict 'Perhaps'"),
    "wrong-range": ("reg.yaml", "Elements:\n  - {Type: Theme, Label: Early years}\n  - {Type: Board, Label: HWB}\n"
                    "Connections:\n  - {From: HWB, Relation: reports to, To: Early years}\n",
                    "'reports to' cannot link to a theme"),
    "not-a-workbook": ("reg.xlsx", b"PK\x03\x04 this is not really a zip", "reg.xlsx: not a readable Excel workbook"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_register_gives_one_line_exit_1_and_keeps_the_old_graph(case, tmp_path, examples_dir):
    name, content, message = BAD_INPUTS[case]
    runner = CliRunner()
    out = tmp_path / "out"
    first = runner.invoke(cli, ["build", str(examples_dir / "luton.yaml"), "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    before = (out / "graph.ttl").read_bytes()
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    path = bad_dir / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = runner.invoke(cli, ["build", str(bad_dir), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    assert message in errors[0]
    assert (out / "graph.ttl").read_bytes() == before


def test_a_bad_file_adds_nothing_to_the_graph(tmp_path):
    path = tmp_path / "reg.yaml"
    path.write_text("Elements:\n  - {Type: Theme, Label: Early years}\n  - {Type: Nonsense, Label: X}\n")
    g = PartnershipGraph()
    with pytest.raises(LoadError):
        load_register(path, g)
    assert len(g) == 0


def test_ambiguous_names_ask_for_an_id(tmp_path):
    path = tmp_path / "reg.yaml"
    path.write_text(textwrap.dedent("""\
        Elements:
          - {Type: Board, Label: Health and Wellbeing Board, Place: Derby}
          - {Type: Board, Label: Health and Wellbeing Board, Place: Hackney}
          - {Type: Organisation, Label: Local Government Association}
        Connections:
          - {From: Local Government Association, Relation: partner of, To: Health and Wellbeing Board}
        """))
    with pytest.raises(LoadError, match=r"'Health and Wellbeing Board' is ambiguous \(Health and Wellbeing Board "
                                        r"in Derby; Health and Wellbeing Board in Hackney\); use the element's ID"):
        load_register(path, PartnershipGraph())


def test_unknown_columns_are_reported_not_silently_dropped(tmp_path):
    path = tmp_path / "reg.yaml"
    path.write_text("Elements:\n  - {Type: Theme, Label: Early years, Colour: red}\n")
    warnings = []
    load_register(path, PartnershipGraph(), warn=warnings.append)
    assert warnings == ["reg.yaml, sheet Elements: column 'Colour' is not part of the template and was ignored"]


def _decision_record(folder) -> None:
    """A paper whose response table reads recommendation A as approved in part and B as approved."""
    (folder / "decision.txt").write_text(
        "Oakshire Council\n\nDecision record\n\nRecommendation\tDecision\tReason\n"
        "A. Open a second recovery hub in the east of the town.\tApproved in part\tA shared building will be used.\n"
        "B. Provide naloxone kits to every hostel in Oakshire.\tApproved\tKits come from the outreach team.\n",
        encoding="utf-8")


def test_register_overrules_a_verdict_read_from_a_paper(tmp_path):
    """A paper's response table read as 'Approved in part'; the register says the recommendation was rejected.
    One response remains, with the register's verdict and both sources."""
    _decision_record(tmp_path)
    (tmp_path / "fix.yaml").write_text(textwrap.dedent("""\
        Documents:
          - {ID: fix, Title: Corrections, Date: 2024-01-10, Place: Oakshire}
        Responses:
          - {Recommendation: Open a second recovery hub in the east of the town, Verdict: rejected, Source: fix}
        """), encoding="utf-8")
    g = build([tmp_path]).graph
    responses = {d["label"]: (d["verdict"], {s.rule for s in d["sources"]}) for _, d in g.nodes("Response")}
    assert responses == {"Response to recommendation A": ("rejected", {"response-table", "register"}),
                         "Response to recommendation B: Accepted": ("accepted", {"response-table"})}


def test_two_register_responses_to_one_read_recommendation_do_not_overwrite_each_other(tmp_path):
    _decision_record(tmp_path)
    (tmp_path / "fix.yaml").write_text(textwrap.dedent("""\
        Documents:
          - {ID: fix, Title: Corrections, Date: 2024-01-10, Place: Oakshire}
        Elements:
          - {ID: icb, Type: Organisation, Label: Oakshire Integrated Care Board, Place: Oakshire, Source: fix}
        Responses:
          - {Recommendation: Open a second recovery hub in the east of the town, Verdict: rejected, Source: fix}
          - {Recommendation: Open a second recovery hub in the east of the town, Verdict: accepted, Responder: icb,
             Source: fix}
        """), encoding="utf-8")
    g = build([tmp_path]).graph
    verdicts = sorted(d["verdict"] for _, d in g.nodes("Response"))
    assert verdicts == ["accepted", "accepted", "rejected"]  # B as read; A corrected; the ICB's answer beside it
