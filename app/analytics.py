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
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import networkx as nx

from citegraph.exports.subgraph import induced_subgraph
from citegraph.graph import ids
from citegraph.graph.display import display_name
from citegraph.sources import GraphSource, read_graph

if TYPE_CHECKING:
    from citegraph.graph.store import GraphStore

_LINKS = frozenset({"MENTIONS", "HAS_CODE"})
_RANKED = _LINKS | {"VARIANT_OF", "BASED_ON"}


def open_graph(source: GraphSource) -> nx.MultiDiGraph:
    """A saved graph file, or the graph pulled from Neo4j (`sources.Neo4jSettings`)."""
    return read_graph(source).graph


def nodes_of(graph: nx.MultiDiGraph, label: str) -> list[str]:
    """Ids of the nodes with one label, sorted."""
    return sorted(n for n, kind in graph.nodes(data="type") if kind == label)


def pagerank(graph: nx.MultiDiGraph, label: str | None = None) -> list[tuple[str, float]]:
    """PageRank over paper->entity links and lineage, best first (optionally one label).

    The link graph is built in sorted order, so the floating-point sums (and so the scores,
    to the last bit) do not depend on the order the graph was read or pulled in; nodes whose
    scores tie to 12 significant digits are ordered by id.
    """
    links = ((s, t) for s, t, kind in graph.edges(data="type") if kind in _RANKED)
    return _ranked(links, lambda node: graph.nodes[node].get("type"), label)


def store_pagerank(store: GraphStore, label: str | None = None) -> list[tuple[str, float]]:
    """`pagerank` of a store's graph, from its projection of the links and lineage alone:
    on Neo4j read in pages, without copying the database into networkx."""
    links = ((link.source, link.target) for link in store.links(_RANKED))
    return _ranked(links, ids.label_of, label)


def _ranked(
    links: Iterable[tuple[str, str]], label_of: Callable[[str], str | None], label: str | None
) -> list[tuple[str, float]]:
    graph = nx.DiGraph()
    graph.add_edges_from(sorted(links))
    scores = nx.pagerank(graph) if graph.number_of_edges() else {}
    ranked = [
        (node, score) for node, score in scores.items() if label is None or label_of(node) == label
    ]
    return sorted(ranked, key=lambda item: (-float(f"{item[1]:.12g}"), item[0]))


def paper_projection(graph: nx.MultiDiGraph) -> nx.Graph:
    """Papers linked when they share an entity; `weight` = number of shared entities."""
    return _project(graph, by_entity=True)


def entity_projection(graph: nx.MultiDiGraph, label: str | None = None) -> nx.Graph:
    """Entities linked when a paper mentions both; `weight` = number of such papers."""
    projection = _project(graph, by_entity=False)
    if label is not None:
        keep = [n for n in projection if graph.nodes[n].get("type") == label]
        projection = induced_subgraph(projection, keep)
    return projection


def communities(projection: nx.Graph, seed: int = 42) -> list[set[str]]:
    """Louvain communities of a projection, largest first (seeded: same input, same split).

    Louvain visits nodes and neighbours in the graph's iteration order, so the seed alone
    does not fix the split: the projection is copied in sorted node and edge order first,
    which makes the split a function of the graph itself, not of how it was built, read or
    pulled, nor of the process's string hashing.
    """
    canonical = nx.Graph()
    canonical.add_nodes_from(sorted(projection))
    edges = projection.edges(data="weight", default=1)
    canonical.add_edges_from(sorted((min(u, v), max(u, v), {"weight": w}) for u, v, w in edges))
    found = nx.community.louvain_communities(canonical, weight="weight", seed=seed)
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
    for _, group_members in sorted(members.items()):
        projection.add_nodes_from(sorted(group_members))
        for a, b in itertools.combinations(sorted(group_members), 2):
            weight = projection.get_edge_data(a, b, {"weight": 0})["weight"]
            projection.add_edge(a, b, weight=weight + 1)
    for node in projection:
        projection.nodes[node].update(graph.nodes[node])
    return projection


def names(graph: nx.MultiDiGraph, node_ids: Iterable[str]) -> list[str]:
    """Readable names for node ids (titles for papers, names for entities)."""
    return [display_name(graph.nodes[n], n) for n in node_ids]


__all__ = [
    "communities",
    "entity_projection",
    "names",
    "nodes_of",
    "open_graph",
    "pagerank",
    "paper_projection",
    "store_pagerank",
]
