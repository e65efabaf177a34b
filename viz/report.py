"""The printable report: summary, top overlaps, gaps and interdependencies with their quotes,
and the network view embedded.

One HTML file that needs no network.  On screen the view is live (in a sandboxed
frame, so nothing in it can reach the report); on paper a static picture of the
same view stands in its place.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("plan.txt", place="Derby")
>>> _ = g.add_node("Action", "<b>Circulate</b> the toolkit", place="Derby", source=Source(d, start=0, end=5))
>>> html = render_report(g, picture=False)
>>> "&lt;b&gt;Circulate&lt;/b&gt; the toolkit" in html and "<b>Circulate" not in html
True
"""

from __future__ import annotations

import base64
import datetime as _dt
import tempfile
from pathlib import Path
from typing import Any

from partnergraph.graph import PartnershipGraph, atomic_path
from partnergraph.ontology import scheme
from partnergraph.queries import summary
from partnergraph.queries.dependencies import interdependencies
from partnergraph.queries.gaps import gaps
from partnergraph.queries.overlaps import overlaps

from .network import DEFAULT_THRESHOLD, view_data
from .page import environment, render_view

__all__ = ["render_report", "write_report", "report_sections"]

_GAP_TITLES = {
    "place-theme": "Reference themes a place never mentions",
    "theme": "Themes with no owner, action or indicator",
    "no-response": "Recommendations with no response",
    "no-follow-up": "Recommendations answered partially or no, with no follow-up action",
    "action-no-owner": "Actions nobody owns",
}


