"""Parts of a networkx graph, copied in the graph's own node and edge order.

Here, not in exports/, because the networkx store answers `GraphStore.neighbourhood` with
the same cut `citegraph export --focus` makes: one rule for both.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx


def induced_subgraph(graph: nx.Graph, nodes: Iterable[Hashable]) -> nx.Graph:
    """`graph.subgraph(nodes).copy()`, in `graph`'s own node and edge order.

    networkx iterates a subgraph view of a small part of a graph in the order of the Python
    set that holds its nodes, which follows the process's string hashing (PYTHONHASHSEED):
    every export and analysis of such a copy came out in a different order in each process.
    """
    keep = set(nodes)
    part = graph.__class__()
    part.graph.update(graph.graph)
    part.add_nodes_from((n, attrs) for n, attrs in graph.nodes(data=True) if n in keep)
    # Directed graphs: the kept nodes' successors, in the order `graph.edges` walks them
    # (nodes in order, then successors, then keys), without walking every edge of a large
    # graph to keep a node's neighbourhood (`citegraph show`, `export --focus`).
    if graph.is_directed() and graph.is_multigraph():
        part.add_edges_from(
            (u, v, key, attrs)
            for u in part
            for v, keyed in graph.succ[u].items()
            if v in keep
            for key, attrs in keyed.items()
        )
    elif graph.is_directed():
        part.add_edges_from(
            (u, v, attrs) for u in part for v, attrs in graph.succ[u].items() if v in keep
        )
    elif graph.is_multigraph():
        part.add_edges_from(
            (u, v, key, attrs)
            for u, v, key, attrs in graph.edges(keys=True, data=True)
            if u in keep and v in keep
        )
    else:
        part.add_edges_from(
            (u, v, attrs) for u, v, attrs in graph.edges(data=True) if u in keep and v in keep
        )
    return part


def neighbourhood(graph: nx.MultiDiGraph, node_id: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within `depth` hops of `node_id`, in either direction, and their edges.

    Direction is ignored because a model's neighbourhood is the papers that mention it
    (incoming edges) as much as a paper's is what it mentions (outgoing ones). The caller
    checks that the node exists and the depth is not negative.
    """
    reached = nx.single_source_shortest_path_length(
        graph.to_undirected(as_view=True), node_id, cutoff=depth
    )
    return induced_subgraph(graph, reached)
