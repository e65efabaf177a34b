"""``partnergraph query interdependencies`` and ``query path A B``: who depends on whom, and how."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.queries.dependencies import DEPENDENCY_KINDS, interdependencies, path

from ._options import graph_option, output_options, query_rows
from .query_options import emit_rows, explain_option, themes_from, themes_options


@click.command("interdependencies")
@graph_option
@click.option("--body", default=None, help="Only links with this body at either end.")
@click.option("--kind", type=click.Choice(DEPENDENCY_KINDS), default=None, help="Only this kind of link.")
@click.option("--place", default=None, help="Only links with an end in this place.")
@explain_option
@output_options
def interdependencies_command(graph_path: Path, body: str | None, kind: str | None, place: str | None,
                              explain: bool, fmt: str, output: Path | None, limit: int | None) -> None:
    """Who depends on whom: recommendations, reporting and accountability, delivery and
    funding of another's work, reliance on another's programme, shared members."""
    rows = query_rows(graph_path, lambda g: interdependencies(g, body=body, kind=kind, place=place),
                      quotes=explain or fmt == "json", quoted=("source_id", "target_id", "via"), links=True)
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="interdependencies")


@click.command("path")
@click.argument("a")
@click.argument("b")
@graph_option
@click.option("--max-paths", type=click.IntRange(min=1), default=5, show_default=True,
              help="At most this many shortest chains.")
@themes_options
@explain_option
@output_options
def path_command(a: str, b: str, graph_path: Path, max_paths: int, themes_path: Path | None,
                 threshold: float, explain: bool, fmt: str, output: Path | None, limit: int | None) -> None:
    """The shortest evidence-carrying chains between A and B (bodies, themes, or a reference
    theme's id or label), one row per step."""
    scheme = themes_from(themes_path)
    rows = query_rows(graph_path, lambda g: path(g, a, b, max_paths=max_paths, scheme=scheme, threshold=threshold),
                      quotes=explain or fmt == "json", quoted=("source", "target"), links=True)
    if not rows:
        click.echo(f"No chain joins {a!r} and {b!r}.", err=True)
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="path")


def register(cli: click.Group) -> None:
    cli.commands["query"].add_command(interdependencies_command)
    cli.commands["query"].add_command(path_command)
