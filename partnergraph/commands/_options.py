"""Options that every query command shares, and the function that prints their rows.

Like sqlite-utils: a user who learnt one query's flags knows them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from partnergraph.graph import PartnershipGraph
from partnergraph.graph.store import read_graph
from partnergraph.output import FORMATS, write

__all__ = ["graph_option", "output_options", "emit", "open_graph"]


def graph_option(func: Callable) -> Callable:
    """``--graph PATH``: the graph to read (default ``out/graph.ttl``), a file or a store folder."""
    return click.option("--graph", "graph_path", type=click.Path(path_type=Path),
                        default=Path("out/graph.ttl"), show_default=True,
                        help="Graph file written by 'partnergraph build', or its --store folder.")(func)


def output_options(func: Callable) -> Callable:
    """``--format``, ``--output`` and ``--limit``."""
    func = click.option("--limit", type=click.IntRange(min=0), default=None,
                        help="Show at most this many rows.")(func)
    func = click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, help="Write to this file instead of the screen.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(func)
    return func


def open_graph(path: Path) -> PartnershipGraph:
    """Load a graph file or store folder, with a one-line error when it is missing or unreadable."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such graph file (run 'partnergraph build' first)")
    return read_graph(path)


def emit(rows: Iterable[Any], fmt: str, output: Path | None, limit: int | None = None, *,
         sheet: str = "rows") -> None:
    """Print or write query rows in the chosen format."""
    data = list(rows)
    if limit is not None:
        data = data[:limit]
    try:
        text = write(data, fmt, output, sheet=sheet)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if text is not None:
        click.echo(text, nl=False)
    elif output is not None:
        click.echo(f"Wrote {len(data)} rows to {output}", err=True)
