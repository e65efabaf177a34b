"""``partnergraph view``: the offline network page for a workshop room, and pictures for slides."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path

import click

from partnergraph.graph import PartnershipGraph, atomic_path
from partnergraph.graph.store import read_graph
from partnergraph.viz import DEFAULT_THRESHOLD, MEASURES, ViewError, focus, overlap_nodes, view_data
from partnergraph.viz._links import shared_concepts
from partnergraph.viz.aggregate import group_of
from partnergraph.viz.focus import drawable
from partnergraph.viz.page import render_view

from ._options import graph_option, open_graph_store


@click.command("view")
@graph_option
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("view.html"), show_default=True, help="The HTML page to write.")
@click.option("--measure", type=click.Choice(MEASURES), default="degree", show_default=True,
              help="What node size shows.")
@click.option("--theme", default=None, help="Only this theme (label, alias or reference theme, in part) "
              "and its neighbours.")
@click.option("--body", default=None, help="Only this body (label or acronym, in part) and its neighbours.")
@click.option("--place", default=None, help="Only what belongs to this place (and its neighbours).")
@click.option("--depth", type=click.IntRange(min=0, max=6), default=1, show_default=True,
              help="How many steps out from the theme, body or place.")
@click.option("--overlaps", is_flag=True, help="Only themes that bodies of two or more sectors stand "
              "behind, and those bodies.")
@click.option("--full", is_flag=True, help="Draw every node even above --threshold.")
@click.option("--threshold", type=click.IntRange(min=1), default=DEFAULT_THRESHOLD, show_default=True,
              help="Above this many nodes, group bodies by sector and themes by reference theme.")
@click.option("--title", default=None, help="Page title (default: says what is shown).")
@click.option("--png", "png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a 1920x1080 PNG of the same view, for slides.")
@click.option("--svg", "svg", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an SVG of the same view.")
def view_command(graph_path: Path, output: Path, measure: str, theme: str | None, body: str | None,
                 place: str | None, depth: int, overlaps: bool, full: bool, threshold: int,
                 title: str | None, png: Path | None, svg: Path | None) -> None:
    """Write one self-contained HTML page of the network: it works with no network at all.

    The page has a legend, search (by name or acronym), filters by type, sector,
    place, theme and document, focus on a node and its neighbours, and tooltips
    that quote the sources.

    \b
    Examples:
      partnergraph view --graph out/graph.ttl -o view.html
      partnergraph view --graph out/graph.ttl --theme "early years" --depth 2 -o early-years.html
      partnergraph view --graph out/graph.ttl --overlaps --png overlaps.png -o overlaps.html
    """
    store = open_graph_store(graph_path)
    graph = read_graph(graph_path) if store is None else store.skeleton()
    try:
        nodes, what = _selection(graph, theme=theme, body=body, place=place, depth=depth, overlaps=overlaps)
        if store is not None:
            fill_view_sources(store, graph, nodes, threshold=threshold, full=full)
        data = view_data(graph, nodes=nodes, measure=measure, threshold=threshold, full=full,
                         title=title or what, concepts=shared_concepts(graph) if overlaps else ())
        _write(output, render_view(data))
        click.echo(f"Wrote {output} ({data['shown']} nodes, {len(data['edges'])} links)", err=True)
        for target, fmt in ((png, "png"), (svg, "svg")):
            if target is not None:
                from partnergraph.viz.picture import write_picture

                write_picture(data, target, fmt=fmt)
                click.echo(f"Wrote {target}", err=True)
    except ViewError as exc:
        raise click.ClickException(str(exc)) from None


def fill_view_sources(store, graph: PartnershipGraph, nodes: set[str] | None, *, threshold: int,
                      full: bool = False) -> None:
    """Give a store's skeleton the sources a view of ``nodes`` (None: all) shows.

    Drawn one by one, every shown node and link gets its quotes back, so the page is the
    page of the whole graph.  Aggregated (above ``threshold``), only the sources a group's
    tooltip samples come back (its first nodes' and links'), and the other nodes get as
    many stand-in sources as they have mentions, so a group's count of sources is right.
    """
    shown = set(drawable(graph)) if nodes is None else set(nodes) & set(drawable(graph))
    if full or len(shown) <= threshold:
        store.fill_sources(graph, shown)
        return
    member_of = {n: group_of(graph, n)[0] for n in sorted(shown)}
    wanted: set[str] = set()
    first: dict[str, int] = defaultdict(int)
    for n, gid in member_of.items():  # each group samples its first nodes' sources
        if first[gid] < _SAMPLED:
            first[gid] += 1
            wanted.add(n)
    pairs: dict[tuple[str, str, str], int] = defaultdict(int)
    for s, r, o, _ in graph.edges():  # and each pair of groups its first links'
        if s in member_of and o in member_of and member_of[s] != member_of[o]:
            key = (member_of[s], r, member_of[o])
            if pairs[key] < _SAMPLED:
                pairs[key] += 1
                wanted.update((s, o))
    store.fill_sources(graph, wanted)
    counts = store.source_counts()
    for n in shown - wanted:
        data = graph.nx.nodes[n]
        lean = sorted(data["sources"])
        if lean and counts.get(n, 0) > len(lean):  # stand-ins, numbered: counted, never shown
            data["sources"] = set(lean) | {dataclasses.replace(lean[0], start=i, end=i)
                                           for i in range(1, counts[n] - len(lean) + 1)}


#: More nodes and links per group than an aggregated view's tooltip samples (3 and 2), so
#: a sampled node whose real sources turn out empty still leaves enough filled after it.
_SAMPLED = 6


def _selection(graph: PartnershipGraph, *, theme: str | None, body: str | None, place: str | None,
               depth: int, overlaps: bool) -> tuple[set[str] | None, str]:
    """The nodes the options ask for (None: all) and words for the page title."""
    parts: list[str] = []
    nodes: set[str] | None = None
    if theme or body or place:
        nodes = focus(graph, theme=theme, body=body, place=place, depth=depth)
        parts += [f"theme “{theme}”" if theme else "", f"body “{body}”" if body else "",
                  f"place “{place}”" if place else ""]
    if overlaps:
        shared = overlap_nodes(graph)
        nodes = shared if nodes is None else nodes & shared
        parts.append("overlaps across sectors")
        if not nodes:
            raise ViewError("no theme is shared by bodies of two or more sectors in this selection")
    what = "Partnership network" + (": " + ", ".join(p for p in parts if p) if parts else "")
    return nodes, what


def _write(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def register(cli: click.Group) -> None:
    cli.add_command(view_command)
