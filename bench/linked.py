"""Linked data at scale: export, on-disk store and push of the whole graph, against rdflib on a slice.

The ``linked_data`` stage of ``python -m bench.run`` runs each step below in its own
process (``python -m bench.linked STEP DATA WORK OUT.json``), so each peak RSS is that
step's own, while a watchdog in the stage process sums the RSS of the step and its
children (the Oxigraph server) and stops the step above ``max_rss_mb``.

Whole graph, the product's own code paths:

==================  ==========================================================================
step                what it measures
==================  ==========================================================================
turtle_save         ``graph.rdf.save`` to ``graph.ttl`` (what ``partnergraph build`` writes; streamed)
turtle_export       ``exporter("turtle").write`` (what ``partnergraph export --format turtle`` runs)
jsonld_save         ``graph.rdf.save`` to ``graph.jsonld``: pyoxigraph's streaming JSON-LD, not compacted
jsonld_export       ``exporter("jsonld").write`` (``partnergraph export --format jsonld``): compacted
                    with our context, built whole in memory
store_build         ``graph.store.write_store`` (what ``partnergraph build --store DIR`` runs)
store_load          ``GraphStore.load_file(graph.ttl)``: pyoxigraph's bulk loader from the Turtle file
push                ``push_sparql`` from the on-disk store (``partnergraph push sparql --graph DIR``)
                    into a local ``oxigraph serve``, twice: the server's count after each
==================  ==========================================================================

The same slice (the first ``slice_triples`` of the stable ``iter_triples`` order, written
as N-Triples by ``turtle_save``) goes through the product's path and through rdflib:
Turtle, JSON-LD (compacted with our context), a Graph Store Protocol push (batches
POSTed as N-Triples) and, for the store, pyoxigraph's bulk load into an on-disk store
against rdflib parsing into its in-memory ``Graph`` (rdflib has no on-disk store here).
rdflib's time and memory for the whole graph are extrapolated linearly from the slice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Whole-graph steps, then the slice steps (ours, rdflib), in the order they run.
FULL_STEPS = ("turtle_save", "turtle_export", "jsonld_save", "jsonld_export", "store_build", "store_load", "push")
SLICE_STEPS = ("slice_turtle_ours", "slice_turtle_rdflib", "slice_jsonld_ours", "slice_jsonld_rdflib",
               "slice_store_ours", "slice_push_ours", "slice_push_rdflib")
STEPS = FULL_STEPS + SLICE_STEPS
#: Which slice steps compare with which whole-graph step: (ours, rdflib, rdflib seconds key).
COMPARISONS = {
    "turtle_save": ("slice_turtle_ours", "slice_turtle_rdflib", "step_s"),
    "turtle_export": ("slice_turtle_ours", "slice_turtle_rdflib", "step_s"),
    "jsonld_export": ("slice_jsonld_ours", "slice_jsonld_rdflib", "step_s"),
    "store_build": ("slice_store_ours", "slice_turtle_rdflib", "parse_s"),
    "store_load": ("slice_store_ours", "slice_turtle_rdflib", "parse_s"),
    "push": ("slice_push_ours", "slice_push_rdflib", "step_s"),
}
DEFAULTS = {"slice_triples": 1_000_000, "max_rss_mb": 12_000, "step_timeout": 3600, "batch_size": None}


# -- measuring -----------------------------------------------------------------------------------


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _status_mb(pid: int | str = "self", field: str = "VmRSS") -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _mem_available_mb() -> float | None:
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return round(int(line.split()[1]) / 1024)
    except OSError:
        return None
    return None


def _tree_rss_mb(root: int) -> float:
    """RSS of ``root`` and every process under it (the step and the server it started)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += _status_mb(pid) or 0.0
        todo += children.get(pid, [])
    return total


