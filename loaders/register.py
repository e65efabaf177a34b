"""The register loader: the spreadsheets policy teams keep, as XLSX, CSV or YAML.

A register follows the template in :mod:`partnergraph.loaders.register_schema`
(``partnergraph template`` writes an empty one).  The whole register is checked
before anything is added: every type, date, verdict and reference must make sense,
or the load stops with one line naming the file, sheet, row and column.

Registers load after documents, so a register row about a body that extraction
already found corrects it: the register's type and attributes win, and both
sources are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnergraph.graph import PartnershipGraph, Source, name_key, node_id, normal_name
from partnergraph.ontology import NODE_TYPES, is_subtype, node_type, relation

from .register_files import REGISTER_SUFFIXES, Cell, Row, Table, csv_sheet_name, read_register
from .register_schema import ROLES
from .registry import LoadContext, LoadError, Loader, register
from .values import (
    parse_date,
    parse_kind,
    parse_relation,
    parse_sectors,
    parse_type,
    parse_verdict,
    split_list,
    text_of,
)

__all__ = ["RegisterLoader", "load_register"]


@register
class RegisterLoader(Loader):
    """Reads registers (.xlsx .csv .yaml) in the template's layout."""

    name = "register"
    suffixes = REGISTER_SUFFIXES
    phase = 50
    description = "registers of bodies, people, themes, recommendations (XLSX, CSV, YAML)"

    def group_key(self, path: Path) -> str | None:
        named = csv_sheet_name(path) if path.suffix.lower() == ".csv" else None
        return f"{path.parent.resolve()}/{named[0]}" if named else None

    def load(self, path: Path, graph: PartnershipGraph, *, context: LoadContext) -> None:
        load_register(path, graph, warn=context.warn)


def load_register(path: str | Path, graph: PartnershipGraph, *,
                  warn: Callable[[str], None] = lambda message: None) -> None:
    """Check a register whole, then add it to ``graph`` (raises :class:`LoadError`)."""
    tables = read_register(Path(path))
    for table in tables:
        for column in table.unknown_columns:
            warn(f"{table.file}, sheet {table.sheet.name}: column {column!r} is not part of the template "
                 f"and was ignored")
    plan = _Plan(graph, warn)
    plan.check(tables)
    plan.apply()


# -- the plan: everything checked and resolved before the graph is touched -----------------


@dataclass
class _Entity:
    nid: str
    type: str
    label: str
    place: str | None
    row: Row | None = None
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    existing: bool = False


@dataclass
class _Edge:
    subject: str
    relation: str
    obj: str
    source: Source
    wording: str | None = None


