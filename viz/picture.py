"""Static pictures of a view for slides: PNG or SVG, 1920x1080, drawn with matplotlib.

The picture shows the same nodes and links as the page, with the same colours and
shapes (read from the view's data, which reads them from the ontology), a legend of
the types and relations present, and the labels of the most important nodes large
enough to read from the back of a room.

Examples
--------
>>> import tempfile, pathlib
>>> from partnergraph.graph import PartnershipGraph, Source
>>> from partnergraph.viz import view_data
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt")
>>> s = Source(d, start=0, end=1)
>>> g.add_edge(g.add_node("Board", "HWB", source=s), "addressesTheme", g.add_node("Theme", "Early years", source=s), source=s)
>>> out = write_picture(view_data(g), pathlib.Path(tempfile.mkdtemp()) / "v.png")
>>> out.read_bytes()[:4] == b"\\x89PNG"
True
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx

from partnergraph.graph import atomic_path

__all__ = ["write_picture", "layout", "PICTURE_FORMATS", "WIDTH", "HEIGHT"]

PICTURE_FORMATS: tuple[str, ...] = ("png", "svg")
WIDTH, HEIGHT = 1920, 1080
_DPI = 100

#: vis-network shape names (as the ontology declares them) in matplotlib's marker language.
_MARKERS = {"dot": "o", "ellipse": "o", "circle": "o", "diamond": "D", "hexagon": "h", "triangle": "^",
            "triangleDown": "v", "square": "s", "box": "s", "star": "*"}

#: At most this many labels are drawn (fewer when they would overlap); the page names them all.
MAX_LABELS = 60


def layout(data: dict[str, Any], *, seed: int = 7, aspect: float = 1.6,
           only: set[int] | None = None) -> dict[int, tuple[float, float]]:
    """Node positions for a view's data (index -> x, y), deterministic for a given view.

    Each connected part is laid out on its own and the parts are packed in rows,
    largest first, so that a few stray pairs do not squash the main network.
    """
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data["vis"]["nodes"] if only is None or n["id"] in only)
    g.add_edges_from((e["from"], e["to"]) for e in data["vis"]["edges"] if e["from"] != e["to"])
    if g.number_of_nodes() == 0:
        return {}
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    total = sum(len(c) for c in parts)
    row_width = max(math.sqrt(len(parts[0])) * aspect, math.sqrt(total * aspect))
    pos: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part in parts:
        side = math.sqrt(len(part))
        if x > 0 and x + side > row_width + 1e-9:
            x, y, row_height = 0.0, y + row_height, 0.0
        local = _part_layout(g.subgraph(part), seed)
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        stretch = aspect if part is parts[0] else 1.0
        for n, (px, py) in local.items():
            fx = 0.5 if len(part) == 1 else 0.1 + 0.8 * (px - min(xs)) / span_x
            fy = 0.5 if len(part) == 1 else 0.1 + 0.8 * (py - min(ys)) / span_y
            pos[n] = (x + fx * side * stretch, -(y + fy * side))
        x += side * stretch
        row_height = max(row_height, side)
    return pos


def _part_layout(g: nx.Graph, seed: int) -> dict[int, tuple[float, float]]:
    n = g.number_of_nodes()
    if n == 1:
        return {next(iter(g.nodes)): (0.0, 0.0)}
    if n > 1500:
        found = _igraph_layout(g, seed)
        if found:
            return found
    pos = {i: (float(x), float(y)) for i, (x, y) in
           nx.spring_layout(g, k=2.0 / math.sqrt(n), iterations=150 if n < 400 else 50, seed=seed).items()}
    return _spread(pos) if n <= 300 else pos


def _spread(pos: dict[int, tuple[float, float]], rounds: int = 60) -> dict[int, tuple[float, float]]:
    """Push apart nodes whose labels would collide (labels are wide: x counts half)."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    pts = {i: [(x - min(xs)) / sx, (y - min(ys)) / sy] for i, (x, y) in pos.items()}
    need = 0.9 / math.sqrt(len(pts))
    keys = sorted(pts)
    for _ in range(rounds):
        moved = False
        for a_i, a in enumerate(keys):
            for b in keys[a_i + 1:]:
                pa, pb = pts[a], pts[b]
                dx, dy = (pb[0] - pa[0]) / 2.2, pb[1] - pa[1]
                d = math.hypot(dx, dy)
                if d < need:
                    if d == 0:
                        dx, dy, d = 0.01, 0.0, 0.01
                    push = (need - d) / 2
                    ux, uy = dx / d, dy / d
                    pa[0] -= ux * push * 2.2; pa[1] -= uy * push
                    pb[0] += ux * push * 2.2; pb[1] += uy * push
                    moved = True
        if not moved:
            break
    return {i: (p[0], p[1]) for i, p in pts.items()}


