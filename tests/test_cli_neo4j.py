"""The CLI against a real Neo4j 5: build into it, stats, push/pull, failures.

A load whose server is killed under it is in test_neo4j_server.py, on that module's private
server.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from citegraph.graph.memory_store import NetworkxStore
from tests.conftest import citegraph_in_process
from tests.neo4j_server import Auth, GuestFactory

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))

pytestmark = pytest.mark.neo4j


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=600, check=False,
        env={**clean, **(env or {})},
    )  # fmt: skip


@pytest.fixture(scope="module")
def file_graph(bundled_graph_file: Path) -> Path:
    return bundled_graph_file  # the session's `citegraph build` of the bundled dumps


def stats_json(*args: str) -> dict:
    result = run("stats", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def file_stats(file_graph: Path) -> dict:
    """`citegraph stats --json` of the graph file: what Neo4j's must equal. Run once, in this
    process (`citegraph stats` on a file as a process is test_cli.py's)."""
    return json.loads(citegraph_in_process("stats", "--json", "--graph", str(file_graph)))


def test_build_into_neo4j_gives_the_same_stats_as_a_file(
    neo4j_cli: list[str], bundled_dumps: list[Path], file_stats: dict
) -> None:
    result = run("build", *map(str, bundled_dumps), *neo4j_cli)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{neo4j_cli[1]}: 436 papers, ")
    assert stats_json(*neo4j_cli) == file_stats
    # Building twice changes nothing.
    assert run("build", *map(str, reversed(bundled_dumps)), *neo4j_cli).returncode == 0
    assert stats_json(*neo4j_cli) == file_stats


def test_the_environment_supplies_the_connection(
    neo4j_cli: list[str], file_graph: Path, file_stats: dict
) -> None:
    assert run("push", "--graph", str(file_graph), *neo4j_cli).returncode == 0
    env = {"NEO4J_URI": neo4j_cli[1]}
    if len(neo4j_cli) > 2:
        env |= {"NEO4J_USERNAME": neo4j_cli[3], "NEO4J_PASSWORD": neo4j_cli[5]}
    result = run("stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == file_stats


def test_push_then_pull_round_trips_the_graph(
    neo4j_cli: list[str], file_graph: Path, tmp_path: Path
) -> None:
    pushed = run("push", "--graph", str(file_graph), *neo4j_cli)
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.startswith(f"{neo4j_cli[1]}: 436 papers, ")
    pulled_path = tmp_path / "pulled.json"
    pulled = run("pull", *neo4j_cli, "--graph", str(pulled_path))
    assert pulled.returncode == 0, pulled.stderr
    original = NetworkxStore(file_graph).open().graph
    copy = NetworkxStore(pulled_path).open().graph
    assert dict(copy.nodes(data=True)) == dict(original.nodes(data=True))
    assert sorted(copy.edges(keys=True, data=True)) == sorted(original.edges(keys=True, data=True))


def test_an_unreachable_server_is_one_error_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    uri = f"bolt://127.0.0.1:{port}"
    result = run("stats", "--neo4j-uri", uri)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: cannot connect to Neo4j at {uri}: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_wrong_password_is_one_error_line(neo4j_guest_factory: GuestFactory) -> None:
    secured = neo4j_guest_factory(auth=True)
    result = run("stats", "--neo4j-uri", secured.uri, "--neo4j-password", "not-the-password")
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: cannot connect to Neo4j at {secured.uri}: authentication failed "
        "(check --neo4j-user / --neo4j-password)\n"
    )


def test_both_a_file_and_a_server_is_a_usage_error(neo4j_cli: list[str]) -> None:
    result = run("stats", "--graph", "g.json", *neo4j_cli)
    assert result.returncode == 2
    assert "give a graph file or --neo4j-uri, not both" in result.stderr


def test_a_focus_export_from_neo4j_reads_the_neighbourhood_only_and_equals_the_file(
    neo4j_cli: list[str], file_graph: Path, neo4j_uri: str, neo4j_auth: Auth,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """`export --focus` on Neo4j reads the neighbourhood through the store protocol, not the
    whole graph, and selects what the file gives, in the same order."""
    from citegraph import exporting
    from citegraph.graph.neo4j_store import Neo4jStore
    from citegraph.sources import Neo4jSettings

    assert run("push", "--graph", str(file_graph), *neo4j_cli).returncode == 0
    user, password = neo4j_auth or (None, None)
    settings = Neo4jSettings(neo4j_uri, user=user, password=password)

    def whole_graph(*_: object) -> None:
        raise AssertionError("a focus export read the whole graph from Neo4j")

    monkeypatch.setattr(Neo4jStore, "whole_graph", whole_graph)
    for focus, depth, max_nodes in (("flan-t5", 1, None), ("model:t5", 2, 30)):
        got = exporting.select(settings, focus=focus, depth=depth, max_nodes=max_nodes)
        want = exporting.select(file_graph, focus=focus, depth=depth, max_nodes=max_nodes)
        assert got.title == want.title and got.total_nodes == want.total_nodes > 3
        assert got.dropped == want.dropped
        assert list(got.graph.nodes) == list(want.graph.nodes)
        assert list(got.graph.edges(keys=True, data=True)) == list(
            want.graph.edges(keys=True, data=True)
        )
        for node, attrs in want.graph.nodes(data=True):  # Neo4j nodes also hold their id
            assert got.graph.nodes[node] == {**attrs, "id": node}
    with pytest.raises(Exception, match="no node with this id, title or name"):
        exporting.select(settings, focus="no such model")
