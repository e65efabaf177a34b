"""Readers: one per document format, each turning a file into plain text with its layout kept.

Layout matters to the extraction rules, so every reader writes the same shape:
paragraphs and list items one per line, table cells one per line prefixed with a
tab and a blank line between rows (the shape committee papers take when saved as
text).  A reader raises :class:`ReadError` with a one-line reason on bad input;
the loader adds the file name.

Readers register themselves by suffix in :data:`READERS`; adding a format is one
decorated function, never an edit to a dispatch chain.

Examples
--------
>>> sorted(READERS)
['.docx', '.htm', '.html', '.pdf', '.text', '.txt']
>>> decode_text("Caf\\xe9 and Health Board\\n".encode("cp1252"))
'Café and Health Board\\n'
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from .spaced_tables import COLUMN_WORD, COLUMN_WORDS, ROW_REFERENCE, columned_lists_as_cells, \
    headed_tables_as_cells, ruled_tables_as_cells, side_by_side_columns
from .text import HONORIFIC, NAME_WORDS, PERSON_LINE

__all__ = ["READERS", "ReadError", "MAX_BYTES", "read_document", "decode_text", "html_to_text", "reader"]

#: Files larger than this are refused rather than read (a council paper is rarely over 20 MB).
MAX_BYTES = 50 * 1024 * 1024
#: Most text a compressed format may unpack to (a guard against decompression bombs).
MAX_CHARS = 50_000_000

READERS: dict[str, Callable[[bytes], str]] = {}


class ReadError(ValueError):
    """A file that cannot be read as the document its suffix claims (one-line reason)."""


def reader(*suffixes: str) -> Callable[[Callable[[bytes], str]], Callable[[bytes], str]]:
    """Decorator: register a function ``bytes -> text`` for the given suffixes."""
    def decorate(func: Callable[[bytes], str]) -> Callable[[bytes], str]:
        for suffix in suffixes:
            READERS[suffix] = func
        return func
    return decorate


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of a document file, by its suffix (raises :class:`ReadError`)."""
    path = Path(path)
    func = READERS.get(path.suffix.lower())
    if func is None:
        raise ReadError(f"no document reader for {path.suffix or 'files without a suffix'}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ReadError(f"file is too large ({size / 1048576:.1f} MB; the limit is "
                        f"{max_bytes / 1048576:.0f} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReadError("file is empty")
    text = func(data)
    if not text.strip():
        raise ReadError("no text found in the document")
    return text


# -- plain text ---------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@reader(".txt", ".text")
def decode_text(data: bytes) -> str:
    """Decode text in whatever encoding it is in, refuse binaries, and join the lines of paragraphs written with a
    hanging indent (see :func:`join_hanging_lines`), the cells of tables laid out with spaces under a rule of
    dashes (see :func:`~.spaced_tables.ruled_tables_as_cells`), names set in two columns of spaces (see
    :func:`~.spaced_tables.columned_lists_as_cells`) and entries set side by side in two columns under their
    headings (see :func:`~.spaced_tables.side_by_side_columns`)."""
    return join_hanging_lines(columned_lists_as_cells(side_by_side_columns(ruled_tables_as_cells(_decode(data)))))


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ReadError("not valid UTF-16 text") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x7fELF", b"\x89PNG", b"GIF8",
                        b"\xff\xd8\xff")):
        raise ReadError("this is a binary file (PDF, Office, image or program), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data)
    if _CONTROL.search(text) is None:  # the usual paper: nothing to count or drop
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    if len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise ReadError("this looks like a binary file, not text")
    return _clean(text)


def join_hanging_lines(text: str) -> str:
    """Join a wrapped line to the one above when it continues an indented paragraph: it starts at the column where
    the text of the line above starts (after its indent and any "3." or "R1" marker) and the line above stops
    mid-sentence near the right margin.  Text exports of committee papers indent whole paragraphs ("3.   The
    Committee held ... between" / "     September and December 2019"); read as they are, a name wrapped there
    ("Making Every Contact" / "     Count") would be two.  The last cell of a row laid out in columns with spaces
    wraps the same way, onto a line that starts under it.  List items, short lines and tab-separated tables are left
    as they are.

    >>> join_hanging_lines("3.   The Committee heard from the Director of Public Health and the\\n"
    ...                    "     Service Manager for Licensing.\\n")
    '3.   The Committee heard from the Director of Public Health and the Service Manager for Licensing.\\n'
    """
    if "\n  " not in text:
        return text
    out: list[list[str]] = []  # each output line as the pieces joined into it (joined once: no quadratic copying)
    column = None
    row = False  # the line being continued is a row laid out in columns: its cell may go on after a ";"
    last = ""
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if column is not None and indent == column and "\t" not in line and line.strip() and \
                not _LIST_MARKER.match(line, indent) and not _COLUMN_GAP.search(line.strip()) and \
                not _ENTRY_ENDS.search(last) and not (PERSON_LINE.match(line) and PERSON_LINE.match(last)):
            # (an entry of a list of people one a line is whole: "Darren Ellerby, Assistant Director, Joint
            # Commissioning" over "Hayley Crossan, ...", or "Director of Public Health, X Council - Dr Y")
            out[-1].append(line.strip())
            column = _wrapped_column(line, cell=row)  # the physical line: a continuation is judged by itself
        else:
            out.append([line])
            column = _wrapped_column(line)
            row = column is not None and bool(_COLUMN_GAP.search(line.strip()))
        last = line
    return "\n".join(p[0] if len(p) == 1 else " ".join([p[0].rstrip(), *p[1:]]) for p in out)


# A line of an attendance list that ends with the person after a dash: "... Council - Councillor Gillian Scarth (In
# the Chair)".
_ENTRY_ENDS = re.compile(r"[ ][-–][ ]" + HONORIFIC + NAME_WORDS + r"(?:[ ]\([^()\n]{1,40}\))?[ ]*$")


def _wrapped_column(line: str, *, cell: bool = False) -> int | None:
    """The column a continuation of ``line`` starts at, if ``line`` looks wrapped (long, indented or numbered, and
    stopping mid-sentence), else None.  ``cell``: the line continues a table cell, which may go on after a ";"."""
    text = line.rstrip()
    if len(text) < 50 or "\t" in text or text.rstrip("\"”’')")[-1:] in (".", ":", "!", "?", "|"):
        return None  # a sentence ends there, perhaps inside quotes or brackets ('... each quarter."')
    m = _TEXT_START.match(text)
    gaps = list(_COLUMN_GAP.finditer(text, m.end()))
    if text[-1] == ";" and not gaps and not cell:
        return None  # the end of a list item; a cell of a row may go on after one ("...Gateshead;" / "  Inspector")
    if gaps:
        # A row laid out in columns with spaces: its last cell may wrap onto a line that starts under that cell.
        return gaps[-1].end() - 1
    return m.end() if m.end() >= 2 else None


# Where a line's text starts: after its indent and a paragraph number, letter or bullet.
# A paragraph's number may carry its part's letter ("A1.1", "B2.3") and a bullet may be ">" or "o".
_TEXT_START = re.compile(r"[ ]*(?:(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zA-Z][.)]|\([a-z0-9]{1,4}\)|[A-Z]\d{1,2}(?:\.\d{1,3})*|"
                         r"[-•*>o])[ ]+)?")
_LIST_MARKER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,4}\)|[A-Z]\d{1,2}(?:\.\d{1,3})*|"
                          r"[-•*▪◦●>o])[ ]")
