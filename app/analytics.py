"""Graph analytics on a citegraph graph, in plain networkx.

    from citegraph import analytics
    graph = analytics.open_graph("graph.json")            # or a Neo4jSettings(...) to pull
    analytics.pagerank(graph, "Model")[:10]                # most central models
    analytics.communities(analytics.paper_projection(graph))
    analytics.entity_projection(graph, "Dataset")          # datasets used together

The graph is the networkx MultiDiGraph the embedded store saves: node attribute `type` is the
label (Paper, Model, Dataset, Repo), edge attribute `type` the relationship type, so any
networkx algorithm applies directly; these helpers only name the common first steps.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import networkx as nx

from citegraph.sources import GraphSource, read_graph

_LINKS = frozenset({"MENTIONS", "HAS_CODE"})


def open_graph(source: GraphSource) -> nx.MultiDiGraph:
    """A saved graph file, or the graph pulled from Neo4j (`sources.Neo4jSettings`)."""
    return read_graph(source).graph


def nodes_of(graph: nx.MultiDiGraph, label: str) -> list[str]:
    """Ids of the nodes with one label, sorted."""
    return sorted(n for n, kind in graph.nodes(data="type") if kind == label)


def pagerank(graph: nx.MultiDiGraph, label: str | None = None) -> list[tuple[str, float]]:
    """PageRank over paper->entity links and lineage, best first (optionally one label)."""
    links = nx.DiGraph(
        (s, t)
        for s, t, kind in graph.edges(data="type")
        if kind in _LINKS | {"VARIANT_OF", "BASED_ON"}
    )
    scores = nx.pagerank(links) if links.number_of_edges() else {}
    ranked = [
        (node, score)
        for node, score in scores.items()
        if label is None or graph.nodes[node].get("type") == label
    ]
    return sorted(ranked, key=lambda item: (-item[1], item[0]))


def paper_projection(graph: nx.MultiDiGraph) -> nx.Graph:
    """Papers linked when they share an entity; `weight` = number of shared entities."""
    return _project(graph, by_entity=True)


def entity_projection(graph: nx.MultiDiGraph, label: str | None = None) -> nx.Graph:
    """Entities linked when a paper mentions both; `weight` = number of such papers."""
    projection = _project(graph, by_entity=False)
    if label is not None:
        keep = [n for n in projection if graph.nodes[n].get("type") == label]
        projection = projection.subgraph(keep).copy()
    return projection


def communities(projection: nx.Graph, seed: int = 42) -> list[set[str]]:
    """Louvain communities of a projection, largest first (seeded: same input, same split)."""
    found = nx.community.louvain_communities(projection, weight="weight", seed=seed)
    return sorted(found, key=lambda group: (-len(group), min(group)))


def _project(graph: nx.MultiDiGraph, *, by_entity: bool) -> nx.Graph:
    """One-mode projection of the paper-entity bipartite graph."""
    members: dict[str, set[str]] = {}
    for paper, entity, kind in graph.edges(data="type"):
        if kind not in _LINKS:
            continue
        group, member = (entity, paper) if by_entity else (paper, entity)
        members.setdefault(group, set()).add(member)
    projection = nx.Graph()
    for group_members in members.values():
        projection.add_nodes_from(group_members)
        for a, b in itertools.combinations(sorted(group_members), 2):
            weight = projection.get_edge_data(a, b, {"weight": 0})["weight"]
            projection.add_edge(a, b, weight=weight + 1)
    for node in projection:
        projection.nodes[node].update(graph.nodes[node])
    return projection


def names(graph: nx.MultiDiGraph, node_ids: Iterable[str]) -> list[str]:
    """Readable names for node ids (titles for papers, names for entities)."""
    return [
        graph.nodes[n].get("name") or graph.nodes[n].get("title") or graph.nodes[n].get("path") or n
        for n in node_ids
    ]
