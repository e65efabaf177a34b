"""``partnergraph query match`` and ``query unmatched``: extracted wordings against the reference themes."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.graph import atomic_path, to_triples
from partnergraph.queries.matching import match_themes, match_triples, unmatched

from ._options import graph_option, open_graph, output_options, query_rows
from .query_options import emit_rows, explain_option, themes_from, themes_options


@click.command("match")
@graph_option
@themes_options
@click.option("--theme", default=None, help="Only matches to this reference theme (id or label).")
@click.option("--write-graph", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the graph with the matches (skos:closeMatch/broadMatch and "
              "pg:ThemeMatch with score, method and words) as N-Triples or Turtle.")
@explain_option
@output_options
def match_command(graph_path: Path, themes_path: Path | None, threshold: float, theme: str | None,
                  write_graph: Path | None, explain: bool, fmt: str, output: Path | None,
                  limit: int | None) -> None:
    """Each theme, strategy, initiative, recommendation, indicator and thematic partnership
    matched to the reference themes: score, method and the words that matched."""
    scheme = themes_from(themes_path)
    if write_graph is not None:  # writes the whole graph with its matches: every quote is needed
        graph = open_graph(graph_path)
        rows = list(match_themes(graph, scheme=scheme, threshold=threshold, theme=theme))
        _write(graph, match_triples(graph, rows, scheme=scheme), write_graph)
    else:
        rows = query_rows(graph_path, lambda g: list(match_themes(g, scheme=scheme, threshold=threshold, theme=theme)),
                          quotes=explain or fmt == "json")
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="matches")


@click.command("unmatched")
@graph_option
@themes_options
@explain_option
@output_options
def unmatched_command(graph_path: Path, themes_path: Path | None, threshold: float, explain: bool,
                      fmt: str, output: Path | None, limit: int | None) -> None:
    """Themes, strategies, initiatives, recommendations and indicators below the match
    threshold, with the nearest reference theme they missed."""
    scheme = themes_from(themes_path)
    rows = query_rows(graph_path, lambda g: list(unmatched(g, scheme=scheme, threshold=threshold)),
                      quotes=explain or fmt == "json")
    emit_rows(rows, fmt, output, limit, explain=explain, sheet="unmatched")


def _write(graph, extra, path: Path) -> None:
    import pyoxigraph as ox

    from partnergraph.graph.rdf import rdf_format_for
    from partnergraph.ontology import PREFIXES

    triples = sorted(set(to_triples(graph)) | set(extra), key=lambda t: (str(t.subject), str(t.predicate),
                                                                          str(t.object)))
    data = ox.serialize(triples, format=rdf_format_for(path), prefixes=dict(sorted(PREFIXES.items())))
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    click.echo(f"Wrote {path} ({len(extra)} match triples)", err=True)


def register(cli: click.Group) -> None:
    cli.commands["query"].add_command(match_command)
    cli.commands["query"].add_command(unmatched_command)
