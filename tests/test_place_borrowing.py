"""A paper that names no place borrows the place of the papers it shares distinctive evidence with."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partnergraph.build import build
from partnergraph.graph import dumps
from partnergraph.loaders.documents import extract_file
from partnergraph.loaders.documents.places import PlaceIndex, evidence_items, is_generic

PAIR = Path(__file__).parent / "data" / "documents" / "borrowing"
PLACED = PAIR / "fernhollow-scrutiny-progress.txt"
UNPLACED = PAIR / "cabinet-response-river-review.txt"


def _document(graph, file_name: str) -> dict:
    (data,) = [d for _, d in graph.nodes("Document") if d["file_name"] == file_name]
    return data


def _bodies(graph, label: str) -> list[str]:
    return [nid for nid, d in graph.nodes("Organisation") if d["label"] == label]


def test_the_pair_as_extracted():
    assert extract_file(PLACED).front.place == "Fernhollow"
    assert extract_file(UNPLACED).front.place is None


def test_a_paper_with_no_place_borrows_the_place_it_shares_evidence_with():
    result = build([PAIR])
    g = result.graph
    response = _document(g, UNPLACED.name)
    assert g.place_name(_document_id(g, UNPLACED.name)) == "Fernhollow"
    # The Document says why, naming the paper and the shared items.
    why = response["description"]
    assert why.startswith("Place Fernhollow borrowed from fernhollow-scrutiny-progress.txt")
    for item in ("Cabinet Member for Rivers, Parks and Open Spaces", "Owen Castellan",
                 "a meeting of the Scrutiny Committee on 2024-03-12", "Lower Vale Water Partnership"):
        assert item in why
    assert result.notes == [f"{UNPLACED}: {why}"]
    assert not [w for w in result.warnings if "no place of its own" in w]
    # The bodies both papers name are now one node each, read from both papers.
    for label in ("Scrutiny Committee", "Lower Vale Water Partnership"):
        (nid,) = _bodies(g, label)
        assert nid.startswith("org/fernhollow/")
        assert len(g.documents_of(nid)) == 2, label
    (post,) = [nid for nid, d in g.nodes("Post") if d["label"] == "Cabinet Member for Rivers, Parks and Open Spaces"]
    assert post.startswith("post/fernhollow/") and len(g.documents_of(post)) == 2


def _document_id(graph, file_name: str) -> str:
    (nid,) = [nid for nid, d in graph.nodes("Document") if d["file_name"] == file_name]
    return nid


def test_without_borrowing_the_paper_stays_unscoped():
    g = build([PAIR], borrow_places=False).graph
    assert g.place_name(_document_id(g, UNPLACED.name)) is None
    assert "description" not in _document(g, UNPLACED.name)
    assert len(_bodies(g, "Scrutiny Committee")) == 2  # Fernhollow's, and no place's


def test_alone_it_stays_unscoped_and_the_build_says_why():
    result = build([UNPLACED])
    g = result.graph
    assert g.place_name(_document_id(g, UNPLACED.name)) is None
    assert _document(g, UNPLACED.name)["description"].startswith("No place: it shares no distinctive")
    (warning,) = [w for w in result.warnings if "no place of its own" in w]
    assert warning.startswith(str(UNPLACED))
    assert result.notes == []


def test_evidence_that_points_to_two_places_borrows_nothing(tmp_path):
    folder = tmp_path / "papers"
    shutil.copytree(PAIR, folder)
    # A second council's paper that went to a cabinet on the day the response names, and shares nothing else.
    (folder / "westerby-cabinet-report.txt").write_text(
        "WESTERBY CITY COUNCIL\n\nTo: Cabinet\nDate: 12 March 2024\n\n"
        "The Westerby Youth Forum ran litter picks along the Westerby canal this winter.\n",
        encoding="utf-8")
    result = build([folder])
    g = result.graph
    assert g.place_name(_document_id(g, UNPLACED.name)) is None
    (warning,) = [w for w in result.warnings if "no place of its own" in w]
    assert "more than one place" in warning and "Fernhollow" in warning and "Westerby" in warning


def test_too_little_shared_evidence_borrows_nothing(tmp_path):
    placed = tmp_path / "fernhollow-note.txt"
    placed.write_text("FERNHOLLOW BOROUGH COUNCIL\n\nTo: Cabinet\nDate: 9 January 2024\n\n"
                      "The Fernhollow Lower Vale Water Partnership met the Fernhollow Angling Trust.\n",
                      encoding="utf-8")
    shutil.copy(UNPLACED, tmp_path / UNPLACED.name)
    result = build([tmp_path])
    g = result.graph
    assert g.place_name(_document_id(g, UNPLACED.name)) is None
    assert "shares too little with the papers of Fernhollow" in _document(g, UNPLACED.name)["description"]


def test_generic_names_are_not_evidence():
    assert is_generic("Scrutiny Committee") and is_generic("Director of Public Health")
    assert is_generic("Health and Well Being Board") and is_generic("City Executive Board")
    assert not is_generic("Lower Vale Water Partnership")
    keys = {item.key for item in evidence_items(extract_file(UNPLACED))}
    assert ("body", "scrutinycommittee") not in keys and ("meeting", "scrutinycommittee", "2024-03-12") in keys


def test_papers_of_several_places_make_an_item_not_distinctive():
    index = PlaceIndex()
    x = extract_file(PLACED)
    index.add(x, "a.txt")
    x.front.place = "Ashcombe"
    index.add(x, "b.txt")  # the same evidence, now also Ashcombe's
    decision = index.decide(extract_file(UNPLACED))
    assert decision.place is None
    assert not any(item.key[0] in ("post", "person", "meeting") for item in decision.shared)


def test_borrowing_is_deterministic():
    assert dumps(build([PAIR]).graph) == dumps(build([UNPLACED, PLACED]).graph)


def test_seed_response_borrows_its_councils_place(seed_graph, seeds_dir):
    """The scrutiny response (000) names no council; it shares a post and a meeting with 001."""
    g = seed_graph
    first, second = sorted(p.name for p in seeds_dir.glob("00[01]_*.txt"))
    response = _document_id(g, first)
    assert g.place_name(response) == g.place_name(_document_id(g, second)) is not None
    assert "borrowed from " + second in g.node(response)["description"]
    docs = {response, _document_id(g, second)}
    for label in ("Scrutiny Committee", "City Executive Board", "Health and Wellbeing Board", "CCG"):
        # One node for the two papers' body (000 spells one of them "Health and Well Being Board").
        nodes = [nid for nid in _bodies(g, label) if docs & set(g.documents_of(nid))]
        assert len(nodes) == 1, (label, nodes)
        assert docs <= set(g.documents_of(nodes[0])), label
    posts = [nid for nid, d in g.nodes("Post") if d["label"].startswith("Board Member for Young People")]
    assert len(posts) == 1 and docs <= set(g.documents_of(posts[0]))


@pytest.mark.parametrize("name", ["000", "001"])
def test_seed_papers_alone_keep_their_own_place(seeds_dir, name):
    (path,) = seeds_dir.glob(f"{name}_*.txt")
    g = build([path]).graph
    own = extract_file(path).front.place
    assert g.place_name(_document_id(g, path.name)) == own
