"""Neo4j exporters: a cypher-shell script, and the CSV files of ``neo4j-admin database import``.

Both write what ``partnergraph push neo4j`` would send (:func:`partnergraph.graph.neo4j.plan`
and its rows): the same labels, relationship types and properties, with
provenance kept as properties.

The script sets each batch as a parameter (``:param rows => [...]``) and runs the
named statement from :mod:`partnergraph.graph.cypher`, so running it twice
changes nothing.  The import folder holds ``nodes.csv``, ``relationships.csv``
and ``import.sh`` (the command, with the array delimiter U+001F so that ``;`` in
a label stays text; it also separates a node's labels).  Empty cells are absent
properties.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from partnergraph.ontology import ATTRIBUTES

from ..atomic import atomic_path
from ..cypher import param_command
from ..model import PartnershipGraph
from ..neo4j import edge_rows, node_rows, plan
from . import Exporter, register

__all__ = ["CypherScriptExporter", "Neo4jAdminExporter", "ARRAY_DELIMITER", "NODE_FIELDS", "EDGE_FIELDS"]

#: Between the elements of an array in neo4j-admin CSV (``--array-delimiter=U+001F``).
ARRAY_DELIMITER = "\x1f"

#: Node properties written to ``nodes.csv`` (after ``iri:ID`` and ``:LABEL``), and their Neo4j types:
#: every attribute the ontology declares, so a new attribute needs no edit here.
NODE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("type", "string"), ("label", "string"), ("aliases", "string[]"), ("place", "string"),
    ("place_label", "string"),
    *((a.name, "string[]" if a.many else "string") for a in ATTRIBUTES.values()
      if a.name not in ("label", "aliases", "place")),
    ("documents", "string[]"), ("quotes", "string[]"), ("sources", "string[]"))
#: Relationship properties written to ``relationships.csv`` (after start, end and type).
EDGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("key", "string"), ("relation", "string"), ("relation_label", "string"), ("documents", "string[]"),
    ("quotes", "string[]"), ("sources", "string[]"))

_HEADER = """// partnergraph graph as a cypher-shell script. Run it with
//   cypher-shell -a neo4j://localhost:7687 -u "$NEO4J_USER" -p "$NEO4J_PASSWORD" --file graph.cypher
// Values are parameters (:param); statements are the named ones of partnergraph.graph.cypher.
// Running it twice changes nothing (MERGE on iri, properties replaced).
"""

_IMPORT = """#!/bin/sh
# Import this folder into an empty Neo4j 5 database (stop the database first), e.g.
#   docker run --rm -v "$PWD":/import -v neo4j-data:/data neo4j:5 sh /import/import.sh
set -e
cd "$(dirname "$0")"
neo4j-admin database import full --overwrite-destination \\
  --nodes=nodes.csv --relationships=relationships.csv \\
  --array-delimiter=U+001F --multiline-fields=true "${1:-neo4j}"
"""


@register
class CypherScriptExporter(Exporter):
    name = "cypher"
    suffixes = (".cypher", ".cql")
    description = "A cypher-shell script: constraints, then batched MERGE with :param values."

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        parts = [_HEADER]
        for step in plan(graph):
            if step.parameters:
                parts.append(param_command(step.parameters) + "\n")
            parts.append(step.statement.text + ";\n")
        with atomic_path(out) as tmp:
            tmp.write_text("".join(parts), encoding="utf-8")
        return [out]


@register
class Neo4jAdminExporter(Exporter):
    name = "neo4j-admin"
    target = "folder"
    description = "CSV files and the command for neo4j-admin database import (a new database)."

    def write(self, graph: PartnershipGraph, out: Path) -> list[Path]:
        out.mkdir(parents=True, exist_ok=True)
        nodes = _csv(["iri:ID", ":LABEL", *(f"{n}:{t}" for n, t in NODE_FIELDS)],
                     ([row["iri"], ARRAY_DELIMITER.join(labels), *(_cell(row["props"].get(n)) for n, _ in NODE_FIELDS)]
                      for _, labels, row in node_rows(graph)))
        edges = _csv([":START_ID", ":END_ID", ":TYPE", *(f"{n}:{t}" for n, t in EDGE_FIELDS)],
                     ([row["start"], row["end"], rel_type, *(_cell(row["props"].get(n)) for n, _ in EDGE_FIELDS)]
                      for rel_type, _, _, row in edge_rows(graph)))
        written = []
        for name, text in (("nodes.csv", nodes), ("relationships.csv", edges), ("import.sh", _IMPORT)):
            with atomic_path(out / name) as tmp:
                tmp.write_text(text, encoding="utf-8", newline="")
            written.append(out / name)
        return written


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return str(value)


def _csv(header: list[str], rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()
