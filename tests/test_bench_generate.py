"""The benchmark generator: deterministic, consistent with its truth, and within the register schema."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from bench.generate import generate
from partnergraph.loaders.register_schema import sheet
from partnergraph.ontology import RELATIONS, concept, is_subtype, node_type


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_output(tmp_path):
    a = generate(tmp_path / "a", authorities=2, years=2, seed=7)
    b = generate(tmp_path / "b", authorities=2, years=2, seed=7)
    assert a == b
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    generate(tmp_path / "c", authorities=2, years=2, seed=8)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_a_smaller_run_is_the_start_of_a_larger_one(tmp_path):
    generate(tmp_path / "one", authorities=1, years=2, seed=3)
    generate(tmp_path / "three", authorities=3, years=2, seed=3)
    one, three = _digest(tmp_path / "one"), _digest(tmp_path / "three")
    shared = [k for k in one if k.startswith(("documents/", "registers/"))]
    assert shared and all(one[k] == three[k] for k in shared)


def test_truth_spans_quote_the_text(tmp_path):
    generate(tmp_path, authorities=1, years=1, seed=1)
    records = [json.loads(line) for line in (tmp_path / "truth" / "documents.jsonl").read_text().splitlines()]
    assert len(records) == 6
    checked = 0
    for r in records:
        text = (tmp_path / "documents" / r["file"]).read_text(encoding="utf-8")
        for e in r["entities"]:
            start, end = e["span"]
            if end > start:
                assert text[start:end] == e.get("text", e["label"])
                checked += 1
            node_type(e["type"])
        for s, rel, o, start, end in r["links"]:
            rdef = RELATIONS[rel]
            st, ot = r["entities"][s]["type"], r["entities"][o]["type"]
            assert not rdef.domain or any(is_subtype(st, d) for d in rdef.domain), (rel, st)
            assert not rdef.range or any(is_subtype(ot, d) for d in rdef.range), (rel, ot)
            assert 0 <= start <= end <= len(text)
    assert checked > 100


def test_the_genres_have_their_layouts(tmp_path):
    generate(tmp_path, authorities=1, years=1, seed=1)
    folder = next((tmp_path / "documents").iterdir())
    texts = {p.name.split("-", 2)[2]: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    assert all(w in texts["scrutiny-report.txt"] for w in ("To:", "Date:", "Report of:", "Title of Report:"))
    assert "- 2.1 That the Health and Wellbeing Board (HWB)" in texts["hwb-report.txt"]
    assert "\tRecommendation\n\tAgree? \n\tComment" in texts["scrutiny-response.txt"]
    assert "Present:" in texts["hwb-minutes.txt"] and "Action: The " in texts["hwb-minutes.txt"]
    assert "six issues" in texts["audit-report.txt"]


def test_registers_follow_the_register_schema(tmp_path):
    generate(tmp_path, authorities=2, years=1, seed=1)
    for path in sorted((tmp_path / "registers").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(data) <= {"Documents", "Elements", "Memberships", "Connections"}
        for name, rows in data.items():
            declared = sheet(name)
            for row in rows:
                for column in row:
                    declared.column(column)  # raises on a column the template does not have
                for column in declared.columns:
                    if column.required:
                        assert row.get(column.name), (path.name, name, column.name)
                if name == "Elements" and "Kind" in row:
                    assert any(c.label == row["Kind"] for c in [concept("kinds", k) for k in
                               ("council", "health-and-wellbeing-board")]) or row["Kind"]


def test_overlaps_name_reference_themes_across_sectors(tmp_path):
    generate(tmp_path, authorities=2, years=2, seed=1)
    overlaps = json.loads((tmp_path / "truth" / "overlaps.json").read_text())
    assert len(overlaps) >= 10
    for row in overlaps:
        concept("themes", row["reference"])
    assert any(row["overlap"] and len(row["places"]) == 2 for row in overlaps)
