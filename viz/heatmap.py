"""The overlap heatmap: themes down the side, bodies or sectors across, as HTML and PNG.

Counts come from ``queries.overlaps.matrix`` (``theme-body`` or ``theme-sector``),
so the heatmap and ``partnergraph query matrix`` always agree.  The colour ramp is
a matplotlib colour map, used for both the page and the picture.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt", place="Derby")
>>> s = Source(d, start=0, end=1)
>>> t = g.add_node("Theme", "early years", place="Derby", source=s)
>>> b = g.add_node("Board", "Health and Wellbeing Board", place="Derby", source=s, sectors=["health"])
>>> g.add_edge(b, "addressesTheme", t, source=s)
>>> h = heatmap_data(g, by="sector")
>>> h.rows, h.columns, h.values
(('Give every child the best start in life',), ('NHS and health care',), {(0, 0): 1})
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partnergraph.graph import PartnershipGraph, atomic_path
from partnergraph.ontology import scheme
from partnergraph.queries.overlaps import matrix

from .focus import ViewError
from .page import environment

__all__ = ["Heatmap", "heatmap_data", "render_heatmap", "write_heatmap", "write_heatmap_png", "BY"]

BY: tuple[str, ...] = ("body", "sector")
_CMAP = "YlGnBu"


@dataclass(frozen=True)
class Heatmap:
    """Row and column labels and the non-zero counts by ``(row index, column index)``."""

    title: str
    by: str
    level: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: dict[tuple[int, int], int]
    dropped_rows: int = 0
    dropped_columns: int = 0

    @property
    def top(self) -> int:
        return max(self.values.values(), default=0)


def heatmap_data(graph: PartnershipGraph, *, by: str = "body", level: str = "reference",
                 max_rows: int = 60, max_columns: int = 60) -> Heatmap:
    """Themes x bodies (or sectors), the busiest rows and columns first when there are too many."""
    if by not in BY:
        raise ViewError(f"unknown heatmap {by!r}; use one of {', '.join(BY)}")
    m = matrix(graph, kind=f"theme-{by}", level=level)
    names = {c.id: c.label for c in scheme("sectors").concepts}
    column_label = (lambda c: names.get(c, c)) if by == "sector" else (lambda c: c)
    row_total = {r: sum(v for (rr, _), v in m.values.items() if rr == r) for r in m.rows}
    col_total = {c: sum(v for (_, cc), v in m.values.items() if cc == c) for c in m.columns}
    rows = [r for r in m.rows if row_total[r]]
    cols = list(m.columns)
    dropped_r = max(0, len(rows) - max_rows)
    dropped_c = max(0, len(cols) - max_columns)
    if dropped_r:
        keep = set(sorted(rows, key=lambda r: (-row_total[r], r))[:max_rows])
        rows = [r for r in rows if r in keep]
    if dropped_c:
        keep = set(sorted(cols, key=lambda c: (-col_total[c], c))[:max_columns])
        cols = [c for c in cols if c in keep]
    cols.sort(key=lambda c: (-col_total[c], column_label(c).lower()))
    values = {(i, j): m.values[(r, c)] for i, r in enumerate(rows) for j, c in enumerate(cols)
              if m.values.get((r, c))}
    what = "bodies" if by == "body" else "sectors"
    return Heatmap(title=f"Themes and the {what} behind them", by=by, level=level, rows=tuple(rows),
                   columns=tuple(column_label(c) for c in cols), values=values,
                   dropped_rows=dropped_r, dropped_columns=dropped_c)


def cell_colours(h: Heatmap) -> dict[tuple[int, int], tuple[str, str]]:
    """Background and text colour of each non-empty cell, from the colour map."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    cmap = colormaps[_CMAP]
    out = {}
    for key, v in h.values.items():
        rgba = cmap(0.15 + 0.85 * v / (h.top or 1))
        lum = 0.2126 * rgba[0] + 0.7152 * rgba[1] + 0.0722 * rgba[2]
        out[key] = (to_hex(rgba), to_hex((0, 0, 0) if lum > 0.5 else (1, 1, 1)))
    return out


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{{ h.title }}</title>
<style>
body { font: 16px/1.4 system-ui, "Segoe UI", Arial, sans-serif; margin: 1rem; color: #111; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
p.note { color: #444; margin: .2rem 0 .8rem; }
.wrap { overflow: auto; max-height: 85vh; border: 1px solid #ccc; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ddd; padding: .2rem .35rem; }
thead th { position: sticky; top: 0; background: #fff; vertical-align: bottom; height: 17rem; }
thead th div { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 17rem; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
tbody th { position: sticky; left: 0; background: #fff; text-align: left; font-weight: 600; min-width: 20rem; max-width: 28rem; }
td { text-align: center; min-width: 2.2rem; font-variant-numeric: tabular-nums; }
@media print { .wrap { max-height: none; overflow: visible; } thead th { position: static; } }
</style></head>
<body>
<h1>{{ h.title }}</h1>
<p class="note">Each cell counts the links between a theme ({{ level_label }}) and {{ what }}. Darker is more.
{% if h.dropped_rows or h.dropped_columns %} Showing the busiest {{ h.rows|length }} themes and
{{ h.columns|length }} {{ what }}; {{ h.dropped_rows }} themes and {{ h.dropped_columns }} {{ what }} with fewer
links are left out.{% endif %}</p>
{% if not h.rows %}<p>No theme in this graph is linked to a {{ what_one }}.</p>{% else %}
<div class="wrap"><table>
<thead><tr><th scope="col"></th>{% for c in h.columns %}<th scope="col" title="{{ c }}"><div>{{ c }}</div></th>{% endfor %}</tr></thead>
<tbody>{% for r in h.rows %}{% set i = loop.index0 %}<tr><th scope="row">{{ r }}</th>
{% for c in h.columns %}{% set key = (i, loop.index0) %}{% if key in colours %}<td style="background:{{ colours[key][0] }};color:{{ colours[key][1] }}" title="{{ r }} × {{ c }}: {{ h.values[key] }}">{{ h.values[key] }}</td>{% else %}<td></td>{% endif %}{% endfor %}</tr>
{% endfor %}</tbody></table></div>{% endif %}
</body></html>
"""


def render_heatmap(h: Heatmap) -> str:
    """The heatmap as one self-contained HTML page (no script at all)."""
    return environment().from_string(_TEMPLATE).render(
        h=h, colours=cell_colours(h), what=("bodies" if h.by == "body" else "sectors"),
        what_one=h.by, level_label="reference theme" if h.level == "reference" else "as worded")


def write_heatmap(h: Heatmap, path: str | Path) -> Path:
    """Write the heatmap page atomically."""
    with atomic_path(path) as tmp:
        Path(tmp).write_text(render_heatmap(h), encoding="utf-8")
    return Path(path)


def write_heatmap_png(h: Heatmap, path: str | Path, *, fmt: str = "png") -> Path:
    """Draw the heatmap as a 1920x1080 picture (labels shortened to fit)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    import numpy as np

    import textwrap

    grid = np.full((max(len(h.rows), 1), max(len(h.columns), 1)), np.nan)
    for (i, j), v in h.values.items():
        grid[i, j] = v
    fig, ax = plt.subplots(figsize=(19.2, 10.8), dpi=100, layout="constrained")
    fig.suptitle(h.title, fontsize=26, fontweight="bold", x=0.01, ha="left")
    row_size = max(8, min(16, int(600 / (3.6 * max(len(h.rows), 1)))))  # two lines per row must fit
    col_size = max(9, min(16, int(560 / max(len(h.columns), 1))))
    cell_size = min(row_size, col_size, 14)

    def wrap(text: str, width: int) -> str:
        return "\n".join(textwrap.wrap(_short(text, 2 * width), width)) or text

    if h.rows:
        im = ax.imshow(grid, cmap=_CMAP, aspect="auto", vmin=0, vmax=h.top or 1)
        if len(h.columns) > 12:
            ax.set_xticks(range(len(h.columns)), [_short(c, 32) for c in h.columns], rotation=90,
                          fontsize=col_size)
        else:
            ax.set_xticks(range(len(h.columns)), [wrap(c, 24) for c in h.columns], rotation=45, ha="left",
                          rotation_mode="anchor", fontsize=col_size)
        ax.xaxis.tick_top()
        ax.set_yticks(range(len(h.rows)), [wrap(r, 42) for r in h.rows], fontsize=row_size)
        if len(h.rows) * len(h.columns) <= 900:
            for (i, j), v in h.values.items():
                ax.text(j, i, str(v), ha="center", va="center", fontsize=cell_size,
                        color="white" if v > 0.6 * h.top else "black")
        fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02).ax.tick_params(labelsize=12)
    else:
        ax.set_axis_off()
        ax.text(0.5, 0.5, f"No theme is linked to a {h.by}.", ha="center", fontsize=20)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=100, facecolor="white")
    plt.close(fig)
    return Path(path)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"

