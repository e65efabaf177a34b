"""Stores and linked-data output, measured: where should the embedded default switch to the on-disk store?

``python -m bench.stores --size small,medium`` builds the reference graph of each
generated size (``bench/data/<size>``, made by ``bench.generate``) and runs each
case in its own process, so that a peak RSS is that case's own:

=====================  =====================================================================
case                   what it does
=====================  =====================================================================
turtle_write           export Turtle (pyoxigraph, sorted)           | baseline: rdflib serialize
jsonld_write           export JSON-LD compacted with our context    | baseline: rdflib json-ld
store_build            write the on-disk store (bulk load)          | baseline: rdflib Graph in memory
turtle_open_query      a command that loads graph.ttl, then counts nodes by type and reads one place
store_open_query       the same question against the on-disk store (SPARQL + subgraph)
push_sparql            push to a local ``oxigraph serve``: SPARQL Update, Graph Store Protocol, again, atomic
push_rdflib            baseline: rdflib serialises the same batches of INSERT DATA
=====================  =====================================================================

Results go to ``bench/out/stores-<size>.json`` and a table on stdout.  Timings are
wall-clock seconds on whatever machine runs it; compare ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = ("turtle_write", "jsonld_write", "store_build", "turtle_open_query", "store_open_query",
         "push_sparql", "push_rdflib")
# A case whose graph has more triples than this skips its rdflib baseline (minutes on a shared machine).
RDFLIB_LIMIT = 700_000

PLACE_QUERY = """SELECT ?type (COUNT(?n) AS ?count) WHERE { ?n a ?type . FILTER(STRSTARTS(STR(?type), STR(pg:))) }
GROUP BY ?type ORDER BY ?type"""


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _timed(metrics: dict, name: str, func):
    start = time.perf_counter()
    value = func()
    metrics[f"{name}_s"] = round(time.perf_counter() - start, 3)
    return value


def _graph(data: Path, places: int | None):
    from .reference import reference_graph

    chosen = None
    if places:
        from .stages import _first_places

        chosen = _first_places(data, places)
    return reference_graph(data, places=chosen)


def _one_place(graph) -> list[str]:
    place = sorted(n for n, _ in graph.nodes("Place"))[0]
    return [graph.iri(n) for n, d in graph.nodes() if d.get("place") == place and d["type"] != "Document"]


# -- the cases (each runs in a child process) ---------------------------------------------------------


def case(name: str, data: Path, work: Path, places: int | None) -> dict:
    from partnergraph.graph import to_triples

    m: dict = {}
    if name in ("turtle_open_query", "store_open_query"):
        return _open_query(name, work, m)
    graph = _timed(m, "reference_graph", lambda: _graph(data, places))
    m["nodes"], m["edges"] = graph.nx.number_of_nodes(), graph.nx.number_of_edges()
    triples = _timed(m, "to_triples", lambda: to_triples(graph))
    n = m["triples"] = len(triples)
    if name == "turtle_write":
        from partnergraph.graph.exporters import exporter

        _timed(m, "oxigraph", lambda: exporter("turtle").write(graph, work / "graph.ttl"))
        m["bytes"] = (work / "graph.ttl").stat().st_size
        if n <= RDFLIB_LIMIT:
            from partnergraph.graph import to_rdflib

            rg = _timed(m, "rdflib_to_graph", lambda: to_rdflib(graph))
            _timed(m, "rdflib", lambda: rg.serialize(format="turtle"))
    elif name == "jsonld_write":
        from partnergraph.graph.exporters import exporter
        from partnergraph.graph.exporters.rdf import context

        _timed(m, "oxigraph", lambda: exporter("jsonld").write(graph, work / "graph.jsonld"))
        m["bytes"] = (work / "graph.jsonld").stat().st_size
        if n <= RDFLIB_LIMIT:
            from partnergraph.graph import to_rdflib

            rg = to_rdflib(graph)
            _timed(m, "rdflib", lambda: rg.serialize(format="json-ld", context=context()["@context"]))
    elif name == "store_build":
        from partnergraph.graph.store import write_store

        target = work / "store"
        _timed(m, "oxigraph", lambda: write_store(graph, target))
        m["bytes"] = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
        if n <= RDFLIB_LIMIT:
            import rdflib

            def rdflib_graph():
                g = rdflib.Graph()
                for t in triples:
                    g.add(tuple(_to_rdflib(x) for x in (t.subject, t.predicate, t.object)))
                return g

            _timed(m, "rdflib", rdflib_graph)
    elif name in ("push_sparql", "push_rdflib"):
        _push(name, graph, triples, work, m)
    for key in [k for k in m if k.endswith("_s") and k[:-2] in ("oxigraph", "rdflib", "update", "graph_store")]:
        m[f"{key[:-2]}_triples_per_s"] = round(n / max(m[key], 1e-9))
    return m


def _to_rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _open_query(name: str, work: Path, m: dict) -> dict:
    """The work of a command that needs counts by type and one place's subgraph."""
    if name == "turtle_open_query":
        from collections import Counter

        from partnergraph.graph import load

        graph = _timed(m, "open", lambda: load(work / "graph.ttl"))
        counts = _timed(m, "count_by_type", lambda: Counter(d["type"] for _, d in graph.nx.nodes(data=True)))
        iris = _one_place(graph)
        _timed(m, "place_subgraph", lambda: graph.nx.subgraph([graph.local_id(i) for i in iris]).copy())
    else:
        from partnergraph.graph.store import open_store

        store = _timed(m, "open", lambda: open_store(work / "store"))
        counts = _timed(m, "count_by_type", lambda: store.select(PLACE_QUERY))
        place = store.select("SELECT ?p WHERE { ?p a pg:Place } ORDER BY ?p LIMIT 1")[0]["p"]
        iris = [r["n"].value for r in store.select(
            "SELECT ?n ?p WHERE { ?n pg:place ?p . FILTER NOT EXISTS { ?n a pg:Document } }",
            bindings={"p": place})]
        _timed(m, "place_subgraph", lambda: store.subgraph(iris))
    m["types"] = len(counts)
    m["place_nodes"] = len(iris)
    m["total_s"] = round(m["open_s"] + m["count_by_type_s"] + m["place_subgraph_s"], 3)
    return m


