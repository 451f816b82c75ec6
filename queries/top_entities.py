"""top-entities: the most-linked models, datasets and repos, by paper count and PageRank."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from citegraph.graph.memory_store import graph_links

from .base import (
    DATE_PARAMS,
    LINEAGE_TYPES,
    LINK_CONFIDENCE_PARAM,
    LINK_TYPES,
    NamedQuery,
    Param,
    Row,
    display_name,
    link_counts,
    published_within,
)
from .co_mentioned import _type_filter

if TYPE_CHECKING:
    from citegraph.graph.store import GraphStore, Link


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    wanted = _type_filter(params["type"])
    rows = []
    for node, attrs in graph.nodes(data=True):
        if attrs.get("type") not in wanted:
            continue
        papers = {
            source
            for source, _, edge in graph.in_edges(node, data=True)
            if _counts(graph, source, edge, params) and graph.nodes[source].get("type") == "Paper"
        }
        if papers:
            rows.append({"id": node, "name": display_name(attrs), "type": attrs["type"],
                         "papers": len(papers)})  # fmt: skip
    links = graph_links(graph, _RANKED_TYPES, **_PROJECTION)
    return _with_pagerank(links, _ranked(rows), params)


def _ranked(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (row["type"], -row["papers"], row["id"]))


def _counts(
    graph: nx.MultiDiGraph, paper: str, edge: dict[str, Any], params: dict[str, Any]
) -> bool:
    """A paper's link that the filters keep: confident enough, from a paper in the dates."""
    return link_counts(edge, params["min_confidence"]) and published_within(
        graph.nodes[paper], params
    )


# What PageRank reads: the links the filters may keep and the lineage, with the one edge
# and paper property the filters test.
_RANKED_TYPES = LINK_TYPES | LINEAGE_TYPES
_PROJECTION: dict[str, Any] = {
    "edge_properties": ("confidence",), "source_properties": ("published_on",),
}  # fmt: skip


def add_pagerank(store: GraphStore, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """The Cypher rows with their PageRank, from the store's projection of the links only
    (on Neo4j read in pages; never the whole graph)."""
    return _with_pagerank(store.links(_RANKED_TYPES, **_PROJECTION), rows, params)


def _with_pagerank(links: Iterable[Link], rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """PageRank of each row's entity on the paper->entity link graph, rounded.

    Computed in Python for both stores: Neo4j has no PageRank without the GDS plugin, and
    one implementation keeps the two stores' answers equal. Links the filters drop are not
    in that graph either, so the ranking is the filtered graph's. The links come in a saved
    graph's order (source, target, key) from Neo4j, the order a graph file is read in, so
    the floating-point sums are the same as on the file.
    """
    graph = nx.DiGraph()
    for link in links:
        if link.type in LINEAGE_TYPES or (
            link_counts(link.edge, params["min_confidence"])
            and published_within(link.source_node, params)
        ):
            graph.add_edge(link.source, link.target)
    scores = nx.pagerank(graph) if graph.number_of_edges() else {}
    return [{**row, "pagerank": round(scores.get(row["id"], 0.0), 6)} for row in _ranked(rows)]


QUERY = NamedQuery(
    name="top-entities",
    description=(
        "The most-linked models, datasets and repos per type, by paper count, with PageRank."
    ),
    params=(
        Param("type", str, "only this type: model, dataset or repo"),
        LINK_CONFIDENCE_PARAM,
        *DATE_PARAMS,
    ),
    run_networkx=run,
    post_process=add_pagerank,
    columns=("type", "name", "papers", "pagerank", "id"),
)
