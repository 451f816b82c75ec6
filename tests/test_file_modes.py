"""Written files get the mode an ordinary `open()` gives under the umask; import.sh runs.

Real commands in real subprocesses, each started under the umask being tested: the atomic
write's temp file starts at mkstemp's 0600, and only the umask may decide what is left of
0666 (0777 for import.sh) when it is renamed into place.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import citegraph_in_process

pytestmark = pytest.mark.slow  # runs citegraph in subprocesses under other umasks

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def run_under_umask(umask: int, *args: str) -> None:
    result = subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=300, check=False,
        preexec_fn=lambda: os.umask(umask),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077], ids=["022", "077"])
def test_every_written_file_follows_the_umask(
    umask: int, bundled_dumps: list[Path], tmp_path: Path
) -> None:
    graph = tmp_path / "graph.json"
    run_under_umask(umask, "build", str(bundled_dumps[3]), "--out", str(graph))
    exports = (("html", "g.html"), ("graphml", "g.gml"), ("gexf", "g.gexf"), ("csv", "csv"))
    for kind, name in exports:
        run_under_umask(umask, "export", kind, "--graph", str(graph), "-o", str(tmp_path / name))
    run_under_umask(umask, "extract", str(bundled_dumps[3]), "-o", str(tmp_path / "m.jsonl"))

    ordinary = 0o666 & ~umask
    written = [graph, *(tmp_path / n for n in ("g.html", "g.gml", "g.gexf", "m.jsonl"))]
    csv_files = sorted((tmp_path / "csv").glob("*.csv"))
    assert len(csv_files) >= 4
    assert {p.name: mode(p) for p in [*written, *csv_files]} == {
        p.name: ordinary for p in [*written, *csv_files]
    }
    assert mode(tmp_path / "csv" / "import.sh") == 0o777 & ~umask
    # The lock file beside the graph is created by open() itself, under the same umask.
    assert mode(tmp_path / "graph.json.lock") == ordinary
    # No temp file of the atomic writes is left behind.
    assert not [p for p in tmp_path.rglob(".*.tmp")]


def test_import_script_runs_as_written(bundled_dumps: list[Path], tmp_path: Path) -> None:
    """Executable means runnable: the script starts and reaches neo4j-admin (absent here)."""
    graph = tmp_path / "graph.json"
    citegraph_in_process("build", str(bundled_dumps[3]), "--out", str(graph))  # mode unchecked
    run_under_umask(0o022, "export", "csv", "--graph", str(graph), "-o", str(tmp_path / "csv"))
    script = tmp_path / "csv" / "import.sh"
    assert mode(script) == 0o755
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    result = subprocess.run(
        [str(script)], capture_output=True, text=True, check=False, cwd=script.parent,
        env={"PATH": f"{empty_path}:/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 127 and "neo4j-admin" in result.stderr
