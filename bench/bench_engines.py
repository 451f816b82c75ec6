"""Dask distributed vs Spark (pyspark) for citegraph's distributed stage, in one run.

Run: .venv/bin/pip install 'dask[distributed]' pyspark   # pyspark only for this bench
     .venv/bin/python bench/bench_engines.py [--papers 100000] [--workers 2]

Both engines run the same work on a local cluster of `--workers` worker processes on
loopback (Dask LocalCluster; Spark local[N] with Python workers), on the same corpus
(bench/corpus.py, one task per 1,000-listing file):

1. map: `citegraph.distributed.link_file` (load + link one file with the real loader and
   linker, pre-merge its nodes and edges), the linker shipped once per worker (Dask
   scatter-broadcast; Spark broadcast variable);
2. shuffle + reduce: the nodes of all files merged by id with the same merge rules a build
   uses (Dask: the bucket split/merge citegraph bulk runs; Spark: reduceByKey);
3. the driver gets the node and edge counts.

Printed per engine: start-up seconds (cluster up and ready), work seconds, papers/s, and the
peak RSS summed over the driver and every process the engine started (sampled every 0.2 s).
The serial in-process run of the same stages is the baseline. Load average is printed: the
machine is shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from bench import corpus
from citegraph import distributed
from citegraph.graph.store import merge_properties
from citegraph.linker import Linker, load_catalog


@contextmanager
def peak_rss() -> Iterator[Callable[[], float]]:
    """Peak of (this process + all its descendants) RSS in MB while the block runs."""
    me = psutil.Process()
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    continue
            peak[0] = max(peak[0], total / 2**20)
            stop.wait(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield lambda: peak[0]
    finally:
        stop.set()
        thread.join()


def serial(files: list[str], linker: Linker, partitions: int) -> tuple[int, int]:
    parts = [distributed.link_file(i, path, linker) for i, path in enumerate(files)]
    splits = [distributed.split_part(part, {}, partitions) for part in parts]
    merged = [distributed.merge_bucket(split[b] for split in splits) for b in range(partitions)]
    return sum(len(n) for n, _ in merged), sum(len(e) for _, e in merged)


def with_dask(files: list[str], linker: Linker, workers: int, partitions: int) -> dict:
    started = time.perf_counter()
    with distributed.dask_client(None, workers) as client:  # the cluster `bulk` starts
        client.wait_for_workers(workers)
        up = time.perf_counter() - started
        [shared] = client.scatter([linker], broadcast=True)
        mapped = client.map(distributed.link_file, range(len(files)), files, linker=shared)
        splits = client.map(distributed.split_part, mapped, redirects={}, partitions=partitions)
        merged = [
            client.submit(_merged_counts, [client.submit(_piece, s, b) for s in splits])
            for b in range(partitions)
        ]
        counts = client.gather(merged)
        work = time.perf_counter() - started - up
    return {"up": up, "work": work, "nodes": sum(n for n, _ in counts),
            "edges": sum(e for _, e in counts)}  # fmt: skip


def _piece(split: list, bucket: int) -> tuple:
    return split[bucket]


def _merged_counts(pieces: list) -> tuple[int, int]:
    nodes, edges = distributed.merge_bucket(pieces)
    return len(nodes), len(edges)


def with_spark(files: list[str], linker: Linker, workers: int, partitions: int) -> dict:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .appName("citegraph-bench")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    try:
        context = spark.sparkContext
        context.setLogLevel("ERROR")
        context.parallelize([0], 1).count()  # the JVM and a Python worker are up
        up = time.perf_counter() - started
        shared = context.broadcast(linker)

        def link(item: tuple[int, str]) -> distributed.FilePart:
            return distributed.link_file(item[0], item[1], shared.value)

        parts = context.parallelize(list(enumerate(files)), len(files)).map(link).cache()
        nodes = (
            parts.flatMap(lambda part: part.nodes.items())
            .reduceByKey(merge_properties, partitions)
            .count()
        )
        edges = (
            parts.flatMap(lambda part: part.edges.items())
            .reduceByKey(merge_properties, partitions)
            .count()
        )
        work = time.perf_counter() - started - up
    finally:
        spark.stop()
    return {"up": up, "work": work, "nodes": nodes, "edges": edges}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--engines", nargs="+", default=["serial", "dask", "spark"])
    parser.add_argument("--data", type=Path, help="folder for the corpus (kept)")
    args = parser.parse_args()

    folder = args.data or Path(tempfile.mkdtemp(prefix="scale-bench-engines-"))
    corpus.write_corpus(folder / f"corpus-{args.papers}", args.papers)
    files = [str(p) for p in corpus.corpus_files(folder / f"corpus-{args.papers}")]
    linker = Linker(load_catalog())
    print(f"{args.papers:,} listings in {len(files)} files; {args.workers} workers; "
          f"load average {_load()}", flush=True)  # fmt: skip
    rows = []
    for engine in args.engines:
        load_before = _load()
        with peak_rss() as peak:
            if engine == "serial":
                started = time.perf_counter()
                nodes, edges = serial(files, linker, args.partitions)
                result = {"up": 0.0, "work": time.perf_counter() - started,
                          "nodes": nodes, "edges": edges}  # fmt: skip
            elif engine == "dask":
                result = with_dask(files, linker, args.workers, args.partitions)
            else:
                result = with_spark(files, linker, args.workers, args.partitions)
        rows.append((engine, result, peak(), load_before, _load()))
        print(f"  {engine}: {result}", flush=True)
    print(f"\n{'engine':<8} {'start s':>8} {'work s':>8} {'papers/s':>9} {'peak RSS MB':>12} "
          f"{'nodes':>9} {'edges':>10}   load before / after")  # fmt: skip
    for engine, result, rss, before, after in rows:
        print(
            f"{engine:<8} {result['up']:>8.1f} {result['work']:>8.1f} "
            f"{args.papers / result['work']:>9,.0f} {rss:>12,.0f} {result['nodes']:>9,} "
            f"{result['edges']:>10,}   {before} / {after}"
        )


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
