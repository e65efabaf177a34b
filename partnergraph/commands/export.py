"""``partnergraph export --graph FILE --format F -o OUT``: the graph in another format.

The formats are the registered exporters (:mod:`partnergraph.graph.exporters`);
``--format`` may be left out when ``OUT``'s suffix says it.
"""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.graph.exporters import ExportError, exporter, exporter_for, exporters
from partnergraph.graph.store import read_graph



def _format_help() -> str:
    lines = [f"{name} ({e.target}{': ' + ', '.join(e.suffixes) if e.suffixes else ''})"
             for name, e in exporters().items()]
    return "Output format: " + "; ".join(lines) + "."


@click.command("export")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("out/graph.ttl"),
              show_default=True, help="Graph file written by 'partnergraph build', or a store folder (--store).")
@click.option("--format", "fmt", type=click.Choice(sorted(exporters())), default=None,
              help=_format_help() + " Default: from OUT's suffix.")
@click.option("--output", "-o", "out", type=click.Path(path_type=Path), required=True,
              help="File to write, or folder for the folder formats (kumu-csv, neo4j-admin).")
def export_command(graph_path: Path, fmt: str | None, out: Path) -> None:
    """Write the graph as linked data (Turtle, N-Triples, JSON-LD, TriG), network files
    (GraphML, GEXF), Kumu sheets (XLSX, CSV), neo4j-admin import CSVs or a Cypher script.

    \b
    Examples:
      partnergraph export --graph out/graph.ttl --format jsonld -o graph.jsonld
      partnergraph export --graph out/graph.ttl -o graph.gexf
      partnergraph export --graph out/graph.ttl --format neo4j-admin -o neo4j-import/
    """
    try:
        e = exporter(fmt) if fmt else exporter_for(out)
    except ExportError as exc:
        raise click.UsageError(str(exc)) from None
    if e.target == "folder" and out.exists() and not out.is_dir():
        raise click.UsageError(f"{out}: the {e.name} format writes a folder; give a folder name")
    if e.target == "file" and out.is_dir():
        raise click.UsageError(f"{out}: is a folder; the {e.name} format writes one file")
    written = e.write(read_graph(graph_path), out)
    for path in written:
        click.echo(f"Wrote {path}", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(export_command)
