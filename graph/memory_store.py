"""The embedded store: a networkx MultiDiGraph saved as node-link JSON.

Node attribute `type` is the Neo4j label (Paper, Model, Dataset, Repo) and edge attribute
`type` the relationship type, so code written against one store reads the other. The file is
written atomically (temp file in the same folder, fsync, rename): an interrupted or failed
build never leaves a half-written graph, and the previous file stays byte-identical.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TextIO

import networkx as nx

from . import subgraphs
from .atomic import atomic_open
from .errors import StoreError
from .identity import PaperIndex
from .store import (
    AnswersOnEitherStore,
    EdgeRow,
    Link,
    NodeRow,
    Stats,
    empty_stats,
    merge_properties,
)
from .vocabulary import NodeLabel

if TYPE_CHECKING:
    from .records import Edge, Node

FORMAT = "citegraph/1"


class NetworkxStore:
    """A graph held in memory and persisted to one JSON file.

    Papers listed without an arXiv id get a title-based id; when a later record supplies the
    arXiv id for the same title, the title node is merged into the arXiv node and its old id
    is remembered as a redirect (saved with the graph), so edges that still name the old id
    land on the merged node in this and every later run. `identity.PaperIndex` decides;
    the store moves the properties and edges.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.graph = nx.MultiDiGraph()
        self._papers = PaperIndex()

    # -- opening and saving -------------------------------------------------------------

    def open(self, *, create: bool = True) -> Self:
        """Load the graph file; a missing file is an empty graph when `create` is true.

        Readers pass `create=False`: a typo in `--graph` must not read as an empty graph.
        """
        if self.path is None:
            return self
        if not self.path.exists():
            if create:
                return self
            raise StoreError(f"{self.path}: no such graph file (run `citegraph build` first)")
        try:
            with self.path.open(encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"{self.path}: cannot read graph file: {exc}") from None
        if not isinstance(data, dict) or data.get("graph", {}).get("format") != FORMAT:
            raise StoreError(f"{self.path}: not a citegraph graph file (format {FORMAT!r})")
        self._adopt(nx.node_link_graph(data, directed=True, multigraph=True, edges="edges"))
        return self

    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph) -> NetworkxStore:
        """Wrap a graph in the store's shape (e.g. one read from Neo4j), without touching disk."""
        store = cls()
        store._adopt(graph)
        return store

    def _adopt(self, graph: nx.MultiDiGraph) -> None:
        """Take over a whole graph: its saved redirects and its papers' title index."""
        self.graph = graph
        papers = (
            (node_id, attrs.get("title_key", ""))
            for node_id, attrs in graph.nodes(data=True)
            if attrs.get("type") == NodeLabel.PAPER
        )
        self._papers = PaperIndex.seeded(papers, graph.graph.get("redirects", {}))

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the graph atomically; the output is sorted so equal graphs are equal bytes."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise StoreError("no file to save the graph to")
        with atomic_open(target, "w", encoding="utf-8") as handle:
            self.write_node_link(handle)
        return target

    def write_node_link(self, handle: TextIO) -> None:
        """Write `to_node_link()` as JSON, one node or edge per line, in the same order.

        Element by element rather than `json.dump(to_node_link(), indent=...)`: indenting
        runs json's pure-Python encoder over the whole graph and `to_node_link` copies every
        node and edge first, which made saving take as long as linking on large graphs and
        doubled the peak memory of a build. Each element here goes through the C encoder.
        """
        self.graph.graph["format"] = FORMAT
        self.graph.graph["redirects"] = self.redirects
        encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
        node_ids = sorted(self.graph)
        handle.write('{"directed": true,\n"edges": [')
        separator = "\n"
        for source in node_ids:
            targets = self.graph.succ[source]
            for target in sorted(targets):
                keyed = targets[target]
                for key in sorted(keyed):
                    edge = {**keyed[key], "source": source, "target": target, "key": key}
                    handle.write(separator + encode(edge))
                    separator = ",\n"
        handle.write(f'\n],\n"graph": {encode(self.graph.graph)},\n"multigraph": true,\n"nodes": [')
        separator = "\n"
        for node_id in node_ids:
            handle.write(separator + encode({**self.graph.nodes[node_id], "id": node_id}))
            separator = ",\n"
        handle.write("\n]}\n")

    def to_node_link(self) -> dict[str, Any]:
        """The graph as networkx node-link data, in a deterministic order."""
        self.graph.graph["format"] = FORMAT
        self.graph.graph["redirects"] = self.redirects
        data = nx.node_link_data(self.graph, edges="edges")
        data["nodes"].sort(key=lambda node: node["id"])
        data["edges"].sort(key=lambda edge: (edge["source"], edge["target"], edge["key"]))
        return data

    # -- writing --------------------------------------------------------------------------

    def upsert_nodes(self, nodes: Iterable[Node]) -> None:
        for node in nodes:
            props = node.to_properties()
            node_id = self._resolve_node_id(props)
            existing = self.graph.nodes[node_id] if node_id in self.graph else {}
            if existing and existing.get("type") != props["type"]:
                raise StoreError(f"{node_id}: is a {existing.get('type')}, not a {props['type']}")
            merged = merge_properties(dict(existing), props)
            merged["id"] = node_id
            self.graph.add_node(node_id, **merged)

    def upsert_edges(self, edges: Iterable[Edge]) -> None:
        for edge in edges:
            source = self.canonical_id(edge.source)
            target = self.canonical_id(edge.target)
            for endpoint in (source, target):
                if endpoint not in self.graph:
                    raise StoreError(f"edge {edge.type} refers to unknown node {endpoint}")
            key = edge_key(edge)
            props = edge.to_properties()
            existing = self.graph.get_edge_data(source, target, key) or {}
            self.graph.add_edge(source, target, key=key, **merge_properties(existing, props))

    def canonical_id(self, node_id: str) -> str:
        """The id a node lives under now (a title id may have been merged into an arXiv id)."""
        return self._papers.canonical(node_id)

    def _resolve_node_id(self, props: dict[str, Any]) -> str:
        if props["type"] != NodeLabel.PAPER:
            return self.canonical_id(props["id"])
        placement = self._papers.place(props)
        if placement.absorbs is not None:
            self._merge_into(placement.absorbs, placement.node_id)
        return placement.node_id

    def _merge_into(self, old: str, new: str) -> None:
        """Move node `old` (properties and edges) onto `new` (`PaperIndex` redirects it)."""
        old_attrs = dict(self.graph.nodes[old])
        new_attrs = dict(self.graph.nodes[new]) if new in self.graph else {}
        merged = merge_properties(new_attrs, {k: v for k, v in old_attrs.items() if k != "id"})
        merged["id"] = new
        self.graph.add_node(new, **merged)
        # Both nodes may hold the same edge (the text dump's listing and the papers API's
        # summary both name a model): the shared merge rules combine them, as on re-runs.
        for _, target, key, attrs in list(self.graph.out_edges(old, keys=True, data=True)):
            existing = self.graph.get_edge_data(new, target, key) or {}
            self.graph.add_edge(new, target, key=key, **merge_properties(existing, attrs))
        for source, _, key, attrs in list(self.graph.in_edges(old, keys=True, data=True)):
            existing = self.graph.get_edge_data(source, new, key) or {}
            self.graph.add_edge(source, new, key=key, **merge_properties(existing, attrs))
        self.graph.remove_node(old)

    # -- reading --------------------------------------------------------------------------

    @property
    def redirects(self) -> dict[str, str]:
        """Merged-away paper ids and the id each lives under now."""
        return dict(sorted(self._papers.redirects.items()))

    def node_records(self) -> Iterator[Node]:
        """Every node as its record, e.g. to copy the graph into another store."""
        # Imported here: reading a saved graph (stats, queries, exports) makes no record, and
        # the record models are a large part of start-up (see graph/vocabulary.py).
        from .records import NODE_CLASSES

        for node_id, attrs in self.graph.nodes(data=True):
            # node-link files keep the id as the node key, not among the attributes
            yield NODE_CLASSES[NodeLabel(attrs["type"])].from_properties({**attrs, "id": node_id})

    def edge_records(self) -> Iterator[Edge]:
        """Every edge as its record (the networkx key minus its type prefix is the key)."""
        from .records import edge_from_properties  # see node_records

        for source, target, key, attrs in self.graph.edges(keys=True, data=True):
            record_key = key.split(":", 1)[1] if ":" in key else key
            yield edge_from_properties(source, target, record_key, attrs)

    def stats(self) -> Stats:
        counts = empty_stats()
        for _, node_type in self.graph.nodes(data="type"):
            counts["nodes"][node_type] = counts["nodes"].get(node_type, 0) + 1
        for _, _, edge_type in self.graph.edges(data="type"):
            counts["edges"][edge_type] = counts["edges"].get(edge_type, 0) + 1
        return counts

    # -- reads of the store protocol (issue 16): the graph in memory answers them directly --

    def nodes(
        self, label: str | None = None, properties: Collection[str] | None = None
    ) -> Iterator[NodeRow]:
        for node_id, attrs in self.graph.nodes(data=True):
            if label is None or attrs.get("type") == label:
                yield node_id, {**_selected(attrs, properties), "id": node_id}

    def edges(self, edge_type: str | None = None) -> Iterator[EdgeRow]:
        for source, target, key, attrs in self.graph.edges(keys=True, data=True):
            if edge_type is None or attrs.get("type") == edge_type:
                yield source, target, key, dict(attrs)

    def node(self, node_id: str) -> dict[str, Any] | None:
        attrs = self.graph.nodes.get(node_id)
        return None if attrs is None else {**attrs, "id": node_id}

    def neighbourhood(self, node_id: str, depth: int = 1) -> nx.MultiDiGraph:
        _check_neighbourhood(node_id in self.graph, node_id, depth)
        return subgraphs.neighbourhood(self.graph, node_id, depth)

    def reachable(self, node_id: str, edge_types: Collection[str]) -> nx.MultiDiGraph:
        if node_id not in self.graph:
            raise StoreError(f"{node_id}: no such node in the graph")
        wanted = frozenset(edge_types)
        on_paths = {node_id}
        edges: set[tuple[str, str, str]] = set()
        for forward in (True, False):
            seen, frontier = {node_id}, [node_id]
            while frontier:
                following = []
                for node in frontier:
                    step = (
                        self.graph.out_edges(node, keys=True, data="type")
                        if forward
                        else self.graph.in_edges(node, keys=True, data="type")
                    )
                    for source, target, key, kind in step:
                        if kind not in wanted:
                            continue
                        edges.add((source, target, key))
                        other = target if forward else source
                        if other not in seen:
                            seen.add(other)
                            following.append(other)
                frontier = following
            on_paths |= seen
        part = nx.MultiDiGraph()
        part.add_nodes_from((n, self.graph.nodes[n]) for n in sorted(on_paths))
        part.add_edges_from(
            (s, t, k, self.graph.edges[s, t, k]) for s, t, k in sorted(edges)
        )
        return part

    def links(
        self,
        edge_types: Collection[str],
        *,
        edge_properties: Collection[str] = (),
        source_properties: Collection[str] = (),
    ) -> Iterator[Link]:
        return graph_links(
            self.graph, edge_types, edge_properties=edge_properties,
            source_properties=source_properties,
        )  # fmt: skip

    def whole_graph(self) -> nx.MultiDiGraph:
        return self.graph

    def answer(self, query: AnswersOnEitherStore, params: dict[str, Any]) -> list[dict[str, Any]]:
        return query.answer_networkx(self.graph, params)


