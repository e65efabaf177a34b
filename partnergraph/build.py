"""Build a graph from input files and folders: the library function behind ``partnergraph build``.

Examples
--------
>>> result = build([])           # nothing to read is not an error
>>> len(result.graph), result.failures
(0, [])
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.graph import PartnershipGraph
from partnergraph.loaders.registry import LoadContext, LoadError, plan

__all__ = ["build", "BuildResult"]


@dataclass
class BuildResult:
    """The graph built, and what was read, skipped or refused along the way."""

    graph: PartnershipGraph
    read: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decisions worth a look: a place a paper borrowed

    @property
    def ok(self) -> bool:
        return not self.failures


def build(inputs: Iterable[str | Path], *, base: str | None = None,
          progress: Callable[[str], None] | None = None, exclude: Iterable[str | Path] = (),
          borrow_places: bool = True) -> BuildResult:
    """Read every input into one graph.

    Loaders check a whole file before adding any of it (the :class:`Loader`
    contract), so a bad file adds nothing: its one-line error goes to
    ``failures`` and the build goes on with the rest.  Copying the graph per file
    instead would make a national build quadratic.  Nothing under ``exclude`` is read.

    After its last file each loader may finish work that needs them all: a paper
    that names no place borrows the place of the papers it shares distinctive
    evidence with, and ``notes`` says so (``warnings`` when it stays without one).
    ``borrow_places=False`` adds every paper as it is read.
    """
    graph = PartnershipGraph(base=base) if base else PartnershipGraph()
    say = progress or (lambda message: None)
    p = plan(inputs, exclude=exclude)
    result = BuildResult(graph=graph, skipped=p.skipped)
    result.failures.extend(f"{m}: no such file or folder" for m in p.missing)
    total = len(p.steps)
    state: dict = {"borrow_places": borrow_places}  # shared by every file of this build
    last = {loader.name: i for i, (loader, _) in enumerate(p.steps, start=1)}
    with _kept_out_of_collection() as keep:
        for i, (loader, path) in enumerate(p.steps, start=1):
            say(f"[{i}/{total}] {loader.name}: {path}")
            context = LoadContext(progress=say, state=state)
            try:
                loader.load(path, graph, context=context)
            except LoadError as exc:
                result.failures.append(str(exc))
            else:
                result.read.append(path)
                _report(result, context, say)
            finally:
                keep()
            if last[loader.name] == i:
                context = LoadContext(progress=say, state=state)
                loader.finish(graph, context=context)
                _report(result, context, say)
                keep()
    return result


def _report(result: BuildResult, context: LoadContext, say: Callable[[str], None]) -> None:
    result.warnings.extend(context.warnings)
    result.notes.extend(context.notes)
    for note in context.notes:
        say(note)


@contextmanager
def _kept_out_of_collection() -> Iterator[Callable[[], None]]:
    """Let the cycle collector skip what the build has made so far.

    The graph only grows during a build and holds no garbage, yet every full
    collection walks all of it again (a tenth of a medium build's time).  After
    each file the objects alive are moved to the collector's permanent generation
    (``gc.freeze``) and given back at the end.  A process that froze objects of its
    own is left as it is.
    """
    if gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
