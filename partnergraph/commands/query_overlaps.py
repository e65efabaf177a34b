"""``partnergraph query overlaps`` and ``query matrix``: shared priorities across sectors and places."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.queries.overlaps import LEVELS, MATRIX_KINDS, matrix, overlaps

from ._options import emit, graph_option, open_graph, output_options, query_rows
from .query_options import emit_rows, explain_option, themes_from, themes_options


#: Bodies in a body x body matrix unless --top says otherwise (it grows as the square).
BODY_BODY_TOP = 50


def _level_option(func):
    return click.option("--level", type=click.Choice(LEVELS), default="reference", show_default=True,
                        help="reference: reference themes; extracted: items worded alike.")(func)


@click.command("overlaps")
@graph_option
@_level_option
@click.option("--place", default=None, help="Only concepts found in this place.")
@click.option("--sector", default=None, help="Only concepts touching this sector (id or name).")
@click.option("--body", default=None, help="Only concepts this body is linked to (name or id).")
@click.option("--theme", default=None, help="Only this concept (reference id or label; extracted: words).")
@click.option("--min-sectors", type=click.IntRange(min=0), default=0, help="Only concepts spanning at "
              "least this many sectors.")
@themes_options
@explain_option
@output_options
def overlaps_command(graph_path: Path, level: str, place: str | None, sector: str | None, body: str | None,
                     theme: str | None, min_sectors: int, themes_path: Path | None, threshold: float,
                     explain: bool, fmt: str, output: Path | None, limit: int | None) -> None:
    """One row per concept shared by more than one document, place, sector or body.

    score = (sectors + places + bodies/2 + documents) x a document-frequency weight that
    falls from 1 (one paper) to 1/2 (every paper); see docs/queries.md.
    """
    scheme = themes_from(themes_path)
    rows = query_rows(graph_path, lambda g: overlaps(g, level=level, place=place, sector=sector, body=body,
                                                     theme=theme, min_sectors=min_sectors, scheme=scheme,
                                                     threshold=threshold),
                      quotes=explain or fmt == "json", quoted=("items",))
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="overlaps")


@click.command("matrix")
@graph_option
@click.option("--kind", type=click.Choice(MATRIX_KINDS), default="theme-body", show_default=True,
              help="theme-body, theme-sector or body-body (themes shared).")
@_level_option
@click.option("--top", type=click.IntRange(min=0), default=None,
              help="Only the N bodies linked to the most themes (body-body: 50 unless given; 0 for all).")
@themes_options
@output_options
def matrix_command(graph_path: Path, kind: str, level: str, top: int | None, themes_path: Path | None,
                   threshold: float, fmt: str, output: Path | None, limit: int | None) -> None:
    """A theme x body, theme x sector or body x body matrix for a workshop (CSV, XLSX, JSON)."""
    graph = open_graph(graph_path, lean=True)  # counts only: a store's skeleton is enough
    if top is None and kind == "body-body":
        top = BODY_BODY_TOP
    m = matrix(graph, kind=kind, level=level, top=top or None, scheme=themes_from(themes_path), threshold=threshold)
    emit(m.records(), fmt, output, limit, sheet=kind)


def register(cli: click.Group) -> None:
    cli.commands["query"].add_command(overlaps_command)
    cli.commands["query"].add_command(matrix_command)
