"""The model: provenance is required, identity is place-scoped, aliases resolve, merges keep sources."""

from __future__ import annotations

import pytest

from partnergraph.graph import GraphError, PartnershipGraph, ProvenanceError, Source, node_id


@pytest.fixture
def g():
    return PartnershipGraph()


def _src(g, file="paper.txt", start=0, end=10, quote="q"):
    doc = g.add_document(file)
    return Source(doc, quote=quote, start=start, end=end, rule="test")


def test_nothing_enters_without_a_source(g):
    with pytest.raises(ProvenanceError):
        g.add_node("Board", "Scrutiny Committee", source=None)  # type: ignore[arg-type]
    with pytest.raises(ProvenanceError, match="span .* or a row"):
        Source("document/x")
    with pytest.raises(ProvenanceError, match="confidence"):
        Source("document/x", row=1, confidence=1.5)
    a = g.add_node("Board", "Scrutiny Committee", source=_src(g))
    b = g.add_node("Organisation", "Oxford City Council", source=_src(g))
    with pytest.raises(ProvenanceError):
        g.add_edge(a, "accountableTo", b, source="paper.txt")  # type: ignore[arg-type]


def test_same_name_in_two_places_is_two_nodes_of_one_kind(g):
    derby = g.add_node("Board", "Health and Wellbeing Board", place="Derby", source=_src(g),
                       kind="health-and-wellbeing-board")
    hackney = g.add_node("Board", "Hackney Health and Wellbeing Board", place="Hackney", source=_src(g),
                         kind="health-and-wellbeing-board")
    assert derby == "org/derby/health-and-wellbeing-board"
    assert hackney == "org/hackney/health-and-wellbeing-board"
    assert g.node(derby)["kind"] == g.node(hackney)["kind"]
    assert g.place_name(derby) == "Derby"


def test_aliases_and_acronyms_resolve_to_one_node_in_their_place(g):
    derby = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB", "the Board"],
                       source=_src(g))
    hackney = g.add_node("Board", "Health and Wellbeing Board", place="Hackney", aliases=["HWB"],
                         source=_src(g))
    assert g.resolve("HWB", place="Derby") == derby
    assert g.resolve("the board", place="Derby") == derby
    assert g.resolve("Health and Well-being Board", place="Hackney") == hackney
    assert g.resolve("HWB") is None, "without a place the acronym is ambiguous"
    assert sorted(g.candidates("HWB")) == [derby, hackney]
    assert g.resolve("Derby Health and Wellbeing Board", place="Derby") == derby
    assert g.resolve("Derby Health and Wellbeing Board") == derby, "the place in the name is enough"
    assert g.resolve("Hackney HWB") == hackney


def test_adding_again_merges_and_keeps_every_source(g):
    s1 = _src(g, "a.txt", 0, 5)
    s2 = _src(g, "b.txt", 7, 9)
    n1 = g.add_node("Organisation", "Luton Primary Care Trust", place="Luton", source=s1)
    n2 = g.add_node("Organisation", "Luton Primary Care Trust", place="Luton", aliases=["Luton PCT"], source=s2)
    assert n1 == n2
    assert g.node(n1)["sources"] == {s1, s2}
    assert g.documents_of(n1) == ["document/a-txt", "document/b-txt"]
    assert g.resolve("Luton PCT", place="Luton") == n1


def test_a_later_reading_may_make_a_type_more_specific_never_less(g):
    n = g.add_node("Organisation", "Scrutiny Committee", place="Oxford", source=_src(g))
    g.add_node("Board", "Scrutiny Committee", place="Oxford", source=_src(g))
    assert g.node(n)["type"] == "Board"
    g.add_node("Organisation", "Scrutiny Committee", place="Oxford", source=_src(g))
    assert g.node(n)["type"] == "Board"


def test_edges_must_fit_the_relation_domain_and_range(g):
    rec = g.add_node("Recommendation", "Pool local data", place="Oxford", source=_src(g))
    theme = g.add_node("Theme", "Data and intelligence", place="Oxford", source=_src(g))
    body = g.add_node("Board", "Scrutiny Committee", place="Oxford", source=_src(g))
    g.add_edge(rec, "madeBy", body, source=_src(g))
    with pytest.raises(GraphError, match="cannot have a theme as its object"):
        g.add_edge(rec, "madeBy", theme, source=_src(g))
    with pytest.raises(GraphError, match="no node"):
        g.add_edge(rec, "madeBy", "org/nowhere", source=_src(g))
    assert [(s, r, o) for s, r, o, _ in g.edges()] == [(rec, "madeBy", body)]


def test_symmetric_relations_keep_one_edge_per_pair(g):
    a = g.add_node("Organisation", "Luton Borough Council", place="Luton", source=_src(g))
    b = g.add_node("Organisation", "Luton Primary Care Trust", place="Luton", source=_src(g))
    g.add_edge(a, "partnerOf", b, source=_src(g, "x.txt"))
    g.add_edge(b, "partnerOf", a, source=_src(g, "y.txt"))
    edges = list(g.edges("partnerOf"))
    assert len(edges) == 1
    assert len(edges[0][3]["sources"]) == 2


def test_unknown_attributes_and_types_are_refused(g):
    from partnergraph.ontology import UnknownTermError

    with pytest.raises(UnknownTermError):
        g.add_node("Board", "X", source=_src(g), colour="red")
    with pytest.raises(UnknownTermError):
        g.add_node("Commitee", "X", source=_src(g))
    with pytest.raises(GraphError, match="made by the graph"):
        g.add_node("Document", "X", source=_src(g))


def test_identifiers_are_deterministic_and_long_labels_stay_unique():
    long_a = "That the Council should make building up its research and policy capacity a priority, so that " \
             "it can understand inequalities"
    long_b = long_a.replace("understand", "address")
    a = node_id("Recommendation", long_a, place="Oxford")
    assert a == node_id("Recommendation", long_a, place="Oxford")
    assert a != node_id("Recommendation", long_b, place="Oxford")
    assert len(a.rsplit("/", 1)[-1]) <= 70


def test_merge_of_two_graphs_keeps_sources_of_both():
    g1, g2 = PartnershipGraph(), PartnershipGraph()
    s1 = _src(g1, "one.txt")
    s2 = _src(g2, "two.txt")
    a = g1.add_node("Theme", "Early years", place="Derby", source=s1)
    g2.add_node("Theme", "Early years", place="Derby", aliases=["best start"], source=s2)
    g1.merge(g2)
    assert g1.node(a)["sources"] == {s1, s2}
    assert g1.resolve("best start", place="Derby") == a


def test_sources_of_different_kinds_sort_together():
    """A register row (no span) and a text span (no row) for one fact must sort, for stable output."""
    row = Source("document/a", file="reg.csv", sheet="Elements", row=3)
    span = Source("document/a", quote="x", start=5, end=9, rule="body-name")
    other = Source("document/b", start=0, end=1)
    assert sorted([other, span, row]) == sorted([row, other, span])
    assert sorted([other, span, row])[-1] == other
