"""The partnership graph: typed nodes and edges over a networkx ``MultiDiGraph``.

Every node and edge carries the :class:`Source` s it was read from; nothing is
added without one.  Identity follows DESIGN.md: identifiers are deterministic and
place-scoped, aliases and acronyms resolve to one node, and adding a node that
already exists merges into it and keeps every source.

Examples
--------
>>> g = PartnershipGraph()
>>> doc = g.add_document("derby-hwb-2019-01-17.txt", title="Closing the Gap", place="Derby")
>>> src = Source(doc, quote="the Health and Wellbeing Board (HWB)", start=0, end=36, rule="acronym")
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB"], source=src)
>>> g.resolve("HWB", place="Derby") == hwb
True
>>> g.node(hwb)["type"], sorted(g.node(hwb)["aliases"])
('Board', ['HWB'])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import networkx as nx

from partnergraph.ontology import (
    ATTRIBUTES,
    DEFAULT_BASE,
    NODE_TYPES,
    attribute,
    is_subtype,
    node_type,
    relation,
)

from .identity import name_key, node_id, normal_name, place_id, strip_place
from .provenance import ProvenanceError, Source

__all__ = ["PartnershipGraph", "GraphError"]

_SET_ATTRIBUTES = frozenset(a.name for a in ATTRIBUTES.values() if a.many)
_RESERVED = frozenset({"type", "label", "sources", "place", "aliases"})


class GraphError(ValueError):
    """An operation the model refuses: an unknown node, a relation between the wrong types."""


class PartnershipGraph:
    """Typed, provenance-carrying nodes and edges.

    Node identifiers are paths under ``base`` (``org/derby/health-and-wellbeing-board``);
    :meth:`iri` turns one into the full IRI.  The underlying networkx graph is
    :attr:`nx`: node data holds ``type``, ``label``, ``aliases``, ``place``,
    ``sources`` and the declared attributes; edges are keyed by relation name.
    """

    def __init__(self, *, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.nx: nx.MultiDiGraph = nx.MultiDiGraph()
        self._names: dict[tuple[str | None, str], set[str]] = {}
        self._indexed: dict[tuple[str, str | None], set[str]] = {}  # names already indexed, per node and place

    # -- adding ---------------------------------------------------------------------

    def add_document(self, file_name: str, *, title: str | None = None, date: str | None = None,
                     place: str | None = None, kind: str | None = None, key: str | None = None,
                     **attributes: Any) -> str:
        """Add (or find) the Document node for a source file and return its identifier.

        A document is its own source, so it needs no :class:`Source`.  ``key``
        distinguishes documents cited by a register that share no file;
        ``attributes`` are declared Document attributes (``key_decision``, ``wards``).
        """
        doc_id = node_id("Document", key or file_name)
        label = title or file_name
        if doc_id not in self.nx:
            self.nx.add_node(doc_id, type="Document", label=label, aliases=set(), place=None,
                             sources=set(), file_name=file_name)
        data = self.nx.nodes[doc_id]
        if title and data["label"] == data["file_name"]:
            data["label"] = title
        for name, value in (("date", date), ("document_kind", kind), *attributes.items()):
            if value and name not in data:
                attribute(name)
                data[name] = set(value) if ATTRIBUTES[name].many and not isinstance(value, str) else (
                    {value} if ATTRIBUTES[name].many else value)
        if place and data["place"] is None:
            # The place of a whole document: an empty span at its start says "the document".
            data["place"] = self._ensure_place(place, Source(doc_id, start=0, end=0, rule="document-place"))
        self._index(doc_id, (label, file_name), None)
        return doc_id

    def add_node(self, type_name: str, label: str, *, source: Source, place: str | None = None,
                 aliases: Iterable[str] = (), key: str | None = None, id: str | None = None,
                 **attributes: Any) -> str:
        """Add a node, or merge into the node it already is, and return its identifier.

        ``place`` is a place *name* ("Derby"); the Place node is created as needed.
        ``attributes`` are declared ontology attributes (``number``, ``date``,
        ``verdict``, ``kind``, ``sectors`` ...); a typo raises.
        """
        t = node_type(type_name)
        if type_name in ("Document", "Place", "Mention") or not t.drawn:
            raise GraphError(f"{type_name} nodes are made by the graph itself, not added directly")
        _check_source(source)
        label = " ".join(str(label).split())
        if not label:
            raise GraphError(f"a {t.label.lower()} needs a label")
        scoped_place = place if t.place_scoped else None
        nid = id or node_id(type_name, label, place=scoped_place, key=key)
        for name in attributes:
            attribute(name)
            if name in _RESERVED:
                raise GraphError(f"{name!r} is set by its own argument, not as an attribute")
        data = self.nx._node.get(nid)  # the node's data dict, without a view per lookup
        if data is not None:
            self._merge_type(nid, data, type_name)
            if normal_name(label) != normal_name(data["label"]):
                data["aliases"].add(label)
        else:
            self.nx.add_node(nid, type=type_name, label=label, aliases=set(), place=None, sources=set())
            data = self.nx._node[nid]
        data["sources"].add(source)
        if aliases:
            own = normal_name(data["label"])
            data["aliases"].update(a for a in (" ".join(str(x).split()) for x in aliases)
                                   if a and normal_name(a) != own)
        if scoped_place and data["place"] is None:
            data["place"] = self._ensure_place(scoped_place, source)
        for name, value in attributes.items():
            if value is None or value == "" or value == ():
                continue
            if name in _SET_ATTRIBUTES:
                data.setdefault(name, set()).update([value] if isinstance(value, str) else value)
            else:
                data.setdefault(name, value)  # first source wins; later ones may not overwrite
        self._index(nid, (data["label"], *data["aliases"]), scoped_place)
        return nid

    def add_edge(self, subject: str, relation_name: str, obj: str, *, source: Source,
                 wording: str | None = None) -> None:
        """Add a typed edge with its source; adding it again only adds the source.

        The subject and object types must fit the relation's declared domain and
        range; ``wording`` keeps the words of a free link (``relatedTo``).
        """
        r = relation(relation_name)
        _check_source(source)
        nodes = self.nx._node  # the node data dicts, without building a view per lookup
        for end, allowed, role in ((subject, r.domain, "subject"), (obj, r.range, "object")):
            if end not in nodes:
                raise GraphError(f"no node {end!r} to be the {role} of '{r.label}'")
            end_type = nodes[end]["type"]
            if allowed and not _fits(end_type, allowed):
                raise GraphError(
                    f"'{r.label}' cannot have a {node_type(end_type).label.lower()} as its {role} "
                    f"(expects {' or '.join(a.lower() for a in allowed)})")
        key = relation_name if not wording else f"{relation_name}:{normal_name(wording)}"
        if r.symmetric and obj < subject:
            subject, obj = obj, subject  # one edge per pair, whichever way it was read
        data = self.nx._succ[subject].get(obj, {}).get(key)  # the edge's data, without an edge view
        if data is None:
            self.nx.add_edge(subject, obj, key=key, relation=relation_name, sources=set())
            data = self.nx._succ[subject][obj][key]
            if wording:
                data["relation_label"] = " ".join(wording.split())
        data["sources"].add(source)

    def set_attribute(self, nid: str, name: str, value: Any) -> None:
        """Overwrite one attribute of a node: how a curated register corrects extraction."""
        a = attribute(name)
        if name in _RESERVED:
            raise GraphError(f"{name!r} is set by its own argument, not as an attribute")
        data = self.node(nid)
        data[name] = set(value) if a.many and not isinstance(value, str) else value

    def set_label(self, nid: str, label: str) -> None:
        """Replace a node's label: a register correcting a label that a paper's reading wrote (a response labelled
        with the verdict the register overrules).  The old label still finds the node."""
        data = self.node(nid)
        data["label"] = " ".join(label.split())
        data["aliases"].discard(data["label"])
        self._index(nid, (data["label"],),
                    self._place_name(data.get("place")) if node_type(data["type"]).place_scoped else None)

    def set_type(self, nid: str, type_name: str) -> None:
        """Overwrite a node's type within its identity family (a register saying 'this is a Board')."""
        data = self.node(nid)
        if node_type(type_name).id_prefix != node_type(data["type"]).id_prefix:
            raise GraphError(f"{nid} is a {data['type']} and cannot become a {type_name}")
        data["type"] = type_name

    def add_source(self, nid: str, source: Source) -> None:
        """Record one more occurrence of an existing node."""
        _check_source(source)
        self.node(nid)["sources"].add(source)

    def add_sources(self, nid: str, sources: Iterable[Source]) -> None:
        """Record more occurrences of an existing node at once."""
        sources = list(sources)
        for source in sources:
            _check_source(source)
        self.node(nid)["sources"].update(sources)

    def merge(self, other: PartnershipGraph) -> None:
        """Add every node and edge of ``other`` to this graph, keeping all sources."""
        for nid, data in other.nx.nodes(data=True):
            if nid not in self.nx:
                copy = {k: (set(v) if isinstance(v, set) else v) for k, v in data.items()}
                self.nx.add_node(nid, **copy)
            else:
                mine = self.nx.nodes[nid]
                self._merge_type(nid, mine, data["type"])
                for k, v in data.items():
                    if isinstance(v, set):
                        mine.setdefault(k, set()).update(v)
                    elif k != "type" and mine.get(k) is None:
                        mine[k] = v
            self._index(nid, (data["label"], *data["aliases"]), self._place_name(data.get("place")))
        for s, o, k, data in other.nx.edges(keys=True, data=True):
            if not self.nx.has_edge(s, o, k):
                self.nx.add_edge(s, o, key=k, **{kk: (set(v) if isinstance(v, set) else v)
                                                 for kk, v in data.items()})
            else:
                self.nx.edges[s, o, k]["sources"].update(data["sources"])

    # -- reading --------------------------------------------------------------------

    def node(self, nid: str) -> dict[str, Any]:
        """The data of one node (raises :class:`GraphError` when absent)."""
        try:
            return self.nx.nodes[nid]
        except KeyError:
            raise GraphError(f"no node {nid!r}") from None

    def __contains__(self, nid: object) -> bool:
        return nid in self.nx

    def __len__(self) -> int:
        return self.nx.number_of_nodes()

    def nodes(self, type_name: str | None = None, *, subtypes: bool = True
              ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Nodes in identifier order, optionally of one type (and its subtypes)."""
        if type_name is not None:
            node_type(type_name)
        for nid in sorted(self.nx.nodes):
            data = self.nx.nodes[nid]
            if type_name is None or data["type"] == type_name or (
                    subtypes and is_subtype(data["type"], type_name)):
                yield nid, data

    def edges(self, relation_name: str | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Edges as ``(subject, relation, object, data)`` in a stable order."""
        if relation_name is not None:
            relation(relation_name)
        for s, o, k in sorted(self.nx.edges(keys=True)):
            data = self.nx.edges[s, o, k]
            if relation_name is None or data["relation"] == relation_name:
                yield s, data["relation"], o, data

    def resolve(self, name: str, *, place: str | None = None, types: Iterable[str] = ()) -> str | None:
        """The node a name or alias means, preferring the one in ``place``; None if unknown or ambiguous.

        ``types`` limits the answer to those types (and their subtypes).
        """
        candidates = self.candidates(name, place=place, types=types)
        return candidates[0] if len(candidates) == 1 else None

    def candidates(self, name: str, *, place: str | None = None, types: Iterable[str] = ()) -> list[str]:
        """Every node a name could mean: in ``place`` first, then nodes of no place; without a
        place, nodes of no place first, then any place's."""
        wanted = tuple(types)
        norm = name_key(name)
        scoped = [norm]
        if place:
            scoped.append(name_key(strip_place(name, place)))

        def fits(nid: str) -> bool:
            return not wanted or any(is_subtype(self.nx.nodes[nid]["type"], t) for t in wanted)

        if place:
            found = sorted(n for s in scoped for n in self._names.get((place_id(place), s), ()) if fits(n))
            if found:
                return list(dict.fromkeys(found))
        found = sorted(n for n in self._names.get((None, norm), ()) if fits(n))
        if found or place:
            # With a place, a name never means another place's body: Derby's HWB is not Hackney's.
            return found
        return sorted({n for (_, s), ids in self._names.items() if s == norm for n in ids if fits(n)})

    def named(self, name: str, *, place: str | None = None) -> list[str]:
        """The nodes indexed under exactly this name in ``place`` (or of no place), sorted.

        Unlike :meth:`candidates` there is no fallback to other places and no place
        stripped from the name: a cheap check for a loader about to add a node.
        """
        return sorted(self._names.get((place_id(place) if place else None, name_key(name)), ()))

    def documents_of(self, nid: str) -> list[str]:
        """The document identifiers a node was read from, sorted."""
        data = self.node(nid)
        if data["type"] == "Document":
            return [nid]
        return sorted({s.document for s in data["sources"]})

    def counts(self) -> dict[str, int]:
        """How many nodes of each drawn type, in ontology order."""
        c = Counter(data["type"] for _, data in self.nx.nodes(data=True))
        return {t: c[t] for t in NODE_TYPES if c.get(t)}

    def relation_counts(self) -> dict[str, int]:
        """How many edges of each relation, by relation name."""
        c = Counter(data["relation"] for _, _, data in self.nx.edges(data=True))
        return dict(sorted(c.items()))

    def iri(self, nid: str) -> str:
        """The full IRI of a node identifier."""
        return nid if "://" in nid else self.base + nid

    def local_id(self, iri: str) -> str:
        """The identifier of a full IRI (the inverse of :meth:`iri`)."""
        return iri[len(self.base):] if iri.startswith(self.base) else iri

    def place_name(self, nid: str) -> str | None:
        """The label of a node's place, if it has one."""
        return self._place_name(self.node(nid).get("place"))

    # -- private --------------------------------------------------------------------

    def _reindex(self) -> None:
        """Rebuild the name index from the nodes (after a bulk load)."""
        self._names.clear()
        self._indexed.clear()
        for nid, data in self.nx.nodes(data=True):
            self._index(nid, (data["label"], *data["aliases"], *([data["file_name"]] if "file_name" in data
                                                                  else [])),
                        self._place_name(data.get("place")) if node_type(data["type"]).place_scoped else None)

    def _ensure_place(self, place: str, source: Source) -> str:
        pid = place_id(place)
        data = self.nx._node.get(pid)  # the node's data dict, without a view per lookup
        if data is None:
            self.nx.add_node(pid, type="Place", label=" ".join(str(place).split()), aliases=set(),
                             place=None, sources=set())
            data = self.nx._node[pid]
        data["sources"].add(source)
        self._index(pid, (data["label"],), None)
        return pid

    def _place_name(self, pid: str | None) -> str | None:
        return self.nx.nodes[pid]["label"] if pid and pid in self.nx else None

    def _index(self, nid: str, names: Iterable[str], place: str | None) -> None:
        # Every mention of a node offers its label and aliases again: index only the new ones.
        done = self._indexed.get((nid, place))
        if done is None:
            done = self._indexed[nid, place] = set()
        scope = unset = object()  # the place's identifier, worked out only when a name is new
        for name in names:
            if name in done:
                continue
            done.add(name)
            if scope is unset:
                scope = place_id(place) if place else None
            for norm in {name_key(name), name_key(strip_place(name, place))}:
                if norm:
                    self._names.setdefault((scope, norm), set()).add(nid)
            if place:
                # "Derby Health and Wellbeing Board" names Derby's board from anywhere.
                self._names.setdefault((None, name_key(f"{place} {strip_place(name, place)}")), set()).add(nid)

    def _merge_type(self, nid: str, data: dict[str, Any], new_type: str) -> None:
        old = data["type"]
        if old == new_type or is_subtype(old, new_type):
            return
        if is_subtype(new_type, old):
            data["type"] = new_type  # learnt something more specific
            return
        if node_type(old).id_prefix != node_type(new_type).id_prefix:
            raise GraphError(f"{nid} is a {old}, not a {new_type}")
        # Siblings (a Board also called a Partnership): the first reading stands.


@lru_cache(maxsize=None)
def _fits(type_name: str, allowed: tuple[str, ...]) -> bool:
    """Whether a node of ``type_name`` may stand where one of ``allowed`` is expected."""
    return any(is_subtype(type_name, a) for a in allowed)


def _check_source(source: object) -> None:
    if not isinstance(source, Source):
        raise ProvenanceError("every node and edge needs a Source (document and span, or file and row)")
