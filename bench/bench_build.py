"""`citegraph build` at 10k, 100k (and 1M) papers: wall time, papers/s and peak RSS, per store.

Run: .venv/bin/python bench/bench_build.py [--sizes 10000 100000 1000000]
         [--stores networkx neo4j] [--jobs 1 2] [--data /tmp/scale-bench]

What it measures, and how:

1. the corpus of each size comes from bench/corpus.py (synthetic Daily Papers dumps of 1,000
   listings per file, all three layouts, ~2% re-listings), written to --data (reused when it
   is already there; without --data a temporary folder is used and deleted);
2. each build is the real command, `python -m citegraph build FILES...`, in a fresh process,
   so start-up, catalog loading, parsing, linking, storing and saving are all in the figure;
   peak RSS is that process's own (`wait4`), not the bench's;
3. networkx: into a new graph file; Neo4j: into a fresh in-process Neo4j 5.26 harness per size
   (tests/neo4j_server.py, 2 GB heap, 2 GB page cache, full JIT: the way bench/bench_neo4j.py
   starts it), or into an existing server named by CITEGRAPH_TEST_NEO4J_URI / NEO4J_URI when
   --wipe allows deleting its data; the server's peak RSS is printed apart from the client's;
4. the table ends with the growth from each size to the next: time and memory per paper
   should stay flat when a build is linear in its input.

Papers/s counts listings read per second of wall time (re-listings included). The machine's
load average is printed before and after every build: other engineers share it.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import neo4j

from bench import corpus
from tests.neo4j_server import HarnessServer, bench_server_from_env, wipe_database

BENCH_JVM_ARGS = ("-XX:TieredStopAtLevel=4",)
BENCH_HEAP = "2g"
BENCH_PAGECACHE_MB = 2048
DEFAULT_SIZES = (10_000, 100_000)
_SUMMARY = re.compile(r": (?P<papers>\d+) papers, .* (?P<edges>\d+) edges")


@dataclass
class Run:
    """One build: what was built, how long it took and how much memory it held."""

    store: str
    size: int
    jobs: int
    unique_papers: int
    seconds: float
    cpu_seconds: float  # user + system of the build and its worker processes
    peak_rss_mb: float
    server_rss_mb: float | None
    nodes_papers: int
    edges: int
    output_mb: float | None
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]

    @property
    def papers_per_s(self) -> float:
        return self.size / self.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--stores", nargs="+", default=["networkx", "neo4j"],
                        choices=["networkx", "neo4j"])  # fmt: skip
    parser.add_argument("--jobs", type=int, nargs="+", default=[1],
                        help="--jobs values to build with (each is one row)")  # fmt: skip
    parser.add_argument("--data", type=Path, help="folder for corpora and outputs (kept)")
    parser.add_argument("--wipe", action="store_true",
                        help="allow wiping an external Neo4j server's database")  # fmt: skip
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)

    data = args.data or Path(tempfile.mkdtemp(prefix="scale-bench-build-"))
    data.mkdir(parents=True, exist_ok=True)
    print(f"cpus: {os.cpu_count()}, data in {data}", flush=True)
    runs: list[Run] = []
    try:
        for size in args.sizes:
            info = corpus.write_corpus(data / f"corpus-{size}", size)
            files = corpus.corpus_files(data / f"corpus-{size}")
            print(
                f"corpus {size:,}: {info.unique_papers:,} papers in {info.files} files, "
                f"{info.bytes / 1e6:,.0f} MB",
                flush=True,
            )
            for store in args.stores:
                for jobs in args.jobs:
                    run = build_once(store, size, jobs, files, info.unique_papers, data, args.wipe)
                    runs.append(run)
                    print(_row(run), flush=True)
    finally:
        if args.data is None:
            shutil.rmtree(data, ignore_errors=True)
    print_table(runs)


def build_once(
    store: str, size: int, jobs: int, files: list[Path], unique: int, data: Path, wipe: bool
) -> Run:
    command = [sys.executable, "-m", "citegraph", "build", *map(str, files)]
    if jobs != 1:
        command += ["--jobs", str(jobs)]
    output = data / f"graph-{size}-{jobs}.json"
    if store == "networkx":
        output.unlink(missing_ok=True)
        seconds, cpu, rss, summary, load = _timed([*command, "--out", str(output)])
        output_mb = output.stat().st_size / 1e6
        output.unlink()
        server_rss = None
    else:
        with neo4j_server(data / f"neo4j-{size}-{jobs}", wipe) as server:
            target = ["--neo4j-uri", server.uri]
            if server.auth:
                target += ["--neo4j-user", server.auth[0], "--neo4j-password", server.auth[1]]
            seconds, cpu, rss, summary, load = _timed(command + target)
            server_rss = _server_peak_rss(server)
        output_mb = None
    match = _SUMMARY.search(summary)
    if match is None:
        raise SystemExit(f"unexpected build output: {summary!r}")
    return Run(
        store, size, jobs, unique, seconds, cpu, rss, server_rss,
        int(match["papers"]), int(match["edges"]), output_mb, *load,
    )  # fmt: skip


@dataclass
class _Server:
    uri: str
    auth: tuple[str, str] | None
    pid: int | None


@contextmanager
def neo4j_server(data_dir: Path, allow_wipe: bool) -> Iterator[_Server]:
    """A fresh harness server for one build, or the configured external one, wiped."""
    external = bench_server_from_env(allow_wipe)
    if external:
        uri, auth = external
        with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
            wipe_database(driver)
        yield _Server(uri, auth, None)
        return
    harness = HarnessServer(
        data_dir, heap=BENCH_HEAP, pagecache_mb=BENCH_PAGECACHE_MB, jvm_args=BENCH_JVM_ARGS
    )
    try:
        with harness:
            yield _Server(harness.uri, None, harness.pid)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def _timed(
    command: list[str],
) -> tuple[float, float, float, str, tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """Run a command: (seconds, CPU seconds, peak RSS in MB, stdout, load before/after).

    wait4's usage covers the process and the children it reaped (the --jobs workers).
    """
    load_before = os.getloadavg()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:5])} ... failed:\n{stderr[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, stdout, (load_before, os.getloadavg())


def _server_peak_rss(server: _Server) -> float | None:
    if server.pid is None:
        return None
    try:
        status = Path(f"/proc/{server.pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def _row(run: Run) -> str:
    server = f"{run.server_rss_mb:>8,.0f}" if run.server_rss_mb is not None else f"{'-':>8}"
    output = f"{run.output_mb:>8,.0f}" if run.output_mb is not None else f"{'-':>8}"
    return (
        f"{run.store:<9} {run.size:>9,} {run.jobs:>4} {run.seconds:>8.1f} {run.cpu_seconds:>8.1f} "
        f"{run.papers_per_s:>9,.0f} {run.peak_rss_mb:>9,.0f} {server} {output} "
        f"{run.nodes_papers:>9,} {run.edges:>10,}   "
        f"{_load(run.load_before)} / {_load(run.load_after)}"
    )


def print_table(runs: list[Run]) -> None:
    print(
        f"\n{'store':<9} {'papers':>9} {'jobs':>4} {'wall s':>8} {'cpu s':>8} {'papers/s':>9} "
        f"{'RSS MB':>9} {'srv MB':>8} {'file MB':>8} {'Paper':>9} {'edges':>10}   "
        "load before / after"
    )
    for run in runs:
        print(_row(run))
    print("\ngrowth to the next size (1.0 = linear):")
    keyed: dict[tuple[str, int], list[Run]] = {}
    for run in runs:
        keyed.setdefault((run.store, run.jobs), []).append(run)
    for (store, jobs), series in keyed.items():
        for small, large in itertools.pairwise(series):
            scale = large.size / small.size
            print(
                f"  {store} jobs={jobs} {small.size:,} -> {large.size:,}: "
                f"time per paper x{large.seconds / small.seconds / scale:.2f}, "
                f"RSS per paper x{large.peak_rss_mb / small.peak_rss_mb / scale:.2f} "
                f"(RSS x{large.peak_rss_mb / small.peak_rss_mb:.1f} for x{scale:.0f} papers)"
            )


def _load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.1f}" for x in load)


if __name__ == "__main__":
    main()
