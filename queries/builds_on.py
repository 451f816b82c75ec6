"""builds-on: papers that build on a model or on anything derived from it."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    DATE_PARAMS,
    LINEAGE_TYPES,
    MIN_CONFIDENCE_PARAM,
    MODEL_PARAM,
    NamedQuery,
    Row,
    is_builds_on,
    model_subject,
    published_within,
    reachable,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    """One row per paper, naming every model of the family it builds on (a paper that
    fine-tunes two Llama 2 checkpoints is one paper, not two)."""
    evidence: dict[str, dict[str, str]] = {}
    for model in resolve(graph, params["model"], {"Model"}, "model"):
        for derived in reachable(graph, model, LINEAGE_TYPES, forward=False):
            for paper, _, attrs in graph.in_edges(derived, data=True):
                if not is_builds_on(attrs, params["min_confidence"]):
                    continue
                if not published_within(graph.nodes[paper], params):
                    continue
                surface = attrs.get("surface", "")
                named = evidence.setdefault(paper, {})
                if derived not in named or surface < named[derived]:
                    named[derived] = surface
    rows = []
    for paper in sorted(evidence):
        models = sorted(evidence[paper], key=lambda m: (graph.nodes[m].get("name", m), m))
        rows.append({
            "paper_id": paper,
            "title": graph.nodes[paper].get("title", ""),
            "via_models": [graph.nodes[m].get("name", m) for m in models],
            "via_model_ids": models,
            "evidence": [evidence[paper][m] for m in models],
        })  # fmt: skip
    return rows


QUERY = NamedQuery(
    name="builds-on",
    description=(
        "Papers that build on a model or anything derived from it "
        "(e.g. Llama 2 and its fine-tunes), once each with every model they name."
    ),
    params=(MODEL_PARAM, MIN_CONFIDENCE_PARAM, *DATE_PARAMS),
    run_networkx=run,
    subject=model_subject,
    columns=("title", "via_models", "evidence", "paper_id"),
)
