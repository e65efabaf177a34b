"""Shared fixtures: where the repository, the examples and the seed documents are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five real council papers; absent on a user's clone, so tests that need them skip."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seed documents not found at {SEEDS} (they live outside the repository)")
    return SEEDS


@pytest.fixture(scope="session")
def seed_graph(seeds_dir):
    """The graph of the five seed papers, built once for every test that reads it (read-only)."""
    from partnergraph.build import build

    result = build(sorted(seeds_dir.glob("*.txt")))
    if result.failures:
        pytest.skip(f"the document loader could not read the seeds: {result.failures[0]}")
    return result.graph
