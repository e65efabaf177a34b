"""``partnergraph ontology -o DIR``: write the published OWL ontology and SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.graph import atomic_path
from partnergraph.ontology import ontology_graph, shapes_graph


@click.command("ontology")
@click.option("--output", "-o", "outdir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("ontology-out"), show_default=True, help="Folder to write into.")
def ontology_command(outdir: Path) -> None:
    """Write ontology.ttl (OWL classes, properties and SKOS schemes) and shapes.ttl (SHACL)."""
    for name, graph in (("ontology.ttl", ontology_graph()), ("shapes.ttl", shapes_graph())):
        target = outdir / name
        with atomic_path(target) as tmp:
            graph.serialize(destination=tmp, format="turtle")
        click.echo(f"Wrote {target} ({len(graph)} triples)", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(ontology_command)
