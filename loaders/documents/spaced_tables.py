"""Tables laid out with spaces under a rule of dashes, read into the cells every reader writes.

A paper saved as text often keeps its tables as columns of spaces, with a rule of
dashes under the heading row (the "simple" and "multiline" tables of plain-text
tools).  A cell too long for its column wraps onto the next lines, under itself::

    Rec  Recommendation                 Response       Lead
    ---  -----------------------------  -------------  --------------------
    1    Every child missing three      Accepted       Child Exploitation
         times to have a strategy                      and Missing Group
         discussion

Read line by line, "Child Exploitation" and "and Missing Group" are two pieces of
nothing.  The dashes say where each column starts, so each line's text can be put
back into its cell and the table written in the shape of a Word table (one
tab-prefixed line per cell, a blank line after each row), which the rules for
tables already read.

Examples
--------
>>> print(ruled_tables_as_cells(
...     "Rec  Recommendation        Lead\\n"
...     "---  --------------------  ----------------\\n"
...     "1    Schools to be asked   Education\\n"
...     "     to every meeting      Safeguarding Group\\n"
...     "2    Share attendances     Designated Nurse\\n").replace("\\t", "> "), end="")
> Rec
> Recommendation
> Lead
<BLANKLINE>
> 1
> Schools to be asked to every meeting
> Education Safeguarding Group
<BLANKLINE>
> 2
> Share attendances
> Designated Nurse
<BLANKLINE>
"""

from __future__ import annotations

import re

__all__ = ["columned_lists_as_cells", "headed_tables_as_cells", "ruled_tables_as_cells", "side_by_side_columns"]

# A rule of two or more runs of dashes: one run a column.
_RULE = re.compile(r"(?m)^[ ]*-{3,}(?:[ ]+-{3,})+[ ]*$")
_DASHES = re.compile(r"-{3,}")
# A cell's text on one line: words with single spaces between them (two or more spaces part cells).
_CHUNK = re.compile(r"\S+(?:[ ]\S+)*")
# A line that only draws a line across the page (a page break's rule, a section's underline).
_DRAWN = re.compile(r"[ ]*[-_=.*~]{10,}[ ]*")
# A cell that stops at one of these goes on in the line below, even when that line starts a cell of its own.
_GOES_ON = re.compile(r"(?:[,&/(]|(?<=[a-z])-|\b(?:and|or|of|in|for|the|to|a|an|with|by|on|at|from|per|than))$")
_MOST_HEADING_LINES = 3


def ruled_tables_as_cells(text: str) -> str:
    """``text`` with each table laid out in columns of spaces under a rule of dashes written as cells.

    A table is the heading lines above the rule (up to three, back to a blank line)
    and the lines below it that keep to its columns; it ends at a line that does
    not (prose running across them, text left of the first column), at a line
    drawn across the page, at two blank lines, or after a blank line at a line
    whose first cell is empty (a page's footer).  A line starts a new row when its
    first cell is filled, unless a cell of the line above stops mid-phrase or the
    line starts in lower case; in a table that leaves blank lines between its rows,
    each block of lines is one row.  Everything else is left as it was.
    """
    if "---" not in text or _RULE.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        columns = _columns(line) if "---" in line and _RULE.fullmatch(line) else None
        heading = _heading(out, columns) if columns else None
        if not heading:
            out.append(line)
            i += 1
            continue
        rows, i = _body(lines, i + 1, columns)
        if not rows:
            out.append(line)
            continue
        del out[len(out) - len(heading):]
        _write_cells(out, [_joined(heading), *rows])
    return "\n".join(out)


