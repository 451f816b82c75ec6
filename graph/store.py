"""The store protocol both graph stores implement, and the merge rules they share.

A store is opened explicitly (no I/O in constructors), receives records, and merges them by
id: writing the same records twice leaves the store as it was. The merge rules live here, in
one place, so that the networkx and Neo4j stores cannot disagree about what a re-run means.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from .vocabulary import EdgeType, NodeLabel

if TYPE_CHECKING:  # the record models are only named here; readers of a saved graph need none
    import networkx as nx

    from .records import Edge, Node

Stats = dict[str, dict[str, int]]

# How long a store retries transient failures (Neo4j: deadlocks, a restarting server): long
# enough for a server restart (a packaged Neo4j 5 is back within a minute), short enough that
# a server gone for good is reported. Here, not in the Neo4j store, because the CLI shows it
# in `--help`, which must not import the Neo4j driver.
DEFAULT_RETRY_SECONDS = 120.0

# Properties where a later, larger value is better information (an abstract cut short by one
# page is complete on another; upvotes and likes only grow). Hub `downloads` is a 30-day
# window, so no value is "right"; the largest is kept so that input order cannot matter.
_KEEP_LONGEST = frozenset({"abstract"})
_KEEP_MAX = frozenset({"upvotes", "likes", "downloads"})
# Properties that accumulate over every listing.
_UNION = frozenset({"sources", "aliases"})
_FEW_NEW = 8  # up to this many incoming items are inserted into a sorted list one by one


def merge_properties(existing: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """Merge two property dicts of the same node, independent of arrival order.

    Order independence is what makes re-runs and differently ordered inputs converge on one
    graph: empty values never overwrite, lists are unioned and sorted, the longest abstract
    and the largest upvote count win, and any other differing property takes the smaller
    value.
    """
    merged = dict(existing)
    for name, new in incoming.items():
        old = merged.get(name)
        if new is None or new == "" or new == []:
            continue
        if old is None or old == "" or old == []:
            merged[name] = sorted(set(new)) if name in _UNION else new
        elif name in _UNION:
            merged[name] = _union(old, new)
        elif name in _KEEP_LONGEST:
            merged[name] = max(old, new, key=lambda text: (len(text), text))
        elif name in _KEEP_MAX:
            merged[name] = max(old, new)
        elif old != new and name != "id":
            # Same-typed values compare naturally (as Cypher would); mixed ones by their text.
            same_type = type(old) is type(new)
            merged[name] = min(old, new) if same_type else min(old, new, key=repr)
    return merged


def _union(old: list[Any], new: list[Any]) -> list[Any]:
    """`sorted(set(old) | set(new))`, without re-sorting `old` when it is already sorted.

    Stored lists always are (every merge sorts them), and the incoming list is usually one
    `file:line`. Re-sorting made an entity named by k papers (a popular repository keeps every
    source that named it) cost O(k^2) hashing and sorting over a build: 18% more time per
    paper at 1M papers than at 100k. Checking the order is a C-level pass, and the few new
    items go in by binary search.
    """
    if len(new) > _FEW_NEW or not all(map(operator.lt, old, islice(old, 1, None))):
        return sorted(set(old) | set(new))
    merged = list(old)
    for item in new:
        at = bisect_left(merged, item)
        if at == len(merged) or merged[at] != item:
            merged.insert(at, item)
    return merged


def empty_stats() -> Stats:
    """Stats with every label and relationship type present, so both stores print one shape."""
    return {
        "nodes": {label.value: 0 for label in NodeLabel},
        "edges": {edge_type.value: 0 for edge_type in EdgeType},
    }


class GraphStore(Protocol):
    """What the pipeline, queries and exports need from a store."""

    def upsert_nodes(self, nodes: Iterable[Node]) -> None:
        """Create or merge nodes by id."""

    def upsert_edges(self, edges: Iterable[Edge]) -> None:
        """Create or merge edges by (source, target, type, key); endpoints must exist."""

    def stats(self) -> Stats:
        """Node counts by label and edge counts by type."""

    # -- reads: what queries, exports and analytics need (issue 16) --------------------------
    # In the networkx store's shape, so readers are written once for both stores: node
    # properties include `type` (the label), and `id` in the rows of `nodes` and `node`;
    # edge properties include `type` (the relationship type) but not the edge's key, which
    # is the networkx key `TYPE:key`. Order: Neo4j's reads come by id (edges by source,
    # target, key), the order a saved graph file is read back in; the networkx store's in
    # its graph's order, which is that order for a graph read from its file.

    def nodes(
        self, label: str | None = None, properties: Collection[str] | None = None
    ) -> Iterator[NodeRow]:
        """`(id, properties)` of the nodes with one label (every node without one).

        `properties` names the ones wanted (`id` and `type` always come): a look-up by
        name needs names, not every abstract. Streamed: Neo4j reads in pages, by id.
        """

    def edges(self, edge_type: str | None = None) -> Iterator[EdgeRow]:
        """`(source, target, key, properties)` of the edges of one type (all without one).

        Streamed like `nodes` (Neo4j: the relationships of a page of source nodes at once).
        """

    def node(self, node_id: str) -> dict[str, Any] | None:
        """The properties of one node, None when there is none with this id."""

    def neighbourhood(self, node_id: str, depth: int = 1) -> nx.MultiDiGraph:
        """The nodes within `depth` hops of `node_id` (either direction) and the edges
        between them, as `exports.subgraph.focus` cuts them from the whole graph."""

    def reachable(self, node_id: str, edge_types: Collection[str]) -> nx.MultiDiGraph:
        """Every path over `edge_types` leading from `node_id` or to it (never mixing the
        directions), with its nodes: a model's whole lineage, up and down."""

    def links(
        self,
        edge_types: Collection[str],
        *,
        edge_properties: Collection[str] = (),
        source_properties: Collection[str] = (),
    ) -> Iterator[Link]:
        """A projection of the graph: the edges of `edge_types` with only the named
        properties of each edge and of its source node (PageRank on Neo4j reads this, not
        the whole graph). Streamed like `edges`."""

    def whole_graph(self) -> nx.MultiDiGraph:
        """The whole graph in memory, in the networkx store's shape (the file store's own
        graph, not a copy; Neo4j's read in pages), for exports and analytics."""

    def canonical_id(self, node_id: str) -> str:
        """The id a node lives under now (a title id may have been merged into an arXiv id)."""

    def answer(self, query: AnswersOnEitherStore, params: dict[str, Any]) -> list[dict[str, Any]]:
        """A named query's rows, found the store's own way: its networkx code on the graph
        in memory, its Cypher on a server. The query knows both ways; the store picks."""


NodeRow = tuple[str, dict[str, Any]]
EdgeRow = tuple[str, str, str, dict[str, Any]]


class Link(NamedTuple):
    """One edge of a projection (`GraphStore.links`): endpoints, type, the networkx key
    (`TYPE:key`), and the requested properties of the edge and of its source node (absent
    ones left out; `type` always in both)."""

    source: str
    target: str
    type: str
    key: str
    edge: dict[str, Any]
    source_node: dict[str, Any]


class AnswersOnEitherStore(Protocol):
    """What a store needs of a named query to answer it (`queries.NamedQuery` is one)."""

    def answer_networkx(self, graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Any]:
        """The rows from the networkx implementation."""

    def answer_cypher(self, store: Any, params: dict[str, Any]) -> list[Any]:
        """The rows from the Cypher text, run by `store.query`."""
