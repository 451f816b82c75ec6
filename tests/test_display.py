"""A node is called the same everywhere a person reads it (graph/display.py)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from citegraph import analytics
from citegraph.cli import cli
from citegraph.graph.display import display_name
from citegraph.graph.memory_store import NetworkxStore

REPO_ID = "repo:github:lab0/project-0"  # the first repo of synthetic_store(40)


def test_a_paper_is_its_title_an_entity_its_name_a_repo_its_path() -> None:
    assert display_name({"id": "paper:arxiv:2401.00001", "title": "Attention"}) == "Attention"
    assert display_name({"id": "model:t5", "name": "T5"}) == "T5"
    assert display_name({"id": "repo:github:a/b", "path": "a/b"}) == "a/b"


def test_without_a_name_a_node_is_its_id() -> None:
    assert display_name({"id": "paper:arxiv:2401.00001", "title": ""}) == "paper:arxiv:2401.00001"
    assert display_name({"title": ""}, "paper:arxiv:2401.00002") == "paper:arxiv:2401.00002"
    assert display_name({}) == ""


def test_a_repo_is_named_by_its_path_in_every_output(
    store: NetworkxStore, graph_file: Path, tmp_path: Path
) -> None:
    graph = store.graph
    assert graph.nodes[REPO_ID]["path"] == "lab0/project-0"

    assert analytics.names(graph, [REPO_ID]) == ["lab0/project-0"]

    graphml = tmp_path / "g.graphml"
    result = CliRunner().invoke(
        cli, ["export", "graphml", "--graph", str(graph_file), "-o", str(graphml)]
    )
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(graphml).nodes[REPO_ID]["label"] == "lab0/project-0"

    view = tmp_path / "v.html"
    result = CliRunner().invoke(
        cli,
        ["export", "html", "--graph", str(graph_file), "-o", str(view), "--focus", REPO_ID],
    )
    assert result.exit_code == 0, result.output
    html = view.read_text(encoding="utf-8")
    assert "<title>citegraph: lab0/project-0 (depth 1)</title>" in html

    result = CliRunner().invoke(
        cli, ["query", "top-entities", "--graph", str(graph_file), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert '"name": "lab0/project-0"' in result.output