def headed_tables_as_cells(text: str, carried: list[str] | None = None) -> tuple[str, list[str] | None]:
    """``text`` (a PDF's page laid out with spaces) with each table under a row of column headings written as cells,
    and the headings of a table that runs on to the foot of the page, or None.

    A PDF's action log drawn without rules has no dashes under its headings, but
    its heading row says where the columns start: three cells or more, each short,
    at least two of them the genre's column words ("Action", "Owner", "By when").
    The rows under it are read as :func:`ruled_tables_as_cells` reads a ruled
    table's, except that after a blank line a line with only its first cell filled
    is the prose after the table ("The meeting closed at 4.41 pm.").

    ``carried``: the headings of a table that ran on from the page before.  When
    one of the first lines of this page starts a row of as many cells, the rows from
    there are written under those headings again, as a Word table repeats its
    heading row on each page (the page lays the columns out afresh, so they are
    taken from the rows).

    >>> text, still_open = headed_tables_as_cells(
    ...     "Action                    Owner                   By when\\n"
    ...     "Circulate the briefing    Head of Trading         30 April\\n"
    ...     "                          Standards\\n")
    >>> print(text.replace("\\t", "> "), end="")
    > Action
    > Owner
    > By when
    <BLANKLINE>
    > Circulate the briefing
    > Head of Trading Standards
    > 30 April
    <BLANKLINE>
    >>> still_open
    ['Action', 'Owner', 'By when']
    """
    lines = text.split("\n")
    out: list[str] = []
    still_open: list[str] | None = None
    start = _first_row(lines, len(carried)) if carried else None
    i = 0
    while i < len(lines):
        if i == start:  # the rows run on from the page before: its headings, this page's columns
            heading, columns, first = carried, [m.start() for m in _CHUNK.finditer(lines[i])], i
        else:
            heading, columns, first = None, _heading_columns(lines[i]), i + 1
        rows, end = _body(lines, first, columns, prose_after=True) if columns else ([], i)
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        heading = heading or [m.group() for m in _CHUNK.finditer(lines[i])]
        _write_cells(out, [heading, *rows])
        still_open = heading if _at_foot(lines, end) else None
        i = end
    return "\n".join(out), still_open


# The words of the genre's column headings ("Ref", "Recommendation", "Management response", "Owner", "By when").
COLUMN_WORDS = r"(?:ref|no\.?|finding|findings|risk|recommendations?|priority|rating|(?:management[ ])?response|" \
               r"responsible[ ]officer|officer|owner|lead|target[ ]date|timescale|status|agreed|action|by[ ]when|" \
               r"due(?:[ ]date)?|deadline)"
COLUMN_WORD = re.compile(r"(?i)\b" + COLUMN_WORDS + r"\b")
# A row's reference at the start of its first cell: "26/25(b)", "R3", "2.1", "(a)", "4."
ROW_REFERENCE = re.compile(r"(?:[A-Z]{0,3}\d{1,3}(?:[./]\d{1,3})*(?:\([a-z0-9]{1,3}\))?|\(?[a-z]\))[.):]?(?:[ ]|$)")
# The most lines of a page's running header above a table carried on from the page before.
_MOST_HEADER_LINES = 4


def _heading_columns(line: str) -> list[int] | None:
    """Where each column starts, when ``line`` is a row of column headings laid out with spaces."""
    if "   " not in line or "\t" in line:
        return None
    chunks = list(_CHUNK.finditer(line))
    if len(chunks) < 3 or any(len(m.group()) > 40 or not m.group()[0].isupper() or m.group()[-1] in ".,;"
                              for m in chunks):
        return None
    if any(b.start() - a.end() < 3 for a, b in zip(chunks, chunks[1:])):
        return None
    if sum(1 for m in chunks if COLUMN_WORD.search(m.group())) < 2:
        return None
    return [m.start() for m in chunks]


def _first_row(lines: list[str], width: int) -> int | None:
    """The index of the line that starts the rows of a table carried on from the page before: among the page's first
    lines, one of ``width`` cells starting at the left margin, whose next line keeps to its columns."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        chunks = list(_CHUNK.finditer(line))
        if len(chunks) == width and chunks[0].start() <= 4 and i + 1 < len(lines) and \
                all(b.start() - a.end() >= 3 for a, b in zip(chunks, chunks[1:])) and \
                _cells(lines[i + 1], [m.start() for m in chunks]) is not None:
            return i
        seen += 1
        if seen >= _MOST_HEADER_LINES:
            return None
    return None


def _at_foot(lines: list[str], end: int) -> bool:
    """Whether only a page's footer follows line ``end``: two lines at most."""
    return sum(1 for line in lines[end:] if line.strip()) <= 2


