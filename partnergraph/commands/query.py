"""``partnergraph query NAME``: the named questions; other modules add their own to this group."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.queries import summary

from ._options import emit, graph_option, open_graph_store, output_options


@click.group("query")
def query_group() -> None:
    """Ask the graph a named question; every query shares --format, --output and --limit."""


@query_group.command("summary")
@graph_option
@output_options
def summary_command(graph_path: Path, fmt: str, output: Path | None, limit: int | None) -> None:
    """How many nodes of each type and edges of each relation the graph holds."""
    from partnergraph.graph.store import read_graph
    from partnergraph.queries.sparql import store_summary

    store = open_graph_store(graph_path)
    if store is not None:  # counted by SPARQL in the store: nothing loaded
        rows = store_summary(store)
    else:
        rows = summary(read_graph(graph_path))
    emit(rows, fmt, output, limit, sheet="summary")


def register(cli: click.Group) -> None:
    cli.add_command(query_group)
