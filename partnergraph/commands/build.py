"""``partnergraph build INPUT... -o OUTDIR``: read sources, write ``OUTDIR/graph.ttl`` and the view."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from partnergraph.build import build
from partnergraph.graph import save
from partnergraph.ontology import DEFAULT_BASE
from partnergraph.output import render
from partnergraph.queries import summary


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder to write graph.ttl (and the views) into.")
@click.option("--base", default=None, help=f"Base IRI for the graph's nodes (default {DEFAULT_BASE}).")
@click.option("--keep-going", is_flag=True, help="Write the graph of the files that loaded even when "
              "some failed (the exit code is still 1).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also keep the graph in an embedded on-disk store (pyoxigraph) in this folder.")
@click.option("--views/--no-views", default=True, show_default=True,
              help="Also write OUTDIR/view.html, the offline network view of the whole graph.")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
def build_command(inputs: tuple[Path, ...], outdir: Path, base: str | None, keep_going: bool,
                  quiet: bool, store_dir: Path | None = None, views: bool = True) -> None:
    """Build the graph from files and folders (registers, documents, linked data).

    Folders are read recursively; files that no loader reads are listed as skipped.
    If any input fails, its error is printed on one line and, unless --keep-going,
    nothing is written: an existing OUTDIR/graph.ttl stays as it was.
    """
    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    exclude = [outdir] + ([store_dir] if store_dir is not None else [])
    result = build(inputs, base=base, progress=progress, exclude=exclude)
    for path in result.skipped:
        progress(f"skipped (no loader reads it): {path}")
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for failure in result.failures:
        click.echo(f"Error: {failure}", err=True)
    if result.failures and not keep_going:
        click.echo(f"{len(result.failures)} input(s) failed; nothing written.", err=True)
        sys.exit(1)
    target = save(result.graph, outdir / "graph.ttl")
    if store_dir is not None:
        from partnergraph.graph.store import write_store

        progress(f"Stored {write_store(result.graph, store_dir)} triples in {store_dir}")
    written = [target]
    if views:
        from partnergraph.viz import write_view

        progress("Drawing the network view")
        written.append(write_view(result.graph, outdir / "view.html", title="The whole graph"))
    if not quiet:
        click.echo(render(summary(result.graph), "table"), err=True, nl=False)
        click.echo(f"Read {len(result.read)} file(s), skipped {len(result.skipped)}, "
                   f"failed {len(result.failures)}. Wrote {', '.join(str(w) for w in written)}", err=True)
    if result.failures:
        sys.exit(1)


def register(cli: click.Group) -> None:
    cli.add_command(build_command)
