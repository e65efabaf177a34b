"""Theme matching: deterministic, explainable, driven by the scheme's data."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from partnergraph.graph import PartnershipGraph, Source
from partnergraph.ontology import NS, SchemeError
from partnergraph.queries.matching import (
    Matcher,
    load_themes,
    match_themes,
    match_triples,
    unmatched,
)


def _src(doc: str, quote: str = "") -> Source:
    return Source(doc, quote=quote, start=0, end=len(quote))


@pytest.fixture()
def graph() -> PartnershipGraph:
    g = PartnershipGraph()
    derby = g.add_document("derby-plan.txt", place="Derby")
    hackney = g.add_document("hackney-minutes.txt", place="Hackney")
    oxford = g.add_document("oxford-response.txt", place="Oxford")
    g.add_node("Theme", "Give all young people a good start in life", place="Derby",
               source=_src(derby, "Give all young people a good start in life."))
    g.add_node("Theme", "investment in young people", place="Hackney",
               source=_src(hackney, "greater investment in young people"))
    g.add_node("Partnership", "Children's Trust", place="Oxford", source=_src(oxford, "Children's Trust"))
    g.add_node("Theme", "Refuse collection", place="Oxford", source=_src(oxford, "refuse collection"))
    g.add_node("Board", "Scrutiny Committee", place="Oxford", source=_src(oxford, "Scrutiny Committee"))
    return g


def test_three_wordings_of_the_best_start_match_one_concept(graph):
    rows = {r.label: r for r in match_themes(graph)}
    # Boards are not matched (only themes, strategies, ... and thematic partnerships).
    assert set(rows) == {"Give all young people a good start in life", "investment in young people",
                         "Children's Trust"}
    assert {r.theme for r in rows.values()} == {"best-start-in-life"}
    derby = rows["Give all young people a good start in life"]
    # Content words: give, young, people, good, start, life (6); the alt label "good start in life"
    # and the phrase "young people" claim 5 of them: coverage 5/6 = 0.833; evidence 2 phrases
    # gives 1 - 0.5**2 = 0.75; score is the larger; coverage >= 0.8 makes it a closeMatch.
    assert (derby.score, derby.relation, derby.method) == (0.833, "closeMatch", "phrase")
    assert derby.matched_words == ("good start in life", "young people")
    assert derby.documents == ("derby-plan.txt",) and derby.place == "Derby"
    hackney = rows["investment in young people"]
    # investment, young, people: 2 of 3 claimed -> 0.667, a broadMatch.
    assert (hackney.score, hackney.relation, hackney.matched_words) == (0.667, "broadMatch", ("young people",))
    trust = rows["Children's Trust"]
    assert (trust.score, trust.matched_words) == (1.0, ("children trust",))


def test_a_phrase_claims_its_words_from_other_concepts_keywords():
    m = Matcher()
    # "working together" is a partnership phrase; "work" alone would be a fair-employment keyword.
    assert [x.concept.id for x in m.match("working together")] == ["partnership-and-governance"]
    assert [x.concept.id for x in m.match("work")] == ["fair-employment"]


def test_keywords_fold_plurals_and_act_as_stems():
    m = Matcher()
    assert m.match("Activities")[0].words == ("Activities".lower(),)
    assert m.match("Activities")[0].concept.id == "prevention"
    # "engage" (6 letters) is a stem of "engaged"; coverage 1/2 words (engaged, residents are both
    # community-voice keywords -> 2/2).
    hit = m.match("engaged residents")[0]
    assert (hit.concept.id, hit.coverage, hit.words) == ("community-voice", 1.0, ("engaged", "residents"))


def test_below_threshold_is_unmatched_with_its_nearest_miss(graph):
    rows = list(unmatched(graph))
    assert [r.label for r in rows] == ["Refuse collection"]
    assert rows[0].nearest is None and rows[0].nearest_score == 0.0
    # A long sentence with a single keyword: coverage 1/5, evidence 0.5 -> 0.293 < 0.5.
    g = PartnershipGraph()
    d = g.add_document("a.txt")
    g.add_node("Recommendation", "Change the parking charges for staff at the depot", source=_src(d, "x"))
    [row] = unmatched(g)
    assert (row.nearest, row.nearest_score, row.nearest_words) == ("workforce", 0.293, ("staff",))
    assert list(match_themes(g)) == []
    assert [r.theme for r in match_themes(g, threshold=0.25)] == ["workforce"]


def test_label_equal_to_an_alternative_label_scores_one():
    [hit] = Matcher().match("Early Years")
    assert (hit.concept.id, hit.score, hit.method, hit.relation) == ("best-start-in-life", 1.0, "label",
                                                                      "closeMatch")


def test_users_scheme_file_replaces_the_shipped_one(tmp_path, graph):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "scheme: mythemes\n"
        "concepts:\n"
        "  - id: waste\n"
        "    label: Waste and recycling\n"
        "    phrases: [refuse collection]\n"
        "    keywords: [recycling, bins]\n", encoding="utf-8")
    sch = load_themes(path)
    rows = list(match_themes(graph, scheme=sch))
    assert [(r.label, r.theme, r.score) for r in rows] == [("Refuse collection", "waste", 1.0)]
    # With this scheme the young-people themes have nothing to match: the words are data, not code.
    assert {r.label for r in unmatched(graph, scheme=sch)} == {
        "Give all young people a good start in life", "investment in young people"}


def test_bad_scheme_file_names_the_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("concepts: [{label: no id}]\n", encoding="utf-8")
    with pytest.raises(SchemeError, match="bad.yaml"):
        load_themes(path)


def test_match_triples_carry_score_method_and_words(graph):
    rows = list(match_themes(graph))
    store = ox.Store()
    for t in match_triples(graph, rows):
        store.add(ox.Quad(t.subject, t.predicate, t.object))
    q = """PREFIX pg: <https://w3id.org/partnergraph/ns#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?item ?rel ?score ?method (GROUP_CONCAT(?w; separator="|") AS ?words) WHERE {
      ?m a pg:ThemeMatch ; pg:matchOf ?item ; pg:matchTarget ?t ; pg:matchScore ?score ;
         pg:matchMethod ?method ; pg:matchedWords ?w .
      ?item ?rel ?t . FILTER(?rel IN (skos:closeMatch, skos:broadMatch))
    } GROUP BY ?item ?rel ?score ?method ORDER BY ?item"""
    got = {(s["item"].value.rsplit("/", 1)[1], s["rel"].value.rsplit("#", 1)[1], float(s["score"].value),
            s["method"].value, tuple(sorted(s["words"].value.split("|")))) for s in store.query(q)}
    assert got == {
        ("childrens-trust", "closeMatch", 1.0, "phrase", ("children trust",)),
        ("give-all-young-people-a-good-start-in-life", "closeMatch", 0.833, "phrase",
         ("good start in life", "young people")),
        ("investment-in-young-people", "broadMatch", 0.667, "phrase", ("young people",)),
    }
    # Same input, same triples (deterministic).
    assert match_triples(graph, rows) == match_triples(graph, list(match_themes(graph)))
    assert str(NS) in {t.predicate.value[: len(NS)] for t in match_triples(graph, rows)}


def test_users_scheme_file_can_extend_the_shipped_one(tmp_path):
    path = tmp_path / "more.yaml"
    path.write_text(
        "extends: themes\n"
        "concepts:\n"
        "  - id: best-start-in-life\n"
        "    label: ignored when extending\n"
        "    phrases: [sure start]\n"
        "  - id: waste\n"
        "    label: Waste and recycling\n"
        "    keywords: [recycling]\n", encoding="utf-8")
    sch = load_themes(path)
    ids = [c.id for c in sch.concepts]
    assert ids[0] == "best-start-in-life" and ids[-1] == "waste" and len(ids) == 15
    m = Matcher(sch)
    # A shipped concept keeps its words and gains the user's; the new concept matches too.
    assert m.match("Sure Start centres")[0].concept.id == "best-start-in-life"
    assert m.match("early years")[0].concept.id == "best-start-in-life"
    assert m.match("recycling")[0].concept.id == "waste"
    assert Matcher().match("Sure Start centres") == []
