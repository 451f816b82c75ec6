"""lineage: ancestors and descendants of a model over family (VARIANT_OF) and BASED_ON edges."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import LINEAGE_TYPES, MODEL_PARAM, NamedQuery, Param, Row, reachable, resolve


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    models = resolve(graph, params["model"], {"Model"}, "model")
    return lineage_rows(graph, models, declared_only=params["declared"])


def lineage_rows(
    graph: nx.MultiDiGraph, subjects: list[str], *, declared_only: bool = False
) -> list[Row]:
    """Ancestors and descendants of `subjects` of their own type (models, or dataset
    versions), nearest first; `citegraph show` uses it for datasets too."""
    best: dict[tuple[str, str], int] = {}
    kinds = {graph.nodes[subject].get("type") for subject in subjects}
    for subject in subjects:
        for direction, forward in (("ancestor", True), ("descendant", False)):
            found = reachable(
                graph, subject, LINEAGE_TYPES, forward=forward, declared_only=declared_only
            )
            for node, distance in found.items():
                if node in subjects or graph.nodes[node].get("type") not in kinds:
                    continue
                slot = (node, direction)
                best[slot] = min(distance, best.get(slot, distance))
    rows = [
        {"direction": direction, "distance": distance, "id": node,
         "name": graph.nodes[node].get("name", node)}
        for (node, direction), distance in best.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (row["direction"], row["distance"], row["id"]))
    return rows


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
    columns=("direction", "distance", "name", "id"),
)
