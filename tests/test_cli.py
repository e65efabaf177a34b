"""The command line contract: build, query summary, ontology, template, version, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from rdflib import Graph

from partnergraph import __version__
from partnergraph.cli import cli


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_build_writes_graph_and_prints_a_summary_on_stderr(examples_dir, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(examples_dir), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").exists()
    assert "<html" in (tmp_path / "view.html").read_text(encoding="utf-8")[:500].lower()
    assert "[1/4] register:" in result.stderr
    assert "Recommendations" in result.stderr and "Wrote" in result.stderr
    assert result.stdout == ""


def test_query_summary_counts_match_the_graph(examples_dir, tmp_path):
    runner = CliRunner()
    runner.invoke(cli, ["build", str(examples_dir), "-o", str(tmp_path), "-q"])
    result = runner.invoke(cli, ["query", "summary", "--graph", str(tmp_path / "graph.ttl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {(r["kind"], r["name"]): r["count"] for r in json.loads(result.stdout)}
    assert rows[("node", "Recommendation")] == 8
    assert rows[("node", "Response")] == 3
    assert rows[("node", "Place")] >= 4
    csv_out = runner.invoke(cli, ["query", "summary", "--graph", str(tmp_path / "graph.ttl"), "--format", "csv"])
    assert csv_out.stdout.splitlines()[0] == "kind,name,label,count"


def test_query_on_a_missing_graph_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["query", "summary", "--graph", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'nope.ttl'}: no such graph file (run 'partnergraph " \
                                    f"build' first)"


def test_usage_mistakes_exit_2():
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 2
    assert runner.invoke(cli, ["query", "summary", "--format", "yaml"]).exit_code == 2
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2


def test_missing_input_is_bad_input(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "missing: no such file or folder" in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_keep_going_writes_what_loaded(examples_dir, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("Elements:\n  - {Type: Nonsense, Label: X}\n")
    result = CliRunner().invoke(cli, ["build", str(examples_dir / "derby.yaml"), str(bad), "-o",
                                      str(tmp_path / "out"), "--keep-going", "-q"])
    assert result.exit_code == 1
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_ontology_command_writes_owl_and_shacl(tmp_path):
    result = CliRunner().invoke(cli, ["ontology", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    owl = Graph().parse(tmp_path / "ontology.ttl")
    shapes = Graph().parse(tmp_path / "shapes.ttl")
    assert len(owl) > 500 and len(shapes) > 500


def test_template_command_refuses_to_overwrite(tmp_path):
    runner = CliRunner()
    target = tmp_path / "register.xlsx"
    assert runner.invoke(cli, ["template", "-o", str(target)]).exit_code == 0
    again = runner.invoke(cli, ["template", "-o", str(target)])
    assert again.exit_code == 2 and "--force" in again.output
    assert runner.invoke(cli, ["template", "-o", str(target), "--force"]).exit_code == 0


def test_console_script_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "partnergraph", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("build", "query", "ontology", "template"):
        assert command in result.stdout


def test_outputs_are_readable_by_others_like_any_file(examples_dir, tmp_path):
    """Atomic writes go through a private temporary file; the result must not stay private."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        CliRunner().invoke(cli, ["build", str(examples_dir / "luton.yaml"), "-o", str(tmp_path), "-q"])
    finally:
        os.umask(old)
    for name in ("graph.ttl", "view.html"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_building_a_folder_again_does_not_read_its_own_output(examples_dir, tmp_path):
    """``build . -o out`` twice: the second run must not load out/graph.ttl as linked data."""
    import shutil

    work = tmp_path / "work"
    shutil.copytree(examples_dir, work)
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(work), "-o", str(work / "out"), "-q"])
    assert first.exit_code == 0, first.output
    before = (work / "out" / "graph.ttl").read_bytes()
    second = runner.invoke(cli, ["build", str(work), "-o", str(work / "out")])
    assert second.exit_code == 0, second.output
    assert "[1/4] register:" in second.stderr and "/5]" not in second.stderr, second.stderr
    assert (work / "out" / "graph.ttl").read_bytes() == before
