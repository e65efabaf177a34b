"""docs/documents.md says what the extraction does: its table of rules and confidences, and the options of
``explain`` it names, are checked against the code so the page cannot drift from it."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.loaders.documents.rules_common import CONF

DOC = Path(__file__).resolve().parents[1] / "docs" / "documents.md"


def _rule_table() -> dict[str, float]:
    rows = re.findall(r"^\| `([a-z-]+)` \| [^|]+ \| ([0-9.]+) \|$", DOC.read_text(encoding="utf-8"), flags=re.M)
    return {rule: float(conf) for rule, conf in rows}


def test_every_rule_is_documented_with_its_confidence():
    assert _rule_table() == CONF


def test_the_explain_options_the_page_names_exist():
    named = set(re.findall(r"`(--[a-z-]+)", DOC.read_text(encoding="utf-8").split("## Seeing why")[1]
                           .split("\n## ")[0]))
    assert named, "the explain section names no options"
    help_text = CliRunner().invoke(cli, ["explain", "--help"]).output
    assert {option for option in named if option not in help_text} == set()
