"""Who stands behind each theme: the bodies linked to a theme directly or through one step.

A body is *behind* a theme when an edge joins them (a board addresses a theme, a
theme is delivered by a body) or when one intermediate node joins them: a
strategy, initiative, recommendation, action, post, person, indicator, meeting or
document that both touches the theme and is tied to the body.  The heatmap, the
``--overlaps`` view and the report read these links.

This is viz's own small reading of the graph, used until ``queries/`` offers the
overlap rows with node identifiers; it is deterministic (sorted throughout).

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt")
>>> s = Source(d, quote="The Board will give every child the best start.", start=0, end=47)
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", source=s, sectors=["health"])
>>> t = g.add_node("Theme", "Best start for every child", place="Derby", source=s)
>>> g.add_edge(hwb, "addressesTheme", t, source=s)
>>> [(l.body, l.via) for l in theme_links(g)[t]]
[('org/derby/health-and-wellbeing-board', None)]
>>> body_sectors(g, hwb)
('health',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from partnergraph.graph import PartnershipGraph, Source
from partnergraph.ontology import concept, is_subtype, scheme

__all__ = ["ThemeLink", "theme_links", "body_sectors", "is_body", "reference_themes", "edge_sources"]


@dataclass(frozen=True, order=True)
class ThemeLink:
    """A body behind a theme, through ``via`` (None for a direct edge), with the sources."""

    theme: str
    body: str
    via: str | None
    sources: tuple[Source, ...]


def is_body(graph: PartnershipGraph, nid: str) -> bool:
    """True for an organisation, board or partnership."""
    return is_subtype(graph.nx.nodes[nid]["type"], "Organisation")


def body_sectors(graph: PartnershipGraph, nid: str) -> tuple[str, ...]:
    """The sector concept ids of a node: its own, else those its kind implies, sorted."""
    data = graph.nx.nodes[nid]
    own = set(data.get("sectors") or ())
    if not own and data.get("kind"):
        try:
            own = set(concept("kinds", str(data["kind"]).rsplit("/", 1)[-1]).sectors)
        except KeyError:
            own = set()
    return tuple(sorted(own))


def edge_sources(graph: PartnershipGraph, a: str, b: str) -> list[Source]:
    """Every source of every edge between ``a`` and ``b``, either way, sorted."""
    out: set[Source] = set()
    for s, o in ((a, b), (b, a)):
        for data in (graph.nx.get_edge_data(s, o) or {}).values():
            out.update(data.get("sources") or ())
    return sorted(out)


def theme_links(graph: PartnershipGraph) -> dict[str, list[ThemeLink]]:
    """For every Theme node, the bodies behind it (direct links first), sorted."""
    nxg = graph.nx
    out: dict[str, list[ThemeLink]] = {}
    for tid, _ in graph.nodes("Theme"):
        links: dict[tuple[str, str | None], ThemeLink] = {}
        for n in sorted(_neighbours(graph, tid)):
            ntype = nxg.nodes[n]["type"]
            if is_subtype(ntype, "Organisation"):
                links[(n, None)] = ThemeLink(tid, n, None, tuple(edge_sources(graph, tid, n)))
            elif ntype not in ("Theme", "Place", "Mention"):
                for b in sorted(_neighbours(graph, n)):
                    if b != tid and is_body(graph, b) and (b, None) not in links:
                        srcs = sorted(set(edge_sources(graph, tid, n)) | set(edge_sources(graph, n, b)))
                        links.setdefault((b, n), ThemeLink(tid, b, n, tuple(srcs)))
        direct = {b for b, v in links if v is None}
        out[tid] = sorted((l for (b, v), l in links.items() if v is None or b not in direct),
                          key=lambda l: (l.via is not None, l.body, l.via or ""))
    return out


def _neighbours(graph: PartnershipGraph, nid: str) -> set[str]:
    return set(graph.nx.successors(nid)) | set(graph.nx.predecessors(nid))


# -- reference themes ------------------------------------------------------------------

_WORD = re.compile(r"[a-z][a-z']+")


def reference_themes(label: str, aliases: Iterable[str] = ()) -> tuple[str, ...]:
    """The reference themes (ids of the shipped ``themes`` scheme) whose words a theme's wording uses.

    Best match first; phrases count double.  A small, explainable matcher so that
    views can group themes before ``queries/`` publishes its own matching.

    >>> reference_themes("Give all young people a good start in life")[0]
    'best-start-in-life'
    """
    text = " ".join([label, *aliases]).lower()
    words = set(_WORD.findall(text))
    scores = []
    for i, (cid, phrases, keywords) in enumerate(_scheme_words()):
        score = 2 * sum(1 for p in phrases if p in text) + sum(1 for k in keywords if k in words)
        if score:
            scores.append((-score, i, cid))
    return tuple(cid for _, _, cid in sorted(scores))


@cache
def _scheme_words() -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    return tuple((c.id, tuple(p.lower() for p in c.phrases), frozenset(k.lower() for k in c.keywords))
                 for c in scheme("themes").concepts)
