"""similar-papers: papers that share entities with a given paper, ranked by Adamic-Adar.

Adamic-Adar weighs each shared entity by 1/log(number of papers linking it): two papers that
both fine-tune a niche model are more alike than two that both mention GPT-4. A plain count
of shared entities lets the ubiquitous ones dominate; a weighted overlap would need weights
chosen by hand, while Adamic-Adar derives them from the graph itself.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from .base import (
    DATE_PARAMS,
    LINK_CONFIDENCE_PARAM,
    NamedQuery,
    Param,
    Row,
    Subject,
    display_name,
    link_counts,
    published_within,
    resolve,
)


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    """Papers ranked by the Adamic-Adar weight of what they share with the given one.

    The filters pick the papers compared with it (the given paper itself is compared
    whatever its date) and the links that count, in the weights too.
    """
    min_confidence = params["min_confidence"]
    papers = set(resolve(graph, params["paper"], {"Paper"}, "paper"))
    entities = {
        target
        for paper in papers
        for _, target, attrs in graph.out_edges(paper, data=True)
        if link_counts(attrs, min_confidence)
    }
    scores: dict[str, float] = {}
    shared: dict[str, set[str]] = {}
    for entity in entities:
        linking = {
            source
            for source, _, attrs in graph.in_edges(entity, data=True)
            if link_counts(attrs, min_confidence)
            and graph.nodes[source].get("type") == "Paper"
            and (source in papers or published_within(graph.nodes[source], params))
        }
        if len(linking) < 2:
            continue
        weight = 1.0 / math.log(len(linking))
        for other in linking - papers:
            scores[other] = scores.get(other, 0.0) + weight
            shared.setdefault(other, set()).add(display_name(graph.nodes[entity]))
    rows = [
        {"id": other, "title": graph.nodes[other].get("title", ""),
         "score": round(score, 4), "shared": sorted(shared[other])}
        for other, score in scores.items()
    ]  # fmt: skip
    rows.sort(key=lambda row: (-row["score"], row["id"]))
    return rows


def subject(graph: nx.MultiDiGraph, params: dict[str, Any], rows: list[Row]) -> Subject:
    """The seed paper, and the entities it shares with the papers of the answer."""
    min_confidence = params["min_confidence"]
    seeds = resolve(graph, params["paper"], {"Paper"}, "paper")
    answered = {row["id"] for row in rows}

    def linked(paper: str) -> set[str]:
        return {
            target
            for _, target, attrs in graph.out_edges(paper, data=True)
            if link_counts(attrs, min_confidence)
        }

    seed_links = set().union(*(linked(seed) for seed in seeds))
    shared = seed_links & set().union(*(linked(paper) for paper in answered if paper in graph))
    return Subject(tuple(seeds), tuple(sorted(shared)))


QUERY = NamedQuery(
    name="similar-papers",
    description=(
        "Papers sharing models, datasets or repos with a given paper, ranked by Adamic-Adar."
    ),
    params=(
        Param(
            "paper",
            str,
            "paper id or exact title",
            required=True,
            refers_to=frozenset({"Paper"}),
            what="paper",
        ),
        LINK_CONFIDENCE_PARAM,
        *DATE_PARAMS,
    ),
    run_networkx=run,
    subject=subject,
    columns=("score", "title", "shared", "id"),
)
