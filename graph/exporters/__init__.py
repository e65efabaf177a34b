"""Exporters: every output format registers itself here; nothing dispatches on a format name.

An :class:`Exporter` declares its ``name``, the file suffixes it writes and
whether it writes one file or a folder of files; :func:`register` makes it known.
One module per format family (RDF, network files, Kumu sheets, Neo4j) holds the
exporters; importing this package imports them all.  A format that can be read
back sets ``readable`` and implements :meth:`Exporter.read`.

Examples
--------
>>> exporter("turtle").suffixes
('.ttl',)
>>> exporter_for("graph.ttl").name
'turtle'
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..model import PartnershipGraph

__all__ = ["Exporter", "ExportError", "register", "unregister", "exporters", "exporter", "exporter_for",
           "export"]


class ExportError(ValueError):
    """A format name or output path the exporters cannot use."""


class Exporter:
    """Base class of an output format.  Subclasses set the class attributes and :meth:`write`."""

    #: The name users give to ``--format``.
    name: str = ""
    #: File suffixes this format writes (the first is the default); empty for folder formats.
    suffixes: tuple[str, ...] = ()
    #: ``"file"`` or ``"folder"``: what ``-o`` names.
    target: str = "file"
    #: Whether :meth:`read` rebuilds a graph from the output.
    readable: bool = False
    description: str = ""

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        """Write ``graph`` to ``out`` atomically and return the files written."""
        raise NotImplementedError

    def read(self, out: Path) -> PartnershipGraph:
        """Read what :meth:`write` wrote back into a graph (when ``readable``)."""
        raise ExportError(f"{self.name} output cannot be read back")


_EXPORTERS: dict[str, Exporter] = {}
_MODULES = ("rdf", "network", "kumu", "neo4j")


def register(cls: type[Exporter]) -> type[Exporter]:
    """Class decorator: make an exporter available under its name."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} needs a name")
    _EXPORTERS[cls.name] = cls()
    return cls


def unregister(name: str) -> None:
    """Remove an exporter (for tests and plugins that replace one)."""
    _EXPORTERS.pop(name, None)


def exporters() -> dict[str, Exporter]:
    """Every registered exporter by name, sorted by name."""
    _load_builtin()
    return dict(sorted(_EXPORTERS.items()))


def exporter(name: str) -> Exporter:
    """The exporter called ``name`` (raises :class:`ExportError`)."""
    known = exporters()
    try:
        return known[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; use one of {', '.join(known)}") from None


def exporter_for(path: str | Path) -> Exporter:
    """The file exporter whose suffix ``path`` ends with (raises :class:`ExportError`)."""
    name = Path(path).name.lower()
    for e in exporters().values():
        if any(name.endswith(s) for s in e.suffixes):
            return e
    raise ExportError(f"{path}: cannot tell the format from the file name; give --format")


def export(graph: PartnershipGraph, out: str | Path, *, format: str | None = None) -> list[Path]:
    """Write ``graph`` to ``out`` in ``format`` (or the format ``out``'s suffix means)."""
    e = exporter(format) if format else exporter_for(out)
    return e.write(graph, Path(out))


def _load_builtin() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")