_COLUMN_GAP = re.compile(r"\S[ ]{3,}\S")


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    if data.count(b"\x00") > len(data) // 100:
        raise ReadError("this looks like a binary file, not text")
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("cannot tell the text encoding; this looks like a binary file")
    return str(best)


def _clean(text: str) -> str:
    """Unify line ends and drop control characters; keep every other character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    return _CONTROL.sub("", text)


# -- Word -----------------------------------------------------------------------------------

@reader(".docx")
def docx_to_text(data: bytes) -> str:
    """Paragraphs and tables of a .docx in document order (tables as tab-prefixed cells)."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadError("reading .docx needs python-docx (pip install python-docx)") from None
    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError("not a readable Word document (not a zip package)") from None
    if unpacked > MAX_CHARS * 4:
        raise ReadError(f"the Word document unpacks to {unpacked / 1048576:.0f} MB; refusing to read it")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable Word document ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many kinds on corrupt zips
        raise ReadError(f"not a readable Word document ({type(exc).__name__})") from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    numbers = _ListNumbers(document)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_paragraph_text(block, numbers))
        elif isinstance(block, Table):
            numbers.restart_styles()
            lines.extend(_table_lines(block))
    return _clean("\n".join(lines) + "\n")


def _paragraph_text(paragraph, numbers: _ListNumbers | None = None) -> str:
    """A paragraph's text, with the number or bullet Word draws before a list item written out ("1. ", "a) ",
    "- "): papers number their recommendations with Word's lists, and the number is not in the text."""
    text = paragraph.text
    if not text.strip():
        if numbers is not None:
            numbers.restart_styles()
        return text
    marker = numbers.marker(paragraph) if numbers is not None else None
    if marker is None:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        marker = "- " if "List" in style else ""
    return marker + text


