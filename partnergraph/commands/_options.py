"""Options that every query command shares, the function that prints their rows, and how a
command reads its graph: a Turtle file, or an on-disk store without loading it whole.

Like sqlite-utils: a user who learnt one query's flags knows them all.

Reading a store (``--graph STOREDIR``, or the default ``--graph`` when ``build`` kept
a store beside ``graph.ttl``): :func:`open_graph` with ``lean=True`` reads the
store's skeleton (nodes, attributes, links, the documents behind each; no quotes),
and :func:`query_rows` runs a Python query on it, then, when the rows' quotes are
asked for (``--explain``, JSON), puts the real sources back on the nodes the rows
name and runs it again.  Only the commands that need every triple read a store
whole (``export``, ``validate``, ``push``, ``query match --write-graph``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from partnergraph.graph import PartnershipGraph
from partnergraph.graph.store import GraphStore, open_store, read_graph, store_beside
from partnergraph.output import FORMATS, write

__all__ = ["graph_option", "output_options", "emit", "open_graph", "graph_location", "open_graph_store",
           "query_rows", "row_nodes"]


def graph_option(func: Callable) -> Callable:
    """``--graph PATH``: the graph to read (default ``out/graph.ttl``), a file or a store folder."""
    return click.option("--graph", "graph_path", type=click.Path(path_type=Path),
                        default=Path("out/graph.ttl"), show_default=True,
                        help="Graph file written by 'partnergraph build', or a store folder (by default, "
                        "out/store when build kept one for out/graph.ttl).")(func)


def output_options(func: Callable) -> Callable:
    """``--format``, ``--output`` and ``--limit``."""
    func = click.option("--limit", type=click.IntRange(min=0), default=None,
                        help="Show at most this many rows.")(func)
    func = click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, help="Write to this file instead of the screen.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output format.")(func)
    return func


def graph_location(path: Path, *, prefer_store: bool = True) -> Path:
    """The graph a command reads: ``path``, or the store ``build`` kept beside the default
    ``out/graph.ttl`` for that very file (said on stderr, so a user sees which is read).

    A command that needs every triple anyway (``prefer_store=False``) reads the Turtle
    file, which parses faster than a whole store reads back.
    """
    ctx = click.get_current_context(silent=True)
    if prefer_store and ctx is not None and ctx.get_parameter_source("graph_path") is ParameterSource.DEFAULT:
        store = store_beside(path)
        if store is not None:
            click.echo(f"Reading the on-disk store {store} that build kept for {path} "
                       f"(--graph {path} reads the Turtle file)", err=True)
            return store
    return path


def _checked(path: Path, prefer_store: bool = True) -> Path:
    path = graph_location(path, prefer_store=prefer_store)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such graph file (run 'partnergraph build' first)")
    return path


def _opened(path: Path, prefer_store: bool = True) -> tuple[Path, GraphStore | None]:
    path = _checked(path, prefer_store)
    return path, (open_store(path) if path.is_dir() else None)


def open_graph_store(path: Path) -> GraphStore | None:
    """The store a ``--graph`` value means (see :func:`graph_location`), or ``None`` for a file."""
    return _opened(path)[1]


def open_graph(path: Path, *, lean: bool = False) -> PartnershipGraph:
    """Load a graph file or store folder, with a one-line error when it is missing or unreadable.

    From a store, ``lean`` reads only its skeleton (:meth:`GraphStore.skeleton`, links
    without their documents): enough for counts and algorithms; otherwise the whole graph.
    """
    path, store = _opened(path, prefer_store=lean)
    if store is None:
        return read_graph(path)
    return store.skeleton(link_documents=False) if lean else store.to_graph()


def row_nodes(graph: PartnershipGraph, rows: Iterable[Any], fields: Iterable[str] | None = None) -> set[str]:
    """The nodes a list of rows names: fields holding a node id, a node's label (or a body's
    label with its place), or ``a -> b`` chains (a ``via``), with the responses to the
    recommendations named.  ``fields`` limits the fields looked at (default: all)."""
    by_label: dict[str, list[str]] = {}
    for nid, data in graph.nx.nodes(data=True):
        by_label.setdefault(data["label"], []).append(nid)
        place = graph.place_name(nid)
        if place:  # how rows name a body: "Health and Wellbeing Board (Derby)"
            by_label.setdefault(f"{data['label']} ({place})", []).append(nid)
    found: set[str] = set()
    keep = None if fields is None else set(fields)
    for row in rows:
        items = dataclasses.asdict(row).items() if dataclasses.is_dataclass(row) else dict(row).items()
        for value in (v for k, v in items if keep is None or k in keep):
            for v in value if isinstance(value, (tuple, list)) else (value,):
                if not isinstance(v, str):
                    continue
                for part in (v, *v.split(" -> ")):
                    if part in graph.nx:
                        found.add(part)
                    found.update(by_label.get(part, ()))
    # A tracker row quotes the responses to its recommendation too.
    for nid in list(found):
        if graph.nx.nodes[nid]["type"] == "Recommendation":
            found.update(s for s, _, d in graph.nx.in_edges(nid, data=True) if d["relation"] == "respondsTo")
    return found


def query_rows(path: Path, compute: Callable[[PartnershipGraph], Any], *, quotes: bool,
               quoted: Iterable[str] = ("node",), links: bool = False) -> Any:
    """Run ``compute(graph)`` on the graph at ``path`` and return its rows.

    On a store it runs on the skeleton; when ``quotes`` are wanted (``--explain``, JSON),
    the real sources of the nodes the rows name (and the links among them) are read
    from the store and it runs again, so the rows and their quotes are those of the
    whole graph without reading it.  ``quoted`` names the row fields that name the nodes
    whose sources the rows quote (by identifier or label); ``links``: the rows quote links
    among them and print the links' documents (``interdependencies``, ``path``).
    """
    path, store = _opened(path)
    if store is None:
        return compute(read_graph(path))
    graph = store.skeleton(link_documents=links)
    rows = compute(graph)
    if not quotes:
        return rows
    rows = list(rows)
    store.fill_sources(graph, row_nodes(graph, rows, quoted), links=links)
    return compute(graph)


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
