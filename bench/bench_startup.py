"""Start-up: how long the commands users type take, next to `python -c "import networkx"`.

Commands, each a fresh `python -m citegraph ...` process as a shell runs it, on the bundled
graph (built into a temp folder first), each run `--runs` times after one warm-up; the table
gives the median wall time, and the median CPU time of the process (user + system), which
stays meaningful when other jobs share the machine:

- `--help`, `stats`, `query lineage -p model=T5`, `export graphml`;
- `extract` of one paper (the first bundled one), with a warm compiled catalog;
- the floor: `python -c "import networkx"`, what any command reading a graph must import.

Targets (issue 15): `stats` and `query` <= 0.35 s and <= 2x the floor; `extract` of one paper
<= 0.6 s. Each row says whether it met them.

Then the compiled catalog (linker/cache.py), in fresh interpreters with the imports left
out: a cold load (validate the TOML, build the linker, write the cache file) against a warm
one (read the cache file), and the first link after it (the automaton is built then), for the
hand-written catalog alone and for the whole shipped one (hand-written + generated, about 4x
the aliases). The warm load should barely move with the catalog's size; the cold one grows.

    python bench/bench_startup.py              # 7 runs per command
    python bench/bench_startup.py --runs 15
    python bench/bench_startup.py --commands-only   # with an older release installed
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citegraph.loaders import daily_papers

DUMPS = Path(__file__).resolve().parent.parent / "examples" / "data" / "hf-papers"
TARGET_SECONDS = {"stats": 0.35, "query": 0.35, "extract": 0.6}
TARGET_FLOOR_FACTOR = {"stats": 2.0, "query": 2.0}


def timed(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `argv`, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_times(argv: list[str], cwd: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    timed(argv, cwd, env)  # warm-up: page cache, .pyc files, the compiled catalog
    samples = [timed(argv, cwd, env) for _ in range(runs)]
    return {
        "wall": statistics.median(wall for wall, _ in samples),
        "cpu": statistics.median(cpu for _, cpu in samples),
    }


def one_paper(folder: Path) -> Path:
    """The first bundled paper alone, as a compact-layout dump (title line, abstract line)."""
    paper = next(iter(daily_papers.load(sorted(DUMPS.glob("*.txt"))[0])))
    path = folder / "one-paper.txt"
    path.write_text(f"{paper.title}\n{paper.abstract}\n", encoding="utf-8")
    return path


def command_table(folder: Path, env: dict[str, str], runs: int) -> list[dict[str, object]]:
    citegraph = [sys.executable, "-m", "citegraph"]
    subprocess.run(
        [*citegraph, "build", str(DUMPS), "--out", "graph.json"],
        cwd=folder, env=env, check=True, capture_output=True,
    )  # fmt: skip
    paper = one_paper(folder)
    commands = [
        ("floor", "python -c 'import networkx'", [sys.executable, "-c", "import networkx"]),
        ("help", "citegraph --help", [*citegraph, "--help"]),
        ("stats", "citegraph stats", [*citegraph, "stats"]),
        ("query", "citegraph query lineage -p model=T5", [*citegraph, "query", "lineage",
                                                         "-p", "model=T5"]),
        ("export", "citegraph export graphml -o g.graphml", [*citegraph, "export", "graphml",
                                                            "-o", "g.graphml"]),
        ("extract", "citegraph extract one-paper.txt (warm)", [*citegraph, "extract",
                                                               str(paper)]),
    ]  # fmt: skip
    rows = []
    for key, label, argv in commands:
        rows.append({"key": key, "label": label, **median_times(argv, folder, env, runs)})
    return rows


def verdict(row: dict[str, object], floor: dict[str, float]) -> str:
    """Whether the row met its targets, judged on wall time and on CPU time.

    Both, because on a shared machine the wall time includes waiting for a core: the CPU
    time is what the same run takes on an idle one.
    """
    key = str(row["key"])
    if key not in TARGET_SECONDS:
        return ""
    limits = [f"<= {TARGET_SECONDS[key]:.2f} s"]
    if key in TARGET_FLOOR_FACTOR:
        limits.append(f"<= {TARGET_FLOOR_FACTOR[key]:.0f}x floor")
    judged = []
    for measure in ("wall", "cpu"):
        seconds = float(row[measure])  # type: ignore[arg-type]
        met = seconds <= TARGET_SECONDS[key] and (
            key not in TARGET_FLOOR_FACTOR or seconds <= TARGET_FLOOR_FACTOR[key] * floor[measure]
        )
        judged.append(f"{measure} {'met' if met else 'MISSED'}")
    return f"{', '.join(judged)} ({', '.join(limits)})"


# Runs in a fresh interpreter, imports first: the catalog load alone, then the first link.
_CATALOG_LOAD = """
import json, sys, time
from citegraph.graph.records import Paper
from citegraph.linker.cache import load_compiled
from citegraph.linker.catalog import HAND_FILES, catalog_sources
which, cache = sys.argv[1], sys.argv[2]
start = time.perf_counter()
sources = catalog_sources()
if which == "hand-written":
    # The hand-written files alone load as a user's files would: their Hub ids are
    # confirmed by the generated files, which are left out here.
    sources = [s for s in sources if s[0].rsplit("/", 1)[-1] in HAND_FILES]
