"""The tracker a scrutiny officer keeps: recommendation -> response -> actions -> status.

One row per recommendation and response (a recommendation nobody has answered
has one row with empty response fields).  ``status`` reads:

* ``awaiting response``: no response yet;
* ``no follow-up``: answered "partially" or "no" and no action follows it up;
* ``no action recorded``: answered otherwise and no action follows it up;
* ``done``: every follow-up action has a finished status (complete, completed,
  done, closed, implemented, achieved);
* ``in progress``: some follow-up action is not finished.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> d = g.add_document("response.txt", place="Oxford")
>>> s = Source(d, quote="1. Prioritise research", start=0, end=22)
>>> r = g.add_node("Recommendation", "Prioritise research", place="Oxford", number="1", source=s)
>>> [(x.number, x.status) for x in recommendations(g)]
[('1', 'awaiting response')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from partnergraph.graph import PartnershipGraph
from partnergraph.ontology import concept_from_iri, scheme

from ._common import file_names, place_of, quotes, resolve_node
from .overlaps import body_name

__all__ = ["TrackerRow", "recommendations", "FINISHED"]

#: Action statuses that count as finished (compared case-blind).
FINISHED = frozenset({"complete", "completed", "done", "closed", "implemented", "achieved"})
_UNFINISHED_VERDICTS = frozenset({"partially-accepted", "rejected"})


@dataclass(frozen=True)
class TrackerRow:
    """A recommendation, its response and the actions that follow it up."""

    document: str
    number: str
    recommendation: str
    made_by: str
    addressed_to: str
    place: str | None
    verdict: str
    response_date: str
    responder: str
    comment: str
    actions: tuple[str, ...]
    action_owners: tuple[str, ...]
    action_status: tuple[str, ...]
    status: str
    node: str
    evidence: tuple[str, ...] = ()


def _verdict_label(value: object) -> str:
    if not value:
        return ""
    ids = {c.id: c.label for c in scheme("verdicts").concepts}
    if str(value) in ids:
        return ids[str(value)]
    c = concept_from_iri(str(value))
    return c.label if c else str(value)


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or ""))


def recommendations(graph: PartnershipGraph, *, body: str | None = None, document: str | None = None
                    ) -> list[TrackerRow]:
    """The recommendation tracker, sorted by document, then recommendation number.

    Parameters
    ----------
    graph : the partnership graph.
    body : only recommendations made by or addressed to this body (name, alias or identifier).
    document : only recommendations read from this source file name.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("response.txt", place="Oxford")
    >>> s = Source(d, quote="Partially", start=0, end=9)
    >>> r = g.add_node("Recommendation", "Prioritise research", place="Oxford", number="1", source=s)
    >>> a = g.add_node("Response", "Response to 1", place="Oxford", verdict="partially-accepted", source=s)
    >>> g.add_edge(a, "respondsTo", r, source=s)
    >>> [(x.verdict, x.status) for x in recommendations(g)]
    [('Partially accepted', 'no follow-up')]
    """
    G = graph.nx
    body_id = resolve_node(graph, body, types=("Organisation",)) if body else None

    def out(n: str, rel: str) -> list[str]:
        return sorted({o for _, o, d in G.out_edges(n, data=True) if d["relation"] == rel})

    def into(n: str, rel: str) -> list[str]:
        return sorted({s for s, _, d in G.in_edges(n, data=True) if d["relation"] == rel})

    def names(ids: list[str]) -> str:
        return "; ".join(body_name(graph, i) for i in ids)

    rows = []
    for rid, data in graph.nodes("Recommendation"):
        makers, audience = out(rid, "madeBy"), out(rid, "addressedTo")
        if body_id and body_id not in makers + audience:
            continue
        docs = file_names(graph, graph.documents_of(rid))
        if document and document not in docs:
            continue
        responses = into(rid, "respondsTo") or [None]
        for resp in responses:
            rdata = G.nodes[resp] if resp else {}
            actions = sorted(set(into(rid, "followsUp")) | (set(into(resp, "followsUp")) if resp else set()))
            statuses = tuple(str(G.nodes[a].get("status") or "") for a in actions)
            owners = sorted({o for a in actions for o in out(a, "ownedBy") + out(a, "deliveredBy")})
            verdict = rdata.get("verdict")
            if resp is None:
                status = "awaiting response"
            elif not actions:
                status = "no follow-up" if verdict in _UNFINISHED_VERDICTS else "no action recorded"
            elif all(s.strip().lower() in FINISHED for s in statuses):
                status = "done"
            else:
                status = "in progress"
            sources = set(data["sources"]) | (set(rdata.get("sources", ())) if resp else set())
            rows.append(TrackerRow(
                document=docs[0] if docs else "", number=str(data.get("number") or ""),
                recommendation=data["label"], made_by=names(makers), addressed_to=names(audience),
                place=place_of(graph, rid), verdict=_verdict_label(verdict),
                response_date=str(rdata.get("date") or ""), responder=names(out(resp, "respondedBy")) if resp else "",
                comment=str(rdata.get("comment") or ""),
                actions=tuple(G.nodes[a]["label"] for a in actions),
                action_owners=tuple(body_name(graph, o) for o in owners), action_status=statuses,
                status=status, node=rid, evidence=tuple(quotes(graph, sources))))
    rows.sort(key=lambda r: (r.document, _natural(r.number), r.recommendation, r.verdict))
    return rows
