"""``partnergraph report``: one printable HTML file with the findings and the network view."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from partnergraph.graph.store import read_graph
from partnergraph.viz import DEFAULT_THRESHOLD
from partnergraph.viz.report import report_sections, write_report

from ._options import graph_option, open_graph_store, row_nodes
from .view import fill_view_sources


@click.command("report")
@graph_option
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("report.html"), show_default=True, help="The HTML file to write.")
@click.option("--title", default="Partnerships and priorities", show_default=True, help="The report's title.")
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="How many overlaps (and rows of each gap) to list.")
@click.option("--threshold", type=click.IntRange(min=1), default=DEFAULT_THRESHOLD, show_default=True,
              help="Above this many nodes the embedded view groups bodies by sector and themes by reference theme.")
@click.option("--no-picture", is_flag=True, help="Leave out the static picture used when printing.")
def report_command(graph_path: Path, output: Path, title: str, top: int, threshold: int,
                   no_picture: bool) -> None:
    """Write the report: summary, top overlaps, gaps and interdependencies with their quotes,
    and the network view. Works offline; prints with a static picture of the view.

    \b
    Example:
      partnergraph report --graph out/graph.ttl -o report.html
    """
    store = open_graph_store(graph_path)
    if store is None:
        graph = read_graph(graph_path)
    else:
        # The skeleton finds the rows; the quotes of the nodes they name, and those the view
        # shows, come back from the store before the report is written.
        graph = store.skeleton()
        quoted = ("items", "node", "source_id", "target_id", "via")  # overlaps, gaps, interdependencies
        store.fill_sources(graph, row_nodes(graph, _rows(report_sections(graph, top=top)), quoted))
        fill_view_sources(store, graph, None, threshold=threshold)
    write_report(graph, output, title=title, top=top, threshold=threshold, picture=not no_picture)
    click.echo(f"Wrote {output}", err=True)


def _rows(value) -> list:
    """Every row (dataclass) inside the report's sections."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [value]
    if isinstance(value, dict):
        return [r for v in value.values() for r in _rows(v)]
    if isinstance(value, (list, tuple)):
        return [r for v in value for r in _rows(v)]
    return []


def register(cli: click.Group) -> None:
    cli.add_command(report_command)
