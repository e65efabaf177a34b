"""Why each fact was extracted: rows for a terminal listing and an HTML page with the quotes highlighted.

The library side of ``partnergraph explain FILE``.  Every row names the rule, the
character span, the confidence and the quoted sentence, so a reader can trust or
correct a line (corrections go in a register, which wins over extraction).  All
document text is HTML-escaped (jinja2 autoescape): a paper is untrusted input.

Examples
--------
>>> from .extract import extract
>>> x = extract("The Health and Wellbeing Board (HWB) met.\\n")
>>> [(r.type, r.label, r.rule) for r in fact_rows(x)][:1]
[('Board', 'Health and Wellbeing Board', 'name')]
>>> "&lt;script&gt;" in explain_html(extract("<script>alert(1)</script> Stronger Towns Partnership"), title="x")
True
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import jinja2

from partnergraph.ontology import NODE_TYPES, RELATIONS

from .model import Extraction

__all__ = ["FactRow", "fact_rows", "link_rows", "explain_html", "explain_text"]


@dataclass(frozen=True)
class FactRow:
    """One occurrence of an extracted node: what, where, by which rule, how sure."""

    type: str
    label: str
    aliases: str
    rule: str
    start: int
    end: int
    confidence: float
    quote: str
    attributes: str


@dataclass(frozen=True)
class LinkRow:
    subject: str
    relation: str
    object: str
    rule: str
    start: int
    end: int
    confidence: float
    quote: str


_ORDER = {name: i for i, name in enumerate(NODE_TYPES)}


def fact_rows(x: Extraction) -> Iterator[FactRow]:
    """Every occurrence of every entity, grouped by type (ontology order) then by first occurrence."""
    for ent in sorted(x.entities.values(), key=lambda e: (_ORDER.get(e.type, 99), e.first)):
        attrs = "; ".join(f"{k}={_show(v)}" for k, v in sorted(ent.attributes.items()) if k != "comment")
        for ev in sorted(ent.evidence):
            yield FactRow(ent.type, ent.label, "; ".join(sorted(ent.aliases)), ev.rule, ev.start, ev.end,
                          ev.confidence, ev.quote, attrs)


def link_rows(x: Extraction) -> Iterator[LinkRow]:
    """Every extracted relation with its evidence."""
    def label(key: str) -> str:
        if key == "document":
            return f"[this document] {x.front.title or ''}".strip()
        return x.entities[key].label if key in x.entities else key

    seen = set()
    for link in x.links:
        row = LinkRow(label(link.subject), RELATIONS[link.relation].label, label(link.object), link.evidence.rule,
                      link.evidence.start, link.evidence.end, link.evidence.confidence, link.evidence.quote)
        if row not in seen:
            seen.add(row)
            yield row


def _show(value) -> str:
    if isinstance(value, (set, tuple, list)):
        return ",".join(sorted(map(str, value)))
    return str(value)


def explain_text(x: Extraction, *, name: str = "", min_confidence: float = 0.0, quotes: bool = True) -> str:
    """The terminal listing: front matter, then each node with its occurrences, then the relations."""
    f = x.front
    lines = [f"{name}" if name else "", f"  title:     {f.title or '-'}", f"  date:      {f.date or '-'}",
             f"  place:     {f.place or '-'}", f"  kind:      {f.kind}",
             f"  committee: {x.entities[f.committee].label if f.committee in x.entities else '-'}",
             f"  authors:   {', '.join(x.entities[a].label for a in f.authors if a in x.entities) or '-'}", ""]
    current = None
    last_label = None
    for row in fact_rows(x):
        if row.confidence < min_confidence:
            continue
        if row.type != current:
            current, last_label = row.type, None
            lines.append(f"{NODE_TYPES[row.type].plural}:")
        if row.label != last_label:
            last_label = row.label
            extra = "".join(f" [{part}]" for part in (row.aliases and f"aka {row.aliases}", row.attributes) if part)
            lines.append(f"  {row.label}{extra}")
        lines.append(f"    - {row.rule}, chars {row.start}-{row.end}, confidence {row.confidence:.2f}")
        if quotes:
            lines.append(f"      \"{_one_line(row.quote)}\"")
    links = [r for r in link_rows(x) if r.confidence >= min_confidence]
    if links:
        lines.append("Relations:")
        for r in links:
            lines.append(f"  {r.subject} --{r.relation}--> {r.object}")
            lines.append(f"      {r.rule}  chars {r.start}-{r.end}  confidence {r.confidence:.2f}")
    return "\n".join(lines).lstrip("\n") + "\n"


def _one_line(text: str, limit: int = 160) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[:limit - 1] + "…"


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{{ title }} - what partnergraph read</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; display: flex; height: 100vh; color: #222; }
#text { flex: 3; overflow: auto; padding: 1.5rem; white-space: pre-wrap; font-size: 15px; line-height: 1.5;
        border-right: 1px solid #ccc; }
#facts { flex: 2; overflow: auto; padding: 1rem; font-size: 14px; }
mark { background: transparent; border-bottom: 3px solid var(--c); padding: 0 1px; cursor: help; }
mark:target, mark.on { background: #ffe9a8; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #eee; padding: 4px; vertical-align: top; text-align: left; }
.sw { display: inline-block; width: .8em; height: .8em; background: var(--c); margin-right: .3em; }
.q { color: #555; font-size: 12px; }
h1 { font-size: 18px; } h2 { font-size: 16px; margin-top: 1.2em; }
</style></head><body>
<div id="text">{% for seg in segments %}{% if seg.marks %}<mark id="{{ seg.anchor }}" style="--c: {{ seg.colour }}"
 title="{{ seg.tip }}">{{ seg.text }}</mark>{% else %}{{ seg.text }}{% endif %}{% endfor %}</div>
<div id="facts">
<h1>{{ title }}</h1>
<p>{% for k, v in front %}<b>{{ k }}</b>: {{ v }}<br>{% endfor %}</p>
<p>{% for t, c in legend %}<span class="sw" style="--c: {{ c }}"></span>{{ t }} {% endfor %}</p>
{% for group, rows in facts %}<h2>{{ group }}</h2><table>
{% for r in rows %}<tr><td><span class="sw" style="--c: {{ r.colour }}"></span><b>{{ r.label }}</b>
{% if r.aliases %} <i>({{ r.aliases }})</i>{% endif %}
{% if r.attributes %}<br><small>{{ r.attributes }}</small>{% endif %}
<div class="q">{% for o in r.occurrences %}<a href="#{{ o.anchor }}">{{ o.rule }} {{ o.start }}-{{ o.end }}
· {{ '%.2f' % o.confidence }}</a>{% if not loop.last %}; {% endif %}{% endfor %}</div></td></tr>{% endfor %}
</table>{% endfor %}
{% if links %}<h2>Relations</h2><table>{% for r in links %}<tr><td>{{ r.subject }} <b>{{ r.relation }}</b> {{ r.object }}
<div class="q">{{ r.rule }} · {{ '%.2f' % r.confidence }} · “{{ r.quote }}”</div></td></tr>{% endfor %}</table>{% endif %}
</div></body></html>
"""

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
_PAGE = _ENV.from_string(_TEMPLATE)


