"""show: everything the graph knows about one paper or entity, found by what people call it.

A paper's card is its metadata, sources and every link it makes (role, confidence, evidence
with the text around it); an entity's card is its metadata, its lineage and the papers that
link to it, grouped by role. Cards are plain JSON-ready dicts built from a networkx graph of
the node's neighbourhood and lineage, read through the store protocol: on Neo4j a card costs
a few reads, not a copy of the database, and both stores give the same card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import lookup
from .base import LINEAGE_TYPES, LINK_TYPES, QueryError, display_name
from .lineage import lineage_rows

if TYPE_CHECKING:
    from citegraph.graph.store import GraphStore

# The order roles are listed in: what a paper does with an entity, most telling first.
ROLE_ORDER = ("builds_on", "introduces", "evaluates_on", "compares_with", "mentions")
# How many characters of the paper's text are shown on each side of a link's evidence.
CONTEXT_CHARS = 50
# At most this many matches are listed when TEXT names several nodes.
MAX_MATCHES = 20


@dataclass(frozen=True)
class Shown:
    """What `show` found: one card, or the matches to choose from when TEXT is ambiguous."""

    text: str
    card: dict[str, Any] | None = None
    matches: list[lookup.Entry] = field(default_factory=list)
    more: int = 0  # matches beyond the listed ones


def show(store: GraphStore, text: str) -> Shown:
    """The card of the one node `text` names, or the nodes it could mean.

    An id or an exact name, title, alias or Hub id (any case) is a match; failing that, a
    name holding `text` as whole words. One match gives its card; several are listed, best
    first; none is a QueryError suggesting the closest names.
    """
    entries = lookup.store_entries(store)
    matches = lookup.exact(text, entries) or lookup.containing(text, entries)
    if not matches:
        hint = lookup.did_you_mean(text, entries)
        raise QueryError(f"no paper, model, dataset or repo called {text!r} in the graph{hint}")
    if len(matches) > 1:
        return Shown(text, matches=matches[:MAX_MATCHES], more=max(0, len(matches) - MAX_MATCHES))
    chosen = matches[0]
    # All a card shows: the node's own edges and neighbours, and its lineage up and down.
    around = store.neighbourhood(chosen.id, 1)
    graph = nx.compose(around, store.reachable(chosen.id, LINEAGE_TYPES))
    return Shown(text, card=card(graph, chosen.id))


def card(graph: nx.MultiDiGraph, node_id: str) -> dict[str, Any]:
    """The JSON-ready card of one node: a paper's or an entity's."""
    attrs = graph.nodes[node_id]
    kind = attrs.get("type", "")
    properties = {key: value for key, value in sorted(attrs.items()) if key != "type"}
    shown: dict[str, Any] = {
        "id": node_id, "type": kind, "name": display_name(attrs), "properties": properties,
    }  # fmt: skip
    if kind == "Paper":
        shown["links"] = _links_of_paper(graph, node_id)
    else:
        shown["lineage"] = lineage_rows(graph, [node_id]) if kind != "Repo" else []
        shown["papers"] = _papers_linking(graph, node_id)
    shown["other"] = _other_edges(graph, node_id)
    return shown


def _links_of_paper(graph: nx.MultiDiGraph, paper: str) -> list[dict[str, Any]]:
    text = _paper_text(graph.nodes[paper])
    links = []
    for _, target, attrs in graph.out_edges(paper, data=True):
        if attrs.get("type") not in LINK_TYPES:
            continue
        other = graph.nodes[target]
        links.append({
            "type": attrs["type"], "role": attrs.get("role"),
            "confidence": attrs.get("confidence"), "id": target,
            "label": other.get("type", ""), "name": display_name(other),
            "evidence": _evidence(attrs, text),
        })  # fmt: skip
    links.sort(
        key=lambda link: (
            _role_rank(link["role"]), link["label"], link["name"].casefold(), link["id"],
            link["type"], _evidence_key(link["evidence"]),
        )
    )  # fmt: skip
    return links


def _papers_linking(graph: nx.MultiDiGraph, entity: str) -> dict[str, list[dict[str, Any]]]:
    """Papers linking to `entity`, grouped by role (links without one by their type)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for paper, _, attrs in graph.in_edges(entity, data=True):
        if attrs.get("type") not in LINK_TYPES or graph.nodes[paper].get("type") != "Paper":
            continue
        node = graph.nodes[paper]
        groups.setdefault(attrs.get("role") or attrs["type"], []).append({
            "id": paper, "title": node.get("title", ""),
            "published_on": node.get("published_on"), "confidence": attrs.get("confidence"),
            "evidence": _evidence(attrs, _paper_text(node)),
        })  # fmt: skip
    for rows in groups.values():
        rows.sort(key=lambda row: (row["id"], _evidence_key(row["evidence"])))
    return {role: groups[role] for role in sorted(groups, key=_role_rank)}


def _other_edges(graph: nx.MultiDiGraph, node_id: str) -> list[dict[str, Any]]:
    """Relationships that are neither links nor lineage: a model citing its paper, the
    datasets a model was trained on."""
    shown = LINK_TYPES | LINEAGE_TYPES
    found = []
    for direction, edges in (
        ("out", graph.out_edges(node_id, data=True)),
        ("in", graph.in_edges(node_id, data=True)),
    ):
        for source, target, attrs in edges:
            if attrs.get("type") in shown:
                continue
            other = target if direction == "out" else source
            found.append({
                "direction": direction, "type": attrs["type"], "id": other,
                "label": graph.nodes[other].get("type", ""),
                "name": display_name(graph.nodes[other]), "evidence": _evidence(attrs, ""),
            })  # fmt: skip
    found.sort(key=lambda row: (row["direction"], row["type"], row["id"],
                                _evidence_key(row["evidence"])))  # fmt: skip
    return found


def _paper_text(attrs: dict[str, Any]) -> str:
    """The text evidence spans index: title and abstract joined by a blank line."""
    return f"{attrs.get('title', '')}\n\n{attrs.get('abstract', '')}"


def _evidence(attrs: dict[str, Any], text: str) -> dict[str, Any] | None:
    """Where a link came from; for a link the linker read in the text, the words around it."""
    if "method" not in attrs:
        return None
    where = attrs.get("source_file")
    evidence = {
        "surface": attrs.get("surface", ""), "span": [attrs.get("span_start", 0),
        attrs.get("span_end", 0)], "score": attrs.get("score"), "method": attrs["method"],
        "source": f"{where}:{attrs.get('source_line', 0)}" if where is not None else None,
        "declared_by": attrs.get("declared_by"), "context": None,
    }  # fmt: skip
    start, end = evidence["span"]
    if attrs["method"] != "declared" and text and 0 <= start < end <= len(text):
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        evidence["context"] = " ".join(
            f"{'…' if start > CONTEXT_CHARS else ''}{before}[{text[start:end]}]{after}"
            f"{'…' if end + CONTEXT_CHARS < len(text) else ''}".split()
        )
    return evidence


def _evidence_key(evidence: dict[str, Any] | None) -> tuple[str, str, int]:
    if evidence is None:
        return ("", "", -1)
    return (evidence["method"], evidence.get("declared_by") or "", evidence["span"][0])


def _role_rank(role: str | None) -> tuple[int, str]:
    return (ROLE_ORDER.index(role), "") if role in ROLE_ORDER else (len(ROLE_ORDER), role or "")
