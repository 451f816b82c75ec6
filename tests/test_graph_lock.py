"""Concurrent writers of one graph file: each waits its turn and nothing is lost.

Real `citegraph` processes on real files. The lock is held either by another build or by
this test process itself (through the same `graph.locking` code a build uses), which makes
"the file is locked now" a fact rather than a race. The graphs the writers start from or are
compared with are built in this process (conftest.citegraph_in_process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from citegraph.graph import locking
from tests.conftest import citegraph_in_process

pytestmark = pytest.mark.slow  # runs concurrent citegraph processes

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = Path(__file__).resolve().parent / "fixtures" / "sources"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=300, check=False
    )


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [CITEGRAPH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def groups(dumps: list[Path], count: int) -> list[list[str]]:
    """`count` disjoint groups of inputs: text dumps and structured sources mixed, so that
    the writers' graphs overlap (shared models, papers merged from title ids into arXiv ids)."""
    inputs = [*dumps, *sorted(SOURCES.iterdir())]
    return [[str(p) for p in inputs[i::count]] for i in range(count)]


@pytest.mark.parametrize("writers", [2, 3])
def test_concurrent_builds_end_in_the_graph_of_one_build_of_everything(
    writers: int, bundled_dumps: list[Path], tmp_path: Path
) -> None:
    parts = groups(bundled_dumps, writers)
    together = tmp_path / "together.json"
    citegraph_in_process("build", *(p for part in parts for p in part), "--out", str(together))

    shared = tmp_path / "shared.json"
    # All writers start while this test holds the lock, so that they really run at once:
    # each has said it waits before any may read the file. Without the lock each would read
    # the empty file and the last rename would win.
    with locking.writing(shared):
        processes = [start("build", *part, "--out", str(shared)) for part in parts]
        for process in processes:
            assert process.stderr is not None
            assert process.stderr.readline() == (
                f"waiting for shared.json (held by pid {os.getpid()})\n"
            )
    finished = [finish(process) for process in processes]
    assert finished == [(0, finished[i][1], "") for i in range(writers)], finished
    assert shared.read_bytes() == together.read_bytes()


def test_a_second_writer_waits_names_the_holder_then_merges_on_top(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    graph = tmp_path / "graph.json"
    citegraph_in_process("build", str(bundled_dumps[0]), "--out", str(graph))
    first = graph.read_bytes()
    with locking.writing(graph):
        waiting = start("build", str(bundled_dumps[1]), "--out", str(graph))
        assert waiting.stderr is not None
        line = waiting.stderr.readline()
        assert line == f"waiting for graph.json (held by pid {os.getpid()})\n"
        # Readers never block: the file is whole and readable while the writer waits.
        stats = run("stats", "--graph", str(graph))
        assert stats.returncode == 0, stats.stderr
        time.sleep(0.5)
        assert waiting.poll() is None and graph.read_bytes() == first
    code, _, err = finish(waiting)
    assert (code, err) == (0, "")
    reference = tmp_path / "reference.json"
    citegraph_in_process("build", *map(str, bundled_dumps[:2]), "--out", str(reference))
    assert graph.read_bytes() == reference.read_bytes()


def test_lock_timeout_gives_up_with_one_line_and_writes_nothing(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    graph = tmp_path / "graph.json"
    citegraph_in_process("build", str(bundled_dumps[0]), "--out", str(graph))
    before = graph.read_bytes()
    with locking.writing(graph):
        result = run("build", str(bundled_dumps[1]), "--out", str(graph), "--lock-timeout", "1")
    assert result.returncode == 1
    assert result.stderr == (
        f"waiting for graph.json (held by pid {os.getpid()})\n"
        f"Error: {graph}: still locked by another writer (pid {os.getpid()}) after 1 s; "
        "nothing was written\n"
    )
    assert graph.read_bytes() == before


def test_a_killed_writer_leaves_no_stale_lock(bundled_dumps: list[Path], tmp_path: Path) -> None:
    graph = tmp_path / "graph.json"
    holder = start("build", *map(str, bundled_dumps), "--out", str(graph))
    lock = locking.lock_path(graph)
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(holder.pid)):
        assert time.monotonic() < deadline, "the build never took the lock"
        time.sleep(0.05)
    holder.kill()
    holder.wait()
    result = run("build", str(bundled_dumps[0]), "--out", str(graph), "--lock-timeout", "0")
    assert (result.returncode, result.stderr) == (0, "")
