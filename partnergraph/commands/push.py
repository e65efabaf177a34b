"""``partnergraph push sparql|neo4j``: send the graph to a server, idempotently.

Credentials come from environment variables only (never options, so they stay
out of shell history and process lists): ``SPARQL_USER``/``SPARQL_PASSWORD`` or
``SPARQL_TOKEN`` for SPARQL servers, ``NEO4J_USER``/``NEO4J_PASSWORD`` for Neo4j.
"""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.graph.neo4j import DEFAULT_BATCH as NEO4J_BATCH
from partnergraph.graph.neo4j import Neo4jError, push_neo4j
from partnergraph.graph.sparql_push import DEFAULT_BATCH, PushError, SparqlEndpoint, push_sparql
from partnergraph.graph.store import open_store, read_graph



@click.group("push")
def push_group() -> None:
    """Push the graph to a SPARQL 1.1 server or to Neo4j; pushing twice changes nothing."""


@push_group.command("sparql")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("out/graph.ttl"),
              show_default=True, help="Graph file written by 'partnergraph build', or a store folder (--store).")
@click.option("--endpoint", required=True, metavar="URL",
              help="SPARQL 1.1 Update endpoint, e.g. http://localhost:7878/update (Oxigraph) or "
                   "http://localhost:3030/ds/update (Fuseki).")
@click.option("--query-endpoint", metavar="URL", default=None,
              help="SPARQL query endpoint (default: the update URL with /update -> /query).")
@click.option("--store-endpoint", metavar="URL", default=None,
              help="Graph Store Protocol endpoint (e.g. http://localhost:7878/store); when given, data "
                   "goes as N-Triples bodies instead of INSERT DATA.")
@click.option("--graph-iri", metavar="IRI", default=None,
              help="Named graph to replace with this graph (default: add to the default graph).")
@click.option("--atomic", is_flag=True,
              help="Fill a staging graph and MOVE it over --graph-iri, so readers never see half a graph "
                   "(slow for large graphs).")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH, show_default=True,
              help="Triples per request.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds to wait for each request.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def push_sparql_command(graph_path: Path, endpoint: str, query_endpoint: str | None,
                        store_endpoint: str | None, graph_iri: str | None, atomic: bool, batch_size: int,
                        timeout: float, quiet: bool) -> None:
    """Push the graph to a SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB, Neptune...).

    With --graph-iri the named graph is replaced (dropped, then filled; with
    --atomic through a staging graph and MOVE); without it, triples are added to
    the default graph.
    Credentials: SPARQL_USER and SPARQL_PASSWORD (Basic) or SPARQL_TOKEN (Bearer).

    \b
    Example:
      partnergraph push sparql --graph out/graph.ttl \\
          --endpoint http://localhost:7878/update --graph-iri https://example.org/graph/derby
    """
    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    # A store is pushed straight from disk, without building the graph in memory.
    graph, triples = (None, open_store(graph_path).triples()) if graph_path.is_dir() else \
        (read_graph(graph_path), None)
    try:
        target = SparqlEndpoint.from_url(endpoint, query_url=query_endpoint, store_url=store_endpoint,
                                         timeout=timeout)
        result = push_sparql(graph, target, graph_iri=graph_iri, batch_size=batch_size, progress=progress,
                             triples=triples, atomic=atomic)
    except PushError as exc:
        raise click.ClickException(str(exc)) from None
    where = f"graph <{result.graph_iri}>" if result.graph_iri else "the default graph"
    click.echo(f"Pushed {result.triples} triples in {result.batches} batch(es); {where} on the server "
               f"now holds {result.on_server} triples.", err=True)


@push_group.command("neo4j")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("out/graph.ttl"),
              show_default=True, help="Graph file written by 'partnergraph build', or a store folder (--store).")
@click.option("--uri", required=True, metavar="URI",
              help="Bolt URI, e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io (Aura).")
@click.option("--database", default=None, help="Database name (default: the server's default database).")
@click.option("--batch-size", type=click.IntRange(min=1), default=NEO4J_BATCH, show_default=True,
              help="Rows per UNWIND batch.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def push_neo4j_command(graph_path: Path, uri: str, database: str | None, batch_size: int, quiet: bool) -> None:
    """Push the graph to Neo4j with the official driver (credentials: NEO4J_USER, NEO4J_PASSWORD).

    Creates constraints and indexes first, then merges nodes and relationships in
    batches (UNWIND $rows MERGE ...); labels and relationship types come from the
    ontology only, values only as parameters, provenance as properties. Pushing
    twice changes nothing.

    \b
    Example:
      NEO4J_USER=neo4j NEO4J_PASSWORD=secret \\
        partnergraph push neo4j --graph out/graph.ttl --uri neo4j://localhost:7687
    """
    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    graph = read_graph(graph_path)
    try:
        result = push_neo4j(graph, uri, database=database, batch_size=batch_size, progress=progress)
    except Neo4jError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Pushed {result.nodes} nodes and {result.relationships} relationships in "
               f"{result.statements} statements; the database holds {result.nodes_in_database} partnergraph "
               f"nodes and {result.relationships_in_database} relationships.", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(push_group)
