"""lineage: ancestors and descendants of a model over family (VARIANT_OF) and BASED_ON edges."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    LINEAGE_TYPES,
    MODEL_PARAM,
    NamedQuery,
    Param,
    Row,
    model_subject,
    reachable,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    models = resolve(graph, params["model"], {"Model"}, "model")
    return lineage_rows(graph, models, declared_only=params["declared"])


def lineage_rows(
    graph: nx.MultiDiGraph, subjects: list[str], *, declared_only: bool = False
) -> list[Row]:
    """Ancestors and descendants of `subjects` of their own type (models, or dataset
    versions), nearest first; `citegraph show` uses it for datasets too.

    Each row says how its node hangs on the lineage: `relation` and `declared_by` of the
    edge joining it to its neighbour on a shortest path from the subject (the BASED_ON
    edge's relation, "variant" for VARIANT_OF; `declared_by` only for edges a structured
    source declared). Among several shortest paths the edge whose (relation, declared_by)
    sorts first is taken, so both stores pick the same.
    """
    best: dict[tuple[str, str], tuple[int, str, str]] = {}
    kinds = {graph.nodes[subject].get("type") for subject in subjects}
    for subject in subjects:
        for direction, forward in (("ancestor", True), ("descendant", False)):
            found = reachable(
                graph, subject, LINEAGE_TYPES, forward=forward, declared_only=declared_only
            )
            for node, distance in found.items():
                if node in subjects or graph.nodes[node].get("type") not in kinds:
                    continue
                for hop in _hops(graph, node, found, forward, declared_only):
                    candidate = (distance, *hop)
                    slot = (node, direction)
                    if slot not in best or candidate < best[slot]:
                        best[slot] = candidate
    rows = [
        {"direction": direction, "distance": distance, "id": node,
         "name": graph.nodes[node].get("name", node), "relation": relation,
         "declared_by": declared_by or None}
        for (node, direction), (distance, relation, declared_by) in best.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (row["direction"], row["distance"], row["id"]))
    return rows


def _hops(
    graph: nx.MultiDiGraph,
    node: str,
    distance: dict[str, int],
    forward: bool,
    declared_only: bool,
) -> list[tuple[str, str]]:
    """(relation, declared_by) of each lineage edge joining `node` to a node one step nearer
    the subject: the last edge of a shortest path to an ancestor, the first of a path from a
    descendant."""
    edges = graph.in_edges(node, data=True) if forward else graph.out_edges(node, data=True)
    hops = []
    for source, target, attrs in edges:
        nearer = source if forward else target
        if attrs.get("type") not in LINEAGE_TYPES or distance.get(nearer) != distance[node] - 1:
            continue
        if declared_only and attrs.get("method") != "declared":
            continue
        relation = "variant" if attrs["type"] == "VARIANT_OF" else attrs.get("relation") or ""
        hops.append((relation, attrs.get("declared_by") or ""))
    return hops


QUERY = NamedQuery(
    name="lineage",
    description=(
        "Ancestors and descendants of a model (family and BASED_ON edges), nearest first; "
        "declared=true follows only what Hub metadata declares."
    ),
    params=(
        MODEL_PARAM,
        Param("declared", bool, "only edges declared by a structured source", default=False),
    ),
    run_networkx=run,
    subject=model_subject,
    columns=("direction", "distance", "name", "relation", "declared_by", "id"),
)
