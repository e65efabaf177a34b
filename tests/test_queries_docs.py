"""The command lines in docs/queries.md run (on a small graph), so the documentation cannot rot."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import PartnershipGraph, save

HERE = Path(__file__).parent
DOC = HERE.parent / "docs" / "queries.md"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"_pgdoc_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip().startswith("partnergraph ")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    g = PartnershipGraph()
    g.merge(_module("test_queries_overlaps").four_councils())
    g.merge(_module("test_queries_dependencies").oxford())
    g.merge(_module("test_queries_gaps").scrutiny())
    (d / "out").mkdir()
    save(g, d / "out" / "graph.ttl")
    (d / "my-question.rq").write_text("SELECT ?s WHERE { ?s a pg:Board }", encoding="utf-8")
    return d


def test_the_doc_shows_every_query_command():
    shown = {c.split()[2] if c.split()[1] == "query" else c.split()[1] for c in _commands()}
    assert shown >= {"match", "unmatched", "overlaps", "matrix", "interdependencies", "path", "gaps",
                     "influence", "recommendations", "sparql"}


@pytest.mark.parametrize("command", _commands())
def test_documented_command_runs(command, workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == 0, f"{command}\n{result.output}"
    assert result.output.strip()  # every example prints rows or says what it wrote