def write_picture(data: dict[str, Any], path: str | Path, *, fmt: str | None = None) -> Path:
    """Draw a view (from :func:`partnergraph.viz.view_data`) to a PNG or SVG file, atomically."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in PICTURE_FORMATS:
        raise ValueError(f"unknown picture format {fmt!r}; use one of {', '.join(PICTURE_FORMATS)}")
    nodes, edges = data["nodes"], data["vis"]["edges"]
    linked = {e["from"] for e in edges} | {e["to"] for e in edges}
    drop_unlinked = bool(linked) and len(linked) < len(nodes)
    pos = layout(data, only=linked if drop_unlinked else None)
    types = {t["name"]: t for t in data["types"]}
    relations = {r["name"]: r for r in data["relations"]}
    values = {n["id"]: n.get("value", 1.0) for n in data["vis"]["nodes"]}

    fig = plt.figure(figsize=(WIDTH / _DPI, HEIGHT / _DPI), dpi=_DPI)
    ax = fig.add_axes((0.01, 0.01, 0.76, 0.87))
    ax.set_axis_off()
    fig.text(0.01, 0.965, data["title"], fontsize=28, fontweight="bold", va="center")
    subtitle = f"{data['shown']:,} nodes, {len(edges):,} links. Node size: {data['measure']}."
    if drop_unlinked:
        subtitle += f" {len(nodes) - len(pos):,} nodes with no link are left out of the picture."
    if data.get("notes"):
        subtitle += " " + " ".join(data["notes"])
    fig.text(0.01, 0.922, _wrap(subtitle, 190), fontsize=14, va="center", color="#444444")

    if pos:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        pad_x, pad_y = (max(xs) - min(xs)) * 0.07 + 0.3, (max(ys) - min(ys)) * 0.05 + 0.2
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y * 1.8, max(ys) + pad_y)
    for name, rel in relations.items():
        segs = [(pos[e["from"]], pos[e["to"]]) for e, info in zip(edges, data["edges"])
                if info["relation"] == name and e["from"] in pos and e["to"] in pos]
        if segs:
            ax.add_collection(LineCollection(segs, colors=rel["colour"], linewidths=1.8, alpha=0.8,
                                             linestyles=(0, (5, 4)) if rel["dashes"] else "solid", zorder=1))
    radius = {i: 6 + 2.6 * values.get(i, 1.0) for i in pos}  # marker radius in points
    for name, t in types.items():
        idx = [i for i, n in enumerate(nodes) if n["type"] == name and i in pos]
        if idx:
            ax.scatter([pos[i][0] for i in idx], [pos[i][1] for i in idx], s=[(2 * radius[i]) ** 2 for i in idx],
                       c=t["colour"], marker=_MARKERS.get(t["shape"], "o"), edgecolors="#222222", linewidths=1.2,
                       zorder=2)
    labelled = _place_labels(ax, data, pos, values, radius, patheffects)
    handles = [Line2D([], [], linestyle="", marker=_MARKERS.get(t["shape"], "o"), markersize=16,
                      markerfacecolor=t["colour"], markeredgecolor="#222222", label=f"{t['plural']} ({t['count']})")
               for t in types.values()]
    if handles:
        first = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.78, 0.90), fontsize=16,
                           frameon=False, title="Nodes", title_fontsize=17, alignment="left")
        fig.add_artist(first)
    lines = [Line2D([], [], color=r["colour"], linewidth=3, linestyle="--" if r["dashes"] else "-",
                    label=r["label"]) for r in relations.values()]
    if lines:
        top = 0.90 - 0.034 * (len(handles) + 1.5)
        fig.legend(handles=lines, loc="upper left", bbox_to_anchor=(0.78, top), fontsize=13, frameon=False,
                   title="Links", title_fontsize=15, alignment="left", ncols=2 if len(lines) > 10 else 1)
    if len(pos) > labelled:
        fig.text(0.78, 0.015, _wrap(f"Labels shown for {labelled} of {len(pos):,} nodes, the largest that fit "
                                    "without overlapping; the HTML view names them all.", 40),
                 fontsize=12, color="#444444")
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=_DPI, facecolor="white")
    plt.close(fig)
    return path


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def _igraph_layout(g: nx.Graph, seed: int) -> dict[int, tuple[float, float]] | None:
    try:
        import igraph as ig
    except ImportError:
        return None
    import random

    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in g.edges])
    random.seed(seed)
    coords = h.layout_drl() if len(nodes) > 3000 else h.layout_fruchterman_reingold(grid=True)
    return {n: (float(coords[index[n]][0]), float(coords[index[n]][1])) for n in nodes}


def _place_labels(ax: Any, data: dict[str, Any], pos: dict[int, tuple[float, float]], values: dict[int, float],
                  radius: dict[int, float], patheffects: Any) -> int:
    """Label the largest nodes first, skipping any label that would overlap one already placed
    or a node.  Returns how many labels were drawn."""
    fig = ax.figure
    scale = fig.dpi / 72.0
    to_px = ax.transData.transform
    boxes: list[tuple[float, float, float, float]] = []
    nodes_px = {i: tuple(to_px(p)) for i, p in pos.items()}
    stroke = [patheffects.withStroke(linewidth=4, foreground="white")]
    ranked = sorted(pos, key=lambda i: (-values.get(i, 0.0), data["nodes"][i]["label"]))
    width_px, height_px = fig.get_size_inches() * fig.dpi
    hubs = set(ranked[: max(3, len(ranked) // 12)])
    drawn = 0
    for i in ranked:
        if drawn >= MAX_LABELS:
            break
        text = _wrap(data["vis"]["nodes"][i]["label"], 24)
        lines = text.split("\n")
        size = 14 + 0.6 * values.get(i, 1.0)
        w = max(len(line) for line in lines) * size * 0.58 * scale
        h = len(lines) * size * 1.2 * scale
        x, y = nodes_px[i]
        gap = (radius[i] + 3) * scale
        # below, above, right, left of the node (pixel y grows upwards here)
        options = (((x - w / 2, y - gap - h, x + w / 2, y - gap), (0, -(radius[i] + 3)), "center", "top"),
                   ((x - w / 2, y + gap, x + w / 2, y + gap + h), (0, radius[i] + 3), "center", "bottom"),
                   ((x + gap, y - h / 2, x + gap + w, y + h / 2), (radius[i] + 3, 0), "left", "center"),
                   ((x - gap - w, y - h / 2, x - gap, y + h / 2), (-(radius[i] + 3), 0), "right", "center"))
        for box, offset, ha, va in options:
            if box[0] < 0 or box[1] < 0 or box[2] > width_px * 0.77 or box[3] > height_px * 0.88:
                continue
            if any(_overlap(box, b) for b in boxes):
                continue
            if i not in hubs and any(
                    _overlap(box, (px - 0.6 * radius[j] * scale, py - 0.6 * radius[j] * scale,
                                   px + 0.6 * radius[j] * scale, py + 0.6 * radius[j] * scale))
                    for j, (px, py) in nodes_px.items() if j != i):
                continue
            boxes.append(box)
            ax.annotate(text, pos[i], xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=size,
                        zorder=3, path_effects=stroke, color="#111111", linespacing=1.05)
            drawn += 1
            break
    return drawn


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