class _ListNumbers:
    """The numbers Word gives list paragraphs: by the paragraph's numbering (numId and level, counted through the
    document as Word counts them) or its "List Number" style (counted through a run of such paragraphs)."""

    _FORMATS = {"decimal": "{n}. ", "lowerLetter": "{a}) ", "upperLetter": "{A}. ", "lowerRoman": "{i}. ",
                "upperRoman": "{I}. ", "decimalZero": "{n}. "}

    def __init__(self, document) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.counts: dict[tuple[str, str], int] = {}
        self.style_count = 0
        try:
            numbering = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        q = "{%s}val" % ns["w"]
        abstract = {}
        for a in numbering.findall("w:abstractNum", ns):
            levels = {lvl.get("{%s}ilvl" % ns["w"]): (lvl.find("w:numFmt", ns).get(q)
                                                    if lvl.find("w:numFmt", ns) is not None else "decimal")
                      for lvl in a.findall("w:lvl", ns)}
            abstract[a.get("{%s}abstractNumId" % ns["w"])] = levels
        for num in numbering.findall("w:num", ns):
            ref = num.find("w:abstractNumId", ns)
            for ilvl, fmt in abstract.get(ref.get(q) if ref is not None else None, {}).items():
                self.formats[num.get("{%s}numId" % ns["w"]), ilvl] = fmt

    def restart_styles(self) -> None:
        self.style_count = 0

    def marker(self, paragraph) -> str | None:
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            key = (str(num_pr.numId.val), str(num_pr.ilvl.val) if num_pr.ilvl is not None else "0")
            fmt = self.formats.get(key, "bullet")
            if fmt not in self._FORMATS:
                return "- "
            self.counts[key] = self.counts.get(key, 0) + 1
            return _format_number(self._FORMATS[fmt], self.counts[key])
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.startswith("List Number"):
            self.style_count += 1
            return f"{self.style_count}. "
        self.restart_styles()
        return None


