"""``partnergraph report``: one printable HTML file with the findings and the network view."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.viz import DEFAULT_THRESHOLD
from partnergraph.viz.report import write_report

from ._options import graph_option, open_graph


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
    graph = open_graph(graph_path)
    write_report(graph, output, title=title, top=top, threshold=threshold, picture=not no_picture)
    click.echo(f"Wrote {output}", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(report_command)
