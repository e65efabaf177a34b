"""The self-contained HTML page of a network view: vis-network, our script and styles inlined.

The page loads nothing from anywhere: vis-network's script and stylesheet are read
from the installed pyvis package, fonts are the system's own, and the graph travels
as JSON in a ``<script type="application/json">`` element.  The template is
rendered with autoescape on.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt")
>>> _ = g.add_node("Board", "<script>alert(1)</script>", source=Source(d, start=0, end=1))
>>> html = render_view(view_data(g))
>>> "<script>alert(1)" in html, "http://" in html.split("<script id=\\"pg-vis\\">")[0]
(False, False)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from partnergraph.graph import PartnershipGraph, atomic_path

from ._assets import script_text, style_text, vis_network_css, vis_network_js
from ._page_js import PAGE_JS
from ._safe import json_for_script
from .network import view_data

__all__ = ["render_view", "write_view", "PAGE_CSS", "environment"]

PAGE_CSS = """
:root { --panel: 360px; --ink: #111; --muted: #555; --line: #ccc; --bg: #fff; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; background: var(--bg); color: var(--ink);
  font: 18px/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
body { display: grid; grid-template-columns: var(--panel) 1fr; grid-template-rows: auto 1fr; height: 100vh; }
body.pg-panel-hidden { grid-template-columns: 0 1fr; }
body.pg-panel-hidden #pg-panel { display: none; }
#pg-header { grid-column: 1 / 3; display: flex; align-items: center; gap: 1rem; padding: .4rem 1rem;
  border-bottom: 1px solid var(--line); }
