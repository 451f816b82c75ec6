"""Choosing what part of a graph to export: a focus neighbourhood, or the best N nodes.

A whole graph of thousands of nodes makes a file too large to mail and a picture too dense
to read; these cut it down before any format sees it, so every export shares them.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from citegraph.graph.subgraphs import induced_subgraph, neighbourhood

from .errors import ExportError

__all__ = [
    "Dropped", "focus", "induced_subgraph", "keep_most_connected", "resolve_among",
    "resolve_node",
]  # fmt: skip


@dataclass(frozen=True)
class Dropped:
    """What `keep_most_connected` left out, so the CLI can say it."""

    nodes_by_type: dict[str, int] = field(default_factory=dict)
    edges: int = 0

    @property
    def nodes(self) -> int:
        return sum(self.nodes_by_type.values())

    def __bool__(self) -> bool:
        return self.nodes > 0


def focus(graph: nx.MultiDiGraph, node_id: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within `depth` hops of `node_id`, in either direction, and their edges.

    Direction is ignored because a model's neighbourhood is the papers that mention it
    (incoming edges) as much as a paper's is what it mentions (outgoing ones).
    """
    if node_id not in graph:
        raise ExportError(f"{node_id}: no such node in the graph")
    if depth < 0:
        raise ExportError(f"depth must be 0 or more, not {depth}")
    return neighbourhood(graph, node_id, depth)


def keep_most_connected(
    graph: nx.MultiDiGraph, max_nodes: int, first: Iterable[str] = ()
) -> tuple[nx.MultiDiGraph, Dropped]:
    """At most `max_nodes` nodes, grown from the hubs outwards, and what was dropped.

    Taking the top-N nodes by degree would leave papers whose hub was kept but whose links
    were cut, floating alone. Instead, starting from the highest-degree node, the part grows
    by always adding the highest-degree node adjacent to it; when a component is exhausted
    it starts again from the next highest-degree node. The result is a few connected pieces
    around the hubs. Ties break on node id so the choice is deterministic. Nodes in `first`
    (a query's subject) are kept before any hub and grown from first: a view of an answer
    must not lose what the answer is about.
    """
    if max_nodes < 1:
        raise ExportError(f"--max-nodes must be at least 1, not {max_nodes}")
    if graph.number_of_nodes() <= max_nodes:
        return graph, Dropped()
    undirected = graph.to_undirected(as_view=True)
    degree = dict(graph.degree())
    chosen = [node for node in dict.fromkeys(first) if node in graph][:max_nodes]
    kept: set[str] = set(chosen)
    grown: set[str] = set()
    for seed in chosen + sorted(graph.nodes, key=lambda n: (-degree[n], n)):
        if len(kept) >= max_nodes:
            break
        if seed in grown or (seed in kept and seed not in chosen):
            continue
        frontier = [(-degree[seed], seed)]
        while frontier and len(kept) < max_nodes:
            _, node = heapq.heappop(frontier)
            if node in grown:
                continue
            kept.add(node)
            grown.add(node)
            for neighbour in undirected.neighbors(node):
                if neighbour not in kept:
                    heapq.heappush(frontier, (-degree[neighbour], neighbour))
    kept_graph = induced_subgraph(graph, kept)
    dropped_types = Counter(
        attrs.get("type", "?") for node, attrs in graph.nodes(data=True) if node not in kept
    )
    dropped = Dropped(
        nodes_by_type=dict(sorted(dropped_types.items())),
        edges=graph.number_of_edges() - kept_graph.number_of_edges(),
    )
    return kept_graph, dropped


def resolve_node(graph: nx.MultiDiGraph, text: str) -> str:
    """The node `text` names: an id, or else a unique title or name (case-insensitive).

    People remember "QLoRA", not `paper:arxiv:2305.14314`; an ambiguous name is an error
    listing the candidate ids rather than a guess.
    """
    return resolve_among(text, text in graph, graph.nodes(data=True))


def resolve_among(
    text: str, is_id: bool, nodes: Iterable[tuple[str, Mapping[str, Any]]]
) -> str:
    """`resolve_node` without a graph in memory: whether `text` is a node's id, and the
    nodes with (at least) their titles and names, e.g. read from a store."""
    if is_id:
        return text
    wanted = text.casefold().strip()
    matches = sorted(
        node
        for node, attrs in nodes
        if wanted in {str(attrs.get(f, "")).casefold().strip() for f in ("title", "name")}
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ExportError(f"{text}: no node with this id, title or name")
    shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
    raise ExportError(f"{text}: {len(matches)} nodes have this title or name ({shown}); use an id")