def _format_number(pattern: str, n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
    return pattern.format(n=n, a=letters[(n - 1) % 26], A=letters[(n - 1) % 26].upper(),
                          i=roman[(n - 1) % 15], I=roman[(n - 1) % 15].upper())


def _table_lines(table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cell_lines = [p.text for p in cell.paragraphs]
            for nested in cell.tables:
                cell_lines.extend(_table_lines(nested))
            text = "\n".join(cell_lines).strip("\n")
            lines.append("\t" + text.replace("\n", "\n\t") if text else "\t")
        lines.append("")
    return lines


# -- PDF ------------------------------------------------------------------------------------

@reader(".pdf")
def pdf_to_text(data: bytes) -> str:
    """The text of every page of a PDF in reading order, ruled tables as tab-prefixed cells.

    pypdf reads the text; a page whose content draws lines or rectangles is also
    read by pdfplumber, and the tables it finds there are written row by row in the
    shape :func:`docx_to_text` gives Word tables (so a council's response table
    reads the same from either format), with the page's other text around them in
    reading order.  Encrypted, corrupt and empty files are refused.
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadError("reading .pdf needs pypdf (pip install pypdf)") from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("not a PDF file (no %PDF header)")
    # pypdf and pdfminer log every repair they attempt; a broken file gets one line from us instead.
    loggers = [logging.getLogger(name) for name in ("pypdf", "pdfminer")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _pdf_pages(data, PdfReader, PdfReadError)
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


_PDF_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError,
               NotImplementedError, AssertionError, ZeroDivisionError, OverflowError)
# A path operator after its operands: "x y w h re" (a rectangle) or "x y l" (a line to).  Pages without
# one have no ruling, so no table is looked for there (pdfplumber is far slower than pypdf).
_RULING = re.compile(rb"[\d.]\s+(?:re|l)\s")


def _pdf_pages(data: bytes, PdfReader, PdfReadError) -> str:
    tables = _PdfTables(data)
    try:
        pdf = PdfReader(io.BytesIO(data), strict=False)
        if pdf.is_encrypted:
            try:
                opened = pdf.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported encryption raises various errors
                opened = 0
            if not opened:
                raise ReadError("the PDF is encrypted (password protected)")
        pages = []
        size = 0
        carried = None  # the headings of a table laid out with spaces that ran on to the foot of the page before
        for number, page in enumerate(pdf.pages):
            text = None
            if _has_ruling(page):
                text, still_open = tables.page_text(number, carried)
                if text is not None:
                    carried = still_open
            if text is None:
                text = page.extract_text() or ""
                laid_out = page.extract_text(extraction_mode="layout") or ""
                read, carried = headed_tables_as_cells(laid_out, carried)
                # An action plan drawn without rules: pypdf's plain text writes its cells one after another; its
                # layout mode keeps the columns.  So do lists of pairs ("Name      Post").
                if laid_out.strip() and (read != laid_out or _has_column_headings(text) or
                                         _pairs_in_columns(laid_out)):
                    # laid out with spaces as a text export is: a cell wrapped under itself is joined up again
                    text = join_hanging_lines(side_by_side_columns(read))
                else:
                    carried = None
                    text = side_by_side_columns(_unjustified(text))
            pages.append(text)
            size += len(text)
            if size > MAX_CHARS:
                raise ReadError(f"the PDF holds more than {MAX_CHARS // 1_000_000} million characters of text")
    except ReadError:
        raise
    except (PdfReadError, *_PDF_ERRORS) as exc:
        raise ReadError(f"corrupt or unreadable PDF ({type(exc).__name__})") from None
    finally:
        tables.close()
    return _clean("\n\n".join(pages))


def _unjustified(text: str) -> str:
    """A page's plain text with the wide spaces of justified lines made single: pypdf writes the stretched gaps of a
    justified paragraph as two or three spaces ("Councillor  Ann  Lee  –  Cabinet  Member"), which split names and
    posts; a line whose gaps are mostly so is set with single spaces.  Wider gaps (columns) are kept."""
    out = []
    for line in text.split("\n"):
        gaps = _GAPS.findall(line)
        wide = sum(2 <= len(g) <= 3 for g in gaps)
        out.append(_JUSTIFIED_GAP.sub(" ", line) if wide >= 3 and wide * 2 > len(gaps) else line)
    return "\n".join(out)


_GAPS = re.compile(r"(?<=\S)[ ]+(?=\S)")
_JUSTIFIED_GAP = re.compile(r"(?<=\S)[ ]{2,3}(?=\S)")


# A line of column headings of the genre's tables: three or more of these words on one short line ("Ref Finding and
# risk Recommendation Priority Management response Responsible officer and target date").
_TABLE_HEADING = re.compile(r"(?im)^(?=(?:[^\n]*?\b" + COLUMN_WORDS + r"\b){3})[^\n]{10,200}$")
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.[ ]")  # a sentence ending inside the line ("No. " is a heading's)


def _has_column_headings(text: str) -> bool:
    """Whether a page's plain text holds a row of column headings: three different column words on a short line that
    is no sentence (prose that mentions an officer's response to a recommendation is not a table)."""
    for m in _TABLE_HEADING.finditer(text):
        line = m.group().strip()
        if len(line.split()) <= 16 and not line.endswith((".", ",", ";")) and not _SENTENCE_INSIDE.search(line) and \
                len(set(COLUMN_WORD.findall(line.lower()))) >= 3:
            return True
    return False


# A line laid out in two columns: a short label, a gap, a value.
_PAIR_LINE = re.compile(r"(?m)^[ ]{0,4}(\S[^\n]{1,38}?\S)[ ]{3,}(\S[^\n]*)$")


def _pairs_in_columns(text: str) -> bool:
    """Whether a page laid out by pypdf holds lists of pairs in two columns ("Deepa Chaudhry      Audit Manager",
    "Fieldwork completed      24 October 2025"): three lines or more of a short first column, more than lines of
    prose set in two columns side by side (which plain text reads no worse)."""
    pairs = prose = 0
    for m in _PAIR_LINE.finditer(text):
        if len(m.group(2)) > 40 and len(m.group(1)) > 30:
            prose += 1
        else:
            pairs += 1
    return pairs >= 3 and pairs > 2 * prose


def _has_ruling(page) -> bool:
    try:
        contents = page.get_contents()
        return contents is not None and _RULING.search(contents.get_data()) is not None
    except _PDF_ERRORS:
        return False


class _PdfTables:
    """pdfplumber over the same bytes, opened on the first page that may hold a table."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = None
        self.failed = False

    def page_text(self, number: int, carried: list[str] | None) -> tuple[str | None, list[str] | None]:
        """The page's text with its ruled tables as cells, or None when it has none (or cannot be read), and the
        headings of its table that runs on to the next page (see :func:`_plumbed_page_text`)."""
        if self.failed:
            return None, None
        try:
            from pdfminer.psparser import PSException
            from pdfplumber.utils.exceptions import PdfminerException
        except ImportError:  # pragma: no cover - a declared dependency
            self.failed = True
            return None, None
        try:
            if self.pdf is None:
                import pdfplumber

                self.pdf = pdfplumber.open(io.BytesIO(self.data))
            return _plumbed_page_text(self.pdf.pages[number], carried)
        except (PSException, PdfminerException, *_PDF_ERRORS):
            # pypdf read the file; its text stands for this page, without the table layout.
            return None, None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _plumbed_page_text(page, carried: list[str] | None) -> tuple[str | None, list[str] | None]:
    """The page's text with its ruled tables as cells, and the heading row of a table that runs on to the page's
    foot (two lines of text at most below it).  ``carried``: such a heading row from the page before, written again
    over a table that opens this page (under a running header of three lines at most) with as many columns and
    without its own heading row, as Word repeats a heading row."""
    if not (page.rects or page.lines):
        return None, None
    found = sorted(page.find_tables(), key=lambda t: (t.bbox[1], t.bbox[0]))
    if not found:
        return None, None
    boxes = [t.bbox for t in found]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    prose = page.filter(outside)
    lines: list[str] = []
    top = 0.0
    # Text above each table, then the table, then what follows: the order a reader takes.
    rows: list[list[str | None]] = []
    for table in found:
        above = _band_text(prose, top, table.bbox[1])
        lines.append(above)
        rows = _heading_in_columns(table, page)
        if carried and table is found[0] and _lines_in(above) <= 3 and rows and len(rows[0]) == len(carried) and \
                _cell_words(rows[0]) != _cell_words(carried):
            rows = [carried, *rows]
        lines.extend(_pdf_table_lines(rows))
        top = table.bbox[1]
    below = _band_text(prose, top, float("inf"))
    lines.append(below)
    heading = rows[0] if rows and _lines_in(below) <= 2 and _is_heading_row(rows[0]) else None
    return "\n".join(line for line in lines if line is not None), heading


def _lines_in(text: str | None) -> int:
    return 0 if text is None else sum(1 for line in text.split("\n") if line.strip())


def _cell_words(row: list[str | None]) -> list[str]:
    return [" ".join((cell or "").split()) for cell in row]


def _is_heading_row(row: list[str | None]) -> bool:
    """Whether a table's first row reads as its column headings: every cell short, none a sentence or a row's
    reference, one at least the genre's column word ("Recommendation", "Response", "Lead officer")."""
    cells = _cell_words(row)
    return all(0 < len(c) <= 40 and not c.endswith((".", ";")) for c in cells) and \
        not ROW_REFERENCE.match(cells[0]) and any(COLUMN_WORD.search(c) for c in cells)


def _heading_in_columns(table, page) -> list[list[str | None]]:
    """The table's rows, with a heading row drawn as one shaded bar (one cell across the table) cut into the columns
    of the rows below by where its words sit: "No. Priority Recommendation Management response ..." is six headings,
    and the rules read a table's columns by them."""
    rows = table.extract()
    if len(table.rows) < 2 or not rows or sum(cell is not None for cell in rows[0]) != 1:
        return rows
    columns = next((r.cells for r in table.rows[1:] if all(c is not None for c in r.cells)), None)
    if columns is None or len(columns) < 2:
        return rows
    cells: list[list[str]] = [[] for _ in columns]
    for word in page.crop(table.rows[0].bbox).extract_words():
        middle = (word["x0"] + word["x1"]) / 2
        k = next((i for i, (x0, _, x1, _) in enumerate(columns) if x0 <= middle < x1), None)
        if k is not None:
            cells[k].append(word["text"])
    if sum(bool(c) for c in cells) < 2:
        return rows
    return [[" ".join(c) for c in cells], *rows[1:]]


def _band_text(page, top: float, bottom: float) -> str | None:
    """Text whose characters' middles lie between ``top`` and ``bottom`` (page coordinates, top down)."""
    def inside(obj) -> bool:
        if obj.get("object_type") != "char":
            return False
        return top <= (obj["top"] + obj["bottom"]) / 2 < bottom

    text = page.filter(inside).extract_text() or ""
    return text if text.strip() else None


_SENTENCE_STOP = (".", ":", ";", "!", "?")
_ITEM_START = re.compile(r"[-•·*▪◦●–]|\(?\d{1,3}[.)]|\(?[a-z][.)]\s")


def _pdf_table_lines(rows: list[list[str | None]]) -> list[str]:
    """A table's rows as :func:`_table_lines` writes Word tables: one tab-prefixed line per cell, a blank line per row.

    A cell's text wraps at the column's width in a PDF; wrapped lines are joined
    again, and a line that ends a sentence or starts a list item keeps its break.
    Merged cells (None) are written once, as Word's are.
    """
    lines: list[str] = []
    for row in rows:
        if not any(cell and cell.strip() for cell in row):
            continue
        for cell in row:
            if cell is None:
                continue
            text = _join_wrapped(cell)
            lines.append("\t" + text.replace("\n", "\n\t") if text else "\t")
        lines.append("")
    return lines


def _join_wrapped(cell: str) -> str:
    out: list[str] = []
    for line in (ln.strip() for ln in cell.split("\n")):
        if not line:
            continue
        if out and not out[-1].endswith(_SENTENCE_STOP) and not _ITEM_START.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


# -- HTML -----------------------------------------------------------------------------------

_SKIP_TAGS = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "svg",
                        "form", "button", "select", "iframe", "aside", "head"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                         "br", "tr", "table", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr",
                         "caption", "li", "td", "th", "body", "html"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
                   "track", "wbr", "param"})
# ModernGov and similar committee systems mark their chrome with ids and classes made of these
# words ("mgSubNav", "mgFooter", "site-header", "breadcrumb").
_CHROME_WORDS = frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "banner", "masthead",
                           "skip", "skiplink", "skiplinks", "sidebar", "cookie", "cookies", "footer", "header",
                           "search", "searchbox", "toolbar", "share", "social"})