class _Plan:
    def __init__(self, graph: PartnershipGraph, warn: Callable[[str], None]) -> None:
        self.graph = graph
        self.warn = warn
        self.documents: dict[str, dict[str, Any]] = {}        # planned doc id -> add_document kwargs
        self.doc_refs: dict[str, str] = {}                     # normalised ID/title/file -> doc id
        self.register_docs: dict[str, str] = {}                # register file -> doc id
        self.entities: list[tuple[_Entity, Source]] = []
        self.by_id: dict[str, _Entity] = {}
        self.by_name: dict[str, list[_Entity]] = {}
        self.edges: list[_Edge] = []
        self.id_rows: dict[str, Row] = {}
        self.corrected_responses: set[str] = set()  # responses read from papers a row corrects: one row each
        self.row_entity: dict[int, _Entity] = {}

    # -- checking ---------------------------------------------------------------------------

    def check(self, tables: list[Table]) -> None:
        # Each sheet may name what the sheets before it define: posts from Memberships own
        # actions, recommendations are answered by responses and followed up by actions.
        order = {"Documents": 0, "Elements": 1, "Memberships": 2, "Recommendations": 3, "Responses": 4,
                 "Actions": 5, "Connections": 6}
        tables = sorted(tables, key=lambda t: (order[t.sheet.name], t.file))
        for table in tables:
            handler = getattr(self, "_" + table.sheet.name.lower())
            for row in table.rows:
                handler(row)
            if table.sheet.name == "Elements":
                # Elements may name each other in any order ("Part of" a strategy further down).
                for row in table.rows:
                    self._element_links(row)

    def _documents(self, row: Row) -> None:
        handle = self._required(row, "id")
        title = self._required(row, "title")
        file_name = self._text(row, "file")
        doc_id = node_id("Document", file_name or handle)
        self._remember_id(row, handle)
        self.documents[doc_id] = dict(
            file_name=file_name or handle, title=title, key=None,
            date=self._value(row, "date", parse_date), place=self._text(row, "place") or None,
            kind=self._text(row, "kind") or None)
        for name in (handle, title, file_name):
            if name:
                self.doc_refs[normal_name(name)] = doc_id

    def _elements(self, row: Row) -> None:
        type_name = self._value(row, "type", parse_type, required=True)
        label = self._required(row, "label")
        place = self._text(row, "place") or None
        attrs = {
            "kind": self._value(row, "kind", parse_kind),
            "sectors": self._value(row, "sectors", parse_sectors),
            "description": self._text(row, "description") or None,
            "number": self._text(row, "number") or None,
            "date": self._value(row, "date", parse_date),
            "status": self._text(row, "status") or None,
            "target": self._text(row, "target") or None,
        }
        for name, value in list(attrs.items()):
            allowed = _applies(name, type_name)
            if value and not allowed:
                cell = row.get(name if name != "sectors" else "sectors")
                raise LoadError(f"{cell.where}: {_a(NODE_TYPES[type_name].label.lower())} has no {name}")
        self.row_entity[id(row)] = self._plan_entity(
            row, type_name, label, place, attrs,
            aliases=split_list(row.get("aliases").value) if row.get("aliases") else [])

    def _element_links(self, row: Row) -> None:
        entity = self.row_entity[id(row)]
        for target in self._refs(row, "part_of", ("Strategy", "Initiative", "Theme"), entity.place):
            self._edge(row, "part_of", entity, "partOf", target, self._source(row))

    def _recommendations(self, row: Row) -> None:
        text = self._required(row, "text")
        maker = self._ref(row, "made_by", ("Organisation", "Person", "Post"))
        place = self._text(row, "place") or (maker.place if maker else None)
        attrs = {"number": self._text(row, "number") or None, "date": self._value(row, "date", parse_date)}
        rec = self._plan_entity(row, "Recommendation", text, place, attrs)
        source = self._source(row)
        if maker:
            self._edge(row, "made_by", rec, "madeBy", maker, source)
        for target in self._refs(row, "made_to", ("Organisation", "Person", "Post"), place):
            self._edge(row, "made_to", rec, "addressedTo", target, source)
        for theme in self._refs(row, "themes", ("Theme",), place):
            self._edge(row, "themes", rec, "addressesTheme", theme, source)

    def _responses(self, row: Row) -> None:
        rec = self._ref(row, "recommendation", ("Recommendation",), required=True)
        verdict = self._value(row, "verdict", parse_verdict, required=True)
        responder = self._ref(row, "responder", ("Organisation", "Person", "Post"))
        number = rec.attributes.get("number") or self.graph.nx.nodes.get(rec.nid, {}).get("number")
        label = f"Response to recommendation {number}" if number else f"Response to: {rec.label[:60]}"
        key = f"response {rec.nid.rsplit('/', 1)[-1]} {responder.nid if responder else ''}"
        attrs = {"verdict": verdict, "comment": self._text(row, "comment") or None,
                 "date": self._value(row, "date", parse_date)}
        # A response read from a paper to the same recommendation is the one this row corrects: its verdict and
        # comment give way to the register's, and both sources are kept.
        read = self._read_response(rec, responder) if rec.existing else None
        response = self._plan_entity(row, "Response", label, rec.place, attrs, key=key, register_id=False,
                                     existing_id=read)
        source = self._source(row)
        self._edge(row, "recommendation", response, "respondsTo", rec, source)
        if responder:
            self._edge(row, "responder", response, "respondedBy", responder, source)

    def _read_response(self, rec: _Entity, responder: _Entity | None) -> str | None:
        """The response to ``rec`` already in the graph (read from a paper): the one by ``responder`` if there are
        several, else the first in a stable order; None if there is none."""
        nx = self.graph.nx
        if rec.nid not in nx:
            return None
        taken = self.corrected_responses
        found = sorted(s for s, _, d in nx.in_edges(rec.nid, data=True)
                       if d.get("relation") == "respondsTo" and s not in taken)
        if responder is not None:
            by = [r for r in found if any(d.get("relation") == "respondedBy" and o == responder.nid
                                          for _, o, d in nx.out_edges(r, data=True))]
            found = by or found
        if not found:
            return None
        taken.add(found[0])
        return found[0]

    def _actions(self, row: Row) -> None:
        text = self._required(row, "text")
        owner = self._ref(row, "owner", ("Organisation", "Person", "Post"))
        place = self._text(row, "place") or (owner.place if owner else None)
        attrs = {"status": self._text(row, "status") or None, "date": self._value(row, "date", parse_date)}
        action = self._plan_entity(row, "Action", text, place, attrs)
        source = self._source(row)
        if owner:
            self._edge(row, "owner", action, "ownedBy", owner, source)
        for target in self._refs(row, "follows_up", ("Recommendation", "Response", "Theme"), place):
            self._edge(row, "follows_up", action, "followsUp", target, source)
        for theme in self._refs(row, "themes", ("Theme",), place):
            self._edge(row, "themes", action, "addressesTheme", theme, source)

    def _memberships(self, row: Row) -> None:
        member = self._ref(row, "member", ("Organisation", "Person", "Post"), required=True)
        body = self._ref(row, "body", ("Organisation",), required=True)
        role_text = (self._text(row, "role") or "member").lower()
        if role_text not in ROLES:
            raise LoadError(f"{row.get('role').where}: unknown role {role_text!r}; "
                            f"use one of {', '.join(ROLES)}")
        source = self._source(row)
        post_label = self._text(row, "post")
        holder = member
        if post_label:
            post = self._plan_entity(row, "Post", post_label, body.place, {}, register_id=False)
            self._edge(row, "post", post, "postIn", body, source)
            if member.type == "Person":
                self._edge(row, "member", member, "holdsPost", post, source)
                holder = post if role_text == "member" else member
        self._edge(row, "role", holder, ROLES[role_text], body, source)

    def _connections(self, row: Row) -> None:
        subject = self._ref(row, "from", (), required=True)
        obj = self._ref(row, "to", (), required=True)
        wording = self._required(row, "relation")
        rel = parse_relation(wording)
        self._edge(row, "relation", subject, rel or "relatedTo", obj, self._source(row),
                   wording=None if rel else wording)

    # -- planning helpers ------------------------------------------------------------------

    def _plan_entity(self, row: Row, type_name: str, label: str, place: str | None, attrs: dict[str, Any],
                     *, aliases: list[str] | None = None, key: str | None = None,
                     register_id: bool = True, existing_id: str | None = None) -> _Entity:
        family = tuple(n for n, t in NODE_TYPES.items() if t.id_prefix == node_type(type_name).id_prefix
                       and t.parent is None)
        existing = existing_id or (None if key else self.graph.resolve(label, place=place, types=family))
        if existing is not None and node_type(self.graph.node(existing)["type"]).id_prefix != \
                node_type(type_name).id_prefix:
            existing = None
        nid = existing or node_id(type_name, label, place=place if node_type(type_name).place_scoped else None,
                                  key=key)
        entity = _Entity(nid, type_name, " ".join(label.split()), place, row, aliases or [],
                         {k: v for k, v in attrs.items() if v}, existing=existing is not None)
        self.entities.append((entity, self._source(row)))
        if register_id and row.get("id"):
            handle = text_of(row.get("id").value)
            self._remember_id(row, handle)
            self.by_id[handle.lower()] = entity
        for name in (entity.label, *entity.aliases):
            self.by_name.setdefault(name_key(name), []).append(entity)
        return entity

    def _remember_id(self, row: Row, handle: str) -> None:
        previous = self.id_rows.get(handle.lower())
        if previous is not None:
            raise LoadError(f"{row.get('id').where}: duplicate ID {handle!r} "
                            f"(first used at {previous.where})")
        self.id_rows[handle.lower()] = row

    def _ref(self, row: Row, key: str, types: tuple[str, ...], *, required: bool = False,
             place: str | None = None) -> _Entity | None:
        cell = row.get(key)
        if cell is None:
            if required:
                raise LoadError(f"{row.where}: the {_column_name(row, key)} column is empty")
            return None
        items = split_list(cell.value)
        if len(items) != 1:
            raise LoadError(f"{cell.where}: expected one name, found {len(items)}")
        return self._resolve(cell, items[0], types, place)

    def _refs(self, row: Row, key: str, types: tuple[str, ...], place: str | None) -> list[_Entity]:
        cell = row.get(key)
        if cell is None:
            return []
        return [self._resolve(cell, item, types, place) for item in split_list(cell.value)]

    def _resolve(self, cell: Cell, name: str, types: tuple[str, ...], place: str | None) -> _Entity:
        def fits(type_name: str) -> bool:
            return not types or any(is_subtype(type_name, t) for t in types)

        by_id = self.by_id.get(name.lower())
        if by_id is not None:
            if not fits(by_id.type):
                raise LoadError(f"{cell.where}: {name!r} is {_a(by_id.type.lower())}, expected "
                                f"{' or '.join(t.lower() for t in types)}")
            return by_id
        found = [e for e in self.by_name.get(name_key(name), []) if fits(e.type)]
        unique = list({e.nid: e for e in found}.values())
        if len(unique) > 1 and place:
            unique = [e for e in unique if e.place and normal_name(e.place) == normal_name(place)] or unique
        if len(unique) == 1:
            return unique[0]
        if len(unique) > 1:
            raise LoadError(f"{cell.where}: {name!r} is ambiguous ("
                            f"{'; '.join(_describe(e) for e in unique)}); use the element's ID")
        candidates = self.graph.candidates(name, place=place, types=types)
        if len(candidates) == 1:
            data = self.graph.node(candidates[0])
            return _Entity(candidates[0], data["type"], data["label"], self.graph.place_name(candidates[0]),
                           existing=True)
        if len(candidates) > 1:
            raise LoadError(f"{cell.where}: {name!r} is ambiguous ({'; '.join(candidates)}); use the "
                            f"element's ID or a fuller name")
        raise LoadError(f"{cell.where}: unknown {name!r}: not an ID or label in this register"
                        + (" or the graph" if len(self.graph) else ""))

    def _edge(self, row: Row, key: str, subject: _Entity, rel: str, obj: _Entity, source: Source, *,
              wording: str | None = None) -> None:
        r = relation(rel)
        for end, allowed, role in ((subject, r.domain, "from"), (obj, r.range, "to")):
            if allowed and not any(is_subtype(end.type, a) for a in allowed):
                cell = row.get(key)
                where = cell.where if cell is not None else row.where
                raise LoadError(f"{where}: '{r.label}' cannot link {role} {_a(end.type.lower())} "
                                f"({end.label!r}); it expects {' or '.join(a.lower() for a in allowed)}")
        self.edges.append(_Edge(subject.nid, rel, obj.nid, source, wording))

    def _source(self, row: Row) -> Source:
        doc_id = self._register_doc(row.file)
        cell = row.get("source")
        if cell is not None:
            name = text_of(cell.value)
            doc_id = self.doc_refs.get(normal_name(name)) or self.doc_refs.get(name.lower())
            if doc_id is None:
                existing = self.graph.resolve(name, types=("Document",))
                if existing is None:
                    raise LoadError(f"{cell.where}: unknown source document {name!r}; "
                                    f"add it to the Documents sheet")
                doc_id = existing
        quote = text_of(row.get("quote").value) if row.get("quote") else ""
        return Source(doc_id, quote=quote, file=row.file, sheet=row.sheet, row=row.number, rule="register")

    def _register_doc(self, file_name: str) -> str:
        if file_name not in self.register_docs:
            doc_id = node_id("Document", file_name)
            self.register_docs[file_name] = doc_id
            self.documents.setdefault(doc_id, dict(file_name=file_name, title=file_name, key=None,
                                                   date=None, place=None, kind="register"))
        return self.register_docs[file_name]

    def _required(self, row: Row, key: str) -> str:
        cell = row.get(key)
        if cell is None:
            raise LoadError(f"{row.where}: the {_column_name(row, key)} column is empty")
        return text_of(cell.value)

    def _text(self, row: Row, key: str) -> str:
        cell = row.get(key)
        return text_of(cell.value) if cell is not None else ""

    def _value(self, row: Row, key: str, parse: Callable[[Any], Any], *, required: bool = False) -> Any:
        cell = row.get(key)
        if cell is None:
            if required:
                raise LoadError(f"{row.where}: the {_column_name(row, key)} column is empty")
            return None
        try:
            return parse(cell.value)
        except ValueError as exc:
            raise LoadError(f"{cell.where}: {exc}") from None

    # -- applying ---------------------------------------------------------------------------

    def apply(self) -> None:
        g = self.graph
        for doc_id, kwargs in sorted(self.documents.items()):
            made = g.add_document(**kwargs)
            assert made == doc_id, (made, doc_id)
        for entity, source in self.entities:
            attrs = entity.attributes
            if entity.existing:
                g.add_node(entity.type, entity.label, source=source, place=entity.place,
                           aliases=entity.aliases, id=entity.nid)
                g.set_type(entity.nid, entity.type)  # the register's word wins over extraction
                if entity.type == "Response":
                    g.set_label(entity.nid, entity.label)  # the read label names the verdict overruled
                for name, value in attrs.items():
                    g.set_attribute(entity.nid, name, value)
            else:
                g.add_node(entity.type, entity.label, source=source, place=entity.place,
                           aliases=entity.aliases, id=entity.nid, **attrs)
        for e in self.edges:
            g.add_edge(e.subject, e.relation, e.obj, source=e.source, wording=e.wording)


def _applies(attribute_name: str, type_name: str) -> bool:
    from partnergraph.ontology import attribute

    allowed = attribute(attribute_name).applies_to
    return not allowed or any(is_subtype(type_name, a) for a in allowed)


def _column_name(row: Row, key: str) -> str:
    from .register_schema import sheet

    try:
        return repr(sheet(row.sheet).column(key).name)
    except KeyError:
        return repr(key)


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _describe(e: _Entity) -> str:
    return f"{e.label} in {e.place}" if e.place else f"{e.label} ({e.type.lower()})"
