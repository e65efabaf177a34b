"""Every Cypher statement partnergraph runs or writes, named and parameterised, in one place.

Values always travel as parameters (``$rows``, ``$iri`` ...).  The only names
spliced into statement text are node labels and relationship types, and only
those the ontology declares (:data:`LABELS`, :data:`REL_TYPES`), checked against
a strict identifier pattern and back-quoted.  Nothing else in partnergraph
builds Cypher.

Examples
--------
>>> print(merge_nodes("Organisation", ("Organisation", "Board")).text)
UNWIND $rows AS row
MERGE (n:`Organisation` {iri: row.iri})
SET n = row.props
SET n:`Board`
>>> try:
...     merge_nodes("Organisation", ("Organisation", "Robert`) DETACH DELETE n //"))
... except CypherError as exc:
...     print(exc)
'Robert`) DETACH DELETE n //' is not a node label the ontology declares
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from partnergraph.ontology import NODE_TYPES, RELATIONS

__all__ = ["literal", "param_command", "Statement", "CypherError", "LABELS", "REL_TYPES", "constraint", "label_index", "merge_nodes",
           "merge_edges", "NAMED_QUERIES", "named_query", "count_nodes", "count_relationships"]


class CypherError(ValueError):
    """A label, relationship type or query name that is not on the whitelist."""


@dataclass(frozen=True)
class Statement:
    """A named Cypher statement and the names of the parameters it takes."""

    name: str
    text: str
    parameters: tuple[str, ...] = ()


_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

#: Node labels the ontology declares (Neo4j labels of the node types).
LABELS: frozenset[str] = frozenset(t.neo4j_label for t in NODE_TYPES.values())
#: Relationship types the ontology declares.
REL_TYPES: frozenset[str] = frozenset(r.neo4j_type for r in RELATIONS.values())

for _name in LABELS | REL_TYPES:
    if not _IDENT.match(_name):  # pragma: no cover - a bad declaration is a bug in the ontology
        raise CypherError(f"ontology name {_name!r} is not a safe Cypher identifier")


def _label(name: str) -> str:
    if name not in LABELS or not _IDENT.match(name):
        raise CypherError(f"{name!r} is not a node label the ontology declares")
    return f"`{name}`"


def _rel_type(name: str) -> str:
    if name not in REL_TYPES or not _IDENT.match(name):
        raise CypherError(f"{name!r} is not a relationship type the ontology declares")
    return f"`{name}`"


# -- schema -------------------------------------------------------------------------------


def constraint(label: str) -> Statement:
    """One node per IRI for a root label (MERGE relies on it to stay idempotent and fast)."""
    return Statement(f"constraint_{label}_iri",
                     f"CREATE CONSTRAINT pg_{label}_iri IF NOT EXISTS FOR (n:{_label(label)}) "
                     f"REQUIRE n.iri IS UNIQUE")


def label_index(label: str) -> Statement:
    """An index on the label property, for look-ups by name."""
    return Statement(f"index_{label}_label",
                     f"CREATE INDEX pg_{label}_label IF NOT EXISTS FOR (n:{_label(label)}) ON (n.label)")


# -- writing ------------------------------------------------------------------------------


def merge_nodes(root: str, labels: tuple[str, ...]) -> Statement:
    """Merge a batch of nodes of one root label; ``labels`` are all the labels they carry.

    ``SET n = row.props`` replaces every property, so pushing again leaves the node
    exactly as the graph has it.
    """
    extra = [_label(lab) for lab in labels if lab != root]
    text = f"UNWIND $rows AS row\nMERGE (n:{_label(root)} {{iri: row.iri}})\nSET n = row.props"
    if extra:
        text += "\nSET n:" + ":".join(extra)
    return Statement(f"merge_nodes_{'_'.join(labels)}", text, ("rows",))


def merge_edges(rel_type: str, start: str, end: str) -> Statement:
    """Merge a batch of relationships of one type between nodes of two root labels.

    The relationship is keyed by its ``key`` property (the relation, or the
    relation and its wording for free links), so pushing again does not add a copy.
    """
    text = (f"UNWIND $rows AS row\n"
            f"MATCH (a:{_label(start)} {{iri: row.start}})\n"
            f"MATCH (b:{_label(end)} {{iri: row.end}})\n"
            f"MERGE (a)-[r:{_rel_type(rel_type)} {{key: row.key}}]->(b)\n"
            f"SET r = row.props")
    return Statement(f"merge_{rel_type}_{start}_{end}", text, ("rows",))


def count_nodes() -> Statement:
    """How many nodes carry each declared root label, for checking a push."""
    return Statement("count_nodes", "MATCH (n) WHERE n.iri IS NOT NULL RETURN count(n) AS n")


def count_relationships() -> Statement:
    """How many relationships between partnergraph nodes."""
    return Statement("count_relationships",
                     "MATCH (a)-[r]->(b) WHERE a.iri IS NOT NULL AND b.iri IS NOT NULL AND r.key IS NOT NULL "
                     "RETURN count(r) AS n")


# -- the named questions, in Cypher ---------------------------------------------------------

#: Read queries for analysts in Neo4j Browser and Bloom; parameters in ``$name``.
NAMED_QUERIES: dict[str, Statement] = {s.name: s for s in (
    Statement("node_by_label",
              "MATCH (n) WHERE n.label = $label OR $label IN coalesce(n.aliases, []) "
              "RETURN n.iri AS iri, n.label AS label, n.type AS type, n.place_label AS place ORDER BY iri",
              ("label",)),
    Statement("members_of",
              "MATCH (m)-[r:`MEMBER_OF`]->(b {iri: $iri}) "
              "RETURN m.iri AS iri, m.label AS label, m.type AS type, r.quotes AS quotes ORDER BY iri",
              ("iri",)),
    Statement("shared_themes",
              "MATCH (a)-[:`ADDRESSES`]->(t:`Theme`)<-[:`ADDRESSES`]-(b) WHERE a.iri < b.iri "
              "RETURN t.label AS theme, collect(DISTINCT a.label) + collect(DISTINCT b.label) AS bodies, "
              "count(*) AS pairs ORDER BY pairs DESC, theme",
              ()),
    Statement("unanswered_recommendations",
              "MATCH (r:`Recommendation`) WHERE NOT ()-[:`RESPONDS_TO`]->(r) "
              "RETURN r.iri AS iri, r.label AS label, r.place_label AS place ORDER BY iri",
              ()),
    Statement("evidence",
              "MATCH (n {iri: $iri}) RETURN n.label AS label, n.documents AS documents, n.quotes AS quotes",
              ("iri",)),
)}


def named_query(name: str) -> Statement:
    """One of :data:`NAMED_QUERIES` by name (raises :class:`CypherError`)."""
    try:
        return NAMED_QUERIES[name]
    except KeyError:
        raise CypherError(f"no named Cypher query {name!r}; known: {', '.join(NAMED_QUERIES)}") from None


# -- literals for cypher-shell scripts ------------------------------------------------------


def literal(value: Any) -> str:
    """A Cypher literal for a parameter value in a cypher-shell ``:param`` command.

    Strings use Cypher's double-quoted form, whose escapes (``\\"`` ``\\\\`` ``\\n``
    ``\\uXXXX``) are JSON's; map keys that are not plain identifiers are back-quoted.

    >>> print(literal({"label": 'a "b"\\n}', "n": [1, 2.5, None, True]}))
    {label: "a \\"b\\"\\n}", n: [1, 2.5, null, true]}
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CypherError(f"{value!r} cannot be written as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_key(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise CypherError(f"cannot write a {type(value).__name__} as a Cypher literal")


def _key(name: str) -> str:
    name = str(name)
    if _IDENT.match(name):
        return name
    if not name or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise CypherError(f"{name!r} cannot be a map key in a cypher-shell parameter")
    return "`" + name.replace("`", "``") + "`"


def param_command(parameters: Mapping[str, Any]) -> str:
    """The cypher-shell (and Neo4j Browser) commands that set these parameters, one line each.

    The ``:param name => value`` form works in cypher-shell 4 and 5 and in Browser.

    >>> print(param_command({"rows": [{"iri": "urn:x"}]}))
    :param rows => [{iri: "urn:x"}]
    """
    lines = []
    for name, value in parameters.items():
        if not _IDENT.match(str(name)):
            raise CypherError(f"{name!r} is not a valid parameter name")
        lines.append(f":param {name} => {literal(value)}")
    return "\n".join(lines)
