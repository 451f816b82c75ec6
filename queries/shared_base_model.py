"""shared-base-model: papers grouped by the base model they build on."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    DATE_PARAMS,
    MIN_CONFIDENCE_PARAM,
    NamedQuery,
    Param,
    Row,
    is_builds_on,
    lineage_roots,
    published_within,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    """Group `builds_on` papers by each model's lineage roots (or by the model with exact)."""
    groups: dict[str, dict[str, str]] = {}
    for paper, model, attrs in graph.edges(data=True):
        if not is_builds_on(attrs, params["min_confidence"]):
            continue
        if graph.nodes[model].get("type") != "Model":
            continue
        if not published_within(graph.nodes[paper], params):
            continue
        bases = [model] if params["exact"] else lineage_roots(graph, model)
        for base in bases:
            groups.setdefault(base, {})[paper] = graph.nodes[paper].get("title", "")
    rows = [
        {
            "base_model": graph.nodes[base].get("name", base),
            "base_model_id": base,
            "papers": [{"id": pid, "title": title} for pid, title in sorted(papers.items())],
            "count": len(papers),
        }
        for base, papers in groups.items()
    ]
    rows.sort(key=lambda row: (-row["count"], row["base_model"], row["base_model_id"]))
    return rows


QUERY = NamedQuery(
    name="shared-base-model",
    description=(
        "Papers grouped by the base model they build on (fine-tune, adapt, distil, use as "
        "backbone); checkpoints roll up to their family root unless exact=true."
    ),
    params=(
        Param(
            "exact", bool, "group by the exact checkpoint instead of the family root", default=False
        ),
        MIN_CONFIDENCE_PARAM,
        *DATE_PARAMS,
    ),
    run_networkx=run,
    columns=("base_model", "count", "papers"),
)
