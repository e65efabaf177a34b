"""The network page in a real headless browser, with every network request blocked.

Debian's chromium driven by Playwright for Python.  The tests skip, saying why,
when either is missing; CI installs both (see docs/views.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partnergraph.graph import PartnershipGraph, Source, save
from partnergraph.viz import write_view

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

EVIL_LABEL = "<script>window.__pwned=1</script> Trust"
EVIL_ALIAS = '"onmouseover=window.__pwned=3 x="'
EVIL_QUOTE = '<img src=x onerror="window.__pwned=2"> said the Trust'


def workshop_graph() -> PartnershipGraph:
    """Two places, four sectors, every kind of link a workshop asks about, and one hostile body."""
    g = PartnershipGraph()
    plan = g.add_document("derby-hwb-2019-01-17.txt", title="Closing the Gap", place="Derby")
    reg = g.add_document("hackney-register.csv")

    def s(quote: str, start: int = 0) -> Source:
        return Source(plan, quote=quote, start=start, end=start + len(quote), rule="test")

    def r(row: int, quote: str = "") -> Source:
        return Source(reg, row=row, file="hackney-register.csv", quote=quote)

    hwb = g.add_node("Board", "Health and Wellbeing Board", place="Derby", aliases=["HWB"],
                     source=s("the Health and Wellbeing Board (HWB)"), sectors=["local-government", "health"])
    council = g.add_node("Organisation", "Derby City Council", place="Derby", source=s("Derby City Council"),
                         sectors=["local-government"])
    ccg = g.add_node("Organisation", "NHS Southern Derbyshire CCG", place="Derby", aliases=["CCG"],
                     source=s("NHS Southern Derbyshire Clinical Commissioning Group (CCG)"), sectors=["health"])
    cvs = g.add_node("Organisation", "Community Action Derby", place="Derby",
                     source=s("Community Action Derby"), sectors=["vcse"])
    start = g.add_node("Theme", "Give all young people a good start in life", place="Derby",
                       source=s("Priority one: give all young people a good start in life.", 100))
    smoke = g.add_node("Theme", "Reduce smoking", place="Derby", source=s("We will reduce smoking.", 200))
    dplan = g.add_node("Strategy", "Derby Plan", place="Derby", source=s("the Derby Plan", 300))
    town = g.add_node("Initiative", "Healthy New Town", place="Derby", source=s("Healthy New Town", 400))
    cate = g.add_node("Person", "Cate Edwynn", source=s("Cate Edwynn, Director of Public Health", 500))
    dph = g.add_node("Post", "Director of Public Health", place="Derby", source=s("Director of Public Health", 500))
    evil = g.add_node("Organisation", EVIL_LABEL, place="Derby", aliases=[EVIL_ALIAS],
                      source=s(EVIL_QUOTE, 600), sectors=["housing"])
    hk = g.add_node("Board", "Health and Wellbeing Board", place="Hackney", source=r(3), sectors=["local-government"])
    hks = g.add_node("Theme", "Investment in young people", place="Hackney", source=r(4))

    def e(a: str, rel: str, b: str, quote: str, at: int) -> None:
        g.add_edge(a, rel, b, source=s(quote, at))

    e(hwb, "addressesTheme", start, "The Board's first priority is a good start in life.", 700)
    e(council, "memberOf", hwb, "Derby City Council sits on the Board.", 800)
    e(ccg, "memberOf", hwb, "The CCG sits on the Board.", 850)
    e(cvs, "partnerOf", council, "Community Action Derby works with the council.", 900)
    e(dplan, "deliveredBy", council, "The Derby Plan is delivered by the council.", 950)
    e(start, "partOf", dplan, "A good start is part of the Derby Plan.", 1000)
    e(ccg, "leads", smoke, "The CCG leads on smoking.", 1050)
    e(town, "addressesTheme", smoke, "Healthy New Town tackles smoking.", 1100)
    e(town, "deliveredBy", cvs, "delivered by Community Action Derby", 1150)
    e(cvs, "leads", start, "Community Action Derby leads on young people.", 1175)
    e(cate, "holdsPost", dph, "Cate Edwynn, Director of Public Health", 500)
    e(dph, "chairs", hwb, 'The Director chairs the Board. <b onmouseover="window.__pwned=4">x</b>', 1200)
    e(evil, "partnerOf", hwb, '"onmouseover=window.__pwned=5 the trust', 1300)
    g.add_edge(hk, "addressesTheme", hks, source=r(5, "Investment in young people"))
    return g


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page opened from a file with every other request refused and recorded."""

    def __init__(self, browser, path: Path, viewport=(1600, 900)):
        self.path = path
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-settled=yes]", state="attached", timeout=60_000)

    def _route(self, route):
        if route.request.url == self.path.as_uri():
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def visible(self) -> list[str]:
        return self.js("window.partnergraph.visibleLabels()")

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def view_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "view.html"
    write_view(workshop_graph(), path, title="Derby workshop")
    return path