_ATTR_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _is_chrome(value: str) -> bool:
    # A class's modifier says how a thing looks, not what it is: "layout--sidebar" is a layout with a sidebar, and
    # holds the page's content (the words after "--" are left out).
    return any(w.lower() in _CHROME_WORDS for token in (value or "").split()
               for w in _ATTR_WORDS.findall(token.split("--", 1)[0]))


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.skip_depth = 0
        self.title: list[str] = []
        self.lists: list[list | None] = []  # per open list: [type, count] for an <ol>, None for a <ul>
        self.mains: list[tuple[int, int]] = []  # per open <main>: its place on the stack, the skip depth outside it
        # Inside a table cell a line break starts a line of the same cell ("\n\t"), as Word's cells are written:
        # where the last such break was put (in ``out``) while nothing has followed it yet, and whether a cell has
        # just opened with nothing in it yet.
        self.cell_break: int | None = None
        self.cell_open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        chrome = any(_is_chrome(attr.get(k) or "") for k in ("id", "class", "role"))
        skipping = tag in _SKIP_TAGS or chrome or attr.get("aria-hidden") == "true"
        if tag in _VOID:
            if tag in ("br", "hr") and not self.skip_depth:
                self._break()
            return
        if tag == "main" or attr.get("role") == "main":
            # The page's content, whatever a wrapper around it is called: read even inside something taken for chrome.
            self.stack.append((tag, False))
            self.mains.append((len(self.stack) - 1, self.skip_depth))
            self.skip_depth = 0
            self.out.append("\n")
            return
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1
        if self.skip_depth:
            return
        if tag in ("td", "th"):
            self._drop_cell_break()
            self.out.append("\n\t")
            self.cell_open = True
        elif tag == "li":
            # An ordered list's items keep their numbers ("1.", "b)", "iii."): recommendations and resolutions are
            # cited by them ("That recommendations 1 and 2 be approved").
            ol = self.lists[-1] if self.lists else None
            if ol is not None:
                ol[1] += 1
            self._break()
            self.out.append("- " if ol is None else f"{_list_marker(ol[0], ol[1])} ")
            self.cell_break, self.cell_open = None, False
        elif tag in ("ol", "ul"):
            start = attr.get("start") or "1"
            self.lists.append([attr.get("type") or "1", int(start) - 1 if start.isdigit() else 0] if tag == "ol" else None)
            self._break()
        elif tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Close up to the matching open tag (HTML in the wild is not always well nested).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                while self.mains and self.mains[-1][0] >= i:  # a <main> closes: the depth outside it again
                    at, outside = self.mains.pop()
                    self.skip_depth = outside - sum(skipping for _, skipping in self.stack[i:at])
                    del self.stack[at:]
                for _, skipping in self.stack[i:]:
                    if skipping:
                        self.skip_depth -= 1
                del self.stack[i:]
                break
        else:
            return
        if self.skip_depth:
            return
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag == "tr":
            self._drop_cell_break()
            self.out.append("\n")
        elif tag in _BLOCK_TAGS and tag not in ("td", "th"):
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.out.append(re.sub(r"[ \t\r\n\f]+", " ", data))
            if self.cell_break is not None or self.cell_open:
                if data.strip():
                    self.cell_break, self.cell_open = None, False
        elif self.stack and self.stack[-1][0] == "title":
            self.title.append(data)


    def _break(self) -> None:
        """A line break: in a table cell, the start of the cell's next line (one, however many blocks close)."""
        if not any(tag in ("td", "th") for tag, _ in self.stack):
            self.out.append("\n")
        elif self.cell_break is None and not self.cell_open:
            self.cell_break = len(self.out)
            self.out.append("\n\t")

    def _drop_cell_break(self) -> None:
        # The cell ended after its last line: the break put for a line that never came is taken back.
        if self.cell_break is not None:
            self.out[self.cell_break] = ""
        self.cell_break, self.cell_open = None, False


