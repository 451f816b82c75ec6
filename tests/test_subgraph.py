"""Focus neighbourhoods, --max-nodes and naming a node by title."""

from __future__ import annotations

import networkx as nx
import pytest

from citegraph.exports.errors import ExportError
from citegraph.exports.subgraph import focus, keep_most_connected, resolve_node


def _path_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for name in "abcde":
        graph.add_node(name, type="Paper", title=f"Title {name}")
    graph.add_node("z", type="Repo")  # isolated
    for u, v in ("ab", "cb", "cd", "de"):  # directions differ on purpose
        graph.add_edge(u, v, type="MENTIONS")
    return graph


def test_focus_follows_edges_both_ways_up_to_depth() -> None:
    graph = _path_graph()
    assert set(focus(graph, "b", 1)) == {"a", "b", "c"}
    assert set(focus(graph, "b", 2)) == {"a", "b", "c", "d"}
    assert set(focus(graph, "b", 0)) == {"b"}
    assert focus(graph, "b", 1).number_of_edges() == 2


def test_focus_on_unknown_node_names_it() -> None:
    with pytest.raises(ExportError, match=r"^paper:nope: no such node in the graph$"):
        focus(_path_graph(), "paper:nope", 1)


def test_max_nodes_keeps_a_connected_part_around_the_hub_and_reports_the_rest() -> None:
    kept, dropped = keep_most_connected(_path_graph(), 3)
    assert set(kept) == {"b", "c", "a"} or set(kept) == {"b", "c", "d"}
    assert nx.is_weakly_connected(kept)
    assert dropped.nodes == 3
    assert dropped.nodes_by_type == {"Paper": 2, "Repo": 1}
    assert dropped.edges == 2


def test_max_nodes_above_size_drops_nothing() -> None:
    graph = _path_graph()
    kept, dropped = keep_most_connected(graph, 100)
    assert kept is graph and not dropped


def test_max_nodes_prefers_hubs_on_a_real_shaped_graph(graph: nx.MultiDiGraph) -> None:
    kept, dropped = keep_most_connected(graph, 10)
    top = max(graph.nodes, key=lambda n: (graph.degree(n), n))
    assert top in kept and len(kept) == 10
    assert dropped.nodes == graph.number_of_nodes() - 10


def test_resolve_node_by_id_title_or_error() -> None:
    graph = _path_graph()
    assert resolve_node(graph, "c") == "c"
    assert resolve_node(graph, "title D") == "d"
    graph.add_node("f", type="Paper", title="Title d")
    with pytest.raises(ExportError, match=r"^Title D: 2 nodes have this title or name \(d, f\)"):
        resolve_node(graph, "Title D")
    with pytest.raises(ExportError, match=r"^missing: no node with this id, title or name$"):
        resolve_node(graph, "missing")