@pytest.fixture()
def page(browser, view_file):
    p = Page(browser, view_file)
    yield p
    p.close()


def test_page_loads_nothing_from_the_network_and_logs_no_error(page):
    assert page.requests == [page.path.as_uri()]
    assert page.errors == []
    assert page.js("typeof vis") == "object"
    assert page.js("window.partnergraph.network.body.data.nodes.length") == 13


def test_legend_lists_exactly_the_types_present(page):
    labels = page.page.locator("#pg-legend-types .pg-legend-label").all_inner_texts()
    assert labels == ["Organisations", "Boards", "People", "Posts", "Themes", "Strategies", "Initiatives"]
    counts = page.page.locator("#pg-legend-types .pg-count").all_inner_texts()
    assert counts == ["4", "2", "1", "1", "3", "1", "1"]
    relations = page.page.locator("#pg-legend-relations .pg-legend-label").all_inner_texts()
    assert "member of" in relations and "reports to" not in relations


def test_search_by_alias_selects_and_centres_the_node(page):
    page.page.fill("#pg-search", "ccg")
    page.page.press("#pg-search", "Enter")
    assert page.js("window.partnergraph.selectedLabels()") == ["NHS Southern Derbyshire CCG"]
    assert "NHS Southern Derbyshire CCG" in page.page.inner_text("#pg-search-result")
    # The view is centred on the match: its position on screen is the middle of the canvas.
    centre = page.js("""(() => { const n = window.partnergraph.network;
        const id = n.getSelectedNodes()[0]; const p = n.canvasToDOM(n.getPosition(id));
        const r = document.getElementById('pg-network').getBoundingClientRect();
        return [Math.round(p.x - r.width / 2), Math.round(p.y - r.height / 2)]; })()""")
    assert abs(centre[0]) <= 2 and abs(centre[1]) <= 2
    page.page.fill("#pg-search", "no such body")
    page.page.press("#pg-search", "Enter")
    assert "No match" in page.page.inner_text("#pg-search-result")


def test_sector_filter_hides_other_nodes_and_their_edges(page):
    page.page.select_option("#pg-filter-sectors", "vcse")
    shown = page.visible()
    assert "Community Action Derby" in shown
    assert "Derby City Council" not in shown and "NHS Southern Derbyshire CCG" not in shown
    # Edges among the remaining nodes only: none touches a hidden node.
    ends = page.js("""(() => { const d = window.partnergraph.network.body.data;
        const ids = new Set(d.nodes.getIds()); return d.edges.get().every(e => ids.has(e.from) && ids.has(e.to)); })()""")
    assert ends is True
    assert page.js("window.partnergraph.network.body.data.nodes.length") == len(shown)
    page.page.click("#pg-reset")
    assert len(page.visible()) == 13


def test_type_checkbox_and_place_filter_hide_what_they_should(page):
    page.page.locator("#pg-legend-types input[data-key=Theme]").uncheck()
    assert not {"Reduce smoking", "Investment in young people"} & set(page.visible())
    page.page.locator("#pg-legend-types input[data-key=Theme]").check()
    page.page.select_option("#pg-filter-places", "Hackney")
    assert page.visible() == ["Health and Wellbeing Board", "Investment in young people"]
    assert page.js("window.partnergraph.network.body.data.edges.length") == 1


