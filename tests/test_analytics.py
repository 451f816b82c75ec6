"""The Python analytics entry point and the example script, on the bundled data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citegraph import analytics

# Reads the session's `citegraph build` of the bundled dumps (made once per run, so no
# xdist group is needed to share it) and runs an example script in a subprocess.
pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "research_map.py"


@pytest.fixture(scope="module")
def graph_file(bundled_graph_file: Path) -> Path:
    return bundled_graph_file  # the session's `citegraph build` of the bundled dumps


def test_open_graph_and_rank(graph_file: Path) -> None:
    graph = analytics.open_graph(graph_file)
    assert len(analytics.nodes_of(graph, "Paper")) == 436
    ranked = analytics.pagerank(graph, "Model")
    assert ranked[0][0] == "model:t5"  # the bundled searches are T5-heavy
    assert all(graph.nodes[node]["type"] == "Model" for node, _ in ranked)


def test_projections_and_communities(graph_file: Path) -> None:
    graph = analytics.open_graph(graph_file)
    datasets = analytics.entity_projection(graph, "Dataset")
    assert (
        datasets.get_edge_data("dataset:hf:nyu-mll/glue", "dataset:hf:aps/super_glue")["weight"]
        >= 2
    )
    papers = analytics.paper_projection(graph)
    groups = analytics.communities(papers)
    assert groups == analytics.communities(papers)  # seeded: repeatable
    assert sum(len(g) for g in groups) == papers.number_of_nodes()
    assert len(groups[0]) >= len(groups[-1])


def test_example_script_runs(graph_file: Path) -> None:
    result = subprocess.run([sys.executable, str(EXAMPLE), str(graph_file)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Most central models" in result.stdout and "T5" in result.stdout
    assert (
        "Research clusters" in result.stdout
        and "Datasets most often used together" in result.stdout
    )
