"""Check a graph against the shipped SHACL shapes and say, for people, what is wrong.

pySHACL does the checking (shapes from :func:`partnergraph.ontology.shapes_graph`,
with :func:`partnergraph.ontology.ontology_graph` as the ontology graph so that a
Board counts as an Organisation and a sector is a ``pg:Sector``).  The report
names, for each problem, the node, the shape, the path and the shape's message.

Examples
--------
>>> from partnergraph.graph import PartnershipGraph, Source
>>> g = PartnershipGraph()
>>> doc = g.add_document("derby.txt", title="Closing the Gap")
>>> g.add_source(doc, Source(doc, start=0, end=0, rule="document"))
>>> hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby",
...                  source=Source(doc, quote="the Board", start=0, end=9, rule="example"))
>>> validate(g).conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

import rdflib
from rdflib.namespace import RDF, SH, SKOS

from partnergraph.ontology import PREFIXES, ontology_graph, shapes_graph
from partnergraph.ontology.shapes import SHAPES_IRI

from .model import PartnershipGraph
from .rdf import RdfError, _infer_base, rdf_format_for, to_rdflib

__all__ = ["validate", "validate_file", "validate_rdflib", "Report", "Problem"]


@dataclass(frozen=True, order=True)
class Problem:
    """One result of the validation: which node, which shape, which path, and why."""

    node: str
    path: str
    message: str
    shape: str
    value: str = ""
    severity: str = "Violation"


@dataclass
class Report:
    """The outcome of :func:`validate`: whether the graph conforms, and every problem found."""

    conforms: bool
    problems: list[Problem] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.conforms

    def rows(self) -> list[dict[str, str]]:
        """The problems as plain rows (for ``--format csv|json``)."""
        return [{"node": p.node, "shape": p.shape, "path": p.path, "message": p.message,
                 "value": p.value, "severity": p.severity} for p in self.problems]

    def text(self) -> str:
        """The report as lines a person reads, one block per problem."""
        if self.conforms:
            return "The graph conforms to the partnergraph shapes.\n"
        lines = [f"The graph does not conform: {len(self.problems)} problem(s)."]
        for p in self.problems:
            lines.append(f"- {p.node}")
            lines.append(f"    shape: {p.shape}   path: {p.path}"
                         + (f"   value: {p.value}" if p.value else ""))
            lines.append(f"    {p.severity}: {p.message}")
        return "\n".join(lines) + "\n"


def validate(graph: PartnershipGraph) -> Report:
    """Validate a :class:`PartnershipGraph` against the shipped SHACL shapes."""
    return validate_rdflib(to_rdflib(graph), base=graph.base)


def validate_file(path: str | Path) -> Report:
    """Validate the triples of an RDF file as they are (not as the model would read them).

    Reading into a :class:`PartnershipGraph` first would repair or drop what is
    wrong (a missing label becomes the identifier, an edge without its link is
    ignored), so the file itself is checked.
    """
    path = Path(path)
    # TriG (one named graph per document) is checked as the union of its graphs.
    fmt = ox.RdfFormat.TRIG if path.suffix.lower() == ".trig" else rdf_format_for(path)
    try:
        triples = [q.triple for q in ox.parse(path=str(path), format=fmt)]
    except OSError as exc:
        raise RdfError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (SyntaxError, ValueError) as exc:
        raise RdfError(f"{path}: not valid {fmt.name} ({str(exc).strip().splitlines()[0]})") from None
    data = rdflib.Graph()
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return validate_rdflib(data, base=_infer_base(triples))


def validate_rdflib(data: rdflib.Graph, *, base: str | None = None) -> Report:
    """Validate an :class:`rdflib.Graph` (a graph read from any RDF file)."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(
        _with_concepts(data), shacl_graph=_shapes(), ont_graph=_ontology(), inference="none", abort_on_first=False,
        allow_infos=True, allow_warnings=True, advanced=False)
    problems = sorted({_problem(results, r, base) for r in results.subjects(RDF.type, SH.ValidationResult)})
    return Report(conforms=bool(conforms), problems=problems)


def _with_concepts(data: rdflib.Graph) -> rdflib.Graph:
    # pySHACL mixes in the ontology's axioms only, not the typing of the scheme concepts
    # (sectors, kinds, verdicts) that sh:class checks need; add those to a copy of the data.
    mixed = rdflib.Graph()
    for triple in data:
        mixed.add(triple)
    for triple in _concept_types():
        mixed.add(triple)
    return mixed


@lru_cache(maxsize=1)
def _concept_types() -> tuple:
    onto = _ontology()
    concepts = set(onto.subjects(RDF.type, SKOS.Concept))
    return tuple((c, RDF.type, t) for c in sorted(concepts) for t in sorted(onto.objects(c, RDF.type)))


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return shapes_graph()


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return ontology_graph()


_NAMES = sorted([(ns, prefix) for prefix, ns in PREFIXES.items()] + [(SHAPES_IRI, "pgsh")], key=lambda x: -len(x[0]))


def _short(term: rdflib.term.Node | None, base: str | None = None) -> str:
    """A term as a person reads it: a CURIE, a node identifier under the base, or the literal."""
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        text = str(term)
        if base and text.startswith(base):
            return text[len(base):]
        for ns, prefix in _NAMES:
            if text.startswith(ns) and text != ns:
                return f"{prefix}:{text[len(ns):]}"
        return text
    if isinstance(term, rdflib.Literal):
        return str(term)
    return "(blank node)"


def _problem(results: rdflib.Graph, r: rdflib.term.Node, base: str | None) -> Problem:
    shape = results.value(r, SH.sourceShape)
    # Property shapes are blank nodes; name them by the node shape that holds them.
    owner = next(iter(_shapes().subjects(SH.property, shape)), None) if isinstance(shape, rdflib.BNode) else shape
    messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
    component = _short(results.value(r, SH.sourceConstraintComponent))
    return Problem(
        node=_short(results.value(r, SH.focusNode), base),
        path=_short(results.value(r, SH.resultPath)),
        message=messages[0] if messages else component,
        shape=_short(owner if owner is not None else shape),
        value=_short(results.value(r, SH.value), base),
        severity=_short(results.value(r, SH.resultSeverity)).removeprefix("sh:"),
    )