def test_theme_filter_keeps_the_theme_and_what_is_linked_to_it(page):
    page.page.select_option("#pg-filter-themes", label="Reduce smoking")
    assert page.visible() == ["Healthy New Town", "NHS Southern Derbyshire CCG", "Reduce smoking"]


def test_relation_checkbox_hides_those_links_only(page):
    before = page.js("window.partnergraph.network.body.data.edges.length")
    page.page.locator("#pg-legend-relations input[data-key=memberOf]").uncheck()
    assert page.js("window.partnergraph.network.body.data.edges.length") == before - 2
    assert len(page.visible()) == 13


def test_link_details_quote_the_source(page):
    page.js("""(() => { const d = window.partnergraph.data;
        const j = d.edges.findIndex(e => e.relation === 'chairs');
        window.partnergraph.network.emit('click', {nodes: [], edges: [j], pointer: {DOM: {x: 0, y: 0}}}); })()""")
    details = page.page.inner_text("#pg-details")
    assert "Director of Public Health → chairs → Health and Wellbeing Board" in details
    assert '<b onmouseover="window.__pwned=4">x</b>' in details
    assert page.page.locator("#pg-details b").count() == 0 and page.js("window.__pwned") is None


def test_document_filter_keeps_what_the_document_says(page):
    page.page.select_option("#pg-filter-documents", "document/hackney-register-csv")
    assert page.visible() == ["Health and Wellbeing Board", "Investment in young people"]


def test_focus_shows_a_node_and_its_neighbours_to_the_depth_chosen(page):
    page.js("window.partnergraph.focus('Derby Plan', 1)")
    assert page.visible() == ["Derby City Council", "Derby Plan", "Give all young people a good start in life"]
    page.page.locator("#pg-depth").fill("2")
    assert "Health and Wellbeing Board" in page.visible() and "Community Action Derby" in page.visible()
    page.page.click("#pg-focus-clear")
    assert len(page.visible()) == 13


def test_labels_of_a_small_view_are_enlarged_to_stay_readable(page):
    page.page.wait_for_selector("body[data-label-factor]", state="attached", timeout=10_000)
    factor = float(page.page.get_attribute("body", "data-label-factor"))
    scale = page.js("window.partnergraph.network.getScale()")
    base = page.js("window.partnergraph.data.vis.options.nodes.scaling.label.min")
    assert base * factor * scale >= 16 - 0.05  # the smallest label, in screen pixels
    # Zoomed far out, labels grow to their cap (three times) rather than shrink to nothing.
    box = page.page.locator("#pg-network").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(20):
        page.page.mouse.wheel(0, 400)
    page.page.wait_for_selector('body[data-label-factor="3.00"]', state="attached", timeout=10_000)


def test_unlinked_nodes_start_hidden_in_a_busy_view_and_a_checkbox_shows_them(browser, tmp_path):
    g = PartnershipGraph()
    doc = g.add_document("register.csv")
    bodies = [g.add_node("Organisation", f"Body {i:02d}", place="Derby", source=Source(doc, row=i))
              for i in range(48)]
    for a, b in zip(bodies[0:44:2], bodies[1:44:2]):
        g.add_edge(a, "partnerOf", b, source=Source(doc, row=100))
    out = write_view(g, tmp_path / "busy.html")
    p = Page(browser, out)
    try:
        assert len(p.visible()) == 44 and "Body 47" not in p.visible()
        assert p.page.inner_text("#pg-unlinked-count") == "4" and not p.page.is_checked("#pg-unlinked")
        p.page.check("#pg-unlinked")
        assert len(p.visible()) == 48
    finally:
        p.close()


def test_physics_settles_off_and_toggles(page):
    assert page.js("window.partnergraph.state.physics") is False
    assert page.page.inner_text("#pg-physics") == "Physics: off"
    page.page.click("#pg-physics")
    assert page.js("window.partnergraph.state.physics") is True
    assert page.page.inner_text("#pg-physics") == "Physics: on"


