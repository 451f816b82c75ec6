"""Each command imports only what it runs (issue 15: start-up).

Checked in a fresh interpreter per command, by the modules it ends with in `sys.modules`:
the Neo4j driver only for a Neo4j URI, pyvis and Jinja only for HTML, Dask only for `bulk`,
scipy only for PageRank, and reading a saved graph without pydantic, the loaders or the
linker. The times these choices buy are measured by bench/bench_startup.py, not here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DUMPS_DIR

# Runs the CLI in-process as `python -m citegraph ARGS...` would, then prints the loaded
# modules of interest as JSON on stderr's last line.
_PROBE = """
import json, runpy, sys
sys.argv = ["citegraph", *sys.argv[1:]]
code = 0
try:
    runpy.run_module("citegraph", run_name="__main__")
except SystemExit as exit:
    code = exit.code
watched = %r
loaded = sorted(m for m in watched if m in sys.modules)
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""
HEAVY = (
    "neo4j",
    "pyvis",
    "jinja2",
    "dask",
    "distributed",
    "scipy",
    "numpy",
    "pydantic",
    "networkx",
    "tqdm",
    "ahocorasick_rs",
    "rapidfuzz",
    "citegraph.linker",
    "citegraph.loaders",
    "citegraph.graph.records",
    "citegraph.graph.neo4j_store",
    "citegraph.pipeline",
    "citegraph.distributed",
    "citegraph.exports.html",
)


def loaded_by(*args: str, cwd: Path) -> set[str]:
    """The HEAVY modules a `citegraph ARGS` run imports; the run must succeed."""
    run = subprocess.run(
        [sys.executable, "-c", _PROBE % (HEAVY,), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, None), run.stderr
    return set(report["loaded"])


@pytest.fixture(scope="module")
def bundled_graph(bundled_graph_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the bundled graph as graph.json, the commands' default (a copy of the
    session's build of the bundled dumps)."""
    folder = tmp_path_factory.mktemp("startup")
    shutil.copyfile(bundled_graph_file, folder / "graph.json")
    return folder


def test_importing_the_cli_imports_no_library_it_does_not_need() -> None:
    run = subprocess.run(
        [sys.executable, "-c", f"import sys, citegraph.cli; print([m for m in {HEAVY!r} "
         "if m in sys.modules])"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert run.stdout.strip() == "[]"


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    assert loaded_by("--help", cwd=tmp_path) == set()
    assert loaded_by("bulk", "--help", cwd=tmp_path) == set()


@pytest.mark.slow
def test_stats_and_query_read_the_graph_with_networkx_alone(bundled_graph: Path) -> None:
    assert loaded_by("stats", cwd=bundled_graph) == {"networkx"}
    assert loaded_by("query", "lineage", "-p", "model=T5", cwd=bundled_graph) == {"networkx"}


def test_show_adds_only_rapidfuzz_for_the_fuzzy_lookup(bundled_graph: Path) -> None:
    assert loaded_by("show", "Flan-T5", cwd=bundled_graph) == {"networkx", "rapidfuzz"}


@pytest.mark.slow
def test_pagerank_is_the_one_query_that_loads_scipy(bundled_graph: Path) -> None:
    loaded = loaded_by("query", "top-entities", "--limit", "3", cwd=bundled_graph)
    assert "scipy" in loaded
    assert not loaded & {"neo4j", "pyvis", "dask", "pydantic", "citegraph.linker"}


@pytest.mark.slow
def test_exports_load_pyvis_only_for_html_and_records_only_for_csv(bundled_graph: Path) -> None:
    graphml = loaded_by("export", "graphml", "-o", "g.graphml", cwd=bundled_graph)
    csv = loaded_by("export", "csv", "-o", "csv", cwd=bundled_graph)
    html = loaded_by("export", "html", "-o", "g.html", cwd=bundled_graph)
    for loaded in (graphml, csv, html):
        assert not loaded & {"neo4j", "dask", "distributed", "citegraph.linker"}
    assert not graphml & {"pyvis", "jinja2", "pydantic"}
    assert not csv & {"pyvis", "jinja2"}
    assert {"pyvis", "jinja2", "citegraph.exports.html"} <= html


def test_extract_loads_the_linker_but_no_graph_library(tmp_path: Path) -> None:
    paper = sorted(DUMPS_DIR.iterdir())[0]
    loaded = loaded_by("extract", str(paper), "-o", "out.jsonl", cwd=tmp_path)
    assert {"citegraph.linker", "ahocorasick_rs", "pydantic"} <= loaded
    assert not loaded & {"networkx", "neo4j", "pyvis", "dask", "scipy", "numpy"}
    assert "tqdm" not in loaded  # no terminal, no progress bar to draw
