"""co-mentioned: entities that travel with a given entity, by number of shared papers.

Families roll up as in builds-on and shared-base-model: the entity stands for itself and
everything derived from it (T5 with Flan-T5 and its checkpoints), and each entity found
beside it counts for its lineage root (a paper naming Llama-2-7B counts for Llama 2);
`exact=true` counts exact nodes on both sides. Each row lists the papers behind its count.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    DATE_PARAMS,
    ENTITY_TYPES,
    LINEAGE_TYPES,
    LINK_CONFIDENCE_PARAM,
    NamedQuery,
    Param,
    QueryError,
    Row,
    Subject,
    display_name,
    lineage_roots,
    link_counts,
    published_within,
    reachable,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    wanted = _type_filter(params["type"])
    exact, min_confidence = params["exact"], params["min_confidence"]
    subjects = resolve(graph, params["entity"], ENTITY_TYPES, "model, dataset or repo")
    family = set(subjects)
    if not exact:
        for subject in subjects:
            family.update(reachable(graph, subject, LINEAGE_TYPES, forward=False))
    papers = {
        paper
        for member in family
        for paper, _, attrs in graph.in_edges(member, data=True)
        if link_counts(attrs, min_confidence)
        and graph.nodes[paper].get("type") == "Paper"
        and published_within(graph.nodes[paper], params)
    }
    together: dict[str, set[str]] = {}
    for paper in papers:
        for _, other, attrs in graph.out_edges(paper, data=True):
            if not link_counts(attrs, min_confidence) or other in family:
                continue
            for group in [other] if exact else lineage_roots(graph, other):
                if group not in family and graph.nodes[group].get("type") in wanted:
                    together.setdefault(group, set()).add(paper)
    rows = [
        {"id": group, "name": display_name(graph.nodes[group]),
         "type": graph.nodes[group]["type"], "count": len(shared),
         "papers": [{"id": paper, "title": graph.nodes[paper].get("title", "")}
                    for paper in sorted(shared)]}
        for group, shared in together.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (-row["count"], row["id"]))
    return rows


def subject(graph: nx.MultiDiGraph, params: dict[str, Any], rows: list[Row]) -> Subject:
    """The entity the answer is about."""
    return Subject(
        tuple(resolve(graph, params["entity"], ENTITY_TYPES, "model, dataset or repo"))
    )


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
        "Entities that travel with a given entity and its family (e.g. datasets most used "
        "with T5), with the papers behind each count; exact=true counts exact nodes."
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
        Param("exact", bool, "count exact nodes instead of rolling up families", default=False),
        LINK_CONFIDENCE_PARAM,
        *DATE_PARAMS,
    ),
    run_networkx=run,
    subject=subject,
    columns=("name", "type", "count", "id", "papers"),
)
