"""The graph as Neo4j nodes and relationships, and the idempotent push through the official driver.

:func:`plan` turns a graph into the ordered statements of a push: constraints
and indexes first, then batches of ``UNWIND $rows MERGE ...`` (statements from
:mod:`partnergraph.graph.cypher`, values only as parameters).  The same plan is
written as a cypher-shell script by the ``cypher`` exporter, and its rows as
neo4j-admin import CSVs by the ``neo4j-admin`` exporter.

A node carries every label from its type up to its root type (a Board is also an
Organisation) and is merged on ``iri`` under its root label.  Provenance stays
as properties: ``documents`` (document IRIs), ``quotes`` and ``sources`` (one
JSON object per occurrence: document, span or file/sheet/row, rule, confidence).

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> doc = g.add_document("derby.txt", title="Closing the Gap")
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby",
...                  source=Source(doc, quote="the Board", start=0, end=9))
>>> [s.statement.name for s in plan(g) if s.statement.name.startswith("merge")]
['merge_nodes_Document', 'merge_nodes_Organisation_Board', 'merge_nodes_Place']
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from partnergraph.ontology import NODE_TYPES, node_type, relation

from .cypher import Statement, constraint, count_nodes, count_relationships, label_index, merge_edges, \
    merge_nodes
from .model import PartnershipGraph

__all__ = ["Step", "plan", "node_rows", "edge_rows", "labels_of", "root_of", "push_neo4j", "Neo4jPushResult",
           "Neo4jError", "DEFAULT_BATCH"]

#: Rows per ``UNWIND`` batch.
DEFAULT_BATCH = 1000

_LIST_ATTRIBUTES = ("aliases", "sectors")


class Neo4jError(RuntimeError):
    """The server refused, could not be reached, or credentials are missing."""


@dataclass(frozen=True)
class Step:
    """One statement of a push and the parameters it runs with."""

    statement: Statement
    parameters: Mapping[str, Any]


def root_of(type_name: str) -> str:
    """The root type of a type (Board -> Organisation)."""
    t = node_type(type_name)
    while t.parent is not None:
        t = node_type(t.parent)
    return t.name


def labels_of(type_name: str) -> tuple[str, ...]:
    """The Neo4j labels of a type: its root's first, then down to its own."""
    chain = []
    t = node_type(type_name)
    while True:
        chain.append(t.neo4j_label)
        if t.parent is None:
            break
        t = node_type(t.parent)
    return tuple(reversed(chain))


def _provenance(sources) -> dict[str, list[str]]:
    ordered = sorted(sources)
    return {
        "quotes": sorted({s.quote for s in ordered if s.quote}),
        "sources": [json.dumps({k: v for k, v in asdict(s).items() if v not in (None, "")}, ensure_ascii=False,
                               sort_keys=True, separators=(",", ":")) for s in ordered],
    }


def node_rows(graph: PartnershipGraph) -> list[tuple[str, tuple[str, ...], dict[str, Any]]]:
    """``(root label, labels, row)`` per node, in identifier order; ``row`` is ``{"iri", "props"}``."""
    out = []
    for nid, data in graph.nodes():
        iri = graph.iri(nid)
        props: dict[str, Any] = {"iri": iri, "id": nid, "type": data["type"], "label": data["label"]}
        for name, value in sorted(data.items()):
            if name in ("type", "label", "sources", "place") or value is None or value == "":
                continue
            if isinstance(value, (set, frozenset, list, tuple)):
                if value:
                    props[name] = sorted(str(v) for v in value)
            else:
                props[name] = value if isinstance(value, (int, float)) else str(value)
        if data.get("place"):
            props["place"] = graph.iri(data["place"])
            props["place_label"] = graph.place_name(nid)
        if data["type"] != "Document":
            props["documents"] = [graph.iri(d) for d in graph.documents_of(nid)]
        props.update({k: v for k, v in _provenance(data["sources"]).items() if v})
        labels = labels_of(data["type"])
        out.append((labels[0], labels, {"iri": iri, "props": props}))
    return out


