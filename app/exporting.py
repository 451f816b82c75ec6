"""The library half of `citegraph export`: pick the graph and the part of it, then export.

Kept apart from the exporters so new sources slot in here without touching them: a Neo4j
store or a named query only has to produce a `MultiDiGraph` shaped like the networkx
store's (`Selection.graph`); `--focus` and `--max-nodes` then apply to it unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from citegraph.exports import formats, subgraph
from citegraph.exports.errors import ExportError
from citegraph.graph.display import display_name
from citegraph.graph.memory_store import NetworkxStore
from citegraph.queries import Subject, get_query, run_query
from citegraph.queries.base import LINEAGE_TYPES, reachable
from citegraph.sources import GraphSource, describe, open_store, read_graph

if TYPE_CHECKING:
    # Each imported by the one export that needs it: pyvis, Jinja and numpy for HTML, the
    # record models for the typed CSV headers; GraphML and GEXF need neither.
    from citegraph.exports import admin_csv, html


@dataclass(frozen=True)
class Selection:
    """The graph to export, what was dropped from it, and a title for views."""

    graph: nx.MultiDiGraph
    title: str
    dropped: subgraph.Dropped = field(default_factory=subgraph.Dropped)
    total_nodes: int = 0
    # A query's subject (the model of lineage...): kept, highlighted and centred in views.
    subject: Subject = field(default_factory=Subject)


def select(
    source: GraphSource,
    *,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> Selection:
    """Read the graph (file or Neo4j) and cut it down to a query's answer, a focus
    neighbourhood and/or N nodes.

    A focus without a query reads only the neighbourhood (`GraphStore.neighbourhood`): on
    Neo4j, the titles and names to find the node by, and the nodes and edges around it.
    """
    if focus is not None and query is None:
        with open_store(source) as store:
            wanted = store.canonical_id(focus)
            node_id = subgraph.resolve_among(
                wanted, store.node(wanted) is not None, store.nodes(properties=("title", "name"))
            )
            if depth < 0:  # as `subgraph.focus` says it, after the node is found
                raise ExportError(f"depth must be 0 or more, not {depth}")
            graph = store.neighbourhood(node_id, depth)
        title = f"citegraph: {display_name(graph.nodes[node_id], node_id)} (depth {depth})"
        return _cut(graph, title, Subject(), max_nodes)
    return select_from(
        read_graph(source), describe(source), focus=focus, depth=depth,
        max_nodes=max_nodes, query=query, params=params,
    )  # fmt: skip


def select_from(
    store: NetworkxStore,
    name: str,
    *,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> Selection:
    """`select` on a graph already in memory (`name` titles the view): a notebook draws
    many views of one graph without reading it again."""
    graph = store.graph
    title = f"citegraph: {name}"
    subject = Subject()
    if query is not None:
        named = get_query(query)
        bound = named.bind(params or {})
        rows = run_query(named, store, bound)
        if named.subject is not None:
            subject = named.subject(graph, bound, rows)
        graph = query_subgraph(graph, rows, subject.nodes)
        about = " and ".join(display_name(graph.nodes[node], node) for node in subject.centre)
        title = f"citegraph: {query}{f' of {about}' if about else ''} ({name})"
    if focus is not None:
        node_id = subgraph.resolve_node(graph, store.canonical_id(focus))
        graph = subgraph.focus(graph, node_id, depth)
        title = f"citegraph: {display_name(graph.nodes[node_id], node_id)} (depth {depth})"
    return _cut(graph, title, subject, max_nodes)


def _cut(
    graph: nx.MultiDiGraph, title: str, subject: Subject, max_nodes: int | None
) -> Selection:
    """The selection of `graph`, kept within `max_nodes` (its subject first)."""
    total = graph.number_of_nodes()
    dropped = subgraph.Dropped()
    if max_nodes is not None:
        graph, dropped = subgraph.keep_most_connected(
            graph, max_nodes, first=subject.within(graph).nodes
        )
    return Selection(
        graph=graph, title=title, dropped=dropped, total_nodes=total,
        subject=subject.within(graph),
    )  # fmt: skip


def query_subgraph(
    graph: nx.MultiDiGraph, rows: list[dict[str, Any]], subject: tuple[str, ...] = ()
) -> nx.MultiDiGraph:
    """The nodes a query's rows name, its subject, and what connects them.

    Rows name nodes by id in any column (nested ones too: shared-base-model's papers); the
    subject (lineage's model, similar-papers' seed) is rarely in them, yet a view of the
    answer without it makes no sense. A named paper also brings the entities it links whose
    lineage reaches a named node, so a paper that fine-tunes Flan-T5-XL shows its path to
    the T5 group it was put in.
    """
    named = {value for row in rows for value in _ids_in(row) if value in graph}
    named.update(node for node in subject if node in graph)
    keep = set(named)
    for node in named:
        if graph.nodes[node].get("type") != "Paper":
            continue
        for _, entity, kind in graph.out_edges(node, data="type"):
            if kind not in ("MENTIONS", "HAS_CODE"):
                continue
            chain = set(reachable(graph, entity, LINEAGE_TYPES, forward=True))
            if chain & named:
                keep |= chain
    return subgraph.induced_subgraph(graph, keep)


def _ids_in(value: Any) -> Iterator[str]:
    if isinstance(value, str) and ":" in value:
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _ids_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids_in(item)


def describe_dropped(selection: Selection, max_nodes: int | None) -> str:
    """`Dropped 40 of 100 nodes (30 Paper, 10 Repo) and 55 edges to stay within
    --max-nodes 60`, or "" when nothing was dropped."""
    dropped = selection.dropped
    if not dropped:
        return ""
    by_type = ", ".join(f"{count} {kind}" for kind, count in dropped.nodes_by_type.items())
    return (
        f"Dropped {dropped.nodes} of {selection.total_nodes} nodes ({by_type}) and "
        f"{dropped.edges} edges to stay within --max-nodes {max_nodes}"
    )


def export_html(
    source: GraphSource,
    output: str | os.PathLike[str],
    *,
    focus: str | None = None,
    depth: int = 1,
    max_nodes: int | None = None,
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> tuple[html.HtmlView, Selection, str]:
    """Write the HTML view; returns it, the selection and the dropped-nodes sentence."""
    from citegraph.exports import html

    selection = select(
        source, focus=focus, depth=depth, max_nodes=max_nodes, query=query, params=params
    )
    dropped = describe_dropped(selection, max_nodes)
    view = html.write_html(
        selection.graph, output, title=selection.title, note=dropped,
        highlight=selection.subject.nodes, centre=selection.subject.centre,
    )  # fmt: skip
    return view, selection, dropped


def export_graphml(source: GraphSource, output: str | os.PathLike[str]) -> Path:
    return formats.write_graphml(select(source).graph, output)


def export_gexf(source: GraphSource, output: str | os.PathLike[str]) -> Path:
    return formats.write_gexf(select(source).graph, output)


def export_csv(source: GraphSource, directory: str | os.PathLike[str]) -> admin_csv.CsvExport:
    from citegraph.exports import admin_csv

    return admin_csv.write_admin_csv(select(source).graph, directory)


__all__ = [
    "Selection",
    "describe_dropped",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_html",
    "query_subgraph",
    "select",
    "select_from",
]
