"""builds-on: papers that build on a model or on anything derived from it."""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import (
    LINEAGE_TYPES,
    MIN_CONFIDENCE_PARAM,
    MODEL_PARAM,
    NamedQuery,
    Row,
    is_builds_on,
    reachable,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    rows: dict[tuple[str, str], Row] = {}
    for model in resolve(graph, params["model"], {"Model"}, "model"):
        for derived in reachable(graph, model, LINEAGE_TYPES, forward=False):
            for paper, _, attrs in graph.in_edges(derived, data=True):
                if not is_builds_on(attrs, params["min_confidence"]):
                    continue
                surface = attrs.get("surface", "")
                known = rows.get((paper, derived))
                if known is None or surface < known["evidence"]:
                    rows[(paper, derived)] = {
                        "paper_id": paper,
                        "title": graph.nodes[paper].get("title", ""),
                        "via_model": graph.nodes[derived].get("name", derived),
                        "via_model_id": derived,
                        "evidence": surface,
                    }
    return sorted(rows.values(), key=lambda row: (row["paper_id"], row["via_model"]))


QUERY = NamedQuery(
    name="builds-on",
    description=(
        "Papers that build on a model or anything derived from it "
        "(e.g. Llama 2 and its fine-tunes)."
    ),
    params=(MODEL_PARAM, MIN_CONFIDENCE_PARAM),
    run_networkx=run,
    columns=("title", "via_model", "evidence", "paper_id"),
)