def _write_cells(out: list[str], rows: list[list[str]]) -> None:
    for row in rows:
        out.extend("\t" + cell if cell else "\t" for cell in row)
        out.append("")


def _columns(rule: str) -> list[int]:
    """Where each column starts, from the runs of dashes under the heading."""
    return [m.start() for m in _DASHES.finditer(rule)]


def _cells(line: str, columns: list[int]) -> list[str] | None:
    """The line's text in each column, or None when the line does not keep to the columns."""
    if "\t" in line:
        return None
    cells = [""] * len(columns)
    for m in _CHUNK.finditer(line):
        k = _column_at(m.start(), columns)
        if k is None or (k + 1 < len(columns) and m.end() > columns[k + 1] + 1):
            return None  # left of the table, or running across into the next column: prose, not a cell
        cells[k] = f"{cells[k]} {m.group()}" if cells[k] else m.group()
    return cells


def _column_at(pos: int, columns: list[int]) -> int | None:
    # Figures are set to the right of their column, and a cell may start a space or two before its dashes.
    k = None
    for n, start in enumerate(columns):
        if pos >= start - 2:
            k = n
    return k


def _heading(out: list[str], columns: list[int]) -> list[list[str]] | None:
    """The heading lines just above a rule (back to a blank line, a line that does not keep to the columns or a
    section's title in capitals: "DISTRIBUTION" over "Name    Post"), as cells, or None when there are none."""
    heading: list[list[str]] = []
    for line in reversed(out[-_MOST_HEADING_LINES:]):
        cells = _cells(line, columns) if line.strip() else None
        if cells is None or heading and _section_title(cells):
            break
        heading.insert(0, cells)
    return heading or None


def _section_title(cells: list[str]) -> bool:
    """Whether a line's cells are a section's title: words in capitals in the first column only."""
    return len(cells) > 1 and not any(cells[1:]) and cells[0].isupper() and len(cells[0]) > 3


def _body(lines: list[str], i: int, columns: list[int], *, prose_after: bool = False) -> tuple[list[list[str]], int]:
    """The rows under the rule, and the index of the first line after the table.  ``prose_after``: after a blank line,
    a line that fills only its first cell ends the table."""
    table: list[list[str] | None] = []  # each line's cells: None for a blank line, [] for a rule between rows
    blanks = 0
    end = i
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            blanks += 1
            if blanks == 2:
                break
            table.append(None)
            i += 1
            continue
        if _RULE.fullmatch(line) and _columns(line) == columns:
            cells: list[str] | None = []  # a rule between rows, as before a total
        else:
            cells = None if _DRAWN.fullmatch(line) else _cells(line, columns)
            if cells is None or (blanks and (not cells[0] or _section_title(cells) or
                                             prose_after and not any(cells[1:]))):
                # (after a blank line a row starts in the first column; a page's footer sits to the right, and a
                # section's title in capitals is no row: "AUDIT TEAM")
                break
        table.append(cells)
        blanks, i, end = 0, i + 1, i + 1
    # A table that leaves a blank line between its rows: blank lines inside it before lines that start a row, for
    # a good part of the lines that fill their first cell (one blank line in a table of one row a line is a slip).
    after_blanks = sum(1 for above, cells in zip(table, table[1:]) if above is None and cells and cells[0])
    firsts = sum(1 for cells in table if cells and cells[0])
    blank_rows = after_blanks > 0 and 3 * (after_blanks + 1) >= firsts
    # Rows that open with a reference ("26/25(b)", "R3", "2.1"): a line whose first cell holds other words is that
    # cell wrapping at the column's edge ("Final evaluation of the Joint Health and Wellbeing" / "Strategy 2022-2025").
    numbered = [bool(ROW_REFERENCE.match(cells[0])) for cells in table if cells and cells[0]]
    referenced = len(numbered) > 1 and numbered[0] and sum(numbered) >= 2
    pieces: list[list[list[str]]] = []  # each row as the lines it was written on
    after_blank = False
    for cells in table:
        if cells is None:
            after_blank = True
            continue
        if not cells:
            pieces.append([])
        elif not pieces or not pieces[-1] or (after_blank and blank_rows) or \
                _starts_row(cells, pieces[-1][-1], blank_rows, referenced):
            pieces.append([cells])
        else:
            pieces[-1].append(cells)
        after_blank = False
    return [_joined(p) for p in pieces if p], end


