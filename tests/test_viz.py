"""Views without a browser: what the page carries, focus, overlaps, aggregation, pictures,
heatmap and report.  The browser tests are in test_view_browser.py."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnergraph.cli import cli
from partnergraph.graph import PartnershipGraph, Source, save
from partnergraph.ontology import NODE_TYPES, RELATIONS
from partnergraph.viz import ViewError, focus, overlap_nodes, render_view, view_data
from partnergraph.viz._safe import json_for_script
from partnergraph.viz.heatmap import heatmap_data, render_heatmap, write_heatmap_png
from partnergraph.viz.picture import write_picture
from partnergraph.viz.report import render_report

HOSTILE = '<script>alert("x")</script>"onmouseover=alert(1) x="'


def small_graph() -> PartnershipGraph:
    """Derby: a board of the council and the NHS, a charity, two themes; Luton: one board, one theme."""
    g = PartnershipGraph()
    d = g.add_document("derby-plan.txt", title="Derby Plan 2019", place="Derby")
    lu = g.add_document("luton-minutes.txt", place="Luton")

    def s(q: str, doc: str = d) -> Source:
        return Source(doc, quote=q, start=0, end=len(q), rule="test")

    hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB"], source=s("HWB"),
                     sectors=["local-government"])
    nhs = g.add_node("Organisation", "Derby CCG", place="Derby", source=s("Derby CCG"), sectors=["health"])
    vcs = g.add_node("Organisation", "Derby CVS", place="Derby", source=s("Derby CVS"), sectors=["vcse"])
    early = g.add_node("Theme", "Early years", place="Derby", source=s("Priority: early years."))
    jobs = g.add_node("Theme", "Fair employment and good work", place="Derby", source=s("fair employment"))
    strat = g.add_node("Strategy", "Derby Plan", place="Derby", source=s("the Derby Plan"))
    lhwb = g.add_node("Board", "Health and Wellbeing Board", place="Luton", source=s("Luton HWB", lu),
                      sectors=["local-government"])
    lt = g.add_node("Theme", HOSTILE, place="Luton", source=s(HOSTILE, lu))
    g.add_edge(nhs, "memberOf", hwb, source=s("The CCG is a member of the HWB."))
    g.add_edge(hwb, "addressesTheme", early, source=s("The HWB leads on early years."))
    g.add_edge(nhs, "leads", early, source=s("The CCG leads on early years."))
    g.add_edge(early, "partOf", strat, source=s("Early years is part of the Derby Plan."))
    g.add_edge(vcs, "leads", jobs, source=s("Derby CVS leads on jobs."))
    g.add_edge(lhwb, "addressesTheme", lt, source=s("Luton's board addresses it.", lu))
    return g


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', html, re.S)
    assert m, "the page carries its data in a JSON script element"
    return json.loads(m.group(1))


# -- the page -------------------------------------------------------------------------------

def test_colours_and_shapes_come_from_the_ontology():
    v = view_data(small_graph())
    groups = v["vis"]["options"]["groups"]
    assert set(groups) == {"Board", "Organisation", "Theme", "Strategy"}
    for name, style in groups.items():
        assert style["shape"] == NODE_TYPES[name].shape
        assert style["color"]["background"] == NODE_TYPES[name].colour
    for edge, info in zip(v["vis"]["edges"], v["edges"]):
        assert edge["color"]["color"] == RELATIONS[info["relation"]].colour
        assert edge["dashes"] == RELATIONS[info["relation"]].dashes
    assert [t["name"] for t in v["types"]] == ["Organisation", "Board", "Theme", "Strategy"]


def test_places_and_unlinked_documents_are_filters_not_nodes():
    labels = {n["label"] for n in view_data(small_graph())["nodes"]}
    assert "Derby" not in labels and "derby-plan.txt" not in labels and "Derby Plan 2019" not in labels


def test_node_facts_carry_provenance_and_facets():
    v = view_data(small_graph())
    early = next(n for n in v["nodes"] if n["label"] == "Early years")
    assert early["sources"] == [{"document": "derby-plan.txt", "title": "Derby Plan 2019",
                                 "location": "characters 0-22", "quote": "Priority: early years."}]
    assert early["sectors"] == ["health", "local-government"]  # from the bodies linked to it
    assert early["places"] == ["Derby"] and early["reference"] == ["Give every child the best start in life"]
    edge = next(e for e in v["edges"] if e["relation"] == "leads" and "early" in e["sources"][0]["quote"])
    assert edge["label"] == "leads" and edge["sources"][0]["quote"] == "The CCG leads on early years."
    assert dict(v["facets"]["sectors"])["vcse"] == "Voluntary, community and social enterprise"


def test_same_label_in_two_places_is_told_apart_on_screen():
    labels = sorted(n["label"] for n in view_data(small_graph())["vis"]["nodes"])
    assert "Health and Wellbeing Board (Derby)" in labels and "Health and Wellbeing Board (Luton)" in labels


def test_json_for_script_escapes_everything_that_could_end_the_element():
    text = str(json_for_script({"a": "</script><!-- & \u2028\u2029 >"}))
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_page_is_self_contained_and_hostile_text_stays_data():
    html = render_view(view_data(small_graph()))
    assert "<script>alert" not in html and "onmouseover=alert(1) x=" not in html.replace("\\u0022", '"') \
        .split('id="pg-data">')[0]
    assert re.findall(r"^<script[^>]*>", html, re.M) == [
        '<script type="application/json" id="pg-data">', '<script id="pg-vis">', '<script id="pg-page">']
    assert "sourceMappingURL" not in html
    assert not re.search(r"<(link|img|iframe)\b", html)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "@font-face" not in html
    assert HOSTILE in [n["label"] for n in page_data(html)["nodes"]]
    assert f"<title>Partnership network</title>" in html


def test_same_graph_gives_the_same_page():
    assert render_view(view_data(small_graph())) == render_view(view_data(small_graph()))


def test_title_is_escaped():
    html = render_view(view_data(small_graph(), title="<b>Derby</b>"))
    assert "<title>&lt;b&gt;Derby&lt;/b&gt;</title>" in html


@pytest.mark.parametrize("measure", ["degree", "betweenness", "sources"])
def test_node_size_follows_the_measure(measure):
    v = view_data(small_graph(), measure=measure)
    size = {n["label"]: vis["value"] for n, vis in zip(v["nodes"], v["vis"]["nodes"])}
    if measure == "degree":
        assert size["Early years"] > size["Derby Plan"]
    elif measure == "betweenness":
        assert size["Early years"] > size["Derby CVS"]  # it lies between the board, the CCG and the plan
    else:
        assert size["Early years"] == size["Derby Plan"]  # one source each


def test_unknown_measure_is_a_view_error():
    with pytest.raises(ViewError, match="unknown measure"):
        view_data(small_graph(), measure="pagerank")


# -- focus, overlaps, aggregation -------------------------------------------------------------

def labels(g: PartnershipGraph, ids) -> list[str]:
    return sorted(g.nx.nodes[n]["label"] for n in ids)


def test_focus_on_a_body_by_acronym_with_depth():
    g = small_graph()
    assert labels(g, focus(g, body="HWB", place="Derby", depth=1)) == [
        "Derby CCG", "Early years", "Health and Wellbeing Board"]
    assert "Derby Plan" in labels(g, focus(g, body="HWB", place="Derby", depth=2))


def test_focus_on_a_theme_by_its_reference_theme_wording():
    g = small_graph()
    assert labels(g, focus(g, theme="best start", depth=0)) == ["Early years"]
    assert labels(g, focus(g, theme="employment", depth=1)) == ["Derby CVS", "Fair employment and good work"]


def test_focus_on_a_place_keeps_only_its_nodes_and_neighbours():
    g = small_graph()
    assert labels(g, focus(g, place="Luton", depth=0)) == [HOSTILE, "Health and Wellbeing Board"]


def test_focus_on_nothing_known_says_so():
    with pytest.raises(ViewError, match="no body matches 'Nowhere Trust'"):
        focus(small_graph(), body="Nowhere Trust")
    with pytest.raises(ViewError, match="no place"):
        focus(small_graph(), place="Atlantis")


def test_overlaps_keep_concepts_of_two_sectors_and_their_bodies():
    g = small_graph()
    shown = labels(g, overlap_nodes(g))
    assert "Early years" in shown and "Derby CCG" in shown and "Health and Wellbeing Board" in shown
    assert "Fair employment and good work" not in shown  # one sector (vcse) only


def test_large_views_aggregate_and_say_so():
    g = small_graph()
    v = view_data(g, threshold=5)
    assert v["aggregated"] and "--full" in " ".join(v["notes"])
    names = sorted(n["label"] for n in v["nodes"])
    assert "Local government bodies (2)" in names and "Give every child the best start in life (1)" in names
    member_fact = next(n for n in v["nodes"] if n["label"] == "Local government bodies (2)")["facts"][0][1]
    assert "Health and Wellbeing Board" in member_fact
    assert not view_data(g, threshold=5, full=True)["aggregated"]
    html = render_view(v)
    assert "more than 5: bodies are grouped by sector" in html


# -- pictures, heatmap, report ----------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_picture_is_1920_by_1080(tmp_path):
    out = write_picture(view_data(small_graph()), tmp_path / "view.png")
    assert png_size(out) == (1920, 1080)
    svg = write_picture(view_data(small_graph()), tmp_path / "view.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<script" not in svg


def test_heatmap_counts_and_escapes(tmp_path):
    g = small_graph()
    h = heatmap_data(g, by="body")
    row = h.rows.index("Give every child the best start in life")
    assert {h.columns[j] for (i, j) in h.values if i == row} == {"Derby CCG", "Health and Wellbeing Board (Derby)"}
    by_sector = heatmap_data(g, by="sector")
    assert "Voluntary, community and social enterprise" in by_sector.columns
    assert "Give every child the best start in life" in render_heatmap(h)
    worded = render_heatmap(heatmap_data(g, by="body", level="extracted"))
    assert "<script" not in worded and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in worded
    assert png_size(write_heatmap_png(h, tmp_path / "h.png")) == (1920, 1080)


def test_report_lists_overlaps_gaps_and_dependencies_with_quotes():
    html = render_report(small_graph(), picture=False)
    assert "Give every child the best start in life" in html
    assert "The HWB leads on early years." in html  # an overlap's quote
    assert "Themes with no owner, action or indicator" in html
    assert "member of" in html and "Derby CCG" in html
    assert "<script>alert" not in html
    frame = re.search(r'<iframe class="view"[^>]*srcdoc="([^"]*)"', html)
    assert frame and "&lt;script" in frame.group(1)  # the whole view, escaped into the attribute
    assert 'sandbox="allow-scripts"' in html


# -- the command line -------------------------------------------------------------------------

@pytest.fixture()
def graph_file(tmp_path) -> Path:
    path = tmp_path / "graph.ttl"
    save(small_graph(), path)
    return path


def test_cli_view_writes_page_and_pictures(graph_file, tmp_path):
    out = tmp_path / "v.html"
    r = CliRunner().invoke(cli, ["view", "--graph", str(graph_file), "-o", str(out), "--body", "HWB",
                                 "--place", "Derby", "--png", str(tmp_path / "v.png"), "--svg", str(tmp_path / "v.svg"),
                                 "--measure", "betweenness"])
    assert r.exit_code == 0, r.output
    data = page_data(out.read_text())
    assert data["title"] == "Partnership network: body “HWB”, place “Derby”"
    assert sorted(n["label"] for n in data["nodes"]) == ["Derby CCG", "Early years", "Health and Wellbeing Board"]
    assert png_size(tmp_path / "v.png") == (1920, 1080) and (tmp_path / "v.svg").exists()


def test_cli_view_overlaps_draws_the_shared_reference_theme(graph_file, tmp_path):
    out = tmp_path / "o.html"
    r = CliRunner().invoke(cli, ["view", "--graph", str(graph_file), "--overlaps", "-o", str(out)])
    assert r.exit_code == 0, r.output
    data = page_data(out.read_text())
    ref = [n for n in data["nodes"] if n["type"] == "ReferenceTheme"]
    assert [n["label"] for n in ref] == ["Give every child the best start in life"]
    assert "Reference themes" in [t["plural"] for t in data["types"]]


def test_cli_view_bad_name_is_one_line_and_exit_1(graph_file, tmp_path):
    r = CliRunner().invoke(cli, ["view", "--graph", str(graph_file), "--theme", "underwater basket weaving",
                                 "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "no theme matches" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "x.html").exists()
    r = CliRunner().invoke(cli, ["view", "--graph", str(tmp_path / "missing.ttl")])
    assert r.exit_code == 1 and "no such graph file" in r.output


def test_cli_heatmap_and_report(graph_file, tmp_path):
    r = CliRunner().invoke(cli, ["heatmap", "--graph", str(graph_file), "--by", "sector", "-o",
                                 str(tmp_path / "h.html"), "--png", str(tmp_path / "h.png")])
    assert r.exit_code == 0, r.output
    assert "Local government" in (tmp_path / "h.html").read_text()
    r = CliRunner().invoke(cli, ["report", "--graph", str(graph_file), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 0, r.output
    text = (tmp_path / "r.html").read_text()
    assert "Top overlaps" in text and 'src="data:image/png;base64,' in text


def test_big_views_are_laid_out_here_and_open_without_physics():
    g = PartnershipGraph()
    doc = g.add_document("register.csv")
    ids = [g.add_node("Organisation", f"Body {i:03d}", place="Derby", source=Source(doc, row=i)) for i in range(450)]
    for a, b in zip(ids, ids[1:]):
        g.add_edge(a, "partnerOf", b, source=Source(doc, row=1000))
    v = view_data(g)
    assert v["prelaid"] and v["vis"]["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in v["vis"]["nodes"])
    assert v["vis"]["nodes"] == view_data(g)["vis"]["nodes"]  # the same layout every time
    assert not view_data(small_graph())["prelaid"]


@pytest.mark.parametrize("command", ["view", "heatmap", "report"])
def test_help_examples_run(command, graph_file, tmp_path):
    import shlex

    help_text = CliRunner().invoke(cli, [command, "--help"]).output
    examples = [line.strip() for line in help_text.splitlines() if line.strip().startswith("partnergraph ")]
    assert examples, f"'{command} --help' shows an example"
    for example in examples:
        args = shlex.split(example)[1:]
        for i, arg in enumerate(args):
            if args[i - 1] == "--graph":
                args[i] = str(graph_file)
            elif args[i - 1] in ("-o", "--png", "--svg"):
                args[i] = str(tmp_path / arg)
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, f"{example}: {result.output}"
        assert (tmp_path / shlex.split(example)[shlex.split(example).index("-o") + 1]).exists()
