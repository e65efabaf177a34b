"""``partnergraph validate --graph FILE``: check a graph against the shipped SHACL shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from partnergraph.graph.store import open_store
from partnergraph.graph.validate import validate, validate_file
from partnergraph.output import write



@click.command("validate")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=Path("out/graph.ttl"),
              show_default=True, help="Graph file written by 'partnergraph build', or a store folder (--store).")
@click.option("--format", "fmt", type=click.Choice(("text", "table", "csv", "json", "md")), default="text",
              show_default=True, help="How to print the report.")
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of the screen.")
def validate_command(graph_path: Path, fmt: str, output: Path | None) -> None:
    """Check the graph against the partnergraph SHACL shapes (pySHACL).

    Prints one entry per problem (node, shape, path, message) and exits with 1
    when the graph does not conform.
    """
    if not graph_path.exists():
        raise FileNotFoundError(f"{graph_path}: no such graph file (run 'partnergraph build' first)")
    report = validate(open_store(graph_path).to_graph()) if graph_path.is_dir() else validate_file(graph_path)
    if fmt == "text":
        text = report.text()
        if output is None:
            click.echo(text, nl=False)
        else:
            output.write_text(text, encoding="utf-8")
    else:
        text = write(report.rows(), fmt, output, sheet="problems",
                     columns=("node", "shape", "path", "message", "value", "severity"))
        if text is not None:
            click.echo(text, nl=False)
    if not report.conforms:
        click.echo(f"Error: {graph_path} does not conform ({len(report.problems)} problem(s)).", err=True)
        sys.exit(1)


def register(cli: click.Group) -> None:
    cli.add_command(validate_command)