def explain_html(x: Extraction, *, title: str) -> str:
    """A self-contained page: the document with every extracted span highlighted, the facts beside it."""
    text = x.text
    spans = []  # (start, end, type, label, rule, confidence, anchor)
    facts: dict[str, list[dict]] = {}
    for n, row in enumerate(fact_rows(x)):
        anchor = f"f{n}"
        colour = NODE_TYPES[row.type].colour
        spans.append((row.start, row.end, row.type, row.label, row.rule, row.confidence, anchor))
        rows = facts.setdefault(NODE_TYPES[row.type].plural, [])
        if not rows or rows[-1]["label"] != row.label:
            rows.append(dict(row.__dict__, colour=colour, occurrences=[]))
        rows[-1]["occurrences"].append(dict(row.__dict__, anchor=anchor))
    segments = _segments(text, spans)
    f = x.front
    front = [("Title", f.title or "-"), ("Date", f.date or "-"), ("Place", f.place or "-"), ("Kind", f.kind),
             ("Committee", x.entities[f.committee].label if f.committee in x.entities else "-")]
    legend = sorted({(NODE_TYPES[r[2]].label, NODE_TYPES[r[2]].colour) for r in spans})
    return _PAGE.render(title=title, segments=segments, facts=list(facts.items()), front=front, legend=legend,
                        links=list(link_rows(x)))


def _segments(text: str, spans) -> list[dict]:
    """The text cut at span edges; each piece carries the innermost span that covers it."""
    edges = {0, len(text)}
    for s, e, *_ in spans:
        if s < e:
            edges.update((s, e))
    cuts = sorted(edges)
    starts = sorted((s for s in spans if s[0] < s[1]), key=lambda s: (s[0], -(s[1] - s[0])))
    out = []
    import bisect
    begin = [s[0] for s in starts]
    for a, b in zip(cuts, cuts[1:]):
        i = bisect.bisect_right(begin, a)
        covering = [s for s in starts[max(0, i - 200):i] if s[0] <= a and b <= s[1]]
        if covering:
            inner = min(covering, key=lambda s: s[1] - s[0])
            tip = " | ".join(f"{NODE_TYPES[c[2]].label}: {c[3]} ({c[4]}, {c[5]:.2f})" for c in covering)
            out.append({"text": text[a:b], "marks": True, "colour": NODE_TYPES[inner[2]].colour, "tip": tip,
                        "anchor": inner[6] if a == inner[0] else ""})
        else:
            out.append({"text": text[a:b], "marks": False})
    return out