def edge_rows(graph: PartnershipGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``(relationship type, start root label, end root label, row)`` per edge, in a stable order."""
    out = []
    for s, rel, o, data in graph.edges():
        key = next(k for k, d in graph.nx[s][o].items() if d is data)
        props: dict[str, Any] = {"key": key, "relation": rel}
        if data.get("relation_label"):
            props["relation_label"] = data["relation_label"]
        props["documents"] = sorted({graph.iri(src.document) for src in data["sources"]})
        props.update({k: v for k, v in _provenance(data["sources"]).items() if v})
        start = labels_of(graph.nx.nodes[s]["type"])[0]
        end = labels_of(graph.nx.nodes[o]["type"])[0]
        out.append((relation(rel).neo4j_type, start, end,
                    {"start": graph.iri(s), "end": graph.iri(o), "key": key, "props": props}))
    return out


def plan(graph: PartnershipGraph, *, batch_size: int = DEFAULT_BATCH) -> list[Step]:
    """Every statement of a push, in order: constraints, indexes, node batches, relationship batches."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    # Mentions and scheme concepts are not Neo4j nodes (provenance and concepts are properties).
    roots = sorted({labels_of(name)[0] for name, t in NODE_TYPES.items() if t.drawn})
    steps = [Step(constraint(r), {}) for r in roots] + [Step(label_index(r), {}) for r in roots]
    nodes: dict[tuple[str, tuple[str, ...]], list] = defaultdict(list)
    for root, labels, row in node_rows(graph):
        nodes[(root, labels)].append(row)
    for (root, labels), rows in sorted(nodes.items()):
        statement = merge_nodes(root, labels)
        for i in range(0, len(rows), batch_size):
            steps.append(Step(statement, {"rows": rows[i:i + batch_size]}))
    edges: dict[tuple[str, str, str], list] = defaultdict(list)
    for rel_type, start, end, row in edge_rows(graph):
        edges[(rel_type, start, end)].append(row)
    for (rel_type, start, end), rows in sorted(edges.items()):
        statement = merge_edges(rel_type, start, end)
        for i in range(0, len(rows), batch_size):
            steps.append(Step(statement, {"rows": rows[i:i + batch_size]}))
    return steps


@dataclass
class Neo4jPushResult:
    """What a push did, and what the database holds afterwards."""

    statements: int
    nodes: int
    relationships: int
    nodes_in_database: int
    relationships_in_database: int


def push_neo4j(graph: PartnershipGraph, uri: str, *, database: str | None = None,
               batch_size: int = DEFAULT_BATCH, environ: Mapping[str, str] | None = None,
               progress: Callable[[str], None] | None = None) -> Neo4jPushResult:
    """Push ``graph`` to the Neo4j database at ``uri`` (credentials from NEO4J_USER/NEO4J_PASSWORD)."""
    import neo4j
    from neo4j.exceptions import Neo4jError as DriverError
    from neo4j.exceptions import ServiceUnavailable

    env = os.environ if environ is None else environ
    user, password = env.get("NEO4J_USER"), env.get("NEO4J_PASSWORD")
    if not user or password is None:
        raise Neo4jError("set NEO4J_USER and NEO4J_PASSWORD in the environment")
    say = progress or (lambda message: None)
    steps = plan(graph, batch_size=batch_size)
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for i, step in enumerate(steps, start=1):
                    if step.statement.parameters:
                        session.execute_write(_run, step.statement.text, dict(step.parameters))
                    else:
                        session.run(step.statement.text).consume()  # schema: its own transaction
                    say(f"[{i}/{len(steps)}] {step.statement.name}")
                n_nodes = session.run(count_nodes().text).single()["n"]
                n_rels = session.run(count_relationships().text).single()["n"]
    except ServiceUnavailable as exc:
        raise Neo4jError(f"{uri}: cannot connect ({exc})") from None
    except DriverError as exc:
        raise Neo4jError(f"{uri}: {exc.code}: {exc.message}") from None
    except ValueError as exc:  # the driver's answer to a malformed URI
        raise Neo4jError(f"{uri}: {exc}") from None
    return Neo4jPushResult(statements=len(steps), nodes=graph.nx.number_of_nodes(),
                           relationships=graph.nx.number_of_edges(), nodes_in_database=n_nodes,
                           relationships_in_database=n_rels)


def _run(tx, text: str, parameters: dict) -> None:
    tx.run(text, parameters).consume()
