"""The stages of the benchmark, each run in its own process so that its peak memory is its own.

``python -m bench.stages STAGE DATA_DIR OUT_JSON [--profile STEP]`` runs one stage on a
generated folder and writes its figures as JSON: ``status`` (``ok``, ``not available``
or ``failed``), ``reason``, ``metrics`` (timings in seconds, rates, counts),
``peak_rss_mb`` (the process's own ``ru_maxrss``) and, with ``--profile STEP``, a
cProfile top-10 of that step.

A stage that needs a layer another engineer has not landed yet reports
``not available`` with the reason instead of failing.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import inspect
import io
import json
import os
import pkgutil
import pstats
import resource
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["STAGES", "run_stage", "main", "NotAvailable"]


class NotAvailable(Exception):
    """The stage cannot run here: a layer is missing, or a path would take too long at this size."""


class Steps:
    """Times named steps of a stage; with ``profile`` set, profiles that one step."""

    def __init__(self, profile: str | None, checkpoint: Callable[[dict], None] | None = None) -> None:
        self.metrics: dict[str, Any] = {}
        self.profile = profile
        self.profile_rows: list[dict] | None = None
        self.checkpoint = checkpoint or (lambda metrics: None)

    def time(self, name: str, func: Callable[[], Any]) -> Any:
        profiler = cProfile.Profile() if self.profile == name else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        result = func()
        if profiler:
            profiler.disable()
        self.metrics[name + "_s"] = round(time.perf_counter() - start, 4)
        if profiler:
            self.profile_rows = _top(profiler)
        self.checkpoint(self.metrics)  # a stage stopped by its time limit still reports what it measured
        return result


def _top(profiler: cProfile.Profile, n: int = 10) -> list[dict]:
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    for (file, line, func), (cc, nc, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": f"{Path(file).name}:{line}({func})", "calls": nc, "tottime_s": round(tt, 3),
                     "cumtime_s": round(ct, 3)})
    rows.sort(key=lambda r: -r["tottime_s"])
    return rows[:n]


# -- helpers ----------------------------------------------------------------------------------


def _summary(data: Path) -> dict:
    return json.loads((data / "truth" / "summary.json").read_text())


def _reference(steps: Steps, data: Path, places: set[str] | None = None):
    from .reference import reference_graph

    graph = steps.time("reference_graph", lambda: reference_graph(data, places=places))
    steps.metrics["nodes"] = graph.nx.number_of_nodes()
    steps.metrics["edges"] = graph.nx.number_of_edges()
    return graph


def _loader_for(suffix: str):
    from partnergraph.loaders import loader_for

    return loader_for(Path("probe" + suffix))


def _first_places(data: Path, n: int) -> set[str]:
    from .reference import truth_records

    places: list[str] = []
    for r in truth_records(data, "documents"):
        if r["place"] not in places:
            places.append(r["place"])
            if len(places) == n:
                break
    return set(places)


# -- the stages -------------------------------------------------------------------------------


def stage_extract(steps: Steps, data: Path, options: dict) -> None:
    """Extraction: the documents loader over every generated paper; MB/s and entity recall."""
    loader = _loader_for(".txt")
    if loader is None:
        raise NotAvailable("no loader is registered for .txt (the documents loader, loaders/documents/, "
                           "has not landed)")
    from partnergraph.build import build

    from .recall import entity_recall

    files = sorted((data / "documents").rglob("*.txt"))
    if options.get("max_mb"):
        cap, kept, total = options["max_mb"] * 1e6, [], 0
        for f in files:
            if total >= cap:
                break
            kept.append(f)
            total += f.stat().st_size
        files = kept
    size = sum(f.stat().st_size for f in files)
    result = steps.time("extract", lambda: build(files))
    steps.metrics.update(documents=len(files), mb=round(size / 1e6, 3),
                         mb_per_s=round(size / 1e6 / max(steps.metrics["extract_s"], 1e-9), 3),
                         failures=len(result.failures), nodes=len(result.graph),
                         edges=result.graph.nx.number_of_edges(), loader=loader.name)
    steps.metrics["recall"] = entity_recall(result.graph, data, files=[str(f.relative_to(data / "documents"))
                                                                       for f in files])


def stage_build(steps: Steps, data: Path, options: dict) -> None:
    """The full build: every paper and register through partnergraph.build, as the CLI does it."""
    from partnergraph.build import build

    if _loader_for(".yaml") is None and _loader_for(".txt") is None:
        raise NotAvailable("no loader is registered for .txt or .yaml")
    missing = [s for s in (".txt", ".yaml") if _loader_for(s) is None]
    per_loader: dict[str, float] = {}
    last: list = [None, 0.0]

    def progress(message: str) -> None:
        now = time.perf_counter()
        if last[0] is not None:
            per_loader[last[0]] = per_loader.get(last[0], 0.0) + now - last[1]
        name = message.split("] ", 1)[-1].split(":", 1)[0] if message.startswith("[") else None
        if name:
            last[0], last[1] = name, now

    result = steps.time("build", lambda: build([data / "documents", data / "registers"], progress=progress))
    if last[0] is not None:
        per_loader[last[0]] = per_loader.get(last[0], 0.0) + time.perf_counter() - last[1]
    g = result.graph
    steps.metrics.update(nodes=len(g), edges=g.nx.number_of_edges(), read=len(result.read),
                         skipped=len(result.skipped), failures=len(result.failures),
                         first_failures=result.failures[:3],
                         loader_s={k: round(v, 3) for k, v in sorted(per_loader.items())},
                         loaders_missing=[f"no loader for {s}" for s in missing])
    from .recall import body_counts

    steps.metrics["bodies"] = body_counts(g, data)


def stage_graph(steps: Steps, data: Path, options: dict) -> None:
    """The reference graph in memory: time to build it and what it costs per edge."""
    graph = _reference(steps, data)
    steps.metrics["counts"] = graph.counts()
    steps.metrics["relations"] = graph.relation_counts()


def stage_rdf(steps: Steps, data: Path, options: dict) -> None:
    """Turtle and JSON-LD write and read through partnergraph.graph.save/load (pyoxigraph, streamed)."""
    import tempfile

    import pyoxigraph as ox

    from partnergraph.graph import load, save
    from partnergraph.graph.rdf import iter_triples

    graph = _reference(steps, data)
    limit = options.get("max_edges")
    if limit and graph.nx.number_of_edges() > limit:
        raise NotAvailable(f"{graph.nx.number_of_edges():,} edges, about {34 * graph.nx.number_of_edges() / 1e6:.0f}M "
                           f"triples with their provenance: reading them back into the model needs more memory "
                           f"than this shared machine spares (limit {limit:,} edges); the rate is measured on medium")
    n = steps.time("iter_triples", lambda: sum(1 for _ in iter_triples(graph)))
    steps.metrics["triples"] = n
    with tempfile.TemporaryDirectory() as tmp:
        for name, fmt, suffix in (("turtle", ox.RdfFormat.TURTLE, ".ttl"), ("jsonld", ox.RdfFormat.JSON_LD, ".jsonld")):
            path = Path(tmp) / f"graph{suffix}"
            steps.time(f"{name}_write", lambda: save(graph, path, format=fmt))
            steps.metrics[f"{name}_bytes"] = path.stat().st_size
            back = steps.time(f"{name}_read", lambda: load(path, format=fmt))
            steps.metrics[f"{name}_roundtrip_nodes_equal"] = back.nx.number_of_nodes() == graph.nx.number_of_nodes()
            steps.metrics[f"{name}_roundtrip_edges_equal"] = back.nx.number_of_edges() == graph.nx.number_of_edges()
            del back
            path.unlink()
            for op in ("write", "read"):
                steps.metrics[f"{name}_{op}_triples_per_s"] = round(n / max(steps.metrics[f"{name}_{op}_s"], 1e-9))


OVERLAP_SPARQL = """
PREFIX pg: <https://w3id.org/partnergraph/ns#>
SELECT ?theme (COUNT(DISTINCT ?sector) AS ?sectors) (COUNT(DISTINCT ?body) AS ?bodies) WHERE {
  ?body pg:addressesTheme ?theme .
  ?body pg:sector ?sector .
}
GROUP BY ?theme
HAVING (COUNT(DISTINCT ?sector) >= 2)
"""


def stage_rdf_baseline(steps: Steps, data: Path, options: dict) -> None:
    """rdflib alone against pyoxigraph: serialise and parse Turtle, and one overlap SPARQL query."""
    import pyoxigraph as ox
    import rdflib

    from partnergraph.graph import to_triples
    from partnergraph.ontology import PREFIXES

    limit = options.get("max_triples") or 600_000
    graph = _reference(steps, data)
    estimate = 30 * graph.nx.number_of_edges()  # about 34 triples an edge, with its provenance
    if estimate > limit:
        raise NotAvailable(f"about {estimate:,} triples: rdflib would take many minutes here; "
                           f"the ratio is measured on the smaller sizes (limit {limit:,})")
    triples = to_triples(graph)
    steps.metrics["triples"] = len(triples)
    prefixes = dict(sorted(PREFIXES.items()))
    ox_ttl = steps.time("oxigraph_write", lambda: ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                                               prefixes=prefixes))
    steps.time("oxigraph_read", lambda: list(ox.parse(ox_ttl, format=ox.RdfFormat.TURTLE)))
    store = ox.Store()
    steps.time("oxigraph_load_store", lambda: store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object)
                                                                 for t in triples))
    ox_rows = steps.time("oxigraph_sparql", lambda: list(store.query(OVERLAP_SPARQL)))
    rg = steps.time("rdflib_parse", lambda: rdflib.Graph().parse(data=ox_ttl, format="turtle"))
    steps.time("rdflib_write", lambda: rg.serialize(format="turtle"))
    rd_rows = steps.time("rdflib_sparql", lambda: list(rg.query(OVERLAP_SPARQL)))
    steps.metrics["sparql_rows"] = len(ox_rows)
    steps.metrics["sparql_rows_agree"] = len(ox_rows) == len(rd_rows)
    m = steps.metrics
    for a, b in (("write", "write"), ("read", "parse"), ("sparql", "sparql")):
        m[f"{a}_ratio_rdflib_over_oxigraph"] = round(m[f"rdflib_{b}_s"] / max(m[f"oxigraph_{a}_s"], 1e-9), 1)


def stage_linked_data(steps: Steps, data: Path, options: dict) -> None:
    """Linked data on the whole graph (Turtle, JSON-LD, on-disk store, push to Oxigraph twice), each step
    in its own watched process, against rdflib on a slice of the same triples (see bench/linked.py)."""
    import shutil
    import tempfile

    from .linked import run_steps

    work = Path(tempfile.mkdtemp(prefix="pg-linked-", dir=options.get("work_dir")))
    try:
        steps.metrics.update(run_steps(data, work, options, checkpoint=steps.checkpoint))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = [n for n, r in steps.metrics["steps"].items() if r.get("status") == "failed"]
    if failed:
        raise RuntimeError("; ".join(f"{n}: {steps.metrics['steps'][n].get('reason')}" for n in failed))


def named_queries() -> list[tuple[str, Callable]]:
    """Every public query function of partnergraph.queries that takes just the graph."""
    import partnergraph.queries as q

    found: dict[str, Callable] = {}
    modules = [q] + [importlib.import_module(f"{q.__name__}.{m.name}") for m in pkgutil.iter_modules(q.__path__)
                     if not m.name.startswith("_")]
    for module in modules:
        for name in getattr(module, "__all__", ()):
            func = getattr(module, name, None)
            if not inspect.isfunction(func) or name in found or name.startswith(("to_", "sparql_")):
                continue  # to_*: conversions for other tools; sparql_*: the store SPARQL runs on
            params = list(inspect.signature(func).parameters.values())
            if not params or params[0].name != "graph":
                continue
            if all(p.default is not p.empty or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) for p in params[1:]):
                found[name] = func
    return sorted(found.items())


def stage_queries(steps: Steps, data: Path, options: dict) -> None:
    """Every named query on the reference graph; overlaps are checked against the truth."""
    queries = named_queries()
    if not queries:
        raise NotAvailable("partnergraph.queries has no function that takes just a graph")
    skip = dict(options.get("skip_queries", {}))
    steps.metrics["skipped"] = {name: skip[name] for name, _ in queries if name in skip}
    queries = [(name, func) for name, func in queries if name not in skip]
    graph = _reference(steps, data)
    rows: dict[str, int] = {}
    results: dict[str, Any] = {}
    for name, func in queries:
        out = steps.time(f"query_{name}", lambda: _materialise(func(graph)))
        rows[name] = len(out) if hasattr(out, "__len__") else 1
        results[name] = out
    steps.metrics["queries"] = [name for name, _ in queries]
    steps.metrics["rows"] = rows
    if "overlaps" in results:
        from .recall import check_overlaps

        steps.metrics["overlaps_check"] = check_overlaps(results["overlaps"], data)


def _materialise(result: Any) -> Any:
    """Run a lazy query to the end (a generator of rows); leave anything else as it is."""
    return list(result) if isinstance(result, Iterator) else result


def _view_nodes(graph, n: int) -> list[str]:
    """``n`` drawable nodes, authority by authority (whole places, so edges come along)."""
    from partnergraph.ontology import NODE_TYPES

    by_place: dict[str, list[str]] = {}
    for nid, d in graph.nx.nodes(data=True):
        if NODE_TYPES[d["type"]].drawn and d["type"] not in ("Document", "Place"):
            by_place.setdefault(d.get("place") or "", []).append(nid)
    chosen: list[str] = []
    for place in sorted(by_place):
        chosen += sorted(by_place[place])
        if len(chosen) >= n:
            break
    return chosen[:n]


def stage_views(steps: Steps, data: Path, options: dict) -> None:
    """View generation: a 5,000-node network page drawn in full, and the default (grouped) view."""
    try:
        from partnergraph.viz import render_view, view_data
    except ImportError as exc:
        raise NotAvailable(f"partnergraph.viz has no view_data/render_view yet ({exc})") from None
    graph = _reference(steps, data)
    nodes = _view_nodes(graph, options.get("view_nodes", 5000))
    steps.metrics["view_nodes"] = len(nodes)

    pages: list[str] = []

    def full() -> int:
        pages.append(render_view(view_data(graph, nodes=nodes, full=True)))
        return len(pages[-1])

    steps.metrics["view_html_bytes"] = steps.time("view_full", full)
    steps.metrics["default_html_bytes"] = steps.time("view_default", lambda: len(render_view(view_data(graph))))
    interactive = _time_to_interactive(pages[-1])
    if interactive is not None:
        steps.metrics["view_interactive_s"] = interactive


def _time_to_interactive(html: str) -> float | None:
    """Seconds from opening the page in headless chromium (network refused) until the view has
    settled and answers the user; None when no browser is installed here."""
    import shutil
    import tempfile
    import time

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "view.html"
        page_path.write_text(html, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=args)
            try:
                page = browser.new_page(viewport={"width": 1920, "height": 1080})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                start = time.perf_counter()
                page.goto(page_path.as_uri())
                page.wait_for_selector("body[data-settled=yes]", state="attached", timeout=120_000)
                return round(time.perf_counter() - start, 3)
            finally:
                browser.close()


def stage_pyvis_baseline(steps: Steps, data: Path, options: dict) -> None:
    """pyvis: add_node/add_edge one by one against filling net.nodes/net.edges directly."""
    from pyvis.network import Network

    graph = _reference(steps, data, places=_first_places(data, options.get("authorities", 30)))
    nodes = _view_nodes(graph, options.get("view_nodes", 5000))
    keep = set(nodes)
    edges = sorted({(min(s, o), max(s, o)) for s, o in graph.nx.edges() if s in keep and o in keep and s != o})
    cap = options.get("slow_edges", 6000)
    if len(edges) > cap:  # add_edge is quadratic: keep the slow path to a minute or so
        edges = edges[:cap]
        keep = {x for e in edges for x in e}
        nodes = [n for n in nodes if n in keep]
    steps.metrics.update(nodes=len(nodes), edges=len(edges))
    labels = {n: graph.nx.nodes[n]["label"] for n in nodes}

    def slow() -> int:
        net = Network()
        for n in nodes:
            net.add_node(n, label=labels[n])
        for s, o in edges:
            net.add_edge(s, o)
        return len(net.edges)

    def fast() -> int:
        net = Network()
        net.nodes = [{"id": n, "label": labels[n], "shape": "dot"} for n in nodes]
        net.node_ids = list(nodes)
        net.node_map = {x["id"]: x for x in net.nodes}
        net.edges = [{"from": s, "to": o} for s, o in edges]
        return len(net.edges)

    a = steps.time("add_edge_one_by_one", slow)
    # The fast path takes milliseconds: the best of five keeps a garbage-collector pause out of the ratio.
    b = min((steps.time("fill_lists", fast), steps.metrics["fill_lists_s"]) for _ in range(5))
    steps.metrics["fill_lists_s"] = b[1]
    b = b[0]
    steps.metrics["edges_agree"] = a == b
    steps.metrics["ratio_slow_over_fast"] = round(steps.metrics["add_edge_one_by_one_s"]
                                                  / max(steps.metrics["fill_lists_s"], 1e-9), 1)


def _simple(graph):
    import networkx as nx

    from partnergraph.ontology import NODE_TYPES

    u = nx.Graph()
    for nid, d in graph.nx.nodes(data=True):
        if NODE_TYPES[d["type"]].drawn and d["type"] not in ("Document", "Place"):
            u.add_node(nid)
    u.add_edges_from((s, o) for s, o in graph.nx.edges() if s in u and o in u and s != o)
    return u


def stage_algorithms(steps: Steps, data: Path, options: dict) -> None:
    """networkx against igraph: exact betweenness on the first authorities, Louvain on all of it."""
    import igraph as ig
    import networkx as nx

    graph = _reference(steps, data)
    u = _simple(graph)
    steps.metrics.update(simple_nodes=u.number_of_nodes(), simple_edges=u.number_of_edges())

    def to_igraph(h):
        index = {n: i for i, n in enumerate(h.nodes())}
        return ig.Graph(n=len(index), edges=[(index[a], index[b]) for a, b in h.edges()])

    big = steps.time("igraph_copy", lambda: to_igraph(u))
    steps.time("igraph_louvain", lambda: big.community_multilevel())
    if u.number_of_edges() <= options.get("nx_max_edges", 150_000):
        comms = steps.time("networkx_louvain", lambda: nx.community.louvain_communities(u, seed=1))
        steps.metrics["networkx_communities"] = len(comms)
        steps.metrics["louvain_ratio_networkx_over_igraph"] = round(
            steps.metrics["networkx_louvain_s"] / max(steps.metrics["igraph_louvain_s"], 1e-9), 1)
    else:
        steps.metrics["networkx_louvain"] = "skipped: more edges than nx_max_edges; see the smaller sizes"
    places = _first_places(data, options.get("betweenness_authorities", 3))
    place_ids = {n for n, d in graph.nx.nodes(data=True) if d["type"] == "Place" and d["label"] in places}
    sub = u.subgraph([n for n in u if graph.nx.nodes[n].get("place") in place_ids]).copy()
    steps.metrics.update(betweenness_nodes=sub.number_of_nodes(), betweenness_edges=sub.number_of_edges())
    small = to_igraph(sub)
    steps.time("igraph_betweenness", lambda: small.betweenness())
    steps.time("networkx_betweenness", lambda: nx.betweenness_centrality(sub))
    steps.metrics["betweenness_ratio_networkx_over_igraph"] = round(
        steps.metrics["networkx_betweenness_s"] / max(steps.metrics["igraph_betweenness_s"], 1e-9), 1)


STAGES: dict[str, Callable[[Steps, Path, dict], None]] = {
    "extract": stage_extract,
    "build": stage_build,
    "graph": stage_graph,
    "rdf": stage_rdf,
    "rdf_baseline": stage_rdf_baseline,
    "linked_data": stage_linked_data,
    "queries": stage_queries,
    "views": stage_views,
    "pyvis_baseline": stage_pyvis_baseline,
    "algorithms": stage_algorithms,
}


def run_stage(name: str, data: Path, *, profile: str | None = None, options: dict | None = None,
              out: Path | None = None) -> dict:
    """Run one stage in this process and return its record (``out`` gets partial figures as they come)."""

    def checkpoint(metrics: dict) -> None:
        if out is not None:
            _write(out, {"stage": name, "status": "partial", "metrics": metrics,
                         "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})

    steps = Steps(profile, checkpoint)
    record: dict[str, Any] = {"stage": name, "status": "ok", "load_before": round(os.getloadavg()[0], 2)}
    start = time.perf_counter()
    try:
        STAGES[name](steps, Path(data), options or {})
    except NotAvailable as exc:
        record.update(status="not available", reason=str(exc))
    except Exception as exc:  # a stage that breaks is reported, and the run goes on with the others
        record.update(status="failed", reason=f"{type(exc).__name__}: {exc}",
                      traceback=traceback.format_exc(limit=6))
    record["wall_s"] = round(time.perf_counter() - start, 3)
    record["metrics"] = steps.metrics
    record["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if steps.profile_rows is not None:
        record["profile"] = steps.profile_rows
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages")
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", help="profile this step of the stage (cProfile top 10)")
    parser.add_argument("--options", default="{}", help="JSON options for the stage")
    args = parser.parse_args(argv)
    record = run_stage(args.stage, args.data, profile=args.profile, options=json.loads(args.options), out=args.out)
    _write(args.out, record)
    return 0


def _write(path: Path, record: dict) -> None:
    tmp = path.with_suffix(".part")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    sys.exit(main())