def _die_with_parent() -> None:
    """In a child, before exec: be killed when the process that started it dies (Linux prctl), so a
    stage stopped by its time limit leaves no step or server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _timed(m: dict, name: str, func):
    start = time.perf_counter()
    value = func()
    m[f"{name}_s"] = round(time.perf_counter() - start, 3)
    return value


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


# -- the pieces the steps share --------------------------------------------------------------------


def _graph(data: Path, m: dict):
    from .reference import reference_graph

    graph = _timed(m, "reference_graph", lambda: reference_graph(data))
    m["rss_after_graph_mb"] = _status_mb()
    return graph


def _meta(work: Path) -> dict:
    path = work / "meta.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _slice(work: Path) -> list:
    import pyoxigraph as ox

    return [q.triple for q in ox.parse(path=str(work / "slice.nt"), format=ox.RdfFormat.N_TRIPLES)]


def _rdflib_slice(work: Path, m: dict):
    import rdflib

    from partnergraph.ontology import PREFIXES

    rg = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        rg.bind(prefix, ns, override=True)
    _timed(m, "parse", lambda: rg.parse(str(work / "slice.nt"), format="nt"))
    m["rss_after_parse_mb"] = _status_mb()
    return rg


class Server:
    """``oxigraph serve`` from the venv on a temporary folder and a free loopback port."""

    def __init__(self, location: Path) -> None:
        binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        if not Path(binary).exists():
            raise FileNotFoundError("the oxigraph server (pip install oxigraph) is not installed")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     preexec_fn=_die_with_parent)
        for _ in range(600):
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with code {self.proc.returncode}")
            try:
                urllib.request.urlopen(self.base + "/query?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def peak_mb(self) -> float | None:
        return _status_mb(self.proc.pid, "VmHWM")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


# -- the steps (each runs in its own process) --------------------------------------------------------


def step_turtle_save(data: Path, work: Path, opts: dict, m: dict) -> None:
    import pyoxigraph as ox

    from partnergraph.graph.rdf import iter_triples, save

    graph = _graph(data, m)
    m["nodes"], m["edges"] = graph.nx.number_of_nodes(), graph.nx.number_of_edges()
    _timed(m, "step", lambda: save(graph, work / "graph.ttl"))
    m["bytes"] = _size(work / "graph.ttl")
    # Not part of the step's time: how many triples, and how much of the time is the model
    # producing them (iter_triples alone), then the slice the rdflib comparison runs on.
    m["triples"] = _timed(m, "iter_triples", lambda: sum(1 for _ in iter_triples(graph)))
    n = min(int(opts["slice_triples"]), m["triples"])
    ox.serialize(islice(iter_triples(graph), n), str(work / "slice.nt"), format=ox.RdfFormat.N_TRIPLES)
    m["slice_triples"] = n
    (work / "meta.json").write_text(json.dumps({"triples": m["triples"], "slice_triples": n, "base": graph.base}))


def step_turtle_export(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.exporters import exporter

    _write_step(data, work, m, "export.ttl", exporter("turtle").write)


def step_jsonld_save(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.rdf import save

    _write_step(data, work, m, "graph.jsonld", save)


def step_jsonld_export(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.exporters import exporter

    _write_step(data, work, m, "graph.jsonld", exporter("jsonld").write)


def _write_step(data: Path, work: Path, m: dict, name: str, write) -> None:
    """Time ``write(graph, file)`` on the whole graph; the file's size, then the file goes."""
    graph = _graph(data, m)
    out = work / name
    _timed(m, "step", lambda: write(graph, out))
    m["bytes"] = _size(out)
    out.unlink()