def report_sections(graph: PartnershipGraph, *, top: int = 15, quotes: int = 3) -> dict[str, Any]:
    """The report's content as plain data: what each section lists."""
    sectors = {c.id: c.label for c in scheme("sectors").concepts}
    over = overlaps(graph)
    gap_rows = gaps(graph)
    deps = interdependencies(graph)
    grouped: dict[str, list[Any]] = {}
    for r in gap_rows:
        grouped.setdefault(r.kind, []).append(r)
    return {
        "summary": list(summary(graph)),
        "overlaps": [{"row": r, "sectors": [sectors.get(s, s) for s in r.sectors],
                      "evidence": list(r.evidence[:quotes]), "more": max(0, len(r.evidence) - quotes)}
                     for r in over[:top]],
        "overlap_count": len(over),
        "gaps": [{"kind": k, "title": _GAP_TITLES.get(k, k), "rows": rows[:top], "count": len(rows),
                  "quotes": quotes} for k, rows in grouped.items()],
        "dependencies": [{"row": r, "evidence": list(r.evidence[:quotes])} for r in deps[:top * 2]],
        "dependency_count": len(deps),
    }


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; frame-src 'self' about:; child-src 'self' about:">
<title>{{ title }}</title>
<style>
body { font: 17px/1.5 system-ui, "Segoe UI", Arial, sans-serif; color: #111; max-width: 70rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #ddd; } h3 { margin-bottom: .3rem; }
.meta, .muted { color: #555; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; align-items: start; }
table.summary td, table.summary th { padding: .15rem .45rem; }
blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 3px solid #ccc; font-style: italic; overflow-wrap: anywhere; }
iframe.view { width: 100%; height: 80vh; border: 1px solid #ccc; }
figure.print-view { display: none; margin: 0; }
figure.print-view img { width: 100%; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  iframe.view { display: none; }
  figure.print-view { display: block; }
  h2 { break-after: avoid; } tr, blockquote { break-inside: avoid; }
}
</style></head>
<body>
<h1>{{ title }}</h1>
<p class="meta">{{ counts.documents }} documents, {{ counts.nodes }} nodes, {{ counts.edges }} links{% if date %}; made {{ date }}{% endif %}.</p>
<nav><a href="#summary">Summary</a> · <a href="#overlaps">Overlaps</a> · <a href="#gaps">Gaps</a> ·
<a href="#interdependencies">Interdependencies</a> · <a href="#network">Network</a></nav>

<h2 id="summary">Summary</h2>
<div class="columns">
{% for kind, heading in (("node", "Nodes"), ("edge", "Links")) %}<table class="summary"><thead><tr><th>{{ heading }}</th><th>How many</th></tr></thead><tbody>
{% for r in s.summary if r.kind == kind %}<tr><td>{{ r.label }}</td><td class="num">{{ r.count }}</td></tr>{% endfor %}
</tbody></table>{% endfor %}
</div>

<h2 id="overlaps">Top overlaps</h2>
<p class="muted">Priorities shared across documents, places, sectors or bodies, best first
({{ s.overlaps|length }} of {{ s.overlap_count }}).</p>
{% if not s.overlaps %}<p>No priority is shared.</p>{% endif %}
{% for o in s.overlaps %}<section class="overlap">
<h3>{{ o.row.label }} <span class="muted">(score {{ o.row.score }})</span></h3>
<table><tbody>
<tr><th>Sectors</th><td>{{ o.sectors|join("; ") }}</td></tr>
<tr><th>Bodies</th><td>{{ o.row.bodies|join("; ") }}</td></tr>
<tr><th>Places</th><td>{{ o.row.places|join("; ") }}</td></tr>
<tr><th>As worded</th><td>{{ o.row["items"]|join("; ") }}</td></tr>
<tr><th>Documents</th><td>{{ o.row.documents|join("; ") }}</td></tr>
</tbody></table>
{% for q in o.evidence %}<blockquote>{{ q }}</blockquote>{% endfor %}
{% if o.more %}<p class="muted">and {{ o.more }} more quotes</p>{% endif %}
</section>{% endfor %}

<h2 id="gaps">Gaps</h2>
{% if not s.gaps %}<p>No gap found.</p>{% endif %}
{% for g in s.gaps %}<h3>{{ g.title }} ({{ g.count }})</h3>
<table><thead><tr><th>What</th><th>Place</th><th>Missing</th><th>Evidence</th></tr></thead><tbody>
{% for r in g.rows %}<tr><td>{{ r.label }}</td><td>{{ r.place or "" }}</td><td>{{ r.missing|join(", ") }}</td>
<td>{% for q in r.evidence[:g.quotes] %}<blockquote>{{ q }}</blockquote>{% else %}{{ r.documents|join("; ") }}{% endfor %}</td></tr>{% endfor %}
</tbody></table>
{% if g.count > g.rows|length %}<p class="muted">and {{ g.count - g.rows|length }} more (partnergraph query gaps lists them all)</p>{% endif %}
{% endfor %}

<h2 id="interdependencies">Interdependencies</h2>
<p class="muted">Who depends on or looks to whom ({{ s.dependencies|length }} of {{ s.dependency_count }}).</p>
{% if s.dependencies %}<table><thead><tr><th>Body</th><th>Link</th><th>On</th><th>Through</th><th>Evidence</th></tr></thead><tbody>
{% for d in s.dependencies %}<tr><td>{{ d.row.source }}</td><td>{{ d.row.kind }}</td><td>{{ d.row.target }}</td><td>{{ d.row.via }}</td>
<td>{% for q in d.evidence %}<blockquote>{{ q }}</blockquote>{% endfor %}</td></tr>{% endfor %}
</tbody></table>{% else %}<p>No dependency found.</p>{% endif %}

<h2 id="network">Network</h2>
{% if view_note %}<p class="muted">{{ view_note }}</p>{% endif %}
<iframe class="view" title="Network view" sandbox="allow-scripts" srcdoc="{{ view_html }}"></iframe>
{% if picture %}<figure class="print-view"><img alt="The network: {{ title }}" src="data:image/png;base64,{{ picture }}"></figure>{% endif %}
</body></html>
"""


def render_report(graph: PartnershipGraph, *, title: str = "Partnerships and priorities", top: int = 15,
                  threshold: int = DEFAULT_THRESHOLD, picture: bool = True, date: str | None = None) -> str:
    """The report as one HTML page (``picture`` adds the printable PNG of the view)."""
    data = view_data(graph, title=title, threshold=threshold)
    png = _picture(data) if picture else None
    counts = {"documents": sum(1 for _ in graph.nodes("Document")), "nodes": len(graph),
              "edges": graph.nx.number_of_edges()}
    return environment().from_string(_TEMPLATE).render(
        title=title, s=report_sections(graph, top=top), counts=counts, date=date,
        view_html=render_view(data), view_note=" ".join(data["notes"]), picture=png)


def write_report(graph: PartnershipGraph, path: str | Path, **options: Any) -> Path:
    """Write the report atomically; ``options`` go to :func:`render_report`."""
    options.setdefault("date", _dt.date.today().isoformat())
    html = render_report(graph, **options)
    with atomic_path(path) as tmp:
        Path(tmp).write_text(html, encoding="utf-8")
    return Path(path)


def _picture(data: dict[str, Any]) -> str:
    from .picture import write_picture

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "view.png"
        write_picture(data, target)
        return base64.b64encode(target.read_bytes()).decode("ascii")
