"""co-mentioned: entities that travel with a given entity, by number of shared papers."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    ENTITY_TYPES,
    LINK_TYPES,
    NamedQuery,
    Param,
    QueryError,
    Row,
    display_name,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    wanted = _type_filter(params["type"])
    entities = set(resolve(graph, params["entity"], ENTITY_TYPES, "model, dataset or repo"))
    papers = {
        paper
        for entity in entities
        for paper, _, attrs in graph.in_edges(entity, data=True)
        if attrs.get("type") in LINK_TYPES and graph.nodes[paper].get("type") == "Paper"
    }
    together: dict[str, set[str]] = {}
    for paper in papers:
        for _, other, attrs in graph.out_edges(paper, data=True):
            kind = graph.nodes[other].get("type")
            if attrs.get("type") in LINK_TYPES and other not in entities and kind in wanted:
                together.setdefault(other, set()).add(paper)
    rows = [
        {"id": other, "name": display_name(graph.nodes[other]),
         "type": graph.nodes[other]["type"], "papers": len(shared)}
        for other, shared in together.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (-row["papers"], row["id"]))
    return rows


def _type_filter(value: str | None) -> set[str]:
    if value is None:
        return set(ENTITY_TYPES)
    label = value.strip().capitalize()
    if label not in ENTITY_TYPES:
        raise QueryError(f"type must be model, dataset or repo, not {value!r}")
    return {label}


QUERY = NamedQuery(
    name="co-mentioned",
    description=(
        "Entities that travel with a given entity (e.g. datasets most used with T5), "
        "with paper counts."
    ),
    params=(
        Param(
            "entity",
            str,
            "model, dataset or repo id, name or alias",
            required=True,
            refers_to=ENTITY_TYPES,
            what="model, dataset or repo",
        ),
        Param("type", str, "only entities of this type: model, dataset or repo"),
    ),
    run_networkx=run,
    columns=("name", "type", "papers", "id"),
)