def step_store_build(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.store import write_store

    graph = _graph(data, m)
    m["triples"] = _timed(m, "step", lambda: write_store(graph, work / "store"))
    m["bytes"] = _size(work / "store")


def step_store_load(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.store import GraphStore

    target = work / "store-loaded"
    store = GraphStore.open(target)
    m["triples"] = _timed(m, "step", lambda: store.load_file(work / "graph.ttl"))
    del store
    m["bytes"] = _size(target)
    shutil.rmtree(target, ignore_errors=True)


def step_push(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.sparql_push import DEFAULT_BATCH, SparqlEndpoint, push_sparql
    from partnergraph.graph.store import open_store

    store_dir = work / "store"
    if not store_dir.is_dir():
        raise FileNotFoundError("no on-disk store: the store_build step did not finish")
    batch = int(opts.get("batch_size") or DEFAULT_BATCH)
    m["batch_size"] = batch
    with Server(work / "server-push") as server:
        endpoint = SparqlEndpoint.from_url(server.base + "/update", environ={}, timeout=3600)
        for i, name in ((1, "step"), (2, "again")):
            # What ``partnergraph push sparql --graph STORE_DIR`` does: triples streamed from the store.
            store = open_store(store_dir)
            result = _timed(m, name, lambda: push_sparql(None, endpoint, triples=store.triples(), batch_size=batch))
            del store
            m[f"sent_{i}"], m[f"on_server_after_{i}"] = result.triples, result.on_server
        m["triples"] = m["sent_1"]
        m["idempotent"] = m["on_server_after_1"] == m["on_server_after_2"] == m["sent_1"]
        m["server_peak_rss_mb"] = server.peak_mb()
    shutil.rmtree(work / "server-push", ignore_errors=True)


def step_slice_turtle_ours(data: Path, work: Path, opts: dict, m: dict) -> None:
    import pyoxigraph as ox

    from partnergraph.ontology import PREFIXES

    triples = _timed(m, "parse", lambda: _slice(work))
    m["rss_after_parse_mb"] = _status_mb()
    m["triples"] = len(triples)
    out = work / "slice-ours.ttl"
    _timed(m, "step", lambda: ox.serialize(triples, str(out), format=ox.RdfFormat.TURTLE,
                                            prefixes=dict(sorted(PREFIXES.items()))))
    m["bytes"] = _size(out)
    out.unlink()


def step_slice_turtle_rdflib(data: Path, work: Path, opts: dict, m: dict) -> None:
    rg = _rdflib_slice(work, m)
    m["triples"] = len(rg)
    out = work / "slice-rdflib.ttl"
    _timed(m, "step", lambda: rg.serialize(destination=str(out), format="turtle"))
    m["bytes"] = _size(out)
    out.unlink()


def step_slice_jsonld_ours(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph import PartnershipGraph
    from partnergraph.graph.atomic import atomic_path
    from partnergraph.graph.exporters.rdf import to_jsonld

    triples = _timed(m, "parse", lambda: _slice(work))
    m["rss_after_parse_mb"] = _status_mb()
    m["triples"] = len(triples)
    # JsonLdExporter.dumps and write, on the slice's triples (to_jsonld reads only the graph's base).
    shell = PartnershipGraph(base=_meta(work).get("base")) if _meta(work).get("base") else PartnershipGraph()
    out = work / "slice-ours.jsonld"

    def write() -> None:
        data = (json.dumps(to_jsonld(shell, triples), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)

    _timed(m, "step", write)
    m["bytes"] = _size(out)
    out.unlink()


def step_slice_jsonld_rdflib(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.exporters.rdf import context

    rg = _rdflib_slice(work, m)
    m["triples"] = len(rg)
    out = work / "slice-rdflib.jsonld"
    _timed(m, "step", lambda: rg.serialize(destination=str(out), format="json-ld", context=context()["@context"]))
    m["bytes"] = _size(out)
    out.unlink()


def step_slice_store_ours(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.store import GraphStore

    target = work / "slice-store"
    store = GraphStore.open(target)
    m["triples"] = _timed(m, "step", lambda: store.load_file(work / "slice.nt"))  # bulk load, on disk
    del store
    m["bytes"] = _size(target)
    shutil.rmtree(target, ignore_errors=True)


def _slice_server_count(server: Server, graph_iri: str) -> int:
    from partnergraph.graph.sparql_push import SparqlEndpoint

    e = SparqlEndpoint.from_url(server.base + "/update", environ={})
    rows = e.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"].value)


def step_slice_push_ours(data: Path, work: Path, opts: dict, m: dict) -> None:
    from partnergraph.graph.sparql_push import DEFAULT_BATCH, SparqlEndpoint, push_sparql

    triples = _timed(m, "parse", lambda: _slice(work))
    m["rss_after_parse_mb"] = _status_mb()
    m["triples"] = len(triples)
    batch = int(opts.get("batch_size") or DEFAULT_BATCH)
    iri = "urn:partnergraph:bench:slice"
    with Server(work / "server-slice-ours") as server:
        gsp = SparqlEndpoint.from_url(server.base + "/update", store_url=server.base + "/store", environ={},
                                      timeout=3600)
        # Graph Store Protocol into a named graph, twice: the second push replaces the first.
        for i, name in ((1, "step"), (2, "again")):
            r = _timed(m, name, lambda: push_sparql(None, gsp, graph_iri=iri, triples=triples, batch_size=batch))
            m[f"on_server_after_{i}"] = r.on_server
        m["idempotent"] = m["on_server_after_1"] == m["on_server_after_2"] == len(set(triples))
        m["server_peak_rss_mb"] = server.peak_mb()
    shutil.rmtree(work / "server-slice-ours", ignore_errors=True)


def step_slice_push_rdflib(data: Path, work: Path, opts: dict, m: dict) -> None:
    import rdflib

    from partnergraph.graph.sparql_push import DEFAULT_BATCH

    rg = _rdflib_slice(work, m)
    m["triples"] = len(rg)
    batch = int(opts.get("batch_size") or DEFAULT_BATCH)
    iri = "urn:partnergraph:bench:slice-rdflib"
    with Server(work / "server-slice-rdflib") as server:
        url = server.base + "/store?" + urllib.parse.urlencode({"graph": iri})

        def push() -> None:
            # rdflib's way: a Graph per batch, serialised as N-Triples, POSTed (Graph Store Protocol).
            source = iter(rg)
            while chunk := list(islice(source, batch)):
                g = rdflib.Graph()
                for t in chunk:
                    g.add(t)
                body = g.serialize(format="nt", encoding="utf-8")
                request = urllib.request.Request(url, data=body, method="POST",
                                                 headers={"Content-Type": "application/n-triples"})
                with urllib.request.urlopen(request, timeout=3600) as response:
                    response.read()

        _timed(m, "step", push)
        m["on_server_after_1"] = _slice_server_count(server, iri)
        m["server_peak_rss_mb"] = server.peak_mb()
    shutil.rmtree(work / "server-slice-rdflib", ignore_errors=True)


STEP_FUNCS = {name: globals()[f"step_{name}"] for name in STEPS}


def run_step(name: str, data: Path, work: Path, opts: dict) -> dict:
    """Run one step in this process; its figures, ``peak_rss_mb`` and ``rss_start_mb`` (after imports)."""
    import pyoxigraph  # noqa: F401  (imports before the baseline RSS)
    import rdflib  # noqa: F401

    import partnergraph.graph  # noqa: F401

    m: dict = {"rss_start_mb": _status_mb()}
    STEP_FUNCS[name](data, work, dict(DEFAULTS, **opts), m)
    m["peak_rss_mb"] = _peak_mb()
    return m


# -- the stage: every step in a child process, watched --------------------------------------------


def run_steps(data: Path, work: Path, opts: dict, *, checkpoint=lambda metrics: None) -> dict:
    """Run the steps in child processes and return the stage's metrics (see :func:`summarise`)."""
    opts = dict(DEFAULTS, **opts)
    steps: dict[str, dict] = {}
    metrics: dict = {"options": {k: opts[k] for k in DEFAULTS}, "steps": steps}
    for name in opts.get("steps") or STEPS:
        steps[name] = _child(name, data, work, opts)
        metrics.update(summarise(steps))
        checkpoint(metrics)
    return metrics


def _child(name: str, data: Path, work: Path, opts: dict) -> dict:
    out = work / f"step-{name}.json"
    out.unlink(missing_ok=True)
    err = work / f"step-{name}.err"
    available = _mem_available_mb()
    # Never take what others on the machine are using: leave them 2 GB of what is free now.
    limit = float(opts["max_rss_mb"]) if available is None else min(float(opts["max_rss_mb"]), available - 2000)
    record: dict = {"load_before": round(os.getloadavg()[0], 2), "mem_available_mb": available,
                    "rss_limit_mb": round(limit)}
    cmd = [sys.executable, "-m", "bench.linked", name, str(data), str(work), str(out), "--options", json.dumps(opts)]
    start = time.perf_counter()
    with open(err, "w") as fh:
        proc = subprocess.Popen(cmd, cwd=HERE.parent, stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True,
                                preexec_fn=_die_with_parent)
    seen, stopped = 0.0, None
    while proc.poll() is None:
        seen = max(seen, _tree_rss_mb(proc.pid))
        elapsed = time.perf_counter() - start
        if seen > limit:
            stopped = (f"stopped at {seen:,.0f} MB (step and server), over the limit of {limit:,.0f} MB set for "
                       f"this shared machine, after {elapsed:.0f} s")
        elif elapsed > float(opts["step_timeout"]):
            stopped = f"stopped after the {float(opts['step_timeout']):.0f} s step time limit"
        if stopped:
            os.killpg(proc.pid, signal.SIGKILL)  # the step's own process group: the step and its server
            proc.wait()
            break
        time.sleep(0.5)
    record["wall_s"] = round(time.perf_counter() - start, 1)
    record["tree_peak_rss_mb"] = round(seen, 1)
    if stopped:
        record.update(status="not available", reason=stopped)
    elif proc.returncode != 0 or not out.exists():
        lines = err.read_text(errors="replace").strip().splitlines()
        record.update(status="failed", reason=(lines or [f"exit code {proc.returncode}"])[-1])
    else:
        result = json.loads(out.read_text())
        if result.get("status") == "not available":
            record.update(status="not available", reason=result["reason"])
        else:
            record.update(status="ok", **result)
    return record


def summarise(steps: dict[str, dict]) -> dict:
    """Rates, rdflib ratios on the slice, and rdflib extrapolated to the whole graph."""
    out: dict = {}
    full = next((s.get("triples") for s in (steps.get("turtle_save", {}), steps.get("store_build", {}),
                                             steps.get("push", {})) if s.get("triples")), None)
    if full:
        out["triples"] = full
    cut = steps.get("turtle_save", {}).get("slice_triples")
    if cut:
        out["slice_triples"] = cut
    for name, rec in steps.items():
        n = rec.get("triples") or full
        if rec.get("status") == "ok" and rec.get("step_s") is not None and n:
            rec["triples_per_s"] = round(n / max(rec["step_s"], 1e-9))
            if rec.get("again_s"):
                rec["again_triples_per_s"] = round(n / max(rec["again_s"], 1e-9))
    for name, (ours, theirs, key) in COMPARISONS.items():
        a, b = steps.get(ours, {}), steps.get(theirs, {})
        if a.get("status") != "ok" or b.get("status") != "ok" or name not in steps:
            continue
        ours_s, theirs_s = a.get("step_s"), b.get(key)
        if not ours_s or theirs_s is None:
            continue
        ratio = round(theirs_s / max(ours_s, 1e-9), 1)
        entry = {"slice_triples": a.get("triples"), "ours_s": ours_s, "rdflib_s": theirs_s,
                 "ratio_rdflib_over_ours": ratio, "ours_peak_rss_mb": a.get("peak_rss_mb"),
                 "rdflib_peak_rss_mb": b.get("peak_rss_mb")}
        if full and a.get("triples"):
            scale = full / a["triples"]
            entry["rdflib_whole_graph_s_extrapolated"] = round(theirs_s * scale, 1)
            # rdflib holds the graph in memory: what it added above the interpreter, scaled.
            grown = (b.get("peak_rss_mb") or 0) - (b.get("rss_start_mb") or 0)
            entry["rdflib_whole_graph_peak_rss_mb_extrapolated"] = round((b.get("rss_start_mb") or 0) + grown * scale)
        out.setdefault("ratios", {})[name] = entry
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.linked", description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("data", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--options", default="{}")
    args = parser.parse_args(argv)
    try:
        record = run_step(args.step, args.data, args.work, json.loads(args.options))
    except FileNotFoundError as exc:
        record = {"status": "not available", "reason": str(exc), "peak_rss_mb": _peak_mb()}
    tmp = args.out.with_suffix(".part")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True, default=str) + "\n")
    tmp.replace(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
