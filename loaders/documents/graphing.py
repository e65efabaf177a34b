"""An :class:`~.model.Extraction` into a :class:`PartnershipGraph`: nodes, edges and their sources.

Every entity becomes a node with one :class:`Source` per occurrence (document,
character span, quoted sentence, rule, confidence); every link becomes an edge
with its own source.  Place-scoped types get the document's place; national
bodies (NHS England, the LGA) are not scoped.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph
>>> from .extract import extract
>>> g = PartnershipGraph()
>>> x = extract("To: Health and Wellbeing Board\\nDate: 1 June 2020\\n\\nThe Derby City Council report.\\n")
>>> doc = add_extraction(g, x, "derby-hwb.txt")
>>> sorted(label for _, d in g.nodes("Organisation") for label in [d["label"]])
['Derby City Council', 'Health and Wellbeing Board']
"""

from __future__ import annotations

import re

from partnergraph.graph import GraphError, PartnershipGraph, Source, normal_name
from partnergraph.graph.identity import name_key, node_id, place_id, short_hash
from partnergraph.ontology import node_type

from .model import Entity, Evidence, Extraction

__all__ = ["add_extraction", "check_extraction"]


def _source(doc_id: str, file_name: str, ev: Evidence) -> Source:
    return Source.span(doc_id, ev.quote, ev.start, ev.end, file_name, ev.rule, ev.confidence)


def _ev_key(ev: Evidence) -> tuple:
    # The order of Evidence's own comparison, as a plain tuple (the dataclass's __lt__ is slow in bulk).
    return (ev.start, ev.end, ev.quote, ev.rule, ev.confidence)


def _node_key(ent: Entity, file_name: str) -> str | None:
    # Responses and actions belong to their paper: two papers' "Response to recommendation 1" differ.
    if ent.type in ("Response", "Action"):
        return f"{file_name} {ent.label}"
    if ent.type == "Recommendation":
        return normal_name(ent.label)[:200]
    return None


def _node_id(graph: PartnershipGraph, ent: Entity, place: str | None) -> str | None:
    """The identifier of an entity's node: its own, or the node another paper made for the same name in
    the same place, spelt apart ("Health and Well Being Board", "Health and Wellbeing Board").

    Identifiers are slugs of labels, so two spellings that name lookups treat as one
    would otherwise be two nodes.  None leaves the identifier to the graph.
    """
    t = node_type(ent.type)
    if not t.place_scoped:
        return None
    own = node_id(ent.type, " ".join(ent.label.split()), place=place)
    if own in graph:
        return own
    scope = place_id(place) if place else None
    want = name_key(ent.label)
    for other in graph.named(ent.label, place=place):
        data = graph.node(other)
        if data.get("place") == scope and name_key(data["label"]) == want and \
                other.split("/", 1)[0] == t.id_prefix:
            return other
    return own


def _attributes(ent: Entity) -> dict:
    out = {}
    for name, value in ent.attributes.items():
        if isinstance(value, tuple):
            value = set(value)
        out[name] = value
    return out


def check_extraction(x: Extraction) -> None:
    """Raise :class:`GraphError` if a link joins entities that are not there or a span is out of the text.

    These are bugs of the rules, not bad input; checking first keeps a half-added paper out of the graph.
    """
    n = len(x.text)
    spans = [ev for ent in x.entities.values() for ev in ent.evidence] + [link.evidence for link in x.links]
    for ev in spans:
        if not (0 <= ev.start <= ev.end <= n) or not 0.0 <= ev.confidence <= 1.0:
            raise GraphError(f"rule {ev.rule} gave a bad span {ev.start}-{ev.end}")
    for ent in x.entities.values():
        if not ent.evidence or not " ".join(ent.label.split()):
            raise GraphError(f"entity {ent.key!r} has no evidence or no label")
    for link in x.links:
        for end in (link.subject, link.object):
            if end != "document" and end not in x.entities:
                raise GraphError(f"extraction links to an unknown entity {end!r}")


def add_extraction(graph: PartnershipGraph, x: Extraction, file_name: str) -> str:
    """Add a document's extraction to ``graph``; returns the Document node's identifier."""
    front = x.front
    place = front.place
    wards = [w.strip() for w in re.split(r"[;,]", front.wards or "") if w.strip()]  # names may hold "and"
    # Keyed by name and content: two councils' "minutes.txt" are two documents, and the
    # same file read twice is one.
    doc_id = graph.add_document(file_name, title=front.title, date=front.date, place=place, kind=front.kind,
                                key=f"{file_name} {short_hash(x.text)}", key_decision=front.key_decision,
                                wards=wards, description=front.place_basis)
    ids: dict[str, str] = {"document": doc_id}
    # Each entity's evidence is sorted once; its first is the entity's place in the paper.
    ordered = [(sorted(ent.evidence, key=_ev_key), ent) for ent in x.entities.values()]
    ordered.sort(key=lambda pair: _ev_key(pair[0][0]))
    for evidence, ent in ordered:
        key = _node_key(ent, file_name)
        scope = place if ent.scoped else None
        nid = graph.add_node(ent.type, ent.label, source=_source(doc_id, file_name, evidence[0]),
                             place=scope, aliases=sorted(ent.aliases), key=key,
                             id=None if key is not None else _node_id(graph, ent, scope), **_attributes(ent))
        if len(evidence) > 1:
            span = Source.span
            graph.add_sources(nid, [span(doc_id, ev.quote, ev.start, ev.end, file_name, ev.rule, ev.confidence)
                                    for ev in evidence[1:]])
        ids[ent.key] = nid
    for link in x.links:
        s, o = ids.get(link.subject), ids.get(link.object)
        if s is None or o is None:
            continue
        try:
            graph.add_edge(s, link.relation, o, source=_source(doc_id, file_name, link.evidence),
                           wording=link.wording)
        except GraphError:
            # A relation whose ends turned out to be of other types (a body merged as a
            # partnership elsewhere, say): leave the edge out rather than the paper.
            continue
    _document_edges(graph, x, ids, doc_id, file_name)
    return doc_id


def _document_edges(graph: PartnershipGraph, x: Extraction, ids: dict[str, str], doc_id: str,
                    file_name: str) -> None:
    """The paper's meeting, the board it went to and who wrote it."""
    front = x.front
    committee = ids.get(front.committee or "")
    if committee is not None:
        ent = x.entities[front.committee]
        ev = min(ent.evidence)
        src = _source(doc_id, file_name, Evidence(ev.start, ev.end, ev.quote, "front-matter:meeting", 0.9))
        label = ent.label + (f" {front.date}" if front.date else "")
        meeting = graph.add_node("Meeting", label, source=src, place=front.place, date=front.date,
                                 key=f"{ent.label} {front.date or file_name}")
        graph.add_edge(meeting, "meetingOf", committee, source=src)
        graph.add_edge(doc_id, "presentedAt", meeting, source=src)
    for key in front.authors:
        agent = ids.get(key)
        if agent is None:
            continue
        ev = min(x.entities[key].evidence)
        graph.add_edge(doc_id, "authoredBy", agent,
                       source=_source(doc_id, file_name, Evidence(ev.start, ev.end, ev.quote,
                                                                  "front-matter:author", 0.9)))