shipped = 0 if which == "hand-written" else len(sources)
linker = load_compiled(sources, shipped=shipped, cache_dir=cache)
loaded = time.perf_counter()
paper = Paper(id="paper:title:x", title="A", abstract="We fine-tune Llama 2 on GSM8K.")
linker.link(paper).mentions
linked = time.perf_counter()
entries = linker.catalog.entries
print(json.dumps({"load": loaded - start, "first_link": linked - loaded,
                  "entries": len(entries), "unpacked": getattr(entries, "unpacked", len(entries)),
                  "keys": len(linker.index._keys)}))
"""


def catalog_load(which: str, cache: Path, env: dict[str, str]) -> dict[str, float]:
    """One load of the `which` catalog (reading its files, keying, loading) + first link."""
    argv = [sys.executable, "-c", _CATALOG_LOAD, which, str(cache)]
    run = subprocess.run(argv, env=env, check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


def catalog_rows(folder: Path, env: dict[str, str], runs: int) -> list[dict[str, object]]:
    """Cold and warm compiled-catalog loads for the hand-written and the shipped catalog."""
    rows = []
    for label in ("hand-written", "shipped"):
        cache = folder / f"cache-{label}"
        cold = catalog_load(label, cache, env)
        warm_runs = [catalog_load(label, cache, env) for _ in range(runs)]
        rows.append({
            "label": label,
            "entries": cold["entries"],
            "keys": cold["keys"],
            "cold": cold["load"],
            "warm": statistics.median(r["load"] for r in warm_runs),
            "first_link": statistics.median(r["first_link"] for r in warm_runs),
            "unpacked": warm_runs[0]["unpacked"],
        })  # fmt: skip
    return rows


def report_catalog(rows: list[dict[str, object]]) -> None:
    print("compiled catalog, in fresh interpreters, imports excluded (warm: median)")
    for r in rows:
        print(
            f"  {r['label']:<12} {r['entries']:>6,} entries {r['keys']:>7,} automaton keys  "
            f"cold {r['cold']:5.2f} s  warm {r['warm']:5.3f} s  + first link "
            f"{r['first_link']:5.3f} s  ({r['unpacked']} records unpickled by it)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command")
    parser.add_argument(
        "--commands-only",
        action="store_true",
        help="only the command table (it runs on any citegraph release, e.g. to compare)",
    )
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # A private cache: the benchmark neither uses nor fills the user's.
        env = {**os.environ, "CITEGRAPH_CACHE_DIR": str(folder / "cache")}
        rows = command_table(folder, env, args.runs)
        floor = {"wall": float(rows[0]["wall"]), "cpu": float(rows[0]["cpu"])}  # type: ignore[arg-type]
        print(f"commands on the bundled graph (median of {args.runs} fresh processes)")
        print(f"  {'command':<40} {'wall':>7} {'CPU':>7} {'x floor':>8}  targets")
        for row in rows:
            wall, cpu = float(row["wall"]), float(row["cpu"])  # type: ignore[arg-type]
            print(
                f"  {row['label']:<40} {wall:6.3f}s {cpu:6.3f}s {wall / floor['wall']:7.2f}x  "
                f"{verdict(row, floor)}"
            )
        if not args.commands_only:
            report_catalog(catalog_rows(folder, env, args.runs))
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