def _list_marker(kind: str, n: int) -> str:
    """The number an ordered list's ``n``th item shows, as its ``type`` writes it: "3.", "c)", "iii.", "C."."""
    if kind in ("a", "A") and n <= 26:
        letter = chr(ord(kind) + n - 1)
        return f"{letter})" if kind == "a" else f"{letter}."
    if kind in ("i", "I"):
        roman = ""
        for value, symbol in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            count, n = divmod(n, value)
            roman += symbol * count
        return f"{roman if kind == 'i' else roman.upper()}."
    return f"{n}."


_BLANKS = re.compile(r"\n(?:[ \t]*\n){2,}")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page without navigation, scripts or page chrome."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    # The page's title often carries what its stripped header did: the council that publishes
    # it ("Minutes - Health and Wellbeing Board, ... - Sunderland City Council").
    title = " ".join("".join(parser.title).split())
    if title and title not in " ".join(text.split()):
        text = title + "\n\n" + text
    # A cell's line keeps its tab, an empty cell's too (a blank line would end the row).
    lines = ["\t" + line.strip() if line.startswith("\t") else line.strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_\-]{1,40})""", re.IGNORECASE)


@reader(".html", ".htm")
def decode_html(data: bytes) -> str:
    """An HTML file's visible text (ModernGov committee pages and plain HTML)."""
    match = _META_CHARSET.search(data[:4096])
    text = None
    if match:
        try:
            text = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_text(data)
    if "<" not in text:
        raise ReadError("no HTML markup found")
    return _clean(html_to_text(text))
