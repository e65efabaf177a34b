"""How far a built graph agrees with the generator's truth: entity recall, bodies, overlaps.

Named things (bodies, people, posts, themes, strategies, initiatives, indicators) count
as found when the graph resolves their wording, label or an alias, in their place, to a
node of the same family of types.  Things whose label is a sentence of the paper
(recommendations, responses, actions, meetings) count by number: how many nodes of
that type the graph read from the same document, up to the number expected.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from partnergraph.graph import PartnershipGraph, place_id
from partnergraph.ontology import is_subtype

from .reference import truth_records

__all__ = ["entity_recall", "body_counts", "check_overlaps", "COUNTED_TYPES"]

#: Types recalled by count per document rather than by name.
COUNTED_TYPES = frozenset({"Recommendation", "Response", "Action", "Meeting"})
_BODY = ("Organisation",)


def _family(type_name: str) -> tuple[str, ...]:
    return _BODY if is_subtype(type_name, "Organisation") else (type_name,)


def entity_recall(graph: PartnershipGraph, data: str | Path, *, files: Iterable[str] | None = None) -> dict:
    """Recall of the truth's entities, overall and by type, over the given paper files."""
    wanted = set(files) if files is not None else None
    doc_ids: dict[str, list[str]] = defaultdict(list)
    for nid, d in graph.nodes("Document"):
        doc_ids[d.get("file_name") or d["label"]].append(nid)
    by_doc: dict[str, Counter] = defaultdict(Counter)
    for nid, d in graph.nx.nodes(data=True):
        if d["type"] in COUNTED_TYPES:
            for s in d["sources"]:
                by_doc[s.document][d["type"]] += 1
    expected: Counter = Counter()
    found: Counter = Counter()
    for record in truth_records(data, "documents"):
        if wanted is not None and record["file"] not in wanted:
            continue
        docs = doc_ids.get(Path(record["file"]).name, [])
        want_counts: Counter = Counter()
        for e in record["entities"]:
            t = e["type"]
            if t == "Document":
                continue
            expected[t] += 1
            if t in COUNTED_TYPES:
                want_counts[t] += 1
                continue
            names = [e.get("text"), e["label"], *e.get("aliases", ())]
            home = place_id(e["place"]) if e.get("place") else None
            if any(n and _in_place(graph, graph.candidates(n, place=e.get("place") or record["place"],
                                                           types=_family(t)), home)
                   for n in names):
                found[t] += 1
        for t, n in want_counts.items():
            found[t] += min(n, sum(by_doc[d][t] for d in docs))
    total_e, total_f = sum(expected.values()), sum(found.values())
    return {"overall": round(total_f / total_e, 4) if total_e else None, "expected": total_e, "found": total_f,
            "by_type": {t: round(found[t] / expected[t], 4) for t in sorted(expected)}}


def _in_place(graph: PartnershipGraph, candidates: list[str], home: str | None) -> bool:
    """Whether a candidate is in the entity's own place (any place for people and national bodies).

    ``candidates`` falls back to nodes of any place; a theme worded alike in another
    authority must not count as this paper's theme being found.
    """
    if home is None:
        return bool(candidates)
    return any(graph.nx.nodes[c].get("place") == home for c in candidates)


def body_counts(graph: PartnershipGraph, data: str | Path) -> dict:
    """Distinct bodies the truth names (papers and registers) against bodies in the graph, by type."""
    expected: dict[str, set] = defaultdict(set)
    for name in ("documents", "registers"):
        for record in truth_records(data, name):
            for e in record["entities"]:
                if e["type"] != "Document" and is_subtype(e["type"], "Organisation"):
                    expected[e["type"]].add((e.get("place"), e["label"]))
    built = graph.counts()
    return {t: {"expected": len(expected[t]), "built": built.get(t, 0)} for t in sorted(expected)}


def check_overlaps(rows: Iterable, data: str | Path) -> dict:
    """Which of the truth's cross-sector overlaps an ``overlaps`` query returned, and with which places."""
    import json

    truth = json.loads((Path(data) / "truth" / "overlaps.json").read_text(encoding="utf-8"))
    want = {r["reference"]: r for r in truth if r["overlap"]}
    got = {getattr(r, "concept", None): r for r in rows}
    missing = sorted(set(want) - set(got))
    places_agree = sum(1 for ref, r in want.items()
                       if ref in got and set(r["places"]) <= set(getattr(got[ref], "places", ())))
    return {"expected": len(want), "found": len(set(want) & set(got)), "missing": missing,
            "places_agree": places_agree}
