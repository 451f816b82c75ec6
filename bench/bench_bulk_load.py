"""Loading a big graph into Neo4j: Bolt (`citegraph push`) vs `export csv` + neo4j-admin import.

Run: .venv/bin/python bench/bench_bulk_load.py [--papers 100000] [--data /tmp/scale-bench]

1. a graph file is built once from the bench/corpus.py corpus of that size (not timed);
2. Bolt: `citegraph push` into a fresh Neo4j 5.26 harness (2 GB heap, 2 GB page cache, full
   JIT, as bench/bench_neo4j.py starts it): batched UNWIND/MERGE transactions;
3. bulk: `citegraph export csv` then `neo4j-admin database import full` (its import.sh) into
   an empty database of a second fresh harness directory, then that server is started;
   neo4j-admin is run from the harness's own jars (tests/neo4j_server.py `neo4j_admin`);
4. both databases are checked to hold the graph's counts (`citegraph stats`).

Each step is the real command in its own process; wall seconds per step are printed with
the load average (the machine is shared).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus
from bench.bench_build import BENCH_HEAP, BENCH_JVM_ARGS, BENCH_PAGECACHE_MB
from citegraph import pipeline
from citegraph.sources import Neo4jSettings
from tests.neo4j_server import HarnessServer, neo4j_admin


def timed(command: list[str], **kwargs: object) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def harness(data_dir: Path) -> HarnessServer:
    return HarnessServer(
        data_dir, heap=BENCH_HEAP, pagecache_mb=BENCH_PAGECACHE_MB, jvm_args=BENCH_JVM_ARGS
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="folder for the corpus and graph (kept)")
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    data = args.data or Path(tempfile.mkdtemp(prefix="scale-bench-bulk-"))
    citegraph = [sys.executable, "-m", "citegraph"]
    work = Path(tempfile.mkdtemp(prefix="scale-bench-bulk-work-", dir=data))
    try:
        corpus.write_corpus(data / f"corpus-{args.papers}", args.papers)
        files = [str(p) for p in corpus.corpus_files(data / f"corpus-{args.papers}")]
        graph = data / f"graph-{args.papers}.json"
        if not graph.exists():
            subprocess.run([*citegraph, "build", *files, "--out", str(graph)], check=True,
                           capture_output=True)  # fmt: skip
        want = pipeline.stats(graph)
        nodes, edges = sum(want["nodes"].values()), sum(want["edges"].values())
        print(f"graph: {args.papers:,} listings -> {nodes:,} nodes, {edges:,} edges; "
              f"load average {_load()}", flush=True)  # fmt: skip

        with harness(work / "bolt") as server:
            push_s = timed([*citegraph, "push", "--graph", str(graph), "--neo4j-uri", server.uri])
            assert pipeline.stats(_settings(server)) == want
        print(f"  bolt push: {push_s:.1f} s; load average {_load()}", flush=True)

        csv_dir = work / "csv"
        export_s = timed([*citegraph, "export", "csv", "--graph", str(graph), "-o", str(csv_dir)])
        started = time.perf_counter()
        neo4j_admin(work / "bulk", ["sh", str(csv_dir / "import.sh")], heap="2g", jvm_args=())
        import_s = time.perf_counter() - started
        with harness(work / "bulk") as server:
            first_start = server.startup_seconds or 0.0
            # The first citegraph command creates the uniqueness constraints the import
            # cannot (community edition); it is part of having a usable database.
            started = time.perf_counter()
            assert pipeline.stats(_settings(server)) == want
            schema_s = time.perf_counter() - started
        print(
            f"  bulk: export csv {export_s:.1f} s + neo4j-admin import {import_s:.1f} s "
            f"+ first start {first_start:.1f} s + constraints {schema_s:.1f} s; "
            f"load average {_load()}",
            flush=True,
        )
        bulk_s = export_s + import_s + schema_s
        print(
            f"\n{'path':<34} {'seconds':>8} {'nodes+edges/s':>14}\n"
            f"{'Bolt (citegraph push)':<34} {push_s:>8.1f} {(nodes + edges) / push_s:>14,.0f}\n"
            f"{'export csv + neo4j-admin import':<34} {bulk_s:>8.1f} "
            f"{(nodes + edges) / bulk_s:>14,.0f}\n"
            f"(server start-up not counted for either; the bulk database's first start took "
            f"{first_start:.1f} s)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if args.data is None:
            shutil.rmtree(data, ignore_errors=True)


def _settings(server: HarnessServer) -> Neo4jSettings:
    return Neo4jSettings(uri=server.uri, user=None, password=None, database=None)


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