def graph_links(
    graph: nx.MultiDiGraph,
    edge_types: Collection[str],
    *,
    edge_properties: Collection[str] = (),
    source_properties: Collection[str] = (),
) -> Iterator[Link]:
    """`GraphStore.links` on any graph in the networkx store's shape, in the graph's order
    (a named query's networkx code has the graph, not the store)."""
    wanted = frozenset(edge_types)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        kind = attrs.get("type")
        if kind in wanted:
            yield Link(
                source, target, kind, key, _selected(attrs, edge_properties),
                _selected(graph.nodes[source], source_properties),
            )  # fmt: skip


def _selected(attrs: dict[str, Any], names: Collection[str] | None) -> dict[str, Any]:
    """The named properties that are present (all of them for None), `type` always."""
    if names is None:
        return dict(attrs)
    chosen = {name: attrs[name] for name in names if name in attrs}
    if "type" in attrs:
        chosen["type"] = attrs["type"]
    return chosen


def _check_neighbourhood(exists: bool, node_id: str, depth: int) -> None:
    if not exists:
        raise StoreError(f"{node_id}: no such node in the graph")
    if depth < 0:
        raise StoreError(f"depth must be 0 or more, not {depth}")


def edge_key(edge: Edge) -> str:
    """networkx key of an edge: its type and stable key, unique between two nodes."""
    return f"{edge.type.value}:{edge.key}"
