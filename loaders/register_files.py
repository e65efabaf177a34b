"""Read a register's sheets from XLSX, CSV or YAML into one shape: rows of located cells.

Every cell remembers where it was (file, sheet, row, column letter), so that an
error can say exactly where to look.  Reading does not interpret values; the
register loader does that.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "derby-elements.csv").write_text("Type,Label\\nBoard,Health and Wellbeing Board\\n")
>>> tables = read_register(folder / "derby-elements.csv")
>>> tables[0].sheet.name, tables[0].rows[0].number, tables[0].rows[0].get("label").value
('Elements', 2, 'Health and Wellbeing Board')
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .register_schema import SHEETS, Sheet
from .registry import LoadError

__all__ = ["Cell", "Row", "Table", "read_register", "csv_group", "csv_sheet_name", "REGISTER_SUFFIXES"]

REGISTER_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".yaml", ".yml")

# libyaml's safe loader when PyYAML was built with it: 7x faster on large registers (bench).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_SHEET_NAMES = {s.name.lower(): s for s in SHEETS}
_CSV_NAME = re.compile(r"^(?P<prefix>.*?)[-_ .]?(?P<sheet>" + "|".join(_SHEET_NAMES) + r")$", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    """A cell's raw value and where it is."""

    value: Any
    where: str


@dataclass
class Row:
    """One data row: its number as the user sees it, and its cells by column key."""

    file: str
    sheet: str
    number: int
    cells: dict[str, Cell] = field(default_factory=dict)
    unit: str = "row"  # YAML registers count items, not spreadsheet rows

    def get(self, key: str) -> Cell | None:
        cell = self.cells.get(key)
        if cell is None or cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
            return None
        return cell

    @property
    def where(self) -> str:
        return f"{self.file}, sheet {self.sheet}, {self.unit} {self.number}"


@dataclass
class Table:
    """The rows of one sheet of one file."""

    sheet: Sheet
    file: str
    rows: list[Row]
    unknown_columns: list[str] = field(default_factory=list)


def read_register(path: Path) -> list[Table]:
    """Read every register sheet in ``path`` (and, for CSV, its sibling sheet files).

    Raises :class:`LoadError` naming the file (and sheet, row, column) for files
    that cannot be read: empty, wrong encoding, not a workbook, a missing column.
    """
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        tables = _read_xlsx(path)
    elif suffix == ".csv":
        tables = [_read_csv(p) for p in csv_group(path)]
    else:
        tables = _read_yaml(path)
    if not any(t.rows for t in tables):
        raise LoadError(f"{path.name}: empty register: no rows in any of the sheets "
                        f"{', '.join(s.name for s in SHEETS)}")
    return tables


def csv_sheet_name(path: Path) -> tuple[str, str] | None:
    """``(prefix, sheet)`` for a CSV named like ``derby-elements.csv``; None otherwise."""
    m = _CSV_NAME.match(path.stem)
    if not m:
        return None
    return m.group("prefix").lower(), _SHEET_NAMES[m.group("sheet").lower()].name


def csv_group(path: Path) -> list[Path]:
    """The CSV files that make one register with ``path``: same folder, same name prefix."""
    named = csv_sheet_name(path)
    if named is None:
        return [path]
    prefix = named[0]
    members = []
    for p in sorted(path.parent.glob("*.csv")):
        other = csv_sheet_name(p)
        if other is not None and other[0] == prefix:
            members.append(p)
    return members or [path]


# -- readers ------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> list[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise LoadError(f"{path.name}: not a readable Excel workbook ({_short(exc)})") from None
    tables = []
    try:
        for ws in wb.worksheets:
            s = _SHEET_NAMES.get(ws.title.strip().lower())
            if s is None:
                continue  # README and the user's own sheets
            rows_iter = ws.iter_rows(values_only=True)
            header = next(rows_iter, None)
            if header is None:
                tables.append(Table(s, path.name, []))
                continue
            keys = _header_keys(s, [None if h is None else str(h) for h in header], path.name,
                                lambda i: f"{path.name}, sheet {s.name}, row 1, column {get_column_letter(i + 1)}")
            rows = []
            for number, values in enumerate(rows_iter, start=2):
                if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                row = Row(path.name, s.name, number)
                for i, value in enumerate(values):
                    if i < len(keys) and keys[i]:
                        row.cells[keys[i]] = Cell(value, f"{row.where}, column {get_column_letter(i + 1)} "
                                                         f"({s.columns_by_key()[keys[i]].name})")
                rows.append(row)
            tables.append(Table(s, path.name, rows, _unknown(header, keys)))
    finally:
        wb.close()
    if not tables:
        raise LoadError(f"{path.name}: no register sheets; expected sheets named "
                        f"{', '.join(s.name for s in SHEETS)} (see 'partnergraph template')")
    return tables


