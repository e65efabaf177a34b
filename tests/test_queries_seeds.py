"""The queries on the graph built from the seed documents (skipped when the seeds or a loader are absent).

The seeds are read at test time, never copied; the matcher knows none of their names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partnergraph.queries.matching import Matcher, unmatched
from partnergraph.queries.overlaps import overlaps

SEEDS = Path(__file__).parent.parent.parent / "shared" / "seeds"


def _sentence(words: str) -> str:
    """The sentence of a seed document that contains ``words`` (read from the file, not stored here)."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        for sentence in re.split(r"(?<=[.;])\s+|\s+-\s+|\s·\s", text):
            if words.lower() in sentence.lower():
                return sentence
    pytest.skip(f"no seed sentence contains {words!r}")


def test_the_three_wordings_of_the_best_start_in_the_seeds_match_one_reference_theme():
    if not SEEDS.is_dir():
        pytest.skip(f"no seed documents at {SEEDS}")
    m = Matcher()
    # Derby's theme list, Hackney's minutes and Oxford's list of partnerships word it differently.
    for words in ("good start in life", "investment in young people", "Trust"):
        sentence = _sentence(words)
        fragment = sentence if words != "Trust" else next(
            p.strip() for p in re.split(r",| and ", sentence) if "Trust" in p)
        assert "best-start-in-life" in {x.concept.id for x in m.match(fragment)}, fragment


def test_overlaps_on_the_seeds_list_data_and_intelligence_across_councils(seed_graph):
    rows = {r.concept: r for r in overlaps(seed_graph)}
    data = rows["data-and-intelligence"]
    # Hackney's minutes and Luton's audit both name the joint strategic needs assessment, and the
    # Oxford response asks for research capacity and pooled data: several papers, several councils.
    assert len(data.documents) >= 2 and {"Hackney", "Luton"} <= set(data.places)
    assert all(d.endswith(".txt") for d in data.documents)
    assert data.evidence
    # Cross-council sharing comes first: the top row spans more than one council.
    ranked = overlaps(seed_graph)
    assert len(ranked[0].places) >= 2
    # The best start: Derby's theme list ("a good start in life") and Oxford's Children's Trust,
    # two papers worded differently, are one reference theme.
    start = rows["best-start-in-life"]
    assert len(start.documents) >= 2
    assert any("start in life" in i.lower() for i in start.items)
    assert any("trust" in i.lower() for i in start.items)
    # ... and Hackney's minutes ("investment in young people") make it a concern of two councils.
    assert any("young people" in i.lower() and "start" not in i.lower() for i in start.items)
    assert {"Derby", "Hackney"} <= set(start.places)
    # Every row is shared by definition.
    assert all(len(r.documents) > 1 or len(r.places) > 1 or len(r.sectors) > 1 or len(r.bodies) > 1
               for r in rows.values())


def test_unmatched_report_on_the_seeds_is_short_and_holds_no_unmatched_theme_list_item(seed_graph):
    rows = list(unmatched(seed_graph))
    items = sum(1 for _, d in seed_graph.nodes() if d["type"] in
                ("Theme", "Strategy", "Initiative", "Recommendation", "Indicator"))
    assert len(rows) < items / 2
    # What stays unmatched are names of plans and programmes and procedural recommendations
    # ("note the report"), never a theme that names a subject: a theme left over has no words
    # of any reference theme at all.
    for r in rows:
        if r.type == "Theme":
            assert r.nearest_score < 0.5 and r.nearest is None, r.label
