"""Rows out: the formats every query shares (table, csv, json, md, xlsx).

Queries return plain rows (dicts, or dataclasses); this module turns them into
what the user asked for.  Lists become ``"; "``-joined text in flat formats and
stay lists in JSON.

Examples
--------
>>> print(render([{"type": "Board", "count": 2}], "csv"), end="")
type,count
Board,2
>>> render([{"label": "early years", "places": ["Derby", "Hackney"]}], "json")
'[\\n  {\\n    "label": "early years",\\n    "places": [\\n      "Derby",\\n      "Hackney"\\n    ]\\n  }\\n]\\n'
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from partnergraph.graph import atomic_path

__all__ = ["FORMATS", "render", "write", "as_dicts"]

#: Formats every query command accepts.
FORMATS: tuple[str, ...] = ("table", "csv", "json", "md", "xlsx")


def as_dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Rows as plain dicts, whether they came as dicts or dataclasses."""
    out = []
    for row in rows:
        if dataclasses.is_dataclass(row) and not isinstance(row, type):
            out.append(dataclasses.asdict(row))
        elif isinstance(row, Mapping):
            out.append(dict(row))
        else:
            raise TypeError(f"a row must be a dict or a dataclass, not {type(row).__name__}")
    return out


def render(rows: Iterable[Any], fmt: str, *, columns: Sequence[str] | None = None) -> str:
    """Text of the rows in ``fmt`` (all formats but ``xlsx``, which is binary)."""
    data = as_dicts(rows)
    cols = list(columns or _columns(data))
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for row in data:
            w.writerow([_flat(row.get(c)) for c in cols])
        return buf.getvalue()
    if fmt == "md":
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for row in data:
            lines.append("| " + " | ".join(_flat(row.get(c)).replace("|", "\\|").replace("\n", " ")
                                           for c in cols) + " |")
        return "\n".join(lines) + "\n"
    if fmt == "table":
        return _table(data, cols)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write(rows: Iterable[Any], fmt: str, output: str | Path | None, *, sheet: str = "rows",
          columns: Sequence[str] | None = None) -> str | None:
    """Write rows to ``output`` atomically, or return the text when ``output`` is None.

    ``xlsx`` needs an output file.
    """
    data = as_dicts(rows)
    if fmt == "xlsx":
        if output is None:
            raise ValueError("xlsx output needs --output FILE")
        _write_xlsx(data, Path(output), sheet, list(columns or _columns(data)))
        return None
    text = render(data, fmt, columns=columns)
    if output is None:
        return text
    with atomic_path(output) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return None


def _columns(data: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in data:
        for key in row:
            cols.setdefault(key, None)
    return list(cols)


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(_flat(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _table(data: list[dict[str, Any]], cols: list[str]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for row in data:
        table.add_row(*[_flat(row.get(c)) for c in cols])  # markup is off: document text prints as it is
    buf = io.StringIO()
    Console(file=buf, width=160, markup=False, highlight=False, color_system=None).print(table)
    return buf.getvalue()


def _write_xlsx(data: list[dict[str, Any]], path: Path, sheet: str, cols: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    ws.append(cols)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in data:
        ws.append([_excel_safe(_flat(row.get(c)) if not isinstance(row.get(c), (int, float)) else row.get(c))
                   for c in cols])
    ws.freeze_panes = "A2"
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _excel_safe(value: Any) -> Any:
    # A cell that starts with = + - @ would run as a formula in Excel (CSV/formula injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
