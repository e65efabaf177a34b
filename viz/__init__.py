"""Views of the graph for people: the offline network page, static pictures, the overlap
heatmap and the printable report.

Colours and shapes come from :mod:`partnergraph.ontology`; nothing here spells one.
"""

from .focus import ViewError, find, focus, neighbourhood, overlap_nodes
from .network import DEFAULT_THRESHOLD, MEASURES, view_data
from .outputs import VIEW_FILES, write_views
from .page import render_view, write_view

__all__ = [
    "ViewError", "find", "focus", "neighbourhood", "overlap_nodes", "DEFAULT_THRESHOLD", "MEASURES",
    "view_data", "render_view", "write_view", "write_views", "VIEW_FILES",
]
