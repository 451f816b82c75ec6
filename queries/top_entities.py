"""top-entities: the most-linked models, datasets and repos, by paper count and PageRank."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    DATE_PARAMS,
    LINEAGE_TYPES,
    LINK_CONFIDENCE_PARAM,
    NamedQuery,
    Param,
    Row,
    display_name,
    link_counts,
    published_within,
)
from .co_mentioned import _type_filter


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
    return add_pagerank(graph, _ranked(rows), params)


def _ranked(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (row["type"], -row["papers"], row["id"]))


def _counts(
    graph: nx.MultiDiGraph, paper: str, edge: dict[str, Any], params: dict[str, Any]
) -> bool:
    """A paper's link that the filters keep: confident enough, from a paper in the dates."""
    return link_counts(edge, params["min_confidence"]) and published_within(
        graph.nodes[paper], params
    )


def add_pagerank(graph: nx.MultiDiGraph, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """PageRank of each row's entity on the paper->entity link graph, rounded.

    Computed in Python for both stores: Neo4j has no PageRank without the GDS plugin, and
    one implementation keeps the two stores' answers equal. Links the filters drop are not
    in that graph either, so the ranking is the filtered graph's.
    """
    links = nx.DiGraph()
    for source, target, attrs in graph.edges(data=True):
        if attrs.get("type") in LINEAGE_TYPES or _counts(graph, source, attrs, params):
            links.add_edge(source, target)
    scores = nx.pagerank(links) if links.number_of_edges() else {}
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
