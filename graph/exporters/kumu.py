"""Kumu-style sheets: Documents, Elements and Connections, as one XLSX workbook or three CSV files.

The layout is the register template's (``partnergraph template``), so the
register loader reads an export back, and Kumu or Graph Commons import the
Elements and Connections sheets as they are.  Each element is one row (its
first source in Source and Quote); each connection is one row per source, so
every quote of a link survives.  Places become the Place column, documents the
Documents sheet; mentions are not rows.

What a register cannot hold is lost on the way back: further sources of an
element, character spans, a ``;`` inside one alias, line breaks inside text
(cells are read as single-spaced text), and the links of documents (presented
at a meeting, authored by a body), which Connections cannot name.

XLSX cells are written as text, never as formulas, whatever they start with.
CSV files are plain data: a spreadsheet program may still read a cell that
starts with ``=`` as a formula, so open them with "text" column types.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from partnergraph.ontology import concept, node_type, relation

from ..atomic import atomic_path
from ..model import PartnershipGraph
from . import Exporter, register

__all__ = ["SHEET_COLUMNS", "sheets", "KumuXlsxExporter", "KumuCsvExporter"]

#: The sheets and columns written, in the register template's names and order.
SHEET_COLUMNS: dict[str, tuple[str, ...]] = {
    "Documents": ("ID", "Title", "File", "Date", "Place", "Kind"),
    "Elements": ("ID", "Type", "Label", "Aliases", "Place", "Kind", "Sectors", "Description", "Number", "Date",
                 "Status", "Target", "Part of", "Source", "Quote"),
    "Responses": ("Recommendation", "Verdict", "Comment", "Responder", "Date", "Source", "Quote"),
    "Connections": ("From", "Relation", "To", "Source", "Quote"),
}

# Types that are not elements: documents and responses have their own sheets, places are a column.
_NOT_ELEMENTS = frozenset({"Document", "Place", "Response"})
# Links the Responses sheet makes itself.
_RESPONSE_LINKS = frozenset({"respondsTo", "respondedBy"})
# A register's Connections name elements only: a document's links (presented at, authored by) are lost.
_NOT_LINKABLE = frozenset({"Document", "Place"})
_FIXED_TIME = datetime(2000, 1, 1)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def sheets(graph: PartnershipGraph) -> dict[str, list[tuple[str, ...]]]:
    """The rows of each sheet (header first), in a stable order."""
    out: dict[str, list[tuple[str, ...]]] = {name: [cols] for name, cols in SHEET_COLUMNS.items()}
    for nid, data in graph.nodes("Document"):
        out["Documents"].append((nid, data["label"], data.get("file_name", ""), _text(data.get("date")),
                                 graph.place_name(nid) or "", _text(data.get("document_kind"))))
    for nid, data in graph.nodes():
        if data["type"] in _NOT_ELEMENTS or not node_type(data["type"]).drawn:
            continue
        first = min(data["sources"]) if data["sources"] else None
        out["Elements"].append((
            nid, data["type"], data["label"], "; ".join(sorted(data.get("aliases", ()))),
            graph.place_name(nid) or "", _concept_label("kinds", data.get("kind")),
            "; ".join(_concept_label("sectors", s) for s in sorted(data.get("sectors", ()))),
            _text(data.get("description")), _text(data.get("number")), _text(data.get("date")),
            _text(data.get("status")), _text(data.get("target")), "",
            first.document if first else "", first.quote if first else ""))
    for nid, data in graph.nodes("Response"):
        answers = sorted(o for _, rel, o, _ in _out_edges(graph, nid) if rel == "respondsTo")
        if not answers:
            continue  # a register response must name its recommendation
        responders = sorted(o for _, rel, o, _ in _out_edges(graph, nid) if rel == "respondedBy")
        first = min(data["sources"]) if data["sources"] else None
        out["Responses"].append((
            answers[0], _concept_label("verdicts", data.get("verdict")), _text(data.get("comment")),
            responders[0] if responders else "", _text(data.get("date")),
            first.document if first else "", first.quote if first else ""))

    def ref(nid: str) -> str:
        # Responses carry no ID in a register; they are found by their label.
        return graph.node(nid)["label"] if graph.node(nid)["type"] == "Response" else nid

    for s, rel, o, data in graph.edges():
        if rel in _RESPONSE_LINKS or graph.node(s)["type"] in _NOT_LINKABLE or graph.node(o)["type"] in _NOT_LINKABLE:
            continue
        wording = data.get("relation_label") or relation(rel).label
        for src in sorted(data["sources"]):
            out["Connections"].append((ref(s), wording, ref(o), src.document, src.quote))
    return out


def _out_edges(graph: PartnershipGraph, nid: str):
    for _, o, key, data in graph.nx.out_edges(nid, keys=True, data=True):
        yield nid, data["relation"], o, data


def _text(value) -> str:
    return "" if value is None else str(value)


def _concept_label(scheme_name: str, concept_id: str | None) -> str:
    if not concept_id:
        return ""
    try:
        return concept(scheme_name, concept_id).label
    except KeyError:
        return concept_id


@register
class KumuXlsxExporter(Exporter):
    name = "kumu-xlsx"
    suffixes = (".xlsx",)
    description = "Kumu-style workbook: Documents, Elements and Connections sheets (the register layout)."

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        wb.remove(wb.active)
        for name, rows in sheets(graph).items():
            ws = wb.create_sheet(name)
            for r, values in enumerate(rows, start=1):
                for c, value in enumerate(values, start=1):
                    if value == "":
                        continue
                    cell = ws.cell(row=r, column=c, value=value)
                    cell.data_type = "s"  # text, never a formula, even when it starts with '='
                    if r == 1:
                        cell.font = Font(bold=True)
            ws.freeze_panes = "A2"
        wb.properties.created = wb.properties.modified = _FIXED_TIME
        wb.properties.creator = "partnergraph"
        buf = io.BytesIO()
        wb.save(buf)
        data = _stable_zip(buf.getvalue())
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
        return [out]


@register
class KumuCsvExporter(Exporter):
    name = "kumu-csv"
    target = "folder"
    description = "Kumu-style CSV files: documents.csv, elements.csv, connections.csv (the register layout)."

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, rows in sheets(graph).items():
            target = out / f"{name.lower()}.csv"
            with atomic_path(target) as tmp:
                tmp.write_text(_csv(rows), encoding="utf-8", newline="")
            written.append(target)
        return written


def _csv(rows: Iterable[tuple[str, ...]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _stable_zip(data: bytes) -> bytes:
    """The same workbook with fixed entry timestamps, so equal graphs give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in _entries(src):
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving as the modified date; the output must not vary.
                body = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            dst.writestr(entry, body)
    return out.getvalue()


def _entries(src: zipfile.ZipFile) -> Iterator[zipfile.ZipInfo]:
    yield from src.infolist()
