"""``partnergraph query gaps`` and ``query recommendations``: what nobody has picked up."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.queries.gaps import GAP_KINDS, gaps
from partnergraph.queries.recommendations import recommendations

from ._options import graph_option, output_options, query_rows
from .query_options import emit_rows, explain_option, themes_from, themes_options


@click.command("gaps")
@graph_option
@click.option("--kind", type=click.Choice(GAP_KINDS), default=None, help="Only this kind of gap.")
@click.option("--place", default=None, help="Only gaps in this place.")
@themes_options
@explain_option
@output_options
def gaps_command(graph_path: Path, kind: str | None, place: str | None, themes_path: Path | None,
                 threshold: float, explain: bool, fmt: str, output: Path | None, limit: int | None) -> None:
    """Reference themes a place never mentions; themes without owner, action or indicator;
    recommendations without response or follow-up; actions without owner."""
    scheme = themes_from(themes_path)
    rows = query_rows(graph_path, lambda g: gaps(g, kind=kind, place=place, scheme=scheme, threshold=threshold),
                      quotes=explain or fmt == "json")
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="gaps")


@click.command("recommendations")
@graph_option
@click.option("--body", default=None, help="Only recommendations made by or to this body.")
@click.option("--document", default=None, help="Only recommendations from this source file name.")
@explain_option
@output_options
def recommendations_command(graph_path: Path, body: str | None, document: str | None, explain: bool,
                            fmt: str, output: Path | None, limit: int | None) -> None:
    """The scrutiny tracker: recommendation, response (verdict, date, responder), actions, status."""
    rows = query_rows(graph_path, lambda g: recommendations(g, body=body, document=document),
                      quotes=explain or fmt == "json")
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="recommendations")


def register(cli: click.Group) -> None:
    cli.commands["query"].add_command(gaps_command)
    cli.commands["query"].add_command(recommendations_command)