def _read_csv(path: Path) -> Table:
    text = _decode(path)
    reader = csv.reader(io.StringIO(text))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise LoadError(f"{path.name}: not valid CSV ({_short(exc)})") from None
    records = [r for r in records if any(c.strip() for c in r)]
    if not records:
        raise LoadError(f"{path.name}: empty file")
    header = records[0]
    named = csv_sheet_name(path)
    s = _SHEET_NAMES[named[1].lower()] if named else _sheet_from_header(path, header)
    keys = _header_keys(s, header, path.name, lambda i: f"{path.name}, row 1, column {_letter(i)}")
    rows = []
    line = 1
    for values in records[1:]:
        line += 1
        row = Row(path.name, s.name, line)
        for i, value in enumerate(values):
            if i < len(keys) and keys[i]:
                row.cells[keys[i]] = Cell(value, f"{path.name}, row {line}, column {_letter(i)} "
                                                 f"({s.columns_by_key()[keys[i]].name})")
        rows.append(row)
    return Table(s, path.name, rows, _unknown(header, keys))


def _read_yaml(path: Path) -> list[Table]:
    text = _decode(path)
    if not text.strip():
        raise LoadError(f"{path.name}: empty file")
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "somewhere"
        raise LoadError(f"{path.name}: {where}: not valid YAML ({getattr(exc, 'problem', None) or 'syntax'})"
                        ) from None
    if not isinstance(data, dict):
        raise LoadError(f"{path.name}: a YAML register is a mapping from sheet names "
                        f"({', '.join(s.name for s in SHEETS)}) to lists of rows")
    tables = []
    for name, items in data.items():
        s = _SHEET_NAMES.get(str(name).strip().lower())
        if s is None:
            raise LoadError(f"{path.name}: unknown sheet {name!r}; a register has "
                            f"{', '.join(x.name for x in SHEETS)}")
        if items is None:
            items = []
        if not isinstance(items, list):
            raise LoadError(f"{path.name}: sheet {s.name}: expected a list of rows")
        rows = []
        unknown: dict[str, None] = {}
        for number, item in enumerate(items, start=1):
            where = f"{path.name}, sheet {s.name}, item {number}"
            if not isinstance(item, dict):
                raise LoadError(f"{where}: expected a mapping of column names to values")
            header = [str(k) for k in item]
            keys = _header_keys(s, header, path.name, lambda i, w=where, h=header: f"{w}, field {h[i]!r}",
                                check_required=False)
            row = Row(path.name, s.name, number, unit="item")
            for key, (field_name, value) in zip(keys, item.items()):
                if key:
                    row.cells[key] = Cell(value, f"{where}, field {field_name!r}")
            unknown.update(dict.fromkeys(_unknown(header, keys)))
            rows.append(row)
        tables.append(Table(s, path.name, rows, list(unknown)))
    return tables


# -- helpers ------------------------------------------------------------------------------


def _header_keys(s: Sheet, header: list[str | None], file: str, where, *, check_required: bool = True
                 ) -> list[str | None]:
    by_key = s.columns_by_key()
    keys: list[str | None] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        key = _key(h) if h else None
        if key and key not in by_key:
            key = _ALIASES.get(key)
        if key and key in seen:
            raise LoadError(f"{where(i)}: column {h!r} appears twice")
        if key:
            seen[key] = i
        keys.append(key)
    if check_required:
        for c in s.columns:
            if c.required and c.key not in seen:
                raise LoadError(f"{file}, sheet {s.name}: missing column {c.name!r} "
                                f"(the sheet needs {', '.join(x.name for x in s.columns if x.required)})")
    return keys


# Column names other tools use for ours (Kumu, Graph Commons, Popolo-ish sheets).
_ALIASES = {"name": "label", "title": "label", "tags": "aliases", "alias": "aliases", "source_document": "source",
            "type_of_relation": "relation", "connection_type": "relation", "from_id": "from", "to_id": "to",
            "organisation": "body", "organization": "body", "made_to_whom": "made_to", "owner_s": "owner"}


def _unknown(header, keys) -> list[str]:
    return [str(h) for h, k in zip(header, keys) if h is not None and str(h).strip() and not k]


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


def _sheet_from_header(path: Path, header: list[str]) -> Sheet:
    keys = {_key(h) for h in header}
    best = None
    for s in SHEETS:
        required = {c.key for c in s.columns if c.required}
        if required <= keys and (best is None or len(required) > len({c.key for c in best.columns if c.required})):
            best = s
    if best is None:
        raise LoadError(f"{path.name}: cannot tell which register sheet this CSV is; name it like "
                        f"'<name>-elements.csv' or '<name>-connections.csv'")
    return best


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise LoadError(f"{path.name}: empty file")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError(f"{path.name}: binary data, not a text register")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(raw)
        hint = f"it looks like {guess}; " if guess else ""
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(f"{path.name}: line {line}: not UTF-8 text ({hint}save it as 'CSV UTF-8' "
                        f"or UTF-8 text)") from None


def _guess_encoding(raw: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(raw[:65536]).best()
    return best.encoding if best is not None else None


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120] if text else type(exc).__name__

