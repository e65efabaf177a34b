"""``partnergraph sparql QUERY --graph FILE``: run a shipped named query or any ``.rq`` file."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from partnergraph.graph.store import read_graph
from partnergraph.queries.matching import DEFAULT_THRESHOLD
from partnergraph.queries.sparql import named_queries, read_query, run_sparql, sparql_store

from ._options import emit, graph_option, open_graph_store, output_options
from .query_options import themes_from, themes_options


def _pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    out = {}
    for v in values:
        name, sep, value = v.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{v!r}: expected NAME=VALUE", param_hint=option)
        out[name] = value
    return out


@click.command("sparql")
@click.argument("query")
@graph_option
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to a literal (substituted by the engine, never written into the query).")
@click.option("--param-iri", "iri_params", multiple=True, metavar="NAME=IRI", help="Bind ?NAME to an IRI.")
@click.option("--no-matches", is_flag=True, help="Do not add the theme matches to the data.")
@themes_options
@output_options
def sparql_command(query: str, graph_path: Path, params: tuple[str, ...], iri_params: tuple[str, ...],
                   no_matches: bool, themes_path: Path | None, threshold: float, fmt: str,
                   output: Path | None, limit: int | None) -> None:
    """Run a SPARQL query on the graph with embedded Oxigraph.

    QUERY is a .rq file or the name of a shipped query: overlaps, matches, unmatched,
    interdependencies, path, gaps, recommendations, influence.  The data holds the
    graph, its theme matches (skos:closeMatch/broadMatch, pg:ThemeMatch) and the
    reference themes and organisation kinds' default sectors.  On a store written by
    build, the query runs in the store (with the matches build made), loading nothing.
    """
    bound: dict[str, object] = dict(_pairs(params, "--param"))
    bound.update({k: ox.NamedNode(v) for k, v in _pairs(iri_params, "--param-iri").items()})
    text = read_query(query)
    scheme = themes_from(themes_path)
    where = query if query in named_queries() else str(Path(query))
    on_disk = open_graph_store(graph_path)
    if on_disk is not None and on_disk.has_derived and not no_matches and themes_path is None \
            and threshold == on_disk.meta["derived"].get("threshold", DEFAULT_THRESHOLD):
        # The store holds the matches build made with these settings: run there, load nothing.
        emit(run_sparql(on_disk, text, params=bound, where=where), fmt, output, limit, sheet="sparql")
        return
    if on_disk is not None:
        click.echo("Reading the whole store into memory: its matches were made with other settings "
                   "(or it has none)", err=True)
    graph = on_disk.to_graph() if on_disk is not None else read_graph(graph_path)
    store = sparql_store(graph, matches=not no_matches, scheme=scheme, threshold=threshold)
    emit(run_sparql(store, text, params=bound, where=where), fmt, output, limit, sheet="sparql")


def register(cli: click.Group) -> None:
    cli.add_command(sparql_command)