def _starts_row(cells: list[str], last: list[str], blank_rows: bool, referenced: bool) -> bool:
    if referenced:
        return ROW_REFERENCE.match(cells[0]) is not None
    if blank_rows or not cells[0] or cells[0][0].islower():
        return False
    return not any(_GOES_ON.search(cell) for cell in last if cell)


def _joined(lines: list[list[str]]) -> list[str]:
    """The cells of a row written on several lines, each column's pieces joined (a word broken at a hyphen whole
    again: "multi-" over "agency")."""
    out = [""] * len(lines[0])
    for cells in lines:
        for k, piece in enumerate(cells):
            if not piece:
                continue
            if not out[k]:
                out[k] = piece
            elif out[k].endswith("-") and out[k][-2:-1].isalpha() and piece[:1].islower():
                out[k] += piece
            else:
                out[k] += " " + piece
    return out


def columned_lists_as_cells(text: str) -> str:
    """``text`` with each list of names set in two columns of spaces, with no rule, written as cells.

    A page of partners or members often sits in two columns, a name too long for its
    column wrapping onto an indented line under itself::

        Fenwick City Council               NHS Sussex
        University Hospitals Sussex NHS    Sussex Partnership NHS Foundation Trust
          Foundation Trust                 Sussex Community NHS Foundation Trust

    Read line by line, the wrapped name runs into the other column's.  A block of
    three lines or more, each one or two names with three spaces or more between
    them and the second always at the same place, is read by its columns: a name
    starts where its column starts and goes on in the lines indented under it.
    Only names of bodies: a block with a comma outside brackets ("Name, Post"), an
    honorific ("Councillor"), a figure or a sentence in it is left as it was (people's
    names over their bodies are an attendance list, which the people rules read by
    its lines), and so is every other line.

    >>> print(columned_lists_as_cells(
    ...     "Partners:\\n\\n"
    ...     "Fenwick Council                NHS Sussex\\n"
    ...     "University Hospitals Sussex    Sussex Police\\n"
    ...     "  NHS Foundation Trust         Age UK Fenwick\\n").replace("\\t", "> "), end="")
    Partners:
    <BLANKLINE>
    > Fenwick Council
    > NHS Sussex
    <BLANKLINE>
    > University Hospitals Sussex NHS Foundation Trust
    > Sussex Police
    <BLANKLINE>
    > Age UK Fenwick
    <BLANKLINE>
    """
    if "   " not in text or _BLOCK_START.search(text) is None:
        return text
    return _rewrite_blocks(text, _name_cells)


def _rewrite_blocks(text: str, block) -> str:
    """``text`` with each block that ``block(lines, i)`` finds at line ``i`` written as the lines it returns
    (``(new lines, index of the line after the block)``, or None where no block starts); other lines as they were."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = block(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        written, i = found
        out.extend(written)
    return "\n".join(out)


def _name_cells(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The two columns of names from line ``i`` written as cells, a row a time, and the line after them."""
    # a block of its own: after a blank line (a list does not start halfway down another)
    found = _name_columns(lines, i) if "   " in lines[i] and (i == 0 or not lines[i - 1].strip()) else None
    if found is None:
        return None
    columns, after = found
    out: list[str] = []
    for k in range(max(len(column) for column in columns)):
        out.extend("\t" + column[k] for column in columns if k < len(column))
        out.append("")
    return out, after


# A line of two names with three spaces or more between them, and a line of one.
_TWO_NAMES = re.compile(r"(?P<indent>[ ]*)(?P<left>\S+(?:[ ]\S+)*)[ ]{3,}(?P<right>\S+(?:[ ]\S+)*)[ ]*")
_ONE_NAME = re.compile(r"(?P<indent>[ ]*)(?P<text>\S+(?:[ ]\S+)*)[ ]*")
_LEAST_ROWS = 3
# Where such a block may start: a line of two names after a blank line (or the text's start).
_BLOCK_START = re.compile(r"(?:\A|\n[ ]*\n)[ ]*\S+(?:[ ]\S+)*[ ]{3,}\S")