def _push(name: str, graph, triples, work: Path, m: dict) -> None:
    from partnergraph.graph.sparql_push import DEFAULT_BATCH, SparqlEndpoint, push_sparql

    server = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([server, "serve", "--location", str(work / f"server-{name}"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        if name == "push_sparql":
            update = SparqlEndpoint.from_url(base + "/update", environ={}, timeout=600)
            r = _timed(m, "update", lambda: push_sparql(graph, update, graph_iri="urn:bench:update",
                                                         triples=triples))
            m["update_on_server"] = r.on_server
            gsp = SparqlEndpoint.from_url(base + "/update", store_url=base + "/store", environ={}, timeout=600)
            r = _timed(m, "graph_store", lambda: push_sparql(graph, gsp, graph_iri="urn:bench:gsp",
                                                              triples=triples))
            m["graph_store_on_server"] = r.on_server
            r = _timed(m, "update_again", lambda: push_sparql(graph, update, graph_iri="urn:bench:update",
                                                               triples=triples))
            m["idempotent"] = r.on_server == m["update_on_server"]
            if len(triples) <= RDFLIB_LIMIT:  # staging graph + MOVE: costly on Oxigraph for large graphs
                r = _timed(m, "atomic_again", lambda: push_sparql(graph, update, graph_iri="urn:bench:update",
                                                                   triples=triples, atomic=True))
                m["atomic_idempotent"] = r.on_server == m["update_on_server"]
        elif len(triples) <= RDFLIB_LIMIT:
            import rdflib

            endpoint = SparqlEndpoint.from_url(base + "/update", environ={}, timeout=600)

            def rdflib_push():
                for i in range(0, len(triples), DEFAULT_BATCH):
                    g = rdflib.Graph()
                    for t in triples[i:i + DEFAULT_BATCH]:
                        g.add(tuple(_to_rdflib(x) for x in (t.subject, t.predicate, t.object)))
                    endpoint.update("INSERT DATA { GRAPH <urn:bench:rdflib> {\n" + g.serialize(format="nt")
                                    + "} }")

            _timed(m, "rdflib", rdflib_push)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- the driver -----------------------------------------------------------------------------------------


def run(sizes: list[str], *, places: int | None = None, cases: tuple[str, ...] = CASES) -> dict:
    results = {}
    for size in sizes:
        data = HERE / "data" / size
        if not (data / "truth").is_dir():
            print(f"{size}: no data in {data}; run 'python -m bench.generate --size {size} -o {data}'",
                  file=sys.stderr)
            continue
        work = Path(tempfile.mkdtemp(prefix=f"pg-stores-{size}-"))
        out = {}
        try:
            for name in cases:
                cmd = [sys.executable, "-m", "bench.stores", "--case", name, "--data", str(data), "--work", str(work)]
                if places:
                    cmd += ["--places", str(places)]
                done = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent, timeout=3600)
                if done.returncode != 0:
                    out[name] = {"status": "error", "stderr": done.stderr.strip().splitlines()[-3:]}
                else:
                    out[name] = json.loads(done.stdout)
                print(f"{size} {name}: {json.dumps(out[name])}", file=sys.stderr)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        results[size] = out
        (HERE / "out").mkdir(exist_ok=True)
        (HERE / "out" / f"stores-{size}.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    print(table(results))
    return results


def table(results: dict) -> str:
    lines = ["| size | case | triples | partnergraph s | triples/s | baseline s | peak MB |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for size, cases in results.items():
        for name, m in cases.items():
            if m.get("status") == "error":
                lines.append(f"| {size} | {name} | error | | | | |")
                continue
            ours = m.get("oxigraph_s", m.get("update_s", m.get("total_s", "")))
            rate = m.get("oxigraph_triples_per_s", m.get("update_triples_per_s", ""))
            lines.append(f"| {size} | {name} | {m.get('triples', '')} | {ours} | {rate} | {m.get('rdflib_s', '')} "
                         f"| {m.get('peak_rss_mb', '')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="small,medium", help="Comma-separated sizes (bench/data/<size>).")
    parser.add_argument("--places", type=int, default=None, help="Only the first N authorities.")
    parser.add_argument("--cases", default=",".join(CASES), help="Comma-separated cases.")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        metrics = case(args.case, args.data, args.work, args.places)
        metrics["peak_rss_mb"] = _peak_mb()
        print(json.dumps(metrics))
        return 0
    run(args.size.split(","), places=args.places, cases=tuple(args.cases.split(",")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
