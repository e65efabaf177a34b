"""``partnergraph query influence``: degree, betweenness, brokerage and communities (igraph)."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.queries.influence import METHODS, influence

from ._options import graph_option, output_options, query_rows
from .query_options import emit_rows, explain_option


@click.command("influence")
@graph_option
@click.option("--method", type=click.Choice(METHODS), default="louvain", show_default=True,
              help="Community detection.")
@click.option("--all-nodes", is_flag=True, help="Report every node, not only bodies.")
@click.option("--place", default=None, help="Only nodes in this place.")
@explain_option
@output_options
def influence_command(graph_path: Path, method: str, all_nodes: bool, place: str | None, explain: bool,
                      fmt: str, output: Path | None, limit: int | None) -> None:
    """Degree, betweenness, brokerage (sector pairs a body alone bridges) and community."""
    rows = query_rows(graph_path, lambda g: influence(g, method=method, bodies_only=not all_nodes, place=place),
                      quotes=explain or fmt == "json")
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="influence")


def register(cli: click.Group) -> None:
    cli.commands["query"].add_command(influence_command)