#pg-header h1 { font-size: 1.5rem; margin: 0; flex: 1; }
#pg-status { color: var(--muted); }
#pg-panel { overflow-y: auto; padding: .6rem 1rem 2rem; border-right: 1px solid var(--line); }
#pg-panel h2 { font-size: 1.05rem; margin: 1rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); }
#pg-main { position: relative; min-height: 0; }
#pg-network { position: absolute; inset: 0; }
#pg-network:focus, #pg-network .vis-network:focus { outline: none; }
.pg-notes { grid-column: 1 / 3; margin: 0; padding: .4rem 1rem; background: #fff4d6; border-bottom: 1px solid #e6c36a; }
.pg-notes p { margin: .1rem 0; }
ul.pg-legend { list-style: none; margin: 0; padding: 0; }
.pg-legend-item label { display: flex; align-items: center; gap: .45rem; padding: .12rem 0; cursor: pointer; }
.pg-legend-item input { width: 1.1rem; height: 1.1rem; }
.pg-legend-label { flex: 1; }
.pg-count { color: var(--muted); font-variant-numeric: tabular-nums; }
.pg-filter { margin: .35rem 0; }
.pg-filter label { display: block; font-weight: 600; }
.pg-filter label.pg-inline { font-weight: 400; }
select, input[type=search], .pg-button, button { font: inherit; }
select, input[type=search] { width: 100%; padding: .25rem; }
.pg-button, button { padding: .25rem .7rem; border: 1px solid #888; background: #f4f4f4; border-radius: 4px; cursor: pointer; }
#pg-search-form { display: flex; gap: .3rem; }
#pg-search-result { color: var(--muted); min-height: 1.4em; }
#pg-tip { position: absolute; z-index: 10; max-width: 34rem; background: #fff; border: 1px solid #888;
  border-radius: 6px; padding: .5rem .7rem; box-shadow: 0 4px 14px rgba(0,0,0,.2); font-size: 16px; pointer-events: none; }
.pg-tip-title { font-weight: 700; font-size: 1.1em; margin-bottom: .2rem; overflow-wrap: anywhere; }
.pg-tip-heading { font-weight: 600; margin-top: .4rem; }
.pg-fact-name { color: var(--muted); }
.pg-source { border-left: 3px solid var(--line); padding-left: .5rem; margin: .3rem 0; }
.pg-source-doc { font-weight: 600; overflow-wrap: anywhere; }
.pg-source-loc, .pg-more { color: var(--muted); font-size: .9em; }
blockquote.pg-quote { margin: .2rem 0; font-style: italic; overflow-wrap: anywhere; }
#pg-details { margin-top: .5rem; border-top: 1px solid var(--line); padding-top: .4rem; font-size: 16px; }
@media print {
  body { display: block; height: auto; }
  #pg-panel, #pg-header button { display: none; }
  #pg-main { height: 90vh; }
}
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>{{ data.title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body>
<header id="pg-header">
  <h1>{{ data.title }}</h1>
  <span id="pg-status" role="status">Showing {{ data.shown }} nodes</span>
  <button type="button" id="pg-fit" class="pg-button">Fit</button>
  <button type="button" id="pg-physics" class="pg-button" aria-pressed="false">Physics: settling…</button>
  <button type="button" id="pg-panel-toggle" class="pg-button">Hide panel</button>
</header>
{% if data.notes %}<div class="pg-notes" id="pg-notes" role="note">{% for note in data.notes %}<p>{{ note }}</p>{% endfor %}</div>{% endif %}
<aside id="pg-panel">
  <h2>Search</h2>
  <form id="pg-search-form" role="search">
    <input type="search" id="pg-search" placeholder="Name or acronym" aria-label="Search by name or alias">
    <button type="submit" class="pg-button">Find</button>
  </form>
  <div id="pg-search-result" aria-live="polite"></div>
  <h2>Legend</h2>
  <ul class="pg-legend" id="pg-legend-types" aria-label="Node types"></ul>
  <h2>Links</h2>
  <ul class="pg-legend" id="pg-legend-relations" aria-label="Relations"></ul>
  <h2>Filters</h2>
  {% for facet, label in facets %}
  <div class="pg-filter"><label for="pg-filter-{{ facet }}">{{ label }}</label>
    <select id="pg-filter-{{ facet }}"><option value="">All</option></select></div>
  {% endfor %}
  <div class="pg-filter"><label class="pg-inline"><input type="checkbox" id="pg-unlinked"> Show nodes with no links
    (<span id="pg-unlinked-count">0</span>)</label></div>
  <button type="button" id="pg-reset" class="pg-button">Show everything</button>
  <h2>Focus</h2>
  <div>Double-click a node (or use “Focus on this”) to show it and its neighbours.</div>
  <label for="pg-depth">Depth: <span id="pg-depth-value">1</span></label>
  <input type="range" id="pg-depth" min="1" max="4" value="1">
  <button type="button" id="pg-focus-clear" class="pg-button" disabled>Clear focus</button>
  <div id="pg-details" hidden></div>
  <p class="pg-source-loc">Node size: {{ measure_label }}. Hover for sources.</p>
</aside>
<main id="pg-main">
  <div id="pg-network" aria-label="Network view"></div>
  <div id="pg-tip" hidden></div>
</main>
<script type="application/json" id="pg-data">{{ data_json }}</script>
<script id="pg-vis">{{ vis_js }}</script>
<script id="pg-page">{{ page_js }}</script>
</body>
</html>
"""

_MEASURE_LABEL = {"degree": "number of links", "betweenness": "betweenness (how often it lies between others)",
                  "sources": "number of sources"}
_FACETS = (("sectors", "Sector"), ("places", "Place"), ("themes", "Theme"), ("documents", "Document"))


def environment() -> Environment:
    """A Jinja2 environment with autoescape on for every template string."""
    return Environment(autoescape=select_autoescape(default_for_string=True, default=True),
                       trim_blocks=False, lstrip_blocks=False)


def render_view(data: dict[str, Any]) -> str:
    """The HTML text of a view made by :func:`partnergraph.viz.view_data`."""
    return environment().from_string(_TEMPLATE).render(
        data=data, data_json=json_for_script(data), facets=_FACETS,
        measure_label=_MEASURE_LABEL.get(data["measure"], data["measure"]),
        vis_js=Markup(vis_network_js()), vis_css=Markup(vis_network_css()),
        page_js=Markup(script_text(PAGE_JS)), page_css=Markup(style_text(PAGE_CSS)))


def write_view(graph: PartnershipGraph, path: str | Path, **options: Any) -> Path:
    """Write the view of ``graph`` to ``path`` atomically; ``options`` go to :func:`view_data`."""
    html = render_view(view_data(graph, **options))
    with atomic_path(path) as tmp:
        Path(tmp).write_text(html, encoding="utf-8")
    return Path(path)
