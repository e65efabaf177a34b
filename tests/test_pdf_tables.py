"""Ruled tables in PDFs read as Word tables do: a response table gives the same verdicts from either format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from partnergraph.loaders.documents import extract, extract_file, read_document
from partnergraph.loaders.documents.readers import _has_column_headings, _join_wrapped, _pdf_table_lines, \
    pdf_to_text

def _load_pdfpage():
    spec = importlib.util.spec_from_file_location("pg_pdfpage", Path(__file__).parent / "pdfpage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


one_page_pdf = _load_pdfpage().one_page_pdf
pdf_of_pages = _load_pdfpage().pdf_of_pages


# Our own scrutiny response, written once and saved as .docx and as a PDF with a ruled table.
BEFORE = ["Cabinet response to the recommendations of the Health Scrutiny Panel made on 2 May 2023",
          "The Cabinet considered the panel's report on warm homes and youth provision."]
HEADER = ("Recommendation", "Agreed?", "Comment")
ROWS = [HEADER,
        ("1. That the Council funds the Warm Homes Project.", "Yes", "Funding is in the budget."),
        ("2. That the Council closes the Eastside Youth Hub.", "No", "The hub is well used."),
        ("3. That the Council reviews the Riverside Advice Service.", "Partially", "A review starts in June.")]
AFTER = ["Date of response: 30/05/2023"]
COLUMNS = (50, 340, 410, 560)


def make_table_pdf(before: list[str], rows: list[tuple[str, ...]], after: list[str], *,
                   columns: tuple[float, ...] = COLUMNS, wrap: dict[int, int] | None = None,
                   ruled: bool = True, heading_bar: bool = False) -> bytes:
    """A one-page PDF: lines of text, a table ruled with lines (one cell per column, or no lines when not
    ``ruled``; with ``heading_bar`` the heading row is one box across the table), more lines.

    ``wrap`` maps a column to the number of characters after which its cells wrap
    onto a second line inside the cell, as a narrow column does in a real paper.
    """
    return one_page_pdf(table_page(before, rows, after, columns=columns, wrap=wrap, ruled=ruled,
                                   heading_bar=heading_bar), font=WIN_ANSI)


WIN_ANSI = b"/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"


def table_page(before: list[str], rows: list[tuple[str, ...]], after: list[str], *,
               columns: tuple[float, ...] = COLUMNS, wrap: dict[int, int] | None = None,
               ruled: bool = True, heading_bar: bool = False) -> bytes:
    """The content stream of :func:`make_table_pdf`'s page."""
    def esc(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops: list[str] = []
    y = 800.0

    def text(x: float, y: float, t: str) -> None:
        ops.append(f"BT /F1 10 Tf {x:.1f} {y:.1f} Td ({esc(t)}) Tj ET")

    for line in before:
        text(50, y, line)
        y -= 16
    y -= 10
    table_top = y
    row_tops = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            limit = (wrap or {}).get(i)
            if limit and len(cell) > limit:
                cut = cell.rfind(" ", 0, limit)
                cells.append([cell[:cut], cell[cut + 1:]])
            else:
                cells.append([cell])
        height = 8 + 13 * max(len(c) for c in cells)
        row_tops.append(y)
        for i, parts in enumerate(cells):
            for k, part in enumerate(parts):
                text(columns[i] + 4, y - 12 - 13 * k, part)
        y -= height
    row_tops.append(y)
    if ruled:
        ops.append("0.5 w")
        for top in row_tops:  # horizontal rules
            ops.append(f"{columns[0]} {top:.1f} m {columns[-1]} {top:.1f} l S")
        for x in columns:  # vertical rules (inner ones below the heading only, under a heading bar)
            top = row_tops[1] if heading_bar and x not in (columns[0], columns[-1]) else table_top
            ops.append(f"{x} {top:.1f} m {x} {y:.1f} l S")
    y -= 24
    for line in after:
        text(50, y, line)
        y -= 16
    return "\n".join(ops).encode("latin-1")


def make_table_docx(path: Path, before: list[str], rows: list[tuple[str, ...]], after: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in before:
        d.add_paragraph(line)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    for line in after:
        d.add_paragraph(line)
    d.save(path)
    return path


def _responses(x) -> dict[str, str]:
    """Recommendation label -> the verdict of its response."""
    out = {}
    for link in x.links:
        if link.relation == "respondsTo":
            out[x.entities[link.object].label] = x.entities[link.subject].attributes.get("verdict")
    return out


def test_pdf_table_rows_read_as_docx_table_rows(tmp_path):
    pdf = tmp_path / "response.pdf"
    pdf.write_bytes(make_table_pdf(BEFORE, ROWS, AFTER))
    text = read_document(pdf)
    # Cells one per line after a tab, a blank line between rows: the shape the Word reader writes.
    assert "\tRecommendation\n\tAgreed?\n\tComment\n\n" in text
    assert "\t2. That the Council closes the Eastside Youth Hub.\n\tNo\n\tThe hub is well used.\n\n" in text
    # Text outside the table keeps its place: before the table, then after it.
    assert text.index("Health Scrutiny Panel") < text.index("\tRecommendation") < text.index("Date of response")
    assert text.count("Eastside Youth Hub") == 1  # the table's words are not read twice


def test_pdf_and_docx_of_one_response_table_give_the_same_verdicts(tmp_path):
    pdf = tmp_path / "response.pdf"
    pdf.write_bytes(make_table_pdf(BEFORE, ROWS, AFTER))
    docx = make_table_docx(tmp_path / "response.docx", BEFORE, ROWS, AFTER)
    from_pdf, from_docx = extract_file(pdf), extract_file(docx)
    verdicts = _responses(from_docx)
    assert verdicts and set(verdicts.values()) >= {"accepted", "rejected"}
    assert _responses(from_pdf) == verdicts
    assert sorted(e.label for e in from_pdf.of_type("Recommendation")) == \
        sorted(e.label for e in from_docx.of_type("Recommendation"))
    assert from_pdf.front.date == from_docx.front.date


def test_a_ruled_table_running_on_to_the_next_page_is_read_under_its_headings():
    """A response table over a page break, its heading row not repeated on the second page: the rows there are read
    under the first page's headings, so their verdicts are found; a second page that repeats the row keeps one."""
    more = ("4. That the Council publishes a warm homes map.", "Yes", "It will be online in May.")
    for second in ([ROWS[3], more], [HEADER, ROWS[3], more]):
        pdf = pdf_of_pages([table_page(BEFORE, ROWS[:3], ["Page 1 of 2"]),
                            table_page(["Cabinet response  |  Page 2"], second, AFTER)], font=WIN_ANSI)
        text = pdf_to_text(pdf)
        assert text.count("\tRecommendation\n") == 2
        assert _responses(extract(text)) == {
            "That the Council funds the Warm Homes Project": "accepted",
            "That the Council closes the Eastside Youth Hub": "rejected",
            "That the Council reviews the Riverside Advice Service": "partially-accepted",
            "That the Council publishes a warm homes map": "accepted"}


def test_a_heading_drawn_as_one_bar_is_cut_into_the_columns_below(tmp_path):
    """An audit's action plan often heads its grid with one shaded bar: the table finder sees one heading cell
    across the table, and the headings are put back over their columns by where their words sit."""
    pdf = tmp_path / "bar.pdf"
    pdf.write_bytes(make_table_pdf(BEFORE, ROWS, AFTER, heading_bar=True))
    assert "\tRecommendation\n\tAgreed?\n\tComment\n\n" in read_document(pdf)
    docx = make_table_docx(tmp_path / "response.docx", BEFORE, ROWS, AFTER)
    assert _responses(extract_file(pdf)) == _responses(extract_file(docx))


def test_a_list_of_names_and_posts_in_two_columns_keeps_its_columns(tmp_path):
    """A distribution list set as name and post in two columns: pypdf's plain text closes the gap ("Deepa Chaudhry
    Audit Manager"), so such a page is read with its layout and each person holds the post beside them."""
    def esc(t: str) -> str:
        return t.replace("(", "\\(").replace(")", "\\)")

    pairs = [("Marcus Penhaligon", "Public Health Lead"), ("Aled Pritchard", "Public Health Commissioning Manager"),
             ("Deepa Chaudhry", "Audit Manager"), ("Callum Ridgeway", "Senior Auditor")]
    ops = ["BT /F1 10 Tf 50 800 Td (Internal audit report: grants to district councils) Tj ET",
           "BT /F1 10 Tf 50 770 Td (Distribution) Tj ET"]
    for k, (name, post) in enumerate(pairs):
        ops.append(f"BT /F1 10 Tf 50 {750 - 14 * k} Td ({esc(name)}) Tj ET")
        ops.append(f"BT /F1 10 Tf 250 {750 - 14 * k} Td ({esc(post)}) Tj ET")
    path = tmp_path / "audit.pdf"
    path.write_bytes(one_page_pdf("\n".join(ops).encode("latin-1")))
    x = extract_file(path)
    held = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "holdsPost"}
    assert set(pairs) <= held


def test_wrapped_cells_are_joined_again(tmp_path):
    pdf = tmp_path / "narrow.pdf"
    pdf.write_bytes(make_table_pdf(BEFORE, ROWS, AFTER, wrap={0: 30}))
    text = read_document(pdf)
    assert "\t1. That the Council funds the Warm Homes Project.\n\tYes\n" in text
    docx = make_table_docx(tmp_path / "response.docx", BEFORE, ROWS, AFTER)
    assert _responses(extract_file(pdf)) == _responses(extract_file(docx))


def test_pages_without_rules_are_read_by_pypdf_alone(tmp_path, monkeypatch):
    import pdfplumber

    from tests.test_documents import make_pdf

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber opened a PDF that draws no lines")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf(["Report to: Audit Committee", "The Tameside Health Partnership met twice."]))
    text = read_document(path)
    assert "\t" not in text and "Tameside Health Partnership" in text


def test_a_table_pdf_that_pdfplumber_cannot_read_falls_back_to_pypdf_text(tmp_path, monkeypatch):
    """pdfplumber fails on the file (monkeypatched: a real failure needs a file pypdf reads and pdfminer does not), so
    pypdf reads the page laid out with spaces, and the row of column headings still gives the table's cells."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    def broken(*args, **kwargs):
        raise PDFSyntaxError("no objects found")

    monkeypatch.setattr(pdfplumber, "open", broken)
    path = tmp_path / "response.pdf"
    path.write_bytes(make_table_pdf(BEFORE, ROWS, AFTER))
    text = read_document(path)
    assert "\t2. That the Council closes the Eastside Youth Hub.\n\tNo\n\tThe hub is well used.\n" in text


@pytest.mark.parametrize("cell,joined", [
    ("That the Council funds\nthe Warm Homes Project.", "That the Council funds the Warm Homes Project."),
    ("Agreed.\nFunding is in the budget.", "Agreed.\nFunding is in the budget."),
    ("Actions:\n- a review\n- a report", "Actions:\n- a review\n- a report"),
    ("  \n", ""),
])
def test_join_wrapped(cell, joined):
    assert _join_wrapped(cell) == joined


def test_merged_and_empty_cells():
    rows = [["Recommendation", None, "Lead"], [None, None, None], ["1. Fund it.", "Yes", ""]]
    assert _pdf_table_lines(rows) == ["\tRecommendation", "\tLead", "", "\t1. Fund it.", "\tYes", "\t", ""]


def test_an_action_plan_drawn_without_rules_is_read_by_its_columns(tmp_path):
    """An audit's action plan set out in columns with no lines: plain text would run its cells together, so a page
    with a row of column headings is read with its layout, and each row's verdict and owner are found."""
    rows = [("Ref", "Recommendation", "Priority", "Management response", "Responsible officer"),
            ("1", "Issue a new agreement to all practices with a data sharing schedule.", "Significant",
             "Agreed. A new agreement is drafted.", "Service Delivery Manager"),
            ("2", "Validate each quarterly claim against the data extract.", "Fundamental",
             "Agreed in part. Claims over 500 pounds will be checked.", "Director of Public Health"),
            ("3", "Invite the eligible population centrally.", "Significant",
             "Not agreed. It needs a new IT system.", "Director of Public Health")]
    pdf = tmp_path / "audit.pdf"
    pdf.write_bytes(make_table_pdf(["Fenwick Council", "Internal audit report: health checks", "Action plan"],
                                   rows, ["Report ends."], columns=(40, 70, 250, 330, 470, 560),
                                   wrap={1: 28, 3: 22}, ruled=False))
    x = extract_file(pdf)
    verdicts = {x.entities[l.object].attributes.get("number"): x.entities[l.subject].attributes.get("verdict")
                for l in x.links if l.relation == "respondsTo"}
    assert verdicts == {"1": "accepted", "2": "partially-accepted", "3": "rejected"}
    owners = {x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert "Director of Public Health" in owners


def _drawn(lines: list[tuple[float, float, str]]) -> bytes:
    """A page's content stream: each (x, y, text) drawn where it is, in 10-point Helvetica."""
    def esc(t: str) -> str:
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return " ".join(f"BT /F1 10 Tf {x} {y} Td ({esc(t)}) Tj ET" for x, y, t in lines).encode("latin-1")


def test_an_action_log_running_on_to_the_next_page_keeps_its_columns(tmp_path):
    """Minutes' action log set in columns without lines, going on over a page break without its heading row: each
    cell wraps inside its column, and the rows on the second page are read under the first page's headings."""
    header = (50, 800, "Fenwick Health and Wellbeing Board  |  Minutes  |  26 March 2025")
    first = [header,
             (50, 760, "The Board noted its forward plan."), (50, 730, "ACTION LOG"),
             (50, 710, "Action"), (300, 710, "Owner"), (470, 710, "By when"),
             (50, 695, "26/25(b) Confirm funding for six more"), (300, 695, "Executive Director of Strategy and"),
             (470, 695, "30 June 2025"),
             (50, 683, "advice services in GP practices"), (300, 683, "Partnerships, NHS Fenwick ICB"),
             (50, 60, "Fenwick Council  -  minutes (subject to approval)"), (480, 60, "Page 1 of 2")]
    second = [header,
              (50, 760, "26/25(c) Final evaluation of the Joint"),
              (300, 760, "Director of Public Health"), (470, 760, "23 July 2025"),
              (50, 748, "Health and Wellbeing Strategy 2022-2025"),
              (50, 733, "31/25(b) Briefing on underage vape sales"), (300, 733, "Head of Trading Standards"),
              (470, 733, "30 April 2025"),
              (50, 700, "The meeting closed at 4.41 pm.")]
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(pdf_of_pages([_drawn(first), _drawn(second)]))
    x = extract_file(pdf)
    owners = {x.entities[l.subject].label: x.entities[l.object].label for l in x.links if l.relation == "ownedBy"}
    assert owners.get("31/25(b) Briefing on underage vape sales") == "Head of Trading Standards"
    assert owners.get("26/25(c) Final evaluation of the Joint Health and Wellbeing Strategy 2022-2025") == \
        "Director of Public Health"
    assert any(label.startswith("26/25(b) Confirm funding for six more advice services in GP practices")
               for label in owners)
    assert not any("meeting closed" in e.label for e in x.of_type("Action"))


def test_a_list_of_people_in_columns_whose_roles_wrap_is_read_whole(tmp_path):
    """A peer team set in two columns without lines, each role wrapping under itself: the page is read with its
    layout, each wrapped role is joined to its line again, and every name is a person holding the post beside it."""
    lines = [(50, 780, "The peer team"), (50, 760, "The peers were:")]
    y = 740
    for name, role in [("Cornelius Abernethy-Wynn", ["former Chief Executive, Wokingham Borough Council (lead",
                                                     "peer)"]),
                       ("Councillor Gwenllian Foxcroft", ["Cabinet Member for Health and Wellbeing, London Borough",
                                                          "of Waltham Forest (member peer)"]),
                       ("Fenella Oyeyemi-Corbridge", ["Director of Adult Social Services, London Borough of Sutton"]),
                       ("Horatio Lillywhite-Dube", ["Peer Challenge Manager, Local Government Association"])]:
        lines.append((50, y, name))
        for part in role:
            lines.append((250, y, part))
            y -= 12
    pdf = tmp_path / "peer-challenge.pdf"
    pdf.write_bytes(pdf_of_pages([_drawn(lines)]))
    x = extract_file(pdf)
    assert {"Cornelius Abernethy-Wynn", "Fenella Oyeyemi-Corbridge", "Horatio Lillywhite-Dube"} <= \
        set(x.labels("Person"))
    assert "London Borough of Waltham Forest" in x.labels(*("Organisation",))
    held = {(x.entities[l.subject].label, x.entities[l.object].label) for l in x.links if l.relation == "holdsPost"}
    assert ("Horatio Lillywhite-Dube", "Peer Challenge Manager") in held


@pytest.mark.parametrize("line, table", [
    ("Ref Finding and risk Recommendation Priority Management response Responsible officer and target date", True),
    ("No. Recommendation Response Lead officer", True),
    ("The lead officer will report the response and action to the committee.", False),
    ("Ref Ref Ref risk", False),
])
def test_a_row_of_column_headings_is_told_from_prose(line, table):
    """Only a page with a row of headings is read with its layout: prose that names an officer's response is not."""
    assert _has_column_headings("Audit report\n" + line + "\n1 Text of a finding.\n") is table


def _justified_line(words: str, y: int) -> str:
    # A justified line as word processors write it: each word after the first opens with a space, the gap then
    # stretched by kerning, which pypdf reads as a second space.
    parts = " ".join(f"({'' if i == 0 else ' '}{w}) -138" for i, w in enumerate(words.split()))
    return f"BT /F1 11 Tf 50 {y} Td [{parts}] TJ ET\n"


def test_a_justified_line_reads_with_single_spaces(tmp_path):
    lines = ["The members of the peer team were:",
             "Councillor Ann Lee-Bright - Cabinet Member for Health and Wellbeing,",
             "Fenwick City Council, with the Director of Public Health of Ashby County Council."]
    content = "".join(_justified_line(line, 700 - 16 * n) for n, line in enumerate(lines)).encode()
    path = tmp_path / "justified.pdf"
    path.write_bytes(one_page_pdf(content))
    text = read_document(path)
    assert "Councillor Ann Lee-Bright - Cabinet Member for Health and Wellbeing," in text
    x = extract_file(path)
    assert "Ann Lee-Bright" in " ".join(x.labels("Person"))
    assert "Cabinet Member for Health and Wellbeing" in set(x.labels("Post"))
