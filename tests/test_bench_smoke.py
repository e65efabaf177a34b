"""A tiny run of the benchmark's generator, build and queries: checks answers, never times."""

from __future__ import annotations

import json

import pytest

from bench.generate import generate
from bench.recall import body_counts, check_overlaps, entity_recall
from bench.reference import reference_graph
from bench.stages import named_queries
from partnergraph.build import build
from partnergraph.loaders import loader_for


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench-small")
    generate(folder, authorities=2, years=2, seed=11)
    return folder


@pytest.fixture(scope="module")
def reference(data):
    return reference_graph(data)


def test_reference_graph_holds_what_the_generator_planted(data, reference):
    summary = json.loads((data / "truth" / "summary.json").read_text())
    counts = reference.counts()
    assert counts["Place"] == 2
    assert counts["Document"] == summary["documents"] + summary["registers"]
    # Each authority has one Health and Wellbeing Board, scrutiny committee, executive and audit committee.
    hwbs = [n for n, d in reference.nodes("Board") if d.get("kind") == "health-and-wellbeing-board"]
    assert len(hwbs) == 2
    assert counts["Board"] == 8
    assert reference.relation_counts()["addressesTheme"] > 100


def test_registers_build_the_bodies_the_truth_names(data):
    if loader_for(data / "registers" / "x.yaml") is None:
        pytest.skip("no register loader is registered")
    result = build([data / "registers"])
    assert result.failures == []
    counts = body_counts(result.graph, data)
    # Registers name every local body; only the national bodies come from the papers alone.
    assert counts["Board"]["built"] == counts["Board"]["expected"] == 8
    assert counts["Partnership"]["built"] == counts["Partnership"]["expected"]
    assert counts["Organisation"]["expected"] - 3 <= counts["Organisation"]["built"] <= counts["Organisation"]["expected"]


def test_documents_are_extracted_with_some_recall(data):
    if loader_for(data / "x.txt") is None:
        pytest.skip("no documents loader is registered for .txt")
    files = sorted((data / "documents").rglob("*.txt"))
    result = build(files)
    assert result.failures == []
    recall = entity_recall(result.graph, data, files=[str(f.relative_to(data / "documents")) for f in files])
    assert recall["expected"] > 200
    assert recall["by_type"]["Board"] > 0.5


def test_overlaps_query_finds_the_planted_overlaps(data, reference):
    queries = dict(named_queries())
    if "overlaps" not in queries:
        pytest.skip("partnergraph.queries has no overlaps function yet")
    check = check_overlaps(queries["overlaps"](reference), data)
    assert check["expected"] >= 10
    assert check["missing"] == []
    assert check["places_agree"] >= check["expected"] - 2


def test_every_named_query_answers_on_the_reference_graph(reference):
    queries = named_queries()
    assert "summary" in dict(queries)
    for name, func in queries:
        out = func(reference)
        rows = out if isinstance(out, (list, tuple, dict)) else list(out) if hasattr(out, "__iter__") else [out]
        if name == "summary":
            assert {(r.kind, r.name) for r in rows} >= {("node", "Board"), ("edge", "addressesTheme")}


def test_linked_data_stage_produces_its_figures(data, tmp_path):
    """Every step of the linked-data stage runs at a tiny size and reports its figures (never timings)."""
    from bench.linked import FULL_STEPS, run_steps

    metrics = run_steps(data, tmp_path, {"slice_triples": 3000, "max_rss_mb": 4000, "step_timeout": 300})
    steps = metrics["steps"]
    assert metrics["triples"] > metrics["slice_triples"] == 3000
    push_ran = steps["push"]["status"] == "ok"
    for name in FULL_STEPS:
        if name == "push" and not push_ran:
            assert "oxigraph" in steps[name]["reason"]  # only when the server is not installed
            continue
        assert steps[name]["status"] == "ok", (name, steps[name].get("reason"))
        assert steps[name]["triples_per_s"] > 0 and steps[name]["peak_rss_mb"] > 0
    assert steps["store_build"]["triples"] == steps["store_load"]["triples"] == metrics["triples"]
    if push_ran:
        push = steps["push"]
        assert push["on_server_after_1"] == push["on_server_after_2"] == metrics["triples"]
        assert push["idempotent"] is True
        assert steps["slice_push_ours"]["on_server_after_2"] == steps["slice_push_rdflib"]["on_server_after_1"] == 3000
    ratios = metrics["ratios"]
    assert set(ratios) >= {"turtle_save", "jsonld_export", "store_build"} | ({"push"} if push_ran else set())
    for entry in ratios.values():
        assert entry["slice_triples"] == 3000
        assert entry["ratio_rdflib_over_ours"] > 0
        assert entry["rdflib_whole_graph_s_extrapolated"] >= entry["rdflib_s"]
