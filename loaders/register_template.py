"""Write an empty register workbook: one sheet per register sheet, and a README sheet.

The header rows, the README's column tables and the drop-down lists (types,
relations, verdicts, kinds, sectors, roles) all come from the declarations, so the
template cannot drift from what the loader reads.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from partnergraph.graph import atomic_path
from partnergraph.ontology import RELATIONS, scheme

from .register_schema import ROLES, SHEETS
from .values import REGISTER_TYPES

__all__ = ["write_template"]

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_LISTS_SHEET = "Lists"


def write_template(path: str | Path) -> Path:
    """Write the empty register template to ``path`` (an .xlsx file), atomically."""
    path = Path(path)
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    _write_readme(readme)
    lists = _write_lists(wb)
    for s in SHEETS:
        ws = wb.create_sheet(s.name)
        ws.append([c.name for c in s.columns])
        for i, c in enumerate(s.columns, start=1):
            cell = ws.cell(row=1, column=i)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            ws.column_dimensions[get_column_letter(i)].width = 40 if c.kind == "text" and c.name in (
                "Text", "Label", "Quote", "Comment", "Title", "Description") else 22
            rng = lists.get(c.kind)
            if rng:
                dv = DataValidation(type="list", formula1=rng, allow_blank=True,
                                    showErrorMessage=c.kind != "relation")  # relations may be free words
                dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}2000")
                ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
    wb.move_sheet(_LISTS_SHEET, offset=len(SHEETS))
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def _write_readme(ws) -> None:
    lines = [
        ("partnergraph register", True),
        ("Fill in the sheets, then run: partnergraph build register.xlsx -o out", False),
        ("Each row becomes nodes and links in the graph. The Source and Quote columns say which "
         "document (from the Documents sheet) says it, in its own words: views and reports show them.", False),
        ("Names in reference columns (Made by, Body, From, To ...) are an element's ID or its label. "
         "Bodies with the same name in two places (two Health and Wellbeing Boards) need their ID.", False),
        ("Several values in one cell are separated by ';'. Dates: YYYY-MM-DD, DD/MM/YYYY or '5 April 2018'.",
         False),
        ("", False),
    ]
    for text, bold in lines:
        ws.append([text])
        if bold:
            ws.cell(row=ws.max_row, column=1).font = Font(bold=True, size=14)
    for s in SHEETS:
        ws.append([s.name, s.purpose])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        ws.append(["Column", "Required", "What to write", "Example"])
        for cell in ws[ws.max_row]:
            cell.font = Font(italic=True)
        for c in s.columns:
            ws.append([c.name, "yes" if c.required else "", c.help, c.example])
        ws.append([])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 90
    ws.column_dimensions["D"].width = 40
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _write_lists(wb: Workbook) -> dict[str, str]:
    """A sheet of allowed values; returns the list range per column kind."""
    ws = wb.create_sheet(_LISTS_SHEET)
    columns = {
        "type": ("Types", list(REGISTER_TYPES)),
        "relation": ("Relations", [r.label for r in RELATIONS.values()]),
        "verdict": ("Verdicts", [c.label for c in scheme("verdicts").concepts]),
        "kind": ("Kinds", [c.label for c in scheme("kinds").concepts]),
        "sectors": ("Sectors", [c.label for c in scheme("sectors").concepts]),
        "role": ("Roles", list(ROLES)),
    }
    ranges = {}
    for i, (kind, (title, values)) in enumerate(columns.items(), start=1):
        letter = get_column_letter(i)
        ws.cell(row=1, column=i, value=title).font = Font(bold=True)
        for j, value in enumerate(values, start=2):
            ws.cell(row=j, column=i, value=value)
        ws.column_dimensions[letter].width = 34
        ranges[kind] = f"{_LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges
