"""Where priorities overlap: shared concepts across documents, places, sectors and bodies.

A *concept* is either a reference theme (``level="reference"``: every item matched
to it by :mod:`.matching`) or a group of extracted items worded alike
(``level="extracted"``: themes, strategies, initiatives and indicators whose labels
or aliases have the same content words, across places).

The bodies of a concept are the bodies linked to its items by any relation
(``addressesTheme``, ``leads``, ``deliveredBy``, ``fundedBy``, a recommendation's
``madeBy``/``addressedTo``, an action's ``ownedBy`` ...), also through the
strategies and programmes the item is ``partOf`` and the items that address it
(followed transitively, as SPARQL's ``(pg:partOf|^pg:addressesTheme)*``).  An
item with no such link takes the bodies of its documents: the board each paper
went to (``presentedAt`` a meeting ``meetingOf`` it) and the bodies that wrote it
(``authoredBy``, or the body of an authoring post); a document with neither gives
every body read from it.  A body's
sectors are its ``sectors``, else its kind's default sectors.

Score (rewarding breadth, discounting what every document mentions)::

    score = (S + P + B/2 + D) * (1 - (D - 1) / (2 * (N - 1)))

with S, P, B and D the numbers of sectors, places, bodies and documents of the
concept and N the number of documents in the graph.  The document-frequency
weight is 1 for a concept in one document and falls evenly to 1/2 for one that
every document mentions (1 when N is 1), so sharing across papers still raises
the score up to N - 1 documents while ubiquity earns nothing more.  A concept is
a row when it spans more than one document, place, sector or body.  ``kinds`` names
the kinds of its bodies at the top of their lineage, so a 2008 Primary Care Trust
and a 2018 Clinical Commissioning Group both read "NHS commissioner".

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> a, b = g.add_document("derby.txt", place="Derby"), g.add_document("hackney.txt", place="Hackney")
>>> _ = g.add_node("Theme", "Early years", place="Derby", source=Source(a, start=0, end=1))
>>> _ = g.add_node("Theme", "young people", place="Hackney", source=Source(b, start=0, end=1))
>>> [(r.concept, r.documents, r.places, r.score) for r in overlaps(g)]
[('best-start-in-life', ('derby.txt', 'hackney.txt'), ('Derby', 'Hackney'), 2.0)]
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from partnergraph.graph import PartnershipGraph
from partnergraph.ontology import Scheme, lookup
from partnergraph.ontology import scheme as shipped_scheme

from ._common import (
    BODY_TYPES,
    QueryError,
    body_kind,
    document_bodies,
    file_names,
    label,
    node_sectors,
    places_of,
    quotes,
    resolve_node,
)
from .matching import (
    _STOP,
    DEFAULT_THRESHOLD,
    MATCHED_TYPES,
    Matcher,
    _fold,
    _theme_id,
    _tokens,
    item_matches,
)

__all__ = ["OverlapRow", "Matrix", "overlaps", "matrix", "concepts", "Concept", "LEVELS", "MATRIX_KINDS",
           "EXTRACTED_TYPES", "body_name"]

LEVELS: tuple[str, ...] = ("reference", "extracted")
MATRIX_KINDS: tuple[str, ...] = ("theme-body", "theme-sector", "body-body")
#: Types grouped at the extracted level.
EXTRACTED_TYPES: tuple[str, ...] = ("Theme", "Strategy", "Initiative", "Indicator")
#: At most this many quotes per row (taken from each document in turn).
EVIDENCE_LIMIT = 20


@dataclass(frozen=True)
class OverlapRow:
    """A concept shared across documents, places, sectors or bodies."""

    label: str
    concept: str
    level: str
    documents: tuple[str, ...]
    places: tuple[str, ...]
    sectors: tuple[str, ...]
    bodies: tuple[str, ...]
    kinds: tuple[str, ...]
    items: tuple[str, ...]
    score: float
    evidence: tuple[str, ...] = ()


@dataclass
class Concept:
    """A concept and everything it touches (the working data behind a row)."""

    id: str
    label: str
    members: list[str]
    documents: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    bodies: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    # body id -> number of the concept's items linked to it
    body_items: Counter = field(default_factory=Counter)
    sources: set = field(default_factory=set)


def body_name(graph: PartnershipGraph, nid: str) -> str:
    """A body's label with its place, so Derby's and Hackney's boards stay apart."""
    place = graph.place_name(nid)
    name = label(graph, nid)
    return f"{name} ({place})" if place and place.lower() not in name.lower() else name


def concepts(graph: PartnershipGraph, *, level: str = "reference", scheme: Scheme | None = None,
             threshold: float = DEFAULT_THRESHOLD) -> list[Concept]:
    """Every concept at ``level`` with its documents, places, bodies and sectors filled in
    (shared or not: :func:`overlaps` keeps the shared ones and scores them).

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("plan.txt", place="Derby")
    >>> _ = g.add_node("Theme", "early years", place="Derby", source=Source(d, start=0, end=1))
    >>> [(c.id, c.members, sorted(c.places)) for c in concepts(g)]
    [('best-start-in-life', ['theme/derby/early-years'], ['Derby'])]
    """
    if level not in LEVELS:
        raise QueryError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    groups = _reference_groups(graph, scheme, threshold) if level == "reference" else _extracted_groups(graph)
    doc_bodies = document_bodies(graph)
    types = {n: d["type"] for n, d in graph.nx.nodes(data=True)}
    out = []
    for cid, name, members in groups:
        c = Concept(cid, name, sorted(members))
        for m in c.members:
            data = graph.nx.nodes[m]
            c.documents.update(graph.documents_of(m))
            c.places.update(places_of(graph, m))
            c.sectors.update(node_sectors(graph, m))
            c.sources.update(data["sources"])
            linked = _linked_bodies(graph, m, types)
            if not linked:
                linked = set().union(*(doc_bodies.get(d, set()) for d in graph.documents_of(m)))
            for b in linked:
                c.body_items[b] += 1
            c.bodies.update(linked)
        for b in c.bodies:
            c.sectors.update(node_sectors(graph, b))
        out.append(c)
    return out


def overlaps(graph: PartnershipGraph, *, level: str = "reference", place: str | None = None,
             sector: str | None = None, body: str | None = None, theme: str | None = None,
             min_sectors: int = 0, scheme: Scheme | None = None,
             threshold: float = DEFAULT_THRESHOLD) -> list[OverlapRow]:
    """One row per concept shared by more than one document, place, sector or body, best first.

    Parameters
    ----------
    graph : the partnership graph.
    level : ``reference`` (reference themes) or ``extracted`` (items worded alike).
    place, sector, body, theme : keep only rows that include this place name, sector (id or
        wording), body (name, alias or identifier) or concept (reference id or label; at the
        extracted level, words in the label).
    min_sectors : keep only rows spanning at least this many sectors.
    scheme, threshold : the reference scheme and match threshold (see :mod:`.matching`).

    Returns
    -------
    list of OverlapRow, sorted by score (highest first), then label.  ``score`` is
    ``(S + P + B/2 + D) * (1 - (D - 1) / (2 * (N - 1)))``: S sectors, P places, B bodies
    and D documents of the concept, N the documents in the graph.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("plan.txt", place="Derby")
    >>> _ = g.add_node("Theme", "early years", place="Derby", source=Source(d, start=0, end=1))
    >>> overlaps(g)   # one document, one place, no body: nothing is shared
    []
    """
    n_docs = sum(1 for _ in graph.nodes("Document"))
    sector_id = _sector_id(sector) if sector else None
    body_id = resolve_node(graph, body, types=("Organisation",)) if body else None
    theme_key = None
    if theme:
        theme_key = (_theme_id(scheme or shipped_scheme("themes"), theme) if level == "reference"
                     else " ".join(_tokens(theme)))
    rows = []
    names: dict[str, str] = {}
    for c in concepts(graph, level=level, scheme=scheme, threshold=threshold):
        if not (len(c.documents) > 1 or len(c.places) > 1 or len(c.sectors) > 1 or len(c.bodies) > 1):
            continue
        if place and place.lower() not in {p.lower() for p in c.places}:
            continue
        if sector_id and sector_id not in c.sectors:
            continue
        if body_id and body_id not in c.bodies:
            continue
        if theme_key and not (c.id == theme_key if level == "reference"
                              else theme_key in " ".join(_tokens(c.label))):
            continue
        if len(c.sectors) < min_sectors:
            continue
        rows.append(_row(graph, c, level, n_docs, names))
    rows.sort(key=lambda r: (-r.score, r.label))
    return rows


def _row(graph: PartnershipGraph, c: Concept, level: str, n_docs: int, names: dict[str, str]) -> OverlapRow:
    d = len(c.documents)
    n = max(n_docs, d)
    weight = 1 - (max(d, 1) - 1) / (2 * (n - 1)) if n > 1 else 1.0
    breadth = len(c.sectors) + len(c.places) + len(c.bodies) / 2 + d
    return OverlapRow(
        label=c.label, concept=c.id, level=level,
        documents=file_names(graph, c.documents), places=tuple(sorted(c.places)),
        sectors=tuple(sorted(c.sectors)),
        bodies=tuple(sorted(names.get(b) or names.setdefault(b, body_name(graph, b)) for b in c.bodies)),
        kinds=tuple(sorted({k for k in (body_kind(graph, b) for b in c.bodies) if k})),
        items=tuple(sorted({label(graph, m) for m in c.members})), score=_round3(breadth * weight),
        evidence=tuple(quotes(graph, c.sources, limit=EVIDENCE_LIMIT)))


def _round3(x: float) -> float:
    """Three decimals, halves rounded up (as SPARQL's ROUND does, so both answers agree)."""
    return math.floor(x * 1000 + 0.5) / 1000


@dataclass(frozen=True)
class Matrix:
    """A cross-tabulation: ``values[(row, column)]`` for each row and column label."""

    kind: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: dict

    def records(self) -> list[dict]:
        """One dict per row: the row label, then one key per column (for CSV, XLSX, JSON)."""
        first = self.kind.split("-")[0]
        return [{first: r, **{c: self.values.get((r, c), 0) for c in self.columns}} for r in self.rows]


def matrix(graph: PartnershipGraph, *, kind: str = "theme-body", level: str = "reference",
           top: int | None = None, scheme: Scheme | None = None,
           threshold: float = DEFAULT_THRESHOLD) -> Matrix:
    """The matrices a workshop wants.

    ``theme-body``: how many of a theme's items each body is linked to;
    ``theme-sector``: how many of a theme's bodies (or items) are in each sector;
    ``body-body``: how many themes two bodies share (the diagonal: a body's themes).
    Every concept counts here, shared or not.  ``top`` keeps only the bodies linked to
    the most themes (ties by name), so a national graph still gives a matrix a room can read.

    Examples
    --------
    >>> from partnergraph.graph import PartnershipGraph, Source
    >>> g = PartnershipGraph()
    >>> d = g.add_document("plan.txt", place="Derby")
    >>> s = Source(d, start=0, end=1)
    >>> t = g.add_node("Theme", "early years", place="Derby", source=s)
    >>> b = g.add_node("Board", "Health and Wellbeing Board", place="Derby", source=s)
    >>> g.add_edge(b, "addressesTheme", t, source=s)
    >>> matrix(g, kind="theme-body").records()
    [{'theme': 'Give every child the best start in life', 'Health and Wellbeing Board (Derby)': 1}]
    """
    if kind not in MATRIX_KINDS:
        raise QueryError(f"unknown matrix {kind!r}; use one of {', '.join(MATRIX_KINDS)}")
    cs = concepts(graph, level=level, scheme=scheme, threshold=threshold)
    names = {b: body_name(graph, b) for c in cs for b in c.bodies}
    mask: dict[str, int] = defaultdict(int)  # body name -> bit per concept
    for i, c in enumerate(cs):
        for b in c.bodies:
            mask[names[b]] |= 1 << i
    keep = None
    if top is not None:
        keep = set(sorted(mask, key=lambda n: (-mask[n].bit_count(), n))[:top])
    values: dict[tuple[str, str], int] = defaultdict(int)
    rows = [c.label for c in cs]
    if kind == "theme-body":
        for c in cs:
            for b, n in c.body_items.items():
                if keep is None or names[b] in keep:
                    values[(c.label, names[b])] += n
    elif kind == "theme-sector":
        for c in cs:
            for s in c.sectors:
                values[(c.label, s)] += sum(1 for b in c.bodies if s in node_sectors(graph, b)) or 1
    else:
        rows = sorted(n for n in mask if keep is None or n in keep)
        # Bodies with the same themes share the same counts: compare each distinct set once.
        groups: dict[int, list[str]] = defaultdict(list)
        for n in rows:
            groups[mask[n]].append(n)
        for ma, names_a in groups.items():
            for mb, names_b in groups.items():
                shared = (ma & mb).bit_count()
                if shared:
                    for a in names_a:
                        for b in names_b:
                            values[(a, b)] = shared
    rows = list(dict.fromkeys(rows))
    columns = sorted({c for (_, c) in values}) if kind != "body-body" else rows
    return Matrix(kind, tuple(rows), tuple(columns), dict(values))


# -- grouping -------------------------------------------------------------------------------


def _reference_groups(graph: PartnershipGraph, scheme: Scheme | None, threshold: float
                      ) -> list[tuple[str, str, set[str]]]:
    matcher = Matcher(scheme, threshold=threshold)
    members: dict[str, set[str]] = defaultdict(set)
    for nid, data in graph.nodes():
        if data["type"] in MATCHED_TYPES:
            for m in item_matches(matcher, data):
                members[m.concept.id].add(nid)
    return [(c.id, c.label, members[c.id]) for c in matcher.scheme.concepts if members.get(c.id)]


def _name_key(text: str) -> str:
    return " ".join(sorted({_fold(w) for w in _tokens(text) if w not in _STOP}))


def _extracted_groups(graph: PartnershipGraph) -> list[tuple[str, str, set[str]]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_key: dict[str, str] = {}
    nodes = [(nid, data) for nid, data in graph.nodes() if data["type"] in EXTRACTED_TYPES]
    for nid, data in nodes:
        find(nid)
        for name in (data["label"], *data["aliases"]):
            key = _name_key(name)
            if not key:
                continue
            if key in by_key:
                parent[find(nid)] = find(by_key[key])
            else:
                by_key[key] = nid
    groups: dict[str, set[str]] = defaultdict(set)
    for nid, _ in nodes:
        groups[find(nid)].add(nid)
    out = []
    for members in groups.values():
        labels = Counter(graph.nx.nodes[m]["label"] for m in members)
        name = sorted(labels, key=lambda x: (-labels[x], len(x), x))[0]
        out.append((_name_key(name).replace(" ", "-") or min(members), name, members))
    out.sort(key=lambda g: g[1].lower())
    return out


# -- bodies of an item ----------------------------------------------------------------------


def _linked_bodies(graph: PartnershipGraph, item: str, types: dict[str, str] | None = None) -> set[str]:
    """Bodies linked to an item by a relation, directly or through what it is part of or
    what addresses it.  ``types`` (node -> type name) saves looking each node up again."""
    succ, pred = graph.nx.succ, graph.nx.pred
    if types is None:
        types = {n: d["type"] for n, d in graph.nx.nodes(data=True)}
    if types[item] in BODY_TYPES:
        return {item}
    related = {item}
    frontier = [item]
    while frontier:
        nxt: list[str] = []
        for n in frontier:
            for o, keyed in succ[n].items():
                if o not in related and any(d["relation"] == "partOf" for d in keyed.values()):
                    nxt.append(o)
            for src, keyed in pred[n].items():
                if src not in related and types[src] not in _NOT_ADDRESSING \
                        and any(d["relation"] == "addressesTheme" for d in keyed.values()):
                    nxt.append(src)
        frontier = list(dict.fromkeys(nxt))
        related.update(frontier)
    bodies: set[str] = set()
    for n in related:
        bodies.update(o for o in succ[n] if types[o] in BODY_TYPES)
        bodies.update(src for src in pred[n] if types[src] in BODY_TYPES)
    return bodies


# Nodes that address a theme without making it theirs to follow: bodies (counted directly),
# the papers and meetings that mention it.
_NOT_ADDRESSING = BODY_TYPES | {"Document", "Meeting"}


def _sector_id(wording: str) -> str:
    c = lookup("sectors", wording)
    if c is None:
        from partnergraph.ontology import scheme as sch

        raise QueryError(f"unknown sector {wording!r}; known: {', '.join(x.id for x in sch('sectors').concepts)}")
    return c.id

