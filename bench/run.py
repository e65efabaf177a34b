"""``make bench``: generate each size, run every stage on it in its own process, write the results.

``python -m bench.run --sizes small,medium,national`` writes ``bench/results.json`` (every
figure of every stage) and ``bench/RESULTS.md`` (targets with pass/miss, ratios to the
slow baselines, recall, and a profile of each missed target).  Generated data goes to
``bench/data/<size>`` (git-ignored) and is reused when its parameters have not changed.

Each stage runs as ``python -m bench.stages`` in a child process with a time limit, so a
peak RSS is the stage's own and a stage that runs away cannot take the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from .generate import SIZES, generate, generator_version
from .report import profile_requests, write_report

__all__ = ["main", "run", "STAGE_ORDER", "SIZE_OPTIONS"]

HERE = Path(__file__).resolve().parent
STAGE_ORDER = ("graph", "build", "extract", "rdf", "rdf_baseline", "linked_data", "queries", "views",
               "pyvis_baseline", "algorithms")

#: Per size, options that keep a slow path to minutes (each is reported where it applies).
SIZE_OPTIONS: dict[str, dict[str, dict]] = {
    "small": {},
    "medium": {},
    "national": {
        # ~29M triples need tens of GB on a machine shared by six engineers; the rate is measured on medium.
        "rdf": {"max_edges": 150_000},
        "pyvis_baseline": {"skip": "same 30-authority subgraph as medium (authorities are a prefix)"},
        "rdf_baseline": {"skip": "rdflib over tens of millions of triples would take hours; the ratios come from small"},
        "algorithms": {"nx_max_edges": 150_000},
        # Each step in its own process, stopped above 14 GB or at 2 GB short of what is free when it
        # starts (the machine is shared; medium's compacted JSON-LD points at ~13 GB here); the stage
        # (seven whole-graph steps with two full pushes, seven slice steps) takes most of an hour.
        "linked_data": {"slice_triples": 1_000_000, "max_rss_mb": 14_000, "stage_timeout": 5400},
        "queries": {"skip_queries": {"sparql_store": "loads every triple into an Oxigraph store: about a minute "
                                                     "and 2.4 GB already on medium, so well over 10 GB here"}},
    },
}


def _versions() -> dict[str, str]:
    out = {}
    for name in ("partnergraph", "networkx", "rdflib", "pyoxigraph", "igraph", "pyvis", "pyahocorasick", "PyYAML"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _ensure_data(data: Path, size: str, seed: int) -> dict:
    params = dict(SIZES[size], seed=seed, generator=generator_version())
    summary_file = data / "truth" / "summary.json"
    if summary_file.exists():
        old = json.loads(summary_file.read_text())
        if all(old.get(k) == v for k, v in params.items()):
            old["generate_s"] = old.get("generate_s", None)
            return old
    start = time.perf_counter()
    summary = generate(data, authorities=params["authorities"], years=params["years"], seed=seed)
    summary["generate_s"] = round(time.perf_counter() - start, 3)
    summary_file.write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return summary


def _run_child(stage: str, data: Path, out: Path, *, options: dict, timeout: float,
               profile: str | None = None) -> dict:
    cmd = [sys.executable, "-m", "bench.stages", stage, str(data), str(out), "--options", json.dumps(options)]
    if profile:
        cmd += ["--profile", profile]
    start = time.perf_counter()
    out.unlink(missing_ok=True)
    try:
        proc = subprocess.run(cmd, cwd=HERE.parent, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        partial = json.loads(out.read_text()) if out.exists() else {}
        return {"stage": stage, "status": "failed", "reason": f"stopped after the {timeout:.0f} s time limit",
                "metrics": partial.get("metrics", {}), "peak_rss_mb": partial.get("peak_rss_mb", "-"),
                "wall_s": round(time.perf_counter() - start, 1)}
    if proc.returncode != 0 or not out.exists():
        return {"stage": stage, "status": "failed", "metrics": {},
                "reason": (proc.stderr.strip().splitlines() or ["exit code %d" % proc.returncode])[-1],
                "wall_s": round(time.perf_counter() - start, 1)}
    record = json.loads(out.read_text())
    record["child_wall_s"] = round(time.perf_counter() - start, 3)
    return record


def run(sizes: list[str], *, seed: int = 1, stages: tuple[str, ...] = STAGE_ORDER, data_root: Path | None = None,
        timeout: float = 900, profile: bool = True, say=print, earlier: dict | None = None) -> dict:
    """Run the benchmark and return the results.

    ``earlier`` (a previous results.json) keeps the sizes this run does not measure, so that
    targets and profiles are judged on all of them.
    """
    data_root = data_root or HERE / "data"
    work = HERE / "out"
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "seed": seed,
                     "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform(), "commit": _git_commit(),
                                 "versions": _versions()},
                     "sizes": {}}
    kept_profiles: list[dict] = []
    if earlier:
        for size, entry in earlier.get("sizes", {}).items():
            if size not in sizes:
                results["sizes"][size] = entry
        kept_profiles = [p for p in earlier.get("profiles", [])
                         if p["size"] not in sizes or p["stage"] not in stages]
        results["merged_from"] = earlier.get("started")
    for size in sizes:
        data = data_root / size
        say(f"[{size}] generating ...")
        summary = _ensure_data(data, size, seed)
        entry = results["sizes"].setdefault(size, {"summary": summary, "stages": {}})
        before = (earlier or {}).get("sizes", {}).get(size)
        if before and before.get("summary", {}).get("generator") == summary.get("generator"):
            # Stages this run does not repeat keep their earlier records (same data, same generator).
            entry["stages"] = {k: v for k, v in before["stages"].items() if k not in stages}
        for stage in stages:
            options = dict(SIZE_OPTIONS.get(size, {}).get(stage, {}))
            if "skip" in options:
                entry["stages"][stage] = {"stage": stage, "status": "not run", "reason": options["skip"],
                                          "metrics": {}}
                continue
            say(f"[{size}] {stage} ...")
            stage_timeout = options.pop("stage_timeout", timeout)
            record = _run_child(stage, data, work / f"{size}-{stage}.json", options=options,
                                timeout=max(timeout, stage_timeout))
            entry["stages"][stage] = record
            say(f"[{size}] {stage}: {record['status']} in {record.get('wall_s', '?')} s, "
                f"peak {record.get('peak_rss_mb', '?')} MB")
    results["sizes"] = {s: results["sizes"][s] for s in SIZES if s in results["sizes"]}
    results["profiles"] = list(kept_profiles)
    if profile:
        done = {(p["size"], p["stage"], p["step"]) for p in kept_profiles}
        for request in profile_requests(results):
            if (request["size"], request["stage"], request["step"]) in done:
                continue
            size, stage, step = request["size"], request["stage"], request["step"]
            data = data_root / size
            say(f"[profile] {size} {stage} {step} ...")
            options = dict(SIZE_OPTIONS.get(size, {}).get(stage, {}))
            record = _run_child(stage, data, work / f"{size}-{stage}-profile.json", options=options,
                                timeout=timeout, profile=step)
            request["profile"] = record.get("profile") or []
            request["status"] = record["status"]
            results["profiles"].append(request)
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    return results


def merge_latest(results: dict, latest: dict, sizes: list[str], stages: tuple[str, ...]) -> None:
    """Take from ``latest`` (results.json as it is now) the sizes and stages this run did not measure."""
    for size, entry in latest.get("sizes", {}).items():
        mine = results["sizes"].get(size)
        if size not in sizes or mine is None:
            results["sizes"][size] = entry
        elif entry.get("summary", {}).get("generator") == mine["summary"].get("generator"):
            for stage, record in entry.get("stages", {}).items():
                if stage not in stages:
                    mine["stages"][stage] = record
    results["sizes"] = {s: results["sizes"][s] for s in SIZES if s in results["sizes"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="small,medium", help="comma-separated: small, medium, national")
    parser.add_argument("--stages", default=",".join(STAGE_ORDER), help="comma-separated stages to run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed to each stage")
    parser.add_argument("--no-profile", action="store_true", help="do not profile missed targets")
    parser.add_argument("--merge", action="store_true",
                        help="keep the sizes of an earlier results.json that this run does not measure")
    parser.add_argument("--output", type=Path, default=HERE, help="folder for RESULTS.md and results.json")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; use {', '.join(SIZES)}")
    stages = tuple(s.strip() for s in args.stages.split(",") if s.strip())
    bad = [s for s in stages if s not in STAGE_ORDER]
    if bad:
        parser.error(f"unknown stage {bad[0]!r}; use {', '.join(STAGE_ORDER)}")
    args.output.mkdir(parents=True, exist_ok=True)
    out_json = args.output / "results.json"
    earlier = json.loads(out_json.read_text()) if args.merge and out_json.exists() else None
    results = run(sizes, seed=args.seed, stages=stages, timeout=args.timeout, profile=not args.no_profile,
                  earlier=earlier)
    if args.merge and out_json.exists():
        # Another run may have written results.json while this one ran: keep what it measured too.
        merge_latest(results, json.loads(out_json.read_text()), sizes, stages)
    out_json.write_text(json.dumps(results, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    write_report(results, args.output / "RESULTS.md")
    print(f"wrote {args.output / 'RESULTS.md'} and {out_json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
