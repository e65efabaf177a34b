"""The loader registry: each source format registers itself; nothing dispatches by name.

A loader declares the file suffixes it reads, may sniff a file's first bytes to
claim it, and says in which ``phase`` it runs: documents are read before
registers, so that a register's corrections win over what was extracted.

Examples
--------
>>> @register
... class NotesLoader(Loader):
...     name = "notes"
...     suffixes = (".notes",)
...     def load(self, path, graph, *, context):
...         pass
>>> loader_for(Path("minutes.notes")).name
'notes'
>>> unregister("notes")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.graph import PartnershipGraph

__all__ = ["Loader", "LoadError", "LoadContext", "register", "unregister", "loaders", "loader_for",
           "plan", "Plan"]


class LoadError(ValueError):
    """Bad input: the message is one line naming the file and the place in it."""


@dataclass
class LoadContext:
    """What a loader may need besides the file and the graph: progress, warnings and notes.

    ``state`` is one dictionary shared by every file of a build (None outside a
    build): a loader keeps there what its :meth:`Loader.finish` step needs.
    """

    progress: Callable[[str], None] = lambda message: None
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    state: dict | None = None

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def note(self, message: str) -> None:
        """Something the build decided that a user may want to check (not a problem)."""
        self.notes.append(message)


class Loader:
    """Base class of a source format. Subclasses set the class attributes and :meth:`load`."""

    name: str = ""
    suffixes: tuple[str, ...] = ()
    phase: int = 50
    description: str = ""

    def sniff(self, path: Path, head: bytes) -> bool:
        """Claim a file whose suffix is ambiguous or absent by its first bytes."""
        return False

    def accepts(self, path: Path) -> bool:
        """Whether this loader reads ``path`` (by default: by its suffix)."""
        return path.suffix.lower() in self.suffixes

    def group_key(self, path: Path) -> str | None:
        """Files with the same key are one source (a register split into CSV files).

        The build then calls :meth:`load` once, with the first file of the group;
        the loader finds the others itself.  None (the default) means the file
        stands alone.
        """
        return None

    def finish(self, graph: PartnershipGraph, *, context: LoadContext) -> None:
        """Work that needs every file this loader read in a build, run once after the last one.

        ``context.state`` is the dictionary :meth:`load` saw.  By default there is none.
        """

    def load(self, path: Path, graph: PartnershipGraph, *, context: LoadContext) -> None:
        """Read ``path`` into ``graph``.

        On bad input raise :class:`LoadError` *before adding anything*: read and
        check the whole file first, then add.  The build relies on this to leave
        the graph untouched by a file it reports as failed.
        """
        raise NotImplementedError


_LOADERS: dict[str, Loader] = {}


def register(cls: type[Loader]) -> type[Loader]:
    """Class decorator: make a loader available to :func:`loader_for` and the build."""
    if not cls.name:
        raise ValueError(f"{cls.__name__} needs a name")
    _LOADERS[cls.name] = cls()
    return cls


def unregister(name: str) -> None:
    """Remove a loader (for tests and plugins that replace one)."""
    _LOADERS.pop(name, None)


def loaders() -> list[Loader]:
    """Registered loaders, in phase order then by name."""
    _load_builtin()
    return sorted(_LOADERS.values(), key=lambda l: (l.phase, l.name))


def loader_for(path: Path) -> Loader | None:
    """The loader that reads ``path``: by suffix first, then by sniffing its first bytes."""
    candidates = loaders()
    for loader in candidates:
        if loader.accepts(path):
            return loader
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    for loader in candidates:
        if loader.sniff(path, head):
            return loader
    return None


@dataclass
class Plan:
    """What a build will read, in order, and what it will skip."""

    steps: list[tuple[Loader, Path]]
    skipped: list[Path]
    missing: list[Path]


def plan(inputs: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Plan:
    """Expand files and folders (recursively) into ordered loader steps.

    Hidden files and folders are ignored, and so is anything under ``exclude``
    (the build's own output folder: ``build . -o out`` must not read its last
    ``graph.ttl`` back in); files no loader reads are listed as skipped; inputs
    that do not exist are listed as missing.
    """
    excluded = [Path(e).resolve() for e in exclude]
    steps: list[tuple[Loader, Path]] = []
    skipped: list[Path] = []
    missing: list[Path] = []
    groups: set[tuple[str, str]] = set()
    for path in sorted(_expand(inputs, missing)):
        if any(path.resolve().is_relative_to(e) for e in excluded):
            continue
        loader = loader_for(path)
        if loader is None:
            skipped.append(path)
            continue
        key = loader.group_key(path)
        if key is not None:
            if (loader.name, key) in groups:
                continue
            groups.add((loader.name, key))
        steps.append((loader, path))
    steps.sort(key=lambda s: (s[0].phase, str(s[1])))
    return Plan(steps=steps, skipped=sorted(skipped), missing=missing)


def _expand(inputs: Iterable[str | Path], missing: list[Path]) -> Iterator[Path]:
    seen: set[Path] = set()
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files = [path]
        else:
            missing.append(path)
            continue
        for f in files:
            real = f.resolve()
            if real not in seen:
                seen.add(real)
                yield f


def _load_builtin() -> None:
    # Importing the package registers the built-in loaders (each module uses @register).
    from partnergraph import loaders as _package  # noqa: F401
