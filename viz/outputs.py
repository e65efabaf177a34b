"""Every view of a graph in one folder: what ``partnergraph build`` can write beside graph.ttl.

Examples
--------
>>> import tempfile, pathlib
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt", place="Derby")
>>> _ = g.add_node("Theme", "Early years", place="Derby", source=Source(d, start=0, end=5))
>>> [p.name for p in write_views(g, pathlib.Path(tempfile.mkdtemp()), picture=False)]
['view.html', 'heatmap.html', 'report.html']
"""

from __future__ import annotations

from pathlib import Path

from partnergraph.graph import PartnershipGraph

from .heatmap import heatmap_data, write_heatmap
from .network import DEFAULT_THRESHOLD
from .page import write_view
from .report import write_report

__all__ = ["write_views", "VIEW_FILES"]

#: The files :func:`write_views` writes, in order.
VIEW_FILES: tuple[str, ...] = ("view.html", "heatmap.html", "report.html")


def write_views(graph: PartnershipGraph, outdir: str | Path, *, threshold: int = DEFAULT_THRESHOLD,
                picture: bool = True) -> list[Path]:
    """Write the network page, the theme x body heatmap and the report into ``outdir``."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    return [
        write_view(graph, outdir / VIEW_FILES[0], threshold=threshold),
        write_heatmap(heatmap_data(graph, by="body"), outdir / VIEW_FILES[1]),
        write_report(graph, outdir / VIEW_FILES[2], threshold=threshold, picture=picture),
    ]
