"""The ``partnergraph`` command line: a thin layer over the public functions.

Commands live one module each in :mod:`partnergraph.commands`; every module that
defines ``register(cli)`` is found and asked to add its commands, so adding a
command never means editing this file.

Exit codes: 0 ok, 1 bad input (one line naming the file and place), 2 usage.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from partnergraph import __version__
from partnergraph.errors import USER_ERRORS

__all__ = ["cli", "main"]


class _Group(click.Group):
    """A group that turns bad-input exceptions into one-line errors with exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            raise click.ClickException(_one_line(exc)) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="partnergraph")
def cli() -> None:
    """Build a knowledge graph of partnerships and priorities from council papers and registers,
    and ask where priorities overlap, who depends on whom, and what nobody has picked up."""


def _discover() -> None:
    from partnergraph import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        hook = getattr(module, "register", None)
        if hook is not None:
            hook(cli)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="partnergraph")


_discover()
