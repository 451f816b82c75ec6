"""path: the shortest connection between two nodes, with what lies on it.

Edges are followed in either direction (a paper and the dataset it shares with another paper
are a path of two hops). Among equally short paths the one whose node ids, joined, sort first
is returned, so both stores give the same answer.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .base import ENTITY_TYPES, NamedQuery, Param, Row, Subject, display_name, resolve

MAX_HOPS = 10
_ALL = ENTITY_TYPES | {"Paper"}


def run(graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
    sources = resolve(graph, params["source"], _ALL, "node")
    targets = resolve(graph, params["target"], _ALL, "node")
    undirected = graph.to_undirected(as_view=True)
    best: list[str] | None = None
    for source in sources:
        for target in targets:
            try:
                for candidate in nx.all_shortest_paths(undirected, source, target):
                    if len(candidate) - 1 > MAX_HOPS:
                        break
                    if best is None or (len(candidate), _key(candidate)) < (len(best), _key(best)):
                        best = candidate
            except nx.NetworkXNoPath:
                continue
    if best is None:
        return []
    rows = []
    for step, node in enumerate(best):
        via = ""
        if step + 1 < len(best):
            via = _edge_type(graph, node, best[step + 1])
        rows.append({"step": step, "id": node, "type": graph.nodes[node].get("type", ""),
                     "name": display_name(graph.nodes[node]), "via": via})  # fmt: skip
    return rows


def _key(path: list[str]) -> str:
    return "".join(f"{node}|" for node in path)


def _edge_type(graph: nx.MultiDiGraph, a: str, b: str) -> str:
    """The relationship between two consecutive nodes (the first by type), with its direction."""
    forward = [(attrs["type"], 0) for attrs in (graph.get_edge_data(a, b) or {}).values()]
    backward = [(attrs["type"], 1) for attrs in (graph.get_edge_data(b, a) or {}).values()]
    kind, back = min(forward + backward)
    return f"<-[{kind}]-" if back else f"-[{kind}]->"


def subject(graph: nx.MultiDiGraph, params: dict[str, Any], rows: list[Row]) -> Subject:
    """Both ends of the path (a view centres between them)."""
    ends = [rows[0]["id"], rows[-1]["id"]] if rows else []
    return Subject(tuple(dict.fromkeys(ends)))


QUERY = NamedQuery(
    name="path",
    description="The shortest connection between two entities or papers, with what lies on it.",
    params=(
        Param(
            "source",
            str,
            "id, name or title of the first node",
            required=True,
            refers_to=_ALL,
            what="node",
        ),
        Param(
            "target",
            str,
            "id, name or title of the second node",
            required=True,
            refers_to=_ALL,
            what="node",
        ),
    ),
    run_networkx=run,
    subject=subject,
    columns=("step", "type", "name", "via", "id"),
    empty_message=f"no path of at most {MAX_HOPS} hops between {{source!r}} and {{target!r}}",
)
