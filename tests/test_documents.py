"""The document loader: readers per format, bad input, the build contract and the explain command."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnergraph.build import build
from partnergraph.cli import cli
from partnergraph.graph import PartnershipGraph, dumps, loads
from partnergraph.loaders import LoadContext, LoadError, loader_for
from partnergraph.loaders.documents import DocumentLoader, extract, extract_file, read_document
from partnergraph.loaders.documents.readers import ReadError, decode_text, html_to_text

DATA = Path(__file__).parent / "data" / "documents"


# -- helpers that write documents in each format -------------------------------------------------

def _load_pdfpage():
    spec = importlib.util.spec_from_file_location("pg_pdfpage", Path(__file__).parent / "pdfpage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


one_page_pdf = _load_pdfpage().one_page_pdf


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is ``lines`` (Helvetica, one line each), written by hand."""
    def esc(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({esc(t)}) Tj T*" for t in lines) + " ET"
    return one_page_pdf(body.encode("latin-1"))


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Scrutiny Committee response")
    d.add_paragraph("Cabinet response to the recommendations of the Health Scrutiny Panel made on 2 May 2023")
    table = d.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Recommendation", "Agreed?", "Comment"),
                                       ("1. That the Council funds the Warm Homes Project.", "Yes",
                                        "Funding is in the budget."),
                                       ("2. That the Council closes the Eastside Youth Hub.", "No",
                                        "The hub is well used.")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("Date of response: 30/05/2023")
    d.save(path)
    return path


# -- readers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])
def test_plain_text_in_any_encoding(tmp_path, encoding):
    text = "The Health and Wellbeing Board’s café meeting – Councillor Zoë Brontë (Chair)\n"
    if encoding in ("latin-1",):
        text = text.replace("’", "'").replace("–", "-")
    path = tmp_path / "paper.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).strip() == text.strip()


def test_docx_paragraphs_and_tables_become_responses(tmp_path):
    path = make_docx(tmp_path / "response.docx")
    text = read_document(path)
    assert "\tAgreed?" in text and "\tThe hub is well used." in text
    x = extract_file(path)
    verdicts = {e.attributes["verdict"] for e in x.of_type("Response")}
    assert verdicts == {"accepted", "rejected"}
    assert {"Warm Homes Project", "Eastside Youth Hub"} <= {e.label for e in x.entities.values()}


def test_pdf_text_is_read(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(make_pdf(["Report to: Audit Committee", "Contact officer: Ravi Shah, Head of Audit",
                               "The Tameside Health Partnership met twice."]))
    x = extract_file(path)
    labels = {e.label for e in x.entities.values()}
    assert {"Audit Committee", "Tameside Health Partnership", "Ravi Shah", "Head of Audit"} <= labels


def test_encrypted_pdf_is_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Secret board paper"]))))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(LoadError, match=r"locked\.pdf: .*encrypted"):
        extract_file(path)


@pytest.mark.parametrize("name,data,problem", [
    ("empty.txt", b"", "empty"),
    ("blank.docx", b"   \n", "empty"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("png.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
    ("notreally.docx", b"this is not a zip file at all", "not a readable Word document"),
    ("corrupt.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "corrupt or unreadable PDF|no text"),
    ("fake.pdf", b"<html>not a pdf</html>", "not a PDF"),
    ("nomarkup.html", b"just words, no markup", "no HTML markup"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError, match=problem) as info:
        extract_file(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("The Health and Wellbeing Board met.\n" * 100)
    with pytest.raises(LoadError, match="too large"):
        extract_file(path, max_bytes=1000)


def test_html_strips_navigation_scripts_and_footer():
    text = read_document(DATA / "wirral-audit.html")
    assert "Partnership governance of health inequalities" in text
    assert "tracking" not in text and "Cookie policy" not in text and "Committees" not in text
    assert "\tAgreed?" in text  # table cells keep their layout
    assert html_to_text("<p>a<br>b</p><ul><li>c</li></ul>").split() == ["a", "b", "-", "c"]


def test_html_content_in_a_wrapper_named_for_its_sidebar_is_read():
    """A page's layout wrapper may carry a chrome word as a modifier ("layout--sidebar"); its <main> is the page."""
    page = ('<body><div class="layout layout--sidebar"><aside class="sidebar"><ul><li>Related pages</li></ul>'
            '</aside><main id="main-content"><h1>Our strategy</h1><p>The Board agreed four priorities.</p></main>'
            '</div><div class="mega-menu"><main><p>Menu text</p></main></div><p>After the layout.</p>'
            '<footer>Footer text</footer></body>')
    text = html_to_text(page)
    assert "The Board agreed four priorities." in text and "After the layout." in text
    assert "Related pages" not in text and "Footer text" not in text
    assert "Menu text" in text  # a <main> is content wherever it is put


def test_moderngov_page_extraction():
    x = extract_file(DATA / "wirral-audit.html")
    assert x.front.date == "2023-07-18" and x.front.place == "Wirral"
    labels = {e.label for e in x.of_type("Organisation", "Board", "Partnership")}
    assert {"Audit and Risk Management Committee", "Wirral Place Based Partnership Board",
            "Cheshire and Merseyside Integrated Care Board"} <= labels
    assert {e.attributes["verdict"] for e in x.of_type("Response")} == {"accepted", "partially-accepted"}
    # The four areas the audit lists, and the subject its title names.
    # The five listed areas of the audit, and the subject of its title ("Partnership governance of ...").
    assert len(x.of_type("Theme")) == 6 and {"Health inequalities", "Governance"} <= set(x.labels("Theme"))
    assert {"Infant mortality", "Life expectancy"} <= set(x.labels("Indicator"))
    assert "Mark Delaney" in x.labels("Person")


# -- the loader contract ---------------------------------------------------------------------------

def test_loader_is_registered_before_registers():
    for suffix in (".txt", ".docx", ".pdf", ".html", ".htm"):
        loader = loader_for(Path("paper" + suffix))
        assert loader is not None and loader.name == "documents"
    assert DocumentLoader.phase < 50


def test_bad_file_adds_nothing(tmp_path):
    g = PartnershipGraph()
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(LoadError):
        DocumentLoader().load(path, g, context=LoadContext())
    assert len(g) == 0


def test_graph_contract_types_labels_and_sources(tmp_path):
    g = PartnershipGraph()
    DocumentLoader().load(DATA / "leeds-hwb-priorities.txt", g, context=LoadContext())
    docs = list(g.nodes("Document"))
    assert len(docs) == 1 and docs[0][1]["file_name"] == "leeds-hwb-priorities.txt"
    doc_id = docs[0][0]
    for nid, data in g.nodes():
        if data["type"] in ("Document", "Place"):
            continue
        assert data["label"] and data["sources"], nid
        for src in data["sources"]:
            assert src.document == doc_id and src.start is not None and src.end >= src.start
            assert src.rule and 0 < src.confidence <= 1 and src.file == "leeds-hwb-priorities.txt"
    for s, rel, o, data in g.edges():
        assert data["sources"], (s, rel, o)
    # Place scoping: Leeds's board, not anyone's.
    hwb = g.resolve("Health and Wellbeing Board", place="Leeds", types=["Board"])
    assert hwb == "org/leeds/health-and-wellbeing-board"
    assert g.place_name(hwb) == "Leeds"
    ttl = dumps(g).decode("utf-8")
    assert "pg:fileName" in ttl and "prov:wasDerivedFrom" in ttl and "pg:rule" in ttl
    back = loads(dumps(g))
    assert sorted(back.nx.nodes) == sorted(g.nx.nodes)


def test_build_reports_bad_files_and_keeps_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((DATA / "sheffield-hwb-minutes.txt").read_text(encoding="utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "locked.pdf").write_bytes(b"%PDF-1.4\n%broken")
    (folder / "notes.xyz").write_text("not a document")
    result = build([folder])
    assert len(result.failures) == 2
    assert all(f.count("\n") == 0 for f in result.failures)
    assert any("empty.txt" in f for f in result.failures) and any("locked.pdf" in f for f in result.failures)
    assert [p.name for p in result.read] == ["good.txt"]
    assert any(d["label"] == "Sheffield Health and Wellbeing Board" for _, d in result.graph.nodes("Board"))

    out = tmp_path / "out"
    runner = CliRunner()
    res = runner.invoke(cli, ["build", str(folder), "-o", str(out), "--keep-going", "-q"])
    assert res.exit_code == 1
    assert (out / "graph.ttl").exists()
    assert "empty.txt" in res.output


# -- property tests: no text makes extraction crash or hang ---------------------------------------

_LAYOUT = st.sampled_from([
    "\n", "\n\n", "\t", "  ", "- ", "• ", "1. ", "2.1 ", "(a) ", "a) ", "0. ", "Action: ", "ACTION: ", "RESOLVED: ",
    "RESOLVED: That the Board:\n", "Recommendation\n\tAgree?\n\tComment\n", "Partially", "Yes", "No", "Noted",
    "Present:\n", "Apologies: ", "To: ", "Date: ", "Report of: ", "Contact officer: ", "Title: ", "(HWB)", "(",
    ")", "’s ", "'s ", "The Board", "the Council", "Health and Wellbeing Board", "Clinical Commissioning Group",
    "Head of ", "Director of Public Health", "Councillor ", "Cllr Jo Smith (Chair), ", "Derby", " and ", ", ",
    "Partnership", "Strategy", "Fund", "Toolkit", "The five themes are:\n", "priorities:\n", "is a priority for ",
    "£5m funding for ", "reduce X by 10% by 2030 target", "infant mortality", "**", "“", "”", "\u00a0", "ü",
    "Response to the recommendations made by the Scrutiny Committee on 1 May 2020", "Recommendation 1: ",
    "Response: Agreed.", "17th January 2019", "13/04/2018", "NHS operating framework", "joint strategic needs "
    "assessment", "Priority 1: ", "Councillors ", "RESOLVED - (1) That ", "Recommendation 2 - ", "Cabinet response: ",
    "Head of ", "Chair of the ", " of the ", "Council for Voluntary Service", "Healthwatch", "Citizens Advice",
    "Programme 2022", " 2023-2030", "at age five", "households in ", "fuel poverty", "Task and Finish Group",
    "Homes", "(Chair)", "Also present: ", "£2m funding for ", "Action\tOwner\n", "\tThe Chair\n",
    "| a | Accepted in part | x |\n", "|---|---|\n", "| ", "Not supported", "Mayor ", "Name\tOrganisation\tRole\n",
    "2. Findings\n", "2.1 Governance. The ", "brings together ", ", the integrated care system,", "NHS ",
    "a transformation programme, Our ", "investment in ", "tackling ", "Agreed:\n", "(i) ", "Chapter 1: ", "McNally",
    "MID DEVON DISTRICT COUNCIL\n", "LONDON BOROUGH OF ", " - Chair, ", "A. ", "\tApproved in part\t",
    "uptake of ", "Reduce knife crime by 10%", "Its priorities are ", "Task Group", "launched the ", " Service",
])


@settings(max_examples=120, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_LAYOUT, st.text(max_size=12)), max_size=60))
def test_no_layout_makes_extraction_crash(parts):
    text = "".join(parts)
    x = extract(text)
    for ent in x.entities.values():
        assert ent.label.strip()
        for ev in ent.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
    g = PartnershipGraph()
    from partnergraph.loaders.documents.graphing import add_extraction, check_extraction

    check_extraction(x)
    add_extraction(g, x, "random.txt")


@settings(max_examples=60, deadline=3000)
@given(st.binary(max_size=3000))
def test_no_bytes_make_the_text_reader_crash(data):
    try:
        text = decode_text(data)
    except ReadError:
        return
    extract(text)


def test_long_pathological_lines_stay_fast():
    # Long runs that could make a backtracking pattern blow up: capitals, colons, stars, brackets.
    text = ("Aaa " * 20000) + ("(" * 5000) + ("A:" * 5000) + ("**" * 5000) + ("1." * 5000) + ("\t" * 5000)
    x = extract(text + "\nThe Health and Wellbeing Board met.\n")
    assert any(e.label == "Health and Wellbeing Board" for e in x.entities.values())


def test_long_runs_of_the_newer_layouts_stay_fast():
    # Markdown tables, appositions, passing themes and partner lists on very long lines.
    text = ("| a " * 20000) + "|\n" + ("Aaa, the " * 5000) + ("investment in a " * 5000) + \
        ("brings together Aa Bb, " * 3000) + ("NHS Aa " * 3000) + ("2.1 Aa. B " * 3000)
    x = extract(text + "\nThe Health and Wellbeing Board met.\n")
    assert any(e.label == "Health and Wellbeing Board" for e in x.entities.values())


# -- explain ---------------------------------------------------------------------------------------

def test_explain_lists_rules_spans_and_quotes():
    res = CliRunner().invoke(cli, ["explain", str(DATA / "sheffield-hwb-minutes.txt")])
    assert res.exit_code == 0, res.output
    assert "Sheffield Health and Wellbeing Board" in res.output
    assert "person-attendance" in res.output and "chars" in res.output and "confidence" in res.output
    assert "chairs" in res.output


def test_explain_html_escapes_document_text(tmp_path):
    paper = tmp_path / "evil.txt"
    paper.write_text("To: Scrutiny Committee\n<script>alert('x')</script> The Riverside Partnership & "
                     "<b>friends</b> met.\n", encoding="utf-8")
    out = tmp_path / "evil.html"
    res = CliRunner().invoke(cli, ["explain", str(paper), "--html", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<b>friends</b>" not in page
    assert "<mark" in page and "Riverside Partnership" in page


def test_explain_bad_file_is_one_line_exit_1(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    res = CliRunner().invoke(cli, ["explain", str(path)])
    assert res.exit_code == 1
    assert "empty.txt" in res.output and "Traceback" not in res.output


def test_module_examples_run():
    """The examples in the docstrings of the document modules are doctests and pass."""
    import doctest
    import importlib

    for name in ("", ".readers", ".text", ".lexicon", ".names", ".extract", ".model", ".graphing", ".explain"):
        module = importlib.import_module("partnergraph.loaders.documents" + name)
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, name


def test_kinds_in_the_plural_are_not_bodies():
    x = extract("The District Councils and the Primary Care Trusts met the Rutland Partnership.\n")
    assert [e.label for e in x.of_type("Organisation", "Board", "Partnership")] == ["Rutland Partnership"]


def test_docx_list_styles_become_list_items(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Dudley Joint Health and Wellbeing Strategy", level=1)
    d.add_paragraph("The Dudley Health and Wellbeing Board has agreed four priorities:")
    for item in ("Children get the best start in life", "Adults live healthy, active lives",
                 "People age well at home", "Communities are safe and connected"):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Contact officer: Kay Morris, Head of Healthy Communities")
    path = tmp_path / "strategy.docx"
    d.save(path)
    x = extract_file(path)
    assert x.labels("Theme") == ["Children get the best start in life", "Adults live healthy, active lives",
                                 "People age well at home", "Communities are safe and connected"]
    assert "Dudley Health and Wellbeing Board" in x.labels("Board")
    assert ("Kay Morris", "Person") in {(e.label, e.type) for e in x.entities.values()}


def test_docx_numbered_list_items_keep_the_numbers_word_draws(tmp_path):
    """Word numbers a "List Number" paragraph itself; the number is not in the text, and the reader writes it."""
    import docx

    d = docx.Document()
    d.add_paragraph("The Board is recommended to:")
    for item in ("note the progress made in the first year of the strategy;", "approve the annual report; and",
                 "agree the priorities for next year."):
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("")
    d.add_paragraph("Then a new list:")
    d.add_paragraph("ask officers to report in June.", style="List Number")
    path = tmp_path / "cover.docx"
    d.save(path)
    x = extract_file(path)
    numbers = sorted(e.attributes.get("number") for e in x.of_type("Recommendation"))
    assert numbers[:3] == ["1", "2", "3"]
    assert "1. ask officers to report in June." in read_document(path)


def test_moderngov_minutes_page_with_attendance():
    page = """<html><head><title>Minutes - Bury Council</title></head><body>
    <div id="mgSubNav"><a href="/">Meetings</a> <a href="/cal">Calendar</a></div>
    <div class="mgContent">
    <h2 class="mgSubTitleTxt">Health and Wellbeing Board - Thursday 14 September 2023</h2>
    <h3>Attendance</h3>
    <p>Present: Councillor Tamoor Tariq (Chair), Will Blandamer (Executive Director of Health and Adult Care),
    Lesley Jones (Director of Public Health)</p>
    <h3>Minutes</h3>
    <p>3. The Board received the Bury Locality Plan refresh. RESOLVED: That the refreshed plan be approved.</p>
    </div>
    <div class="mgFooter">Bury Council, Town Hall</div></body></html>"""
    from partnergraph.loaders.documents.readers import decode_html

    text = decode_html(page.encode("utf-8"))
    assert "Calendar" not in text and "Town Hall" not in text
    x = extract(text)
    assert {"Councillor Tamoor Tariq", "Will Blandamer", "Lesley Jones"} <= set(x.labels("Person"))
    assert "Executive Director of Health and Adult Care" in x.labels("Post")
    assert "Bury Locality Plan" in x.labels("Strategy")
    assert [e.attributes.get("status") for e in x.of_type("Recommendation")] == ["resolved"]


def test_html_page_title_is_kept_when_the_page_does_not_repeat_it():
    """Committee systems put the publishing council in the <title> and strip-worthy header only."""
    page = ("<html><head><title>Minutes - Health and Wellbeing Board - Exampleton Borough Council</title></head>"
            "<body><header>Exampleton Borough Council</header><p>Minutes of the meeting.</p></body></html>")
    text = html_to_text(page)
    assert text.splitlines()[0] == "Minutes - Health and Wellbeing Board - Exampleton Borough Council"
    again = "<html><head><title>Minutes of the meeting.</title></head><body><p>Minutes of the meeting.</p></body></html>"
    assert html_to_text(again).count("Minutes of the meeting.") == 1


def test_a_web_page_cell_of_several_paragraphs_keeps_its_lines_in_the_cell():
    page = ("<table><tr><td>1</td><td><p>Agreed.</p><p>The assessment will be led by Public Health.</p></td>"
            "<td></td><td>Lead<br>officer</td></tr><tr><td>2</td><td><ul><li>a</li><li>b</li></ul></td></tr></table>"
            "<p>After</p>")
    assert html_to_text(page) == ("\t1\n\tAgreed.\n\tThe assessment will be led by Public Health.\n\t\n\tLead\n"
                                  "\tofficer\n\n\t2\n\t- a\n\t- b\n\nAfter\n")


def test_partners_set_in_two_columns_of_spaces_are_read_by_column(tmp_path):
    """A .txt paper's list of partners in two columns, names wrapped under themselves: each name whole."""
    paper = tmp_path / "strategy.txt"
    paper.write_text("6  WHO IS SIGNED UP\n\nThe following partners will sign up:\n\n"
                     "   Fenwick & Hove City Council                  NHS Sussex\n"
                     "   University Hospitals Sussex NHS              Sussex Partnership NHS Foundation Trust\n"
                     "     Foundation Trust                           Sussex Police\n"
                     "   Age UK Fenwick & Hove                        Martlets Hospice\n"
                     "   Change Grow Live                             Department for Work and Pensions\n"
                     "                                                  (Jobcentre Plus, Sussex)\n\n"
                     "6.2  Others will be invited.\n", encoding="utf-8")
    orgs = set(extract_file(paper).labels("Organisation", "Partnership", "Board"))
    assert {"University Hospitals Sussex NHS Foundation Trust", "Sussex Partnership NHS Foundation Trust",
            "Sussex Police", "Age UK Fenwick & Hove", "Martlets Hospice"} <= orgs
    assert not [o for o in orgs if "Trust Foundation" in o or "Sussex Police" in o and o != "Sussex Police"]


def test_attendance_set_side_by_side_in_two_columns_is_read_column_by_column(tmp_path):
    """Minutes saved from a PDF with members in two columns, each entry wrapping in its own column: every entry
    whole, and a table of names and posts below it (no entry wraps in its first column) left as it is."""
    paper = tmp_path / "minutes.txt"
    paper.write_text("FENWICK CITY HEALTH AND WELLBEING BOARD\n\nMINUTES of the meeting held on 26 March 2025\n"
                     "Voting members present                                      Non-voting members present\n"
                     "Councillor Marcia Okoro (Chair) – Portfolio Holder          Superintendent Gavin Roe – City "
                     "Division,\n"
                     "for Adult Social Care and Health                            Fenwick Police\n"
                     "Dr Hugo Tsang (Vice-Chair) – Place Clinical                 Tamsin Ray – Chief Executive, "
                     "Fenwick\n"
                     "Director, NHS Fenwick and Wessex Integrated                 Community and Voluntary Service\n"
                     "Care Board\n"
                     "Lucy Osei – Director of Public Health                       Miriam Reeve – Director of "
                     "Integration,\n"
                     "                                                            Fenwick University Hospitals NHS "
                     "Trust\n\n"
                     "23/25  APOLOGIES FOR ABSENCE\nNone.\n", encoding="utf-8")
    x = extract_file(paper)
    held = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "holdsPost"}
    assert {("Councillor Marcia Okoro", "Portfolio Holder for Adult Social Care and Health"),
            ("Tamsin Ray", "Chief Executive")} <= held
    orgs = set(x.labels("Organisation", "Partnership", "Board"))
    assert {"Fenwick Police", "Fenwick Community and Voluntary Service", "Fenwick University Hospitals NHS Trust",
            "NHS Fenwick and Wessex Integrated Care Board"} <= orgs
    assert not [o for o in orgs if "Division" in o or "Wessex Integrated Community" in o]
