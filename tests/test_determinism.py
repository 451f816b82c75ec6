"""Same inputs, same outputs, whatever the process: Python's string hashing is seeded per
process (PYTHONHASHSEED), so any order that leaks from a set or a hash-ordered dict shows up
as a difference between two runs with two seeds.

Two real processes per seed: `citegraph build` writes the graph file, then one Python process
runs every other output on it: every named query through the CLI, every export, `extract`,
the analytics (PageRank, communities of both projections) and examples/research_map.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs citegraph in several processes, one per hash seed

REPO = Path(__file__).resolve().parent.parent
CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SOURCES = REPO / "tests" / "fixtures" / "sources"

# Runs in the child process; prints {output name: text} as JSON.
PROBE = r"""
import hashlib, io, json, runpy, sys
from contextlib import redirect_stdout
from pathlib import Path
from click.testing import CliRunner
from citegraph import analytics
from citegraph.cli import cli

research_map, *inputs = sys.argv[1:]
graph_file, folder = "graph.json", "exports"
outputs = {}
runner = CliRunner()

def command(name, *args):
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    outputs[name] = result.output

queries = {
    "shared-base-model": [], "lineage": ["-p", "model=Llama 2"],
    "builds-on": ["-p", "model=T5"], "co-mentioned": ["-p", "entity=GPT-4"],
    "top-entities": [],
    "similar-papers": ["-p", "paper=Large Language Models with Controllable Working Memory"],
    "path": ["-p", "source=Flan-T5", "-p", "target=MIMIC-III"],
}
for name, params in queries.items():
    command(f"query {name}", "query", name, *params, "--graph", graph_file, "--json")
    command(f"query {name} table", "query", name, *params, "--graph", graph_file)
command("stats", "stats", "--graph", graph_file, "--json")
command("extract", "extract", *inputs)
for kind, target in (("html", "g.html"), ("graphml", "g.graphml"), ("gexf", "g.gexf"),
                     ("csv", "csv")):
    command(f"export {kind}", "export", kind, "--graph", graph_file, "-o", f"{folder}/{target}")
command("export html focus", "export", "html", "--graph", graph_file, "-o", f"{folder}/f.html",
        "--focus", "T5", "--depth", "2", "--max-nodes", "120")
for path in sorted(Path(folder).rglob("*")):
    if path.is_file():
        outputs[f"file {path.relative_to(folder)}"] = hashlib.sha256(path.read_bytes()).hexdigest()

graph = analytics.open_graph(graph_file)
outputs["pagerank"] = repr(analytics.pagerank(graph))
outputs["paper communities"] = repr([sorted(c) for c in analytics.communities(
    analytics.paper_projection(graph))])
outputs["dataset communities"] = repr([sorted(c) for c in analytics.communities(
    analytics.entity_projection(graph, "Dataset"))])
outputs["paper projection order"] = repr(list(analytics.paper_projection(graph).edges(data=True)))
printed = io.StringIO()
with redirect_stdout(printed):
    sys.argv = [research_map, graph_file]
    runpy.run_path(research_map, run_name="__main__")
outputs["research_map.py"] = printed.getvalue()
print(json.dumps(outputs))
"""


def outputs_with_seed(seed: str, folder: Path, inputs: list[str]) -> dict[str, str]:
    """Every output of one process pair; paths are relative to `folder`, so that the
    messages naming them are the same for both seeds."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    folder.mkdir()
    graph = folder / "graph.json"
    built = subprocess.run(
        [CITEGRAPH, "build", *inputs, "--out", "graph.json"],
        capture_output=True, text=True, env=env, timeout=600, check=False, cwd=folder,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (folder / "exports").mkdir()
    research_map = str(REPO / "examples" / "research_map.py")
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, research_map, *inputs],
        capture_output=True, text=True, env=env, timeout=900, check=False, cwd=folder,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    outputs = json.loads(probe.stdout)
    outputs["graph.json"] = graph.read_text(encoding="utf-8")
    return outputs


def test_every_output_is_the_same_across_hash_seeds(
    bundled_dumps: list[Path], tmp_path: Path
) -> None:
    inputs = [*map(str, bundled_dumps), *map(str, sorted(SOURCES.iterdir()))]
    first = outputs_with_seed("1", tmp_path / "seed-1", inputs)
    second = outputs_with_seed("2024", tmp_path / "seed-2024", inputs)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"outputs that depend on the hash seed: {differing}"
    # The probe saw real content, not empty answers that would agree trivially.
    assert json.loads(first["query top-entities"]) and json.loads(first["query path"])
    assert "papers around" in first["research_map.py"]


@pytest.mark.parametrize("seed", ["0", "7"])
def test_communities_do_not_depend_on_the_projection_order(seed: str) -> None:
    """The same graph built in another order (as one pulled from Neo4j arrives) splits the
    same way: communities() reads its input in a canonical order."""
    script = r"""
import json, random, sys
import networkx as nx
from citegraph import analytics
rng = random.Random(int(sys.argv[1]))
edges = [(f"p{a}", f"p{b}", {"weight": 1 + (a * b) % 3})
         for a in range(60) for b in range(a + 1, 60) if (a * 7 + b * 13) % 11 == 0 or b == a + 1]
ordered = nx.Graph(); ordered.add_edges_from(edges)
shuffled_edges = edges[:]; rng.shuffle(shuffled_edges)
shuffled = nx.Graph(); shuffled.add_edges_from(shuffled_edges)
split = lambda g: [sorted(c) for c in analytics.communities(g)]
print(json.dumps([split(ordered), split(shuffled)]))
"""
    result = subprocess.run(
        [sys.executable, "-c", script, seed], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )  # fmt: skip
    ordered, shuffled = json.loads(result.stdout)
    assert len(ordered) > 1
    assert ordered == shuffled
