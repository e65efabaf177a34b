"""Options that the analysis queries share beyond ``_options``: ``--explain``, ``--themes``, ``--threshold``.

No ``register`` here: the query modules import these helpers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from partnergraph.output import as_dicts
from partnergraph.queries.matching import DEFAULT_THRESHOLD, load_themes

from ._options import emit

__all__ = ["explain_option", "themes_options", "emit_rows", "EVIDENCE_FIELDS", "themes_from"]

#: Row fields that hold quotes; shown with --explain (and always in JSON).
EVIDENCE_FIELDS: tuple[str, ...] = ("evidence",)


def explain_option(func: Callable) -> Callable:
    """``--explain``: add the quotes behind each row."""
    return click.option("--explain", is_flag=True,
                        help="Add the quotes behind each row (JSON always has them).")(func)


def themes_options(func: Callable) -> Callable:
    """``--themes FILE`` and ``--threshold``: the reference scheme and the match threshold."""
    func = click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD,
                        show_default=True, help="Lowest match score that counts.")(func)
    func = click.option("--themes", "themes_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, help="Reference theme scheme (YAML, same format as the shipped "
                        "ontology/schemes/themes.yaml) replacing the shipped one, or adding to it "
                        "when the file starts with 'extends: themes'.")(func)
    return func


def themes_from(path: Path | None):
    """The scheme a ``--themes`` value names (one-line error when unreadable)."""
    if path is not None and not path.exists():
        raise FileNotFoundError(f"{path}: no such themes file")
    return load_themes(path)


def emit_rows(rows: Iterable[Any], fmt: str, output: Path | None, limit: int | None, *,
              explain: bool = False, sheet: str = "rows") -> None:
    """Print rows, dropping the evidence fields unless ``--explain`` or JSON."""
    data = as_dicts(rows)
    if not explain and fmt != "json":
        data = [{k: v for k, v in row.items() if k not in EVIDENCE_FIELDS} for row in data]
    emit(data, fmt, output, limit, sheet=sheet)
