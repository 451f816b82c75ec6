"""What a researcher asks first of the bundled graph: central models, clusters, data pairings.

Run after building the bundled data (`citegraph build examples/data/hf-papers/*.txt`):

    python examples/research_map.py [graph.json]
"""

from __future__ import annotations

import sys

from citegraph import analytics


def main(path: str = "graph.json") -> None:
    graph = analytics.open_graph(path)

    print("Most central models (PageRank over paper links and lineage):")
    for node, score in analytics.pagerank(graph, "Model")[:8]:
        print(f"  {score:.4f}  {analytics.names(graph, [node])[0]}")

    print("\nResearch clusters (Louvain communities of papers sharing models/datasets):")
    papers = analytics.paper_projection(graph)
    for group in analytics.communities(papers)[:5]:
        entities = {
            target
            for paper in group
            for _, target, kind in graph.out_edges(paper, data="type")
            if kind == "MENTIONS"
        }
        # Most mentioned first; ties by id, never by the set's hash order.
        common = sorted(
            entities, key=lambda e: (-sum(1 for p in group if graph.has_edge(p, e)), e)
        )[:4]
        print(f"  {len(group):3d} papers around {', '.join(analytics.names(graph, common))}")

    print("\nDatasets most often used together:")
    pairs = analytics.entity_projection(graph, "Dataset")
    strongest = sorted(pairs.edges(data="weight"), key=lambda e: (-e[2], e[0], e[1]))[:6]
    for a, b, weight in strongest:
        first, second = analytics.names(graph, [a, b])
        print(f"  {weight} papers: {first} + {second}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
