"""``partnergraph explain FILE``: what was read from one paper, and why.

A terminal listing (each node, the rule that found it, the character span, the
confidence and the quoted sentence) or, with ``--html``, a page that shows the
document with every quote highlighted.  Corrections go in a register, which wins
over extraction when both are built.
"""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.graph import atomic_path
from partnergraph.loaders.documents import extract_file
from partnergraph.loaders.documents.explain import explain_html, explain_text


@click.command("explain")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write an HTML page with the document's quotes highlighted to this file.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="List only facts at least this sure.")
@click.option("--no-quotes", is_flag=True, help="Leave the quoted sentences out of the listing.")
def explain_command(file: Path, html_path: Path | None, min_confidence: float, no_quotes: bool) -> None:
    """Show what partnergraph extracts from one document (.txt .docx .pdf .html) and why."""
    if not file.exists():
        raise FileNotFoundError(f"{file}: no such file")
    x = extract_file(file)
    if html_path is not None:
        with atomic_path(html_path) as tmp:
            tmp.write_text(explain_html(x, title=file.name), encoding="utf-8")
        click.echo(f"Wrote {html_path}", err=True)
        return
    click.echo(explain_text(x, name=str(file), min_confidence=min_confidence, quotes=not no_quotes), nl=False)


def register(cli: click.Group) -> None:
    cli.add_command(explain_command)
