"""``partnergraph heatmap``: themes x bodies (or sectors) as an HTML page and a picture."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.viz import ViewError
from partnergraph.viz.heatmap import BY, heatmap_data, write_heatmap, write_heatmap_png

from ._options import graph_option, open_graph


@click.command("heatmap")
@graph_option
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("heatmap.html"), show_default=True, help="The HTML page to write.")
@click.option("--by", type=click.Choice(BY), default="body", show_default=True,
              help="Columns: the bodies behind each theme, or their sectors.")
@click.option("--level", type=click.Choice(("reference", "extracted")), default="reference", show_default=True,
              help="Rows: reference themes, or themes grouped as worded.")
@click.option("--png", "png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a 1920x1080 PNG.")
@click.option("--max-rows", type=click.IntRange(min=1), default=60, show_default=True,
              help="Keep the busiest themes when there are more.")
@click.option("--max-columns", type=click.IntRange(min=1), default=60, show_default=True,
              help="Keep the busiest bodies or sectors when there are more.")
def heatmap_command(graph_path: Path, output: Path, by: str, level: str, png: Path | None,
                    max_rows: int, max_columns: int) -> None:
    """Write the overlap heatmap: where each theme has bodies (or sectors) behind it.

    \b
    Examples:
      partnergraph heatmap --graph out/graph.ttl -o heatmap.html --png heatmap.png
      partnergraph heatmap --graph out/graph.ttl --by sector -o sectors.html
    """
    graph = open_graph(graph_path, lean=True)  # counts only: a store's skeleton is enough
    try:
        h = heatmap_data(graph, by=by, level=level, max_rows=max_rows, max_columns=max_columns)
    except ViewError as exc:
        raise click.ClickException(str(exc)) from None
    write_heatmap(h, output)
    click.echo(f"Wrote {output} ({len(h.rows)} themes x {len(h.columns)} "
               f"{'bodies' if by == 'body' else 'sectors'})", err=True)
    if png is not None:
        write_heatmap_png(h, png)
        click.echo(f"Wrote {png}", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(heatmap_command)
