"""The ontology: closed namespace, consistent declarations, schemes, and one place for IRIs and colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDFS, Graph

from partnergraph.ontology import (
    NODE_TYPES,
    NS,
    PG,
    RELATIONS,
    SCHEME_NAMES,
    UnknownTermError,
    concept,
    is_subtype,
    lineage,
    lookup,
    node_type,
    ontology_graph,
    relation,
    scheme,
    shapes_graph,
    verdict_for,
)

LAYERS = ("graph", "loaders", "queries", "viz", "partnergraph")


def test_misspelt_class_raises_instead_of_minting_an_iri():
    assert str(PG.Board) == NS + "Board"
    with pytest.raises(AttributeError):
        PG.Bord  # noqa: B018
    with pytest.raises(UnknownTermError, match="unknown node type 'Bord'"):
        node_type("Bord")
    with pytest.raises(UnknownTermError, match="unknown relation"):
        relation("reportTo")


def test_relations_name_declared_types_only():
    for r in RELATIONS.values():
        for name in (*r.domain, *r.range):
            assert name in NODE_TYPES, f"{r.name} names undeclared type {name}"


def test_every_drawn_type_has_a_distinct_colour_and_a_shape():
    drawn = [t for t in NODE_TYPES.values() if t.drawn]
    colours = [t.colour.lower() for t in drawn]
    assert len(set(colours)) == len(colours), "two drawn types share a colour"
    for t in drawn:
        assert re.fullmatch(r"#[0-9a-fA-F]{6}", t.colour), t.name
        assert t.shape in {"dot", "box", "diamond", "hexagon", "triangle", "triangleDown", "square", "star",
                           "ellipse"}


def test_board_and_partnership_are_organisations_and_share_identity():
    assert is_subtype("Board", "Organisation") and is_subtype("Partnership", "Organisation")
    assert not is_subtype("Theme", "Organisation")
    assert node_type("Board").id_prefix == node_type("Organisation").id_prefix == "org"


def test_nhs_commissioner_lineage_makes_pct_ccg_and_icb_comparable():
    assert [c.id for c in lineage("integrated-care-board")] == [
        "integrated-care-board", "clinical-commissioning-group", "primary-care-trust"]
    assert concept("kinds", "clinical-commissioning-group").year == 2013
    assert {concept("kinds", k).broader for k in ("primary-care-trust", "clinical-commissioning-group",
                                                  "integrated-care-board")} == {"nhs-commissioner"}
    assert lookup("kinds", "PCT").id == "primary-care-trust"
    assert lookup("kinds", "CCG").id == "clinical-commissioning-group"


@pytest.mark.parametrize("wording, verdict", [
    ("Yes", "accepted"), ("Agreed", "accepted"), ("Partially", "partially-accepted"), ("No", "rejected"),
    ("Rejected", "rejected"), ("Noted", "noted"), ("Deferred", "deferred"), ("  partially. ", "partially-accepted"),
])
def test_response_wordings_map_to_the_verdict_scheme(wording, verdict):
    assert verdict_for(wording).id == verdict


def test_unknown_verdict_is_none():
    assert verdict_for("maybe later perhaps") is None


def test_scheme_references_point_inside_the_schemes():
    sectors = {c.id for c in scheme("sectors").concepts}
    for c in scheme("kinds").concepts:
        assert set(c.sectors) <= sectors, c.id
        for ref in (c.broader, c.replaces):
            if ref:
                scheme("kinds").get(ref)
        if c.type:
            assert is_subtype(c.type, "Organisation")


def test_reference_themes_include_marmot_objectives_and_enablers_with_matching_words():
    themes = scheme("themes").concepts
    groups = {c.group for c in themes}
    assert groups == {"objective", "enabler"}
    ids = {c.id for c in themes}
    assert {"best-start-in-life", "fair-employment", "prevention", "tackle-discrimination",
            "environmental-sustainability", "data-and-intelligence", "health-in-all-policies"} <= ids
    assert all(c.keywords or c.phrases for c in themes)


def test_owl_ontology_declares_every_type_relation_and_scheme():
    g = ontology_graph()
    assert (PG.Board, RDFS.subClassOf, PG.Organisation) in g
    for name in NODE_TYPES:
        assert (PG[name], RDFS.label, None) in g
    for name in RELATIONS:
        assert (PG[name], RDFS.label, None) in g
    text = g.serialize(format="turtle")
    reparsed = Graph().parse(data=text, format="turtle")
    assert len(reparsed) == len(g)
    assert len(SCHEME_NAMES) == 4


def test_shapes_cover_every_drawn_type():
    from rdflib.namespace import SH

    g = shapes_graph()
    targets = set(g.objects(None, SH.targetClass))
    for t in NODE_TYPES.values():
        if t.drawn:
            assert PG[t.name] in targets, t.name


def _code_lines(path: Path):
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        yield i, line


# Vocabulary IRIs: ours and the W3C and other vocabularies we align with or read.
_VOCABULARY_IRI = re.compile(r"w3id\.org/partnergraph|www\.w3\.org/(?!2000/svg)|xmlns\.com/foaf|schema\.org/"
                             r"|purl\.org/dc|popoloproject\.com")


def test_vocabulary_iris_are_spelt_only_in_the_ontology(repo):
    offenders = []
    for layer in LAYERS:
        for path in sorted((repo / layer).rglob("*.py")):
            for i, line in _code_lines(path):
                if _VOCABULARY_IRI.search(line):
                    offenders.append(f"{path.relative_to(repo)}:{i}")
    assert not offenders, "vocabulary IRIs spelt outside ontology/: " + ", ".join(offenders)


def test_type_colours_are_spelt_only_in_the_ontology(repo):
    colours = {t.colour.lower() for t in NODE_TYPES.values() if t.drawn}
    colours |= {r.colour.lower() for r in RELATIONS.values()}
    offenders = []
    for layer in LAYERS:
        for path in sorted((repo / layer).rglob("*")):
            if path.suffix not in (".py", ".js", ".css", ".html", ".j2", ".jinja"):
                continue
            text = path.read_text(encoding="utf-8", errors="ignore").lower()
            for colour in colours:
                if colour in text:
                    offenders.append(f"{path.relative_to(repo)} spells {colour}")
    assert not offenders, "; ".join(offenders)
