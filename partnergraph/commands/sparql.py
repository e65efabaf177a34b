"""``partnergraph sparql QUERY --graph FILE``: run a shipped named query or any ``.rq`` file."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from partnergraph.queries.sparql import named_queries, read_query, run_sparql, sparql_store

from ._options import emit, graph_option, open_graph, output_options
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
    reference themes and organisation kinds' default sectors.
    """
    bound: dict[str, object] = dict(_pairs(params, "--param"))
    bound.update({k: ox.NamedNode(v) for k, v in _pairs(iri_params, "--param-iri").items()})
    text = read_query(query)
    graph = open_graph(graph_path)
    store = sparql_store(graph, matches=not no_matches, scheme=themes_from(themes_path), threshold=threshold)
    where = query if query in named_queries() else str(Path(query))
    emit(run_sparql(store, text, params=bound, where=where), fmt, output, limit, sheet="sparql")


def register(cli: click.Group) -> None:
    cli.add_command(sparql_command)
