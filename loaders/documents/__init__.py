"""Documents into the graph: council papers (.txt .docx .pdf .html) read and extracted.

The :class:`DocumentLoader` reads a file with the reader its suffix names
(:mod:`.readers`), runs the extraction rules (:mod:`.extract`) and adds what they
found, each fact with its source span, quote, rule and confidence
(:mod:`.graphing`).  Everything is read and checked before anything is added, so a
bad file leaves the graph as it was.  In a build, a paper that names no place is
added last: it may borrow the place of the papers it shares distinctive evidence
with (:mod:`.places`).

Examples
--------
>>> import tempfile, pathlib
>>> from partnergraph.graph import PartnershipGraph
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "paper.txt").write_text("To: Scrutiny Committee\\nDate: 5 May 2022\\n\\n"
...                                      "Cllr Jo Bloggs (Chair) welcomed the Stronger Towns Partnership.\\n")
>>> g = PartnershipGraph()
>>> DocumentLoader().load(folder / "paper.txt", g, context=LoadContext())
>>> sorted(d["label"] for _, d in g.nodes("Organisation"))
['Scrutiny Committee', 'Stronger Towns Partnership']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.graph import PartnershipGraph

from ..registry import LoadContext, LoadError, Loader, register
from .extract import extract, no_cycle_collection, parse_date
from .graphing import add_extraction, check_extraction
from .model import Entity, Evidence, Extraction, FrontMatter, Link
from .places import PlaceIndex
from .readers import MAX_BYTES, READERS, ReadError, read_document

__all__ = ["DocumentLoader", "read_document", "extract", "extract_file", "add_extraction", "parse_date",
           "Extraction", "Entity", "Evidence", "Link", "FrontMatter", "ReadError", "READERS", "MAX_BYTES"]


def extract_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Extraction:
    """Read and extract one document file (raises :class:`LoadError` naming the file on bad input)."""
    path = Path(path)
    try:
        text = read_document(path, max_bytes=max_bytes)
    except ReadError as exc:
        raise LoadError(f"{path}: {exc}") from None
    try:
        x = extract(text, file_name=path.name)
    except RecursionError:
        raise LoadError(f"{path}: the text is too deeply nested to read") from None
    check_extraction(x)
    return x


@register
class DocumentLoader(Loader):
    """Council and partner papers: plain text, Word, PDF and HTML (ModernGov pages included)."""

    name = "documents"
    suffixes = tuple(sorted(READERS))
    phase = 10
    description = "Committee reports, HWB papers, scrutiny responses, audit reports and minutes"

    max_bytes: int = MAX_BYTES

    def load(self, path: Path, graph: PartnershipGraph, *, context: LoadContext) -> None:
        with no_cycle_collection():
            x = extract_file(path, max_bytes=self.max_bytes)  # raises before anything is added
            if not x.entities:
                context.warn(f"{path}: no bodies, people, themes or recommendations found")
            shared = _shared(context)
            if shared is not None and not x.front.place:
                shared.pending.append((path, x))  # added by finish(), once every paper is read
                return
            add_extraction(graph, x, path.name)
            if shared is not None:
                shared.index.add(x, path.name)

    def finish(self, graph: PartnershipGraph, *, context: LoadContext) -> None:
        """Papers that name no place borrow one from the papers they share distinctive evidence with."""
        shared = _shared(context)
        if shared is None:
            return
        with no_cycle_collection():
            for path, x in shared.pending:
                decision = shared.index.decide(x)
                x.front.place = decision.place
                x.front.place_basis = decision.explanation()
                if decision.place:
                    context.note(f"{path}: {x.front.place_basis}")
                else:
                    context.warn(f"{path}: has no place of its own, so its bodies are not scoped to one. "
                                 f"{x.front.place_basis}")
                add_extraction(graph, x, path.name)
        shared.pending.clear()


@dataclass
class _BuildPapers:
    """What the document loader keeps across one build's papers."""

    index: PlaceIndex = field(default_factory=PlaceIndex)
    pending: list[tuple[Path, Extraction]] = field(default_factory=list)  # papers that name no place


def _shared(context: LoadContext) -> _BuildPapers | None:
    """The build's papers (None outside a build, or when the build does not borrow places)."""
    state = context.state
    if state is None or not state.get("borrow_places", True):
        return None
    papers = state.get("documents")
    if papers is None:
        papers = state["documents"] = _BuildPapers()
    return papers
