"""The README is tested: its first commands are the two make targets, and its console examples run."""

from __future__ import annotations

import re
import shlex
import shutil

from click.testing import CliRunner

from partnergraph.cli import cli


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def test_readme_starts_with_make_demo_and_make_test(repo):
    text = (repo / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```\w*\n(.*?)```", text, flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    makefile = (repo / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)


def test_console_examples_run(repo, tmp_path, monkeypatch):
    # Run in a scratch folder holding a copy of the examples, so out/ lands there.
    shutil.copytree(repo / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    text = (repo / "README.md").read_text(encoding="utf-8")
    lines = [line for block in _blocks(text, "console") for line in block.splitlines()
             if line.startswith("partnergraph ")]
    assert lines, "the README shows no runnable examples"
    runner = CliRunner()
    for line in lines:
        result = runner.invoke(cli, shlex.split(line)[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"
