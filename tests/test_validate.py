"""SHACL validation: a hand-built graph conforms; broken ones fail with a report naming the node."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
import rdflib

from partnergraph.graph import dumps, save
from partnergraph.graph.validate import validate, validate_rdflib

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("pg_sample_graph", HERE / "data" / "linked" / "sample_graph.py")
SAMPLE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SAMPLE)

BASE = "https://w3id.org/partnergraph/id/"


def _broken():
    """The sample graph with one node's label removed and one relation pointing at the wrong type."""
    text = dumps(SAMPLE.sample_graph(), ox.RdfFormat.N_TRIPLES).decode("utf-8")
    strategy = f"<{BASE}strategy/derby/closing-the-gap>"
    label = f'{strategy} <http://www.w3.org/2000/01/rdf-schema#label> "Closing the Gap" .\n'
    assert label in text
    text = text.replace(label, "")
    # A post that is "member of" a theme: the relation's range is Organisation.
    text += (f"<{BASE}post/derby/director-of-public-health> <https://w3id.org/partnergraph/ns#memberOf> "
             f"<{BASE}theme/derby/give-all-young-people-a-good-start-in-life> .\n")
    return text


def test_a_graph_built_by_hand_conforms():
    report = validate(SAMPLE.sample_graph())
    assert report.conforms, report.text()
    assert report.problems == []
    assert "conforms" in report.text()


def test_missing_label_and_wrong_range_fail_with_a_readable_report():
    # Reading into the model would repair the label and drop the link, so check the RDF itself.
    report = validate_rdflib(rdflib.Graph().parse(data=_broken(), format="nt"), base=BASE)
    assert not report.conforms
    by_node = {(p.node, p.path): p for p in report.problems}
    missing = by_node[("strategy/derby/closing-the-gap", "rdfs:label")]
    assert missing.shape == "pgsh:Strategy"
    assert "needs a label" in missing.message
    wrong = by_node[("post/derby/director-of-public-health", "pg:memberOf")]
    assert wrong.value == "theme/derby/give-all-young-people-a-good-start-in-life"
    assert "organisation" in wrong.message.lower()
    text = report.text()
    assert "strategy/derby/closing-the-gap" in text and "rdfs:label" in text
    assert text.startswith("The graph does not conform: 2 problem(s).")


def test_cli_validate_exits_1_and_prints_the_report(tmp_path):
    good = save(SAMPLE.sample_graph(), tmp_path / "good.ttl")
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", "--graph", str(good)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    bad = tmp_path / "bad.nt"
    bad.write_text(_broken(), encoding="utf-8")
    result = runner.invoke(cli, ["validate", "--graph", str(bad), "--format", "csv"])
    assert result.exit_code == 1
    assert "node,shape,path,message,value,severity" in result.output
    assert "post/derby/director-of-public-health,pgsh:" in result.output
    assert "does not conform (2 problem(s))" in result.output


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_cli_validate_formats_name_the_node(fmt, tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text(_broken(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--graph", str(bad), "--format", fmt])
    assert result.exit_code == 1
    assert "strategy/derby/closing-the-gap" in result.output


@pytest.mark.parametrize("name", ["jsonld", "trig", "ntriples"])
def test_exports_in_other_rdf_formats_validate_too(name, tmp_path):
    from partnergraph.graph.exporters import exporter
    from partnergraph.graph.validate import validate_file

    e = exporter(name)
    out = tmp_path / f"graph{e.suffixes[0]}"
    e.write(SAMPLE.sample_graph(), out)
    report = validate_file(out)
    assert report.conforms, report.text()
