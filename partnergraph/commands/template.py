"""``partnergraph template -o register.xlsx``: write an empty register with a README sheet."""

from __future__ import annotations

from pathlib import Path

import click

from partnergraph.loaders.register_template import write_template


@click.command("template")
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("register.xlsx"), show_default=True, help="The workbook to write.")
@click.option("--force", is_flag=True, help="Replace the file if it exists.")
def template_command(output: Path, force: bool) -> None:
    """Write an empty register workbook: one sheet per kind of row, a README sheet and drop-down lists."""
    if output.suffix.lower() != ".xlsx":
        raise click.UsageError("the template is an Excel workbook: give a file name ending in .xlsx")
    if output.exists() and not force:
        raise click.UsageError(f"{output} exists; use --force to replace it")
    write_template(output)
    click.echo(f"Wrote {output}", err=True)


def register(cli: click.Group) -> None:
    cli.add_command(template_command)