def _name_columns(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The two columns of names from line ``i`` (each a list of names) and the line after them, or None."""
    first = _TWO_NAMES.fullmatch(lines[i])
    if first is None:
        return None
    indent, second = len(first.group("indent")), first.start("right")
    columns: list[list[str]] = [[], []]
    rows = 0
    j = i
    while j < len(lines) and lines[j].strip():
        m = _TWO_NAMES.fullmatch(lines[j])
        if m is not None and abs(m.start("right") - second) <= 2:
            parts = [(m.start("left"), m.group("left"), 0), (m.start("right"), m.group("right"), 1)]
            rows += 1
        else:
            one = _ONE_NAME.fullmatch(lines[j])
            if one is None:
                return None
            column = 1 if one.start("text") >= second - 2 else 0
            parts = [(one.start("text"), one.group("text"), column)]
        for start, name, column in parts:
            home = (indent, second)[column]
            if start < home - 1:
                return None  # text left of its column: prose, not a list
            if start <= home + 1 or not columns[column]:
                columns[column].append(name)
            else:
                columns[column][-1] += " " + name  # a name wrapped onto a line indented under it
        j += 1
    names = columns[0] + columns[1]
    if rows < _LEAST_ROWS or not all(_is_name(n) for n in names):
        return None
    return columns, j


def _is_name(cell: str) -> bool:
    """Whether a column's cell reads as one name: capitalised, short, with no comma outside brackets, no figure to
    open it and no full stop to close it."""
    bare = re.sub(r"\([^()]*\)", "", cell)
    return (cell[:1].isupper() or cell[:1] == "(") and len(cell.split()) <= 10 and "," not in bare and \
        not cell.endswith(".") and not re.search(r"\d", bare) and not _HONORIFIC_FIRST.match(cell)


_HONORIFIC_FIRST = re.compile(r"(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Rev)\.?[ ]")


def side_by_side_columns(text: str) -> str:
    """``text`` with each block of two columns set side by side under their headings written one column after the
    other.

    Minutes printed from a PDF often set their attendance in two columns, each entry wrapping
    inside its own column::

        Voting members present                   Non-voting members present
        Councillor Ann Lee (Chair) – Portfolio   Superintendent Gavin Roe – City
        Holder for Adult Social Care             Division, Fenwick Police
        Dr Sam Oduya – Director of Public        Tamsin Ray – Chief Executive, Fenwick
        Health                                   Community and Voluntary Service

    Read line by line, each line joins half of one entry to half of another.  A block that
    opens with a line of two short headings and keeps to their two columns for three lines
    or more, with entries wrapping in both columns (a line with the left column empty and one
    with the right column empty), is written as its left column, a blank line, then its right
    column; where a column's entries are "Name – Post", each entry goes on one line.  The block
    ends at a blank line, a line that crosses the gap between the columns, or a heading ending
    in a colon in the left column alone (the next list).

    >>> print(side_by_side_columns(
    ...     "Voting members present                 Non-voting members present\\n"
    ...     "Cllr Ann Lee (Chair) – Portfolio       Supt Gavin Roe – City\\n"
    ...     "Holder for Adult Social Care           Division, Fenwick Police\\n"
    ...     "Dr Sam Oduya – Director of Public      Tamsin Ray – Chief Executive,\\n"
    ...     "Health\\n"
    ...     "                                       Fenwick CVS\\n"), end="")
    Voting members present
    Cllr Ann Lee (Chair) – Portfolio
    Holder for Adult Social Care
    Dr Sam Oduya – Director of Public
    Health
    <BLANKLINE>
    Non-voting members present
    Supt Gavin Roe – City
    Division, Fenwick Police
    Tamsin Ray – Chief Executive,
    Fenwick CVS
    <BLANKLINE>
    """
    if "      " not in text or _TWO_HEADINGS.search(text) is None:  # every match holds a gap of six spaces
        return text
    return _rewrite_blocks(text, _one_column_then_the_other)


def _one_column_then_the_other(lines: list[str], i: int) -> tuple[list[str], int] | None:
    found = _side_by_side(lines, i) if _TWO_HEADINGS.fullmatch(lines[i]) else None
    if found is None:
        return None
    (left, right), after = found
    if _both_prose(left, right):
        return [left[0], _paragraph(left[1:]), "", right[0], _paragraph(right[1:]), ""], after
    return [*_entries(left), "", *_entries(right), ""], after


def _paragraph(lines: list[str]) -> str:
    """A column's lines of prose as one paragraph, a word broken at a line's end by a hyphen made whole again
    ("Part-" / "nership").  Unlike a table's wrapped cell (:func:`_joined`, which keeps "multi-agency"), running
    prose hyphenates words only to fit the line, so the hyphen goes."""
    out = lines[0]
    for line in lines[1:]:
        out = out[:-1] + line if out.endswith("-") and out[-2:-1].isalpha() and line[:1].islower() else f"{out} {line}"
    return out


def _entries(column: list[str]) -> list[str]:
    """A column's lines with each entry on one line, when its entries are "Name – Post" (three or more with a dash):
    a line with no dash that opens with no honorific goes on from the line above."""
    head, lines = column[0], column[1:]
    if sum(bool(_DASHED.search(line)) for line in lines) < _LEAST_ROWS:
        return column
    out = [head]
    for line in lines:
        if len(out) > 1 and not _DASHED.search(line) and not _HONORIFIC_FIRST.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


_DASHED = re.compile(r"\S[ ][–\-][ ]\S")


# A line of two short headings with a wide gap between them: "Voting members present      Non-voting members present".
_TWO_HEADINGS = re.compile(r"(?m)^[ ]*[A-Z][A-Za-z\-’']*(?:[ ][A-Za-z\-’'()]+){0,5}[ ]{6,}"
                           r"[A-Z][A-Za-z\-’']*(?:[ ][A-Za-z\-’'()]+){0,5}:?[ ]*$")


def _side_by_side(lines: list[str], i: int) -> tuple[tuple[list[str], list[str]], int] | None:
    """The two columns of the block headed by line ``i`` and the line after the block, or None."""
    head = lines[i]
    right_at = _CHUNK_AFTER_GAP.search(head).end(1)
    columns: tuple[list[str], list[str]] = ([head[:right_at].strip()], [head[right_at:].strip()])
    both = 0
    alone = [0, 0]  # lines with text in the left column only, in the right only
    j = i + 1
    if j + 1 < len(lines) and not lines[j].strip() and _CHUNK_AFTER_GAP.search(lines[j + 1]):
        j += 1  # "What we know      What we will do", a blank line, then the two columns of prose
    while j < len(lines) and lines[j].strip():
        line = lines[j].rstrip()
        left, right = line[:right_at], line[right_at:]
        if right and (not left.endswith("  ") or line[right_at] == " " and line[:right_at].strip()):
            break  # the line runs across the gap: the block is over
        if not right and line.endswith(":") and both >= _LEAST_ROWS:
            break  # "Colleagues, partners and others in attendance:": the next list
        if left.strip():
            columns[0].append(left.strip())
        if right.strip():
            columns[1].append(right.strip())
        both += bool(left.strip() and right.strip())
        alone[bool(right.strip())] += not (left.strip() and right.strip())
        j += 1
    if both < _LEAST_ROWS or not (all(alone) or _both_prose(*columns)):
        # a table of pairs ("Fergus Lee      Consultant in Public Health, Fenwick Council"): its first column never
        # wraps, where the entries of columns side by side wrap in both, and columns of prose are sentences
        return None
    return columns, j


def _both_prose(left: list[str], right: list[str]) -> bool:
    """Whether both columns (each under its heading) are running prose: see :func:`_prose`."""
    return _prose(left[1:]) and _prose(right[1:])


def _prose(column: list[str]) -> bool:
    """Whether a column's lines are running prose: five lines or more, of five words or more a line on average,
    mostly in lower case (a strategy's "What we know" beside "What we will do"), not the names and posts of a table of
    pairs."""
    words = " ".join(column).split()
    return len(column) >= 5 and len(words) >= 5 * len(column) and \
        sum(w[:1].islower() for w in words) * 2 >= len(words)


# The gap before a line's second chunk: where the right column starts.
_CHUNK_AFTER_GAP = re.compile(r"\S([ ]{6,})\S")