def _hover(page, label: str) -> None:
    xy = page.js("""(label) => { const n = window.partnergraph.network, d = window.partnergraph.data;
        const i = d.nodes.findIndex(x => x.label === label); const p = n.canvasToDOM(n.getPosition(i));
        const r = document.getElementById('pg-network').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }"""
                 .replace("(label) =>", "((label) =>") + f")({label!r})")
    page.page.mouse.move(xy[0] + 30, xy[1] + 30)
    page.page.mouse.move(xy[0], xy[1], steps=4)
    page.page.wait_for_selector("#pg-tip:not([hidden])", timeout=10_000)


def test_hostile_label_alias_and_quote_show_as_text_and_run_nothing(page):
    _hover(page, EVIL_LABEL)
    tip = page.page.inner_text("#pg-tip")
    assert EVIL_LABEL in tip and EVIL_QUOTE in tip and EVIL_ALIAS in tip
    assert page.page.locator("#pg-tip img, #pg-tip script, #pg-tip b").count() == 0
    page.page.fill("#pg-search", "onmouseover")
    page.page.press("#pg-search", "Enter")
    page.page.click("#pg-details button")
    details = page.page.inner_text("#pg-details")
    assert EVIL_LABEL in details
    assert page.js("window.__pwned") is None
    assert page.page.locator("body script").count() == 3  # data, vis-network, ours: none injected
    assert page.errors == []


def test_tooltip_quotes_the_sources_of_a_node(page):
    _hover(page, "Derby Plan")
    tip = page.page.inner_text("#pg-tip")
    assert "Strategy" in tip and "derby-hwb-2019-01-17.txt" in tip and "“the Derby Plan”" in tip
    assert "characters 300-314" in tip


def test_cli_view_of_a_saved_graph_opens_offline(browser, tmp_path):
    from click.testing import CliRunner

    from partnergraph.cli import cli

    save(workshop_graph(), tmp_path / "graph.ttl")
    out = tmp_path / "smoking.html"
    result = CliRunner().invoke(cli, ["view", "--graph", str(tmp_path / "graph.ttl"), "--theme", "smoking",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    p = Page(browser, out)
    try:
        assert p.visible() == ["Healthy New Town", "NHS Southern Derbyshire CCG", "Reduce smoking"]
        assert p.requests == [out.as_uri()] and p.errors == []
        assert p.page.title() == "Partnership network: theme “smoking”"
    finally:
        p.close()


def test_aggregated_view_says_so_in_the_page(browser, tmp_path):
    out = write_view(workshop_graph(), tmp_path / "big.html", threshold=5)
    p = Page(browser, out)
    try:
        assert "bodies are grouped by sector" in p.page.inner_text("#pg-notes")
        assert "Local government bodies (2)" in p.visible()
        assert p.requests == [out.as_uri()] and p.errors == []
    finally:
        p.close()


def test_heatmap_and_report_open_offline(browser, tmp_path):
    from partnergraph.viz.heatmap import heatmap_data, write_heatmap
    from partnergraph.viz.report import write_report

    g = workshop_graph()
    heat = write_heatmap(heatmap_data(g, by="sector"), tmp_path / "heatmap.html")
    page = browser.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(heat.as_uri())
    assert "NHS and health care" in page.inner_text("thead")
    report = write_report(g, tmp_path / "report.html", picture=False)
    page.goto(report.as_uri())
    page.locator("iframe.view").scroll_into_view_if_needed()
    frame = page.frame_locator("iframe.view")
    frame.locator("body[data-settled=yes]").wait_for(state="attached", timeout=60_000)
    assert frame.locator("#pg-legend-types .pg-legend-label").all_inner_texts()[0] == "Organisations"
    assert "Community Action Derby" in page.inner_text("#interdependencies + p + table")
    assert page.evaluate("window.__pwned") is None
    assert [u for u in requests if not u.startswith("file:")] == [] and errors == []
    page.close()
