"""``partnergraph build INPUT... -o OUTDIR``: read sources, write ``OUTDIR/graph.ttl`` and the view.

A graph of more than :data:`~partnergraph.graph.store.STORE_ABOVE_TRIPLES` triples is also
kept in an on-disk store, ``OUTDIR/store``, which later commands given the default
``--graph`` read instead of loading ``graph.ttl`` (``--store DIR`` and ``--no-store``
decide otherwise).
"""

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
              help="Also keep the graph in an embedded on-disk store (pyoxigraph) in this folder "
              "(by default OUTDIR/store, when the graph has more than 1,000,000 triples).")
@click.option("--no-store", is_flag=True, help="Write graph.ttl only, however large the graph.")
@click.option("--views/--no-views", default=True, show_default=True,
              help="Also write OUTDIR/view.html, the offline network view of the whole graph.")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
def build_command(inputs: tuple[Path, ...], outdir: Path, base: str | None, keep_going: bool,
                  quiet: bool, store_dir: Path | None = None, views: bool = True, no_store: bool = False) -> None:
    """Build the graph from files and folders (registers, documents, linked data).

    Folders are read recursively; files that no loader reads are listed as skipped.
    If any input fails, its error is printed on one line and, unless --keep-going,
    nothing is written: an existing OUTDIR/graph.ttl stays as it was.

    A graph of more than 1,000,000 triples is also kept in the on-disk store
    OUTDIR/store, which commands read by default instead of graph.ttl.
    """
    if store_dir is not None and no_store:
        raise click.UsageError("--store and --no-store say opposite things; give one")
    def progress(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    exclude = [outdir] + ([store_dir] if store_dir is not None else [])  # OUTDIR/store is inside outdir
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
    store_dir = _store_folder(result.graph, outdir, store_dir, no_store, progress)
    if store_dir is not None:
        _write_store(result.graph, store_dir, target, progress)
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


def _store_folder(graph, outdir: Path, store_dir: Path | None, no_store: bool, progress) -> Path | None:
    """Where to keep the on-disk store: ``--store``, else OUTDIR/store for a large graph."""
    from partnergraph.graph.store import STORE_ABOVE_TRIPLES, STORE_FOLDER, estimate_triples, is_store

    if store_dir is not None or no_store:
        return store_dir
    about = estimate_triples(graph)
    if about <= STORE_ABOVE_TRIPLES:
        return None
    folder = outdir / STORE_FOLDER
    if folder.exists() and not is_store(folder) and (not folder.is_dir() or any(folder.iterdir())):
        click.echo(f"Warning: about {about:,} triples, but {folder} is not a partnergraph store: "
                   f"kept graph.ttl only (--store DIR keeps one elsewhere)", err=True)
        return None
    progress(f"About {about:,} triples (more than {STORE_ABOVE_TRIPLES:,}): keeping an on-disk store "
             f"in {folder} for the other commands (--no-store: Turtle only)")
    return folder


def _write_store(graph, store_dir: Path, graph_file: Path, progress) -> None:
    """The store, with the theme matches and scheme facts the shipped queries read."""
    from partnergraph.graph.store import write_store
    from partnergraph.queries.matching import DEFAULT_THRESHOLD
    from partnergraph.queries.sparql import derived_triples

    derived = derived_triples(graph)
    count = write_store(graph, store_dir, derived=derived, mirrors=graph_file,
                        derived_meta={"scheme": "themes", "threshold": DEFAULT_THRESHOLD, "triples": len(derived)})
    progress(f"Stored {count} triples in {store_dir}")


def register(cli: click.Group) -> None:
    cli.add_command(build_command)
