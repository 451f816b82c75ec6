"""The Neo4j store: the same graph as the networkx store, in a Neo4j 5 database.

Writes are batched `UNWIND $rows ... MERGE` statements, one per label or relationship type,
with every value passed as a parameter. Every statement is one of graph/cypher.py's, by
name; labels and relationship types reach its text only through slots that take the closed
enums, so no text from a paper can reach the query text. Merging reuses
`store.merge_properties` (read the batch's existing properties, merge in Python, write
back), so re-runs, interrupted loads and differently ordered inputs converge on exactly the
graph the networkx store builds.

Papers merge by title as in the networkx store (the rule is `identity.plan_batch`): a paper
first listed by title and later given an arXiv id is moved onto the arXiv node (properties by
the shared merge rules, every relationship of every type in the closed enum re-created on
the arXiv node, then the title node deleted), and its old id is kept as a
`(:Redirect {id, to})` node. Redirect nodes carry no label of the record model, so stats,
exports and queries never see them; later papers and edges naming the old id are rewritten
through them, exactly like the networkx store's persisted `redirects` map.

Nothing happens in the constructor: `connect()` checks the URI, then opens and verifies the
connection, `ensure_schema()` creates the uniqueness constraints MERGE relies on.

Transient failures are retried, every statement as a whole transaction: deadlocks between
concurrent builds (Neo4j classes them as transient and expects clients to retry), a leader
switch, a server restarting mid-build. Each retry is one warning in the log, after an
exponential back-off, for at most `retry_seconds`; anything else is one `StoreError`. Retried
transactions are safe because every write is an idempotent merge. Concurrent writers cannot
lose each other's properties: each write locks the nodes and relationships it is about to
read-merge-write (`cypher.MERGE_NODES`, `cypher.MERGE_RELATIONSHIPS`) before reading them.
"""

from __future__ import annotations

import heapq
import logging
import random
import socket
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import networkx as nx
from neo4j import READ_ACCESS, WRITE_ACCESS, Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    DriverError,
    IncompleteCommit,
    Neo4jError,
)

from . import cypher, identity, ids
from .errors import StoreError
from .neo4j_uri import DEFAULT_BOLT_PORT, SCHEMES_HINT, check_uri
from .records import Edge, EdgeType, Node, NodeLabel
from .store import (
    DEFAULT_RETRY_SECONDS,
    AnswersOnEitherStore,
    EdgeRow,
    Link,
    NodeRow,
    Stats,
    empty_stats,
    merge_properties,
)

log = logging.getLogger(__name__)

# Rows per transaction; chosen with bench/bench_neo4j.py (see docs/neo4j.md).
DEFAULT_BATCH_SIZE = 5000
# Back-off between retries: doubling from the first delay up to the last, with jitter so
# that writers that deadlocked on each other do not collide again in step.
_FIRST_RETRY_DELAY = 0.2
_LONGEST_RETRY_DELAY = 5.0
# What a concurrent `CREATE ... IF NOT EXISTS` that lost the race is told (`_create_schema`).
_SCHEMA_ALREADY_THERE = frozenset({
    "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
    "Neo.ClientError.Schema.ConstraintAlreadyExists",
    "Neo.ClientError.Schema.IndexAlreadyExists",
})  # fmt: skip
_T = TypeVar("_T")
# The label of the nodes remembering merged-away paper ids; not a record label on purpose.
REDIRECT_LABEL = cypher.REDIRECT_LABEL


class Neo4jStore:
    """A graph store backed by a Neo4j 5 server reached over Bolt."""

    def __init__(
        self,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        retry_seconds: float = DEFAULT_RETRY_SECONDS,
    ) -> None:
        self.uri = uri
        self.database = database or None
        self.batch_size = batch_size
        self.retry_seconds = retry_seconds
        self._auth = (user, password or "") if user else None
        self._driver: Driver | None = None

    # -- connection ---------------------------------------------------------------------

    def connect(self) -> Self:
        """Check the URI, open the driver and check the server answers with these credentials.

        The URI is checked before anything is opened (`check_uri`); a port that answers HTTP
        instead of Bolt is named as such. Connecting is not retried: a server that is not
        there at the start is a mistake to report, not a hiccup to wait out.
        """
        check_uri(self.uri)
        try:
            driver = GraphDatabase.driver(self.uri, auth=self._auth)
        except (ValueError, DriverError) as error:  # what check_uri cannot see, e.g. a bad port
            raise StoreError(f"cannot connect to Neo4j at {self.uri}: {_reason(error)}") from None
        try:
            driver.verify_connectivity()
            if self.database:
                driver.execute_query(cypher.PING(), database_=self.database)
        except AuthError:
            driver.close()
            raise StoreError(
                f"cannot connect to Neo4j at {self.uri}: authentication failed "
                "(check --neo4j-user / --neo4j-password)"
            ) from None
        except (DriverError, Neo4jError, OSError) as error:
            driver.close()
            if _answers_http(self.uri, error):
                raise StoreError(
                    f"cannot connect to Neo4j at {self.uri}: this port answers HTTP (the "
                    "Neo4j Browser's port?), not Bolt; connect to the Bolt port (7687 by "
                    f"default) and {SCHEMES_HINT}"
                ) from None
            raise StoreError(f"cannot connect to Neo4j at {self.uri}: {_reason(error)}") from None
        self._driver = driver
        return self

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ensure_schema(self) -> None:
        """One uniqueness constraint per label: the index every MERGE on `id` uses.

        Plus the look-ups of the title merge: redirects by old id, papers by title key.
        """
        for label in NodeLabel:
            self._create_schema(cypher.ID_CONSTRAINT(label=label))
        self._create_schema(cypher.REDIRECT_CONSTRAINT())
        self._create_schema(cypher.TITLE_KEY_INDEX())

    def _create_schema(self, statement: str) -> None:
        """Run one `CREATE ... IF NOT EXISTS`; losing the race to create it is success.

        `IF NOT EXISTS` only covers a rule that existed when the statement started: when two
        builds start at once, the slower one's create fails with "an equivalent index already
        exists", though the schema it wanted is there.
        """
        self._run(statement, success_codes=_SCHEMA_ALREADY_THERE)

    # -- writing --------------------------------------------------------------------------

    def upsert_nodes(self, nodes: Iterable[Node]) -> None:
        for label, batch in _batches_by(nodes, lambda n: n.label, self.batch_size):
            incoming: dict[str, dict[str, Any]] = {}
            for node in batch:
                props = _stored_props(node.to_properties())
                incoming[node.id] = merge_properties(incoming.get(node.id, {}), props)
            self._write_nodes(NodeLabel(label), incoming)

    def _write_nodes(self, label: NodeLabel, incoming: dict[str, dict[str, Any]]) -> None:
        def work(tx: Any) -> None:
            batch = dict(incoming)  # a retried transaction must start from the same batch
            if label == NodeLabel.PAPER:
                _resolve_papers(tx, batch)
            # Sorted, so that concurrent writers lock shared nodes in one order (fewer
            # deadlocks to retry).
            rows = [
                {"id": node_id, "props": {**props, "id": node_id}}
                for node_id, props in sorted(batch.items())
            ]
            # One round trip (see _changed_rows): new nodes are created with exactly the
            # incoming properties; only nodes whose stored properties differ come back, read
            # under the lock taken by ON MATCH.
            record = tx.run(cypher.MERGE_NODES(label=label), rows=rows).single()
            changed = _changed_rows(rows, record)
            if changed:
                tx.run(cypher.REPLACE_NODES(label=label), rows=changed).consume()

        self._write(work)

    def upsert_edges(self, edges: Iterable[Edge]) -> None:
        def group(edge: Edge) -> tuple[str, str, str]:
            # The member itself, not `.value`: enum attribute access is slow in a per-edge loop.
            return (edge.type, ids.label_of(edge.source), ids.label_of(edge.target))

        for (edge_type, source_label, target_label), batch in _batches_by(
            edges, group, self.batch_size
        ):
            redirects = self._redirects_of({e.source for e in batch} | {e.target for e in batch})
            incoming: dict[tuple[str, str, str], dict[str, Any]] = {}
            for edge in batch:
                props = _stored_props(edge.to_properties())
                source = redirects.get(edge.source, edge.source)
                target = redirects.get(edge.target, edge.target)
                slot = (source, target, edge.key)
                incoming[slot] = merge_properties(incoming.get(slot, {}), props)
            self._write_edges(
                EdgeType(edge_type), NodeLabel(source_label), NodeLabel(target_label), incoming
            )

    def _write_edges(
        self,
        edge_type: EdgeType,
        source_label: NodeLabel,
        target_label: NodeLabel,
        incoming: dict[tuple[str, str, str], dict[str, Any]],
    ) -> None:
        # Rows name their endpoints by position in two lists of distinct ids (see
        # cypher.MERGE_RELATIONSHIPS).
        # `key` is one of the relationship's properties in Neo4j, so it travels among them.
        sources: dict[str, int] = {}
        targets: dict[str, int] = {}
        rows = [
            {
                "source": sources.setdefault(source, len(sources)),
                "target": targets.setdefault(target, len(targets)),
                "props": {**props, "key": key},
            }
            # Sorted: concurrent writers lock shared relationships in one order.
            for (source, target, key), props in sorted(incoming.items())
        ]
        slots = {"type": edge_type, "source": source_label, "target": target_label}
        parameters = {"rows": rows, "sources": list(sources), "targets": list(targets)}

        def work(tx: Any) -> None:
            # One round trip (see _changed_rows); only relationships that already existed
            # come back.
            result = tx.run(cypher.MERGE_RELATIONSHIPS(**slots), parameters)
            record = result.single()
            created = result.consume().counters.relationships_created
            if record["written"] != len(rows):
                wanted = [(i, source_label) for i in sources] + [(i, target_label) for i in targets]
                missing = _missing_endpoint(tx, wanted)
                raise StoreError(f"edge {edge_type.value} refers to unknown node {missing}")
            if created != len(rows) - record["existing"]:
                # Another transaction created some of them between the OPTIONAL MATCH and the
                # MERGE, which then matched theirs: read what every one holds now.
                record = tx.run(cypher.REREAD_RELATIONSHIPS(**slots), parameters).single()
            changed = _changed_rows(rows, record)
            if changed:
                tx.run(
                    cypher.REPLACE_RELATIONSHIPS(**slots), {**parameters, "rows": changed}
                ).consume()

        self._write(work)

    def _redirects_of(self, node_ids: set[str]) -> dict[str, str]:
        """The merged-into id of each title id in `node_ids` that was merged away."""
        wanted = identity.title_ids(node_ids)
        if not wanted:
            return {}
        return {
            record["id"]: record["to"]
            for record in self._read(cypher.REDIRECTS_OF(), ids=wanted)
        }

    def add_redirects(self, redirects: dict[str, str]) -> None:
        """Record merged-away ids (e.g. a saved graph's) so later writes naming them land."""
        rows = [{"id": old, "to": new} for old, new in sorted(redirects.items())]
        if rows:
            self._write(lambda tx: tx.run(cypher.SAVE_REDIRECTS(), rows=rows).consume())

    @property
    def redirects(self) -> dict[str, str]:
        """Merged-away paper ids and the id each lives under now."""
        return {
            record["id"]: record["to"]
            for record in self._read(cypher.ALL_REDIRECTS())
        }

    # -- reading --------------------------------------------------------------------------

    def stats(self) -> Stats:
        counts = empty_stats()
        for label in NodeLabel:
            record = self._read(cypher.COUNT_LABEL(label=label))[0]
            counts["nodes"][label.value] = record["c"]
        for edge_type in EdgeType:
            record = self._read(cypher.COUNT_TYPE(type=edge_type))[0]
            counts["edges"][edge_type.value] = record["c"]
        return counts

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as the networkx store holds it (attribute `type` = label/type),
        read in pages (`whole_graph`)."""
        return self.whole_graph()

    def query(self, cypher: str, **parameters: Any) -> list[dict[str, Any]]:
        """Run a read query (a named query's Cypher) and return its rows as dicts."""
        return [record.data() for record in self._read(cypher, **parameters)]

    def clear(self) -> None:
        """Delete every node and relationship (constraints stay)."""
        self._run(cypher.CLEAR())

    # -- plumbing -------------------------------------------------------------------------

    @property
    def driver(self) -> Driver:
        if self._driver is None:
            raise StoreError(f"Neo4j store for {self.uri} is not connected (call connect())")
        return self._driver

    def _write(self, work: Callable[[Any], None]) -> None:
        """Run `work(tx)` in one write transaction, the whole of it retried while transient.

        `work` must start from the same state on every attempt (see `_write_nodes`).
        """
        self._retrying("write", lambda: self._transaction(work, WRITE_ACCESS))

    def _read(self, cypher: str, **parameters: Any) -> list[Any]:
        return self._retrying(
            "query",
            lambda: self._transaction(lambda tx: list(tx.run(cypher, parameters)), READ_ACCESS),
        )

    def _run(self, cypher: str, success_codes: Collection[str] = ()) -> None:
        """An auto-commit statement: schema changes and bulk deletes must run in one.

        A refusal whose Neo4j code is in `success_codes` means the statement's effect is
        already there (`_create_schema`).
        """

        def attempt() -> None:
            with self.driver.session(database=self.database) as session:
                try:
                    session.run(cypher).consume()
                except Neo4jError as error:
                    if error.code not in success_codes:
                        raise

        self._retrying("query", attempt)

    def _transaction(self, work: Callable[[Any], _T], access_mode: str) -> _T:
        # An explicit transaction rather than the driver's execute_read/execute_write: those
        # retry on their own, silently and for at most 30 s; `_retrying` says what it does.
        session = self.driver.session(database=self.database, default_access_mode=access_mode)
        with session, session.begin_transaction() as tx:
            result = work(tx)
            tx.commit()
        return result

    def _retrying(self, what: str, attempt: Callable[[], _T]) -> _T:
        """`attempt()`, again after a back-off while it fails transiently, one log line each.

        Gives up with a `StoreError` on the first other error, or once the next retry would
        start more than `retry_seconds` after the first failure.
        """
        delays = _backoff()
        deadline: float | None = None
        retries = 0
        while True:
            try:
                return attempt()
            except (DriverError, Neo4jError, OSError) as error:
                if not _transient(error):
                    raise self._error(what, error) from None
                delay = next(delays)
                now = time.monotonic()
                deadline = deadline or now + self.retry_seconds
                if now + delay > deadline:
                    raise self._error(
                        what, error, f" (still failing after {retries} retries in "
                        f"{self.retry_seconds:g} s)"
                    ) from None  # fmt: skip
                retries += 1
                log.warning(
                    "Neo4j at %s: %s; retry %d in %.1f s",
                    self.uri, _short_reason(error), retries, delay,
                )  # fmt: skip
                time.sleep(delay)

    def _error(self, what: str, error: BaseException, suffix: str = "") -> StoreError:
        if isinstance(error, Neo4jError):
            return StoreError(f"Neo4j at {self.uri} refused a {what}: {_reason(error)}{suffix}")
        return StoreError(f"lost connection to Neo4j at {self.uri}: {_reason(error)}{suffix}")

    # -- reads of the store protocol (issue 16): paged by id, never one giant list ---------

    # Nodes per read page (edges: the relationships of that many source nodes); each page
    # is one short read transaction, retried on its own. Tests shrink it to cross pages.
    read_page = 5000

    def nodes(
        self, label: str | None = None, properties: Collection[str] | None = None
    ) -> Iterator[NodeRow]:
        labels = list(NodeLabel) if label is None else _known_labels([label])
        keys = None if properties is None else sorted(set(properties) - {"id", "type"})
        pages = [self._paged_nodes(each, keys) for each in labels]
        return heapq.merge(*pages, key=lambda row: row[0])

    def edges(self, edge_type: str | None = None) -> Iterator[EdgeRow]:
        types = list(EdgeType) if edge_type is None else _known_types([edge_type])
        for link in self._paged_links(types, None, []):
            yield link.source, link.target, link.key, link.edge

    def node(self, node_id: str) -> dict[str, Any] | None:
        found = self._nodes_by_id([node_id])
        return found[0][1] if found else None

    def neighbourhood(self, node_id: str, depth: int = 1) -> nx.MultiDiGraph:
        if self.node(node_id) is None:
            raise StoreError(f"{node_id}: no such node in the graph")
        if depth < 0:
            raise StoreError(f"depth must be 0 or more, not {depth}")
        reached = {node_id}
        frontier = [node_id]
        for _ in range(depth):
            frontier = sorted(
                {row["other"] for row in self._by_label(cypher.READ_ADJACENT, frontier)}
                - reached
            )
            reached.update(frontier)
        edges = self._by_label(cypher.READ_EDGES_AMONG, sorted(reached), among=sorted(reached))
        return self._subgraph(sorted(reached), edges)

    def reachable(self, node_id: str, edge_types: Collection[str]) -> nx.MultiDiGraph:
        if self.node(node_id) is None:
            raise StoreError(f"{node_id}: no such node in the graph")
        types = _known_types(edge_types)
        on_paths = {node_id}
        edges: list[dict[str, Any]] = []
        for step in (cypher.READ_STEP_OUT, cypher.READ_STEP_IN):
            seen, frontier = {node_id}, [node_id]
            while frontier and types:
                rows = self._by_label(step, frontier, slots={"types": types})
                edges.extend(rows)
                frontier = sorted({row["other"] for row in rows} - seen)
                seen.update(frontier)
            on_paths |= seen
        return self._subgraph(sorted(on_paths), edges)

    def links(
        self,
        edge_types: Collection[str],
        *,
        edge_properties: Collection[str] = (),
        source_properties: Collection[str] = (),
    ) -> Iterator[Link]:
        return self._paged_links(
            _known_types(edge_types), sorted(set(edge_properties) - {"type", "key"}),
            sorted(set(source_properties) - {"type"}),
        )  # fmt: skip

    def whole_graph(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        graph.graph["redirects"] = self.redirects
        graph.add_nodes_from(self.nodes())
        graph.add_edges_from(self.edges())
        return graph

    def canonical_id(self, node_id: str) -> str:
        return self._redirects_of({node_id}).get(node_id, node_id)

    def answer(self, query: AnswersOnEitherStore, params: dict[str, Any]) -> list[dict[str, Any]]:
        return query.answer_cypher(self, params)

    def _paged_nodes(self, label: NodeLabel, keys: list[str] | None) -> Iterator[NodeRow]:
        """One label's nodes in id order, a page per read (keyset paging on the id index)."""
        statement = (cypher.READ_NODES if keys is None else cypher.READ_NODE_FIELDS)(label=label)
        after = ""
        while True:
            page = self._read(statement, after=after, page=self.read_page, keys=keys or [])
            for record in page:
                if keys is None:
                    yield record["id"], {**record["props"], "type": label.value}
                else:
                    chosen = _present(keys, record["values"])
                    yield record["id"], {"id": record["id"], **chosen, "type": label.value}
            if len(page) < self.read_page:
                return
            after = page[-1]["id"]

    def _paged_links(
        self, types: list[EdgeType], edge_keys: list[str] | None, source_keys: list[str]
    ) -> Iterator[Link]:
        """Relationships of `types` in (source, target, key) order: per source label, the
        relationships of a page of source nodes at a time. Labels no relationship of these
        types starts from are skipped on Neo4j's count store, without reading a node."""
        if not types:
            return iter(())
        starts = [
            label for label in NodeLabel
            if any(self._read(cypher.COUNT_OUT(label=label, type=t))[0]["c"] for t in types)
        ]  # fmt: skip
        out_edges = cypher.READ_OUT_EDGES if edge_keys is None else cypher.READ_OUT_EDGE_FIELDS
        pages = [
            self._paged_links_from(
                label, out_edges(label=label, types=types), edge_keys, source_keys
            )
            for label in starts
        ]  # fmt: skip
        return heapq.merge(*pages, key=lambda link: link.source)

    def _paged_links_from(
        self, label: NodeLabel, statement: str, edge_keys: list[str] | None, source_keys: list[str]
    ) -> Iterator[Link]:
        after = ""
        while True:
            page = self._read(
                statement, after=after, page=self.read_page, edge_keys=edge_keys or [],
                source_keys=source_keys,
            )  # fmt: skip
            for record in page:
                if record["target"] is None:  # a source node of the page without any
                    continue
                kind = record["type"]
                if edge_keys is None:
                    edge = {k: v for k, v in record["edge"].items() if k != "key"}
                else:
                    edge = _present(edge_keys, record["edge"])
                yield Link(
                    record["source"], record["target"], kind, f"{kind}:{record['key'] or ''}",
                    {**edge, "type": kind},
                    {**_present(source_keys, record["node"]), "type": label.value},
                )  # fmt: skip
            if not page or page[0]["size"] < self.read_page:
                return
            after = page[0]["last"]

    def _by_label(
        self,
        statement: cypher.Statement,
        node_ids: list[str],
        slots: dict[str, Any] | None = None,
        **parameters: Any,
    ) -> list[Any]:
        """`statement` run for the ids of each label (its `{label}` slot: the label picks
        the id index), with its other `slots`, in chunks of a page; ids of no record label
        name no node and are skipped."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for node_id in node_ids:
            try:
                grouped[ids.label_of(node_id)].append(node_id)
            except ValueError:
                continue
        rows: list[Any] = []
        for label, wanted in sorted(grouped.items()):
            text = statement(label=NodeLabel(label), **(slots or {}))
            for at in range(0, len(wanted), self.read_page):
                chunk = wanted[at : at + self.read_page]
                rows.extend(self._read(text, ids=chunk, **parameters))
        return rows

    def _nodes_by_id(self, node_ids: list[str]) -> list[NodeRow]:
        return sorted(
            (row["id"], {**row["props"], "type": row["label"]})
            for row in self._by_label(cypher.READ_NODES_BY_ID, node_ids)
        )

    def _subgraph(self, node_ids: list[str], edges: list[Any]) -> nx.MultiDiGraph:
        """A part of the graph in the order a saved graph file holds it: nodes by id, edges
        by (source, target, key), so it equals the networkx store's cut of a saved graph."""
        part = nx.MultiDiGraph()
        part.add_nodes_from(self._nodes_by_id(node_ids))
        by_slot = {}
        for row in edges:
            props = dict(row["props"])
            key = f"{row['type']}:{props.pop('key', '')}"
            by_slot[(row["source"], row["target"], key)] = {**props, "type": row["type"]}
        part.add_edges_from((s, t, k, props) for (s, t, k), props in sorted(by_slot.items()))
        return part


def _known_labels(labels: Iterable[str]) -> list[NodeLabel]:
    """The record labels among `labels` (any other names no node), in enum order."""
    wanted = set(labels)
    return [label for label in NodeLabel if label.value in wanted]


def _known_types(edge_types: Iterable[str]) -> list[EdgeType]:
    """The relationship types among `edge_types` (any other names no edge), in enum order."""
    wanted = set(edge_types)
    return [edge_type for edge_type in EdgeType if edge_type.value in wanted]


def _present(keys: list[str], values: list[Any]) -> dict[str, Any]:
    """The properties read as `[k IN $keys | x[k]]`, without the absent (null) ones."""
    return {key: value for key, value in zip(keys, values, strict=True) if value is not None}


def _changed_rows(rows: list[dict[str, Any]], record: Any) -> list[dict[str, Any]]:
    """The rows to write back: stored and incoming properties merged in Python.

    Why this keeps the old read-merge-write semantics: a MERGE that creates stores exactly
    the incoming properties, which is merge_properties({}, incoming) because incoming was
    already merged once per batch. Rows that exist return their stored properties (read in
    the same transaction as the write-back, like the separate read this replaces), and
    skipping the exact matches is safe because merge_properties(p, p) == p for the
    normalised dicts stores hold. Everything else is merged here exactly as before.

    Why bother: bench/bench_neo4j.py showed the separate read query (every row's stored
    properties shipped to Python and back) costing about as much as the write. Now a first
    load is one query per batch and a re-run of the same input writes nothing.
    """
    changed = record["changed"] if record else []
    return [
        {**rows[i], "props": merge_properties(stored, rows[i]["props"])} for i, stored in changed
    ]


def _stored_props(props: dict[str, Any]) -> dict[str, Any]:
    """`props` without `type` (in place: a fresh dict from to_properties).

    `type` is the label or relationship type; Neo4j keeps it as that, not as a property.
    """
    props.pop("type", None)
    return props


def _batches_by(items: Iterable[Any], key: Any, size: int) -> Iterator[tuple[str, list[Any]]]:
    """Batches of at most `size` items sharing a key, streaming in input order per key."""
    pending: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        group = key(item)
        pending[group].append(item)
        if len(pending[group]) >= size:
            yield group, pending.pop(group)
    for group, batch in pending.items():
        if batch:
            yield group, batch


def _resolve_papers(tx: Any, incoming: dict[str, dict[str, Any]]) -> None:
    """Apply the title merge to a batch of papers, in place, inside the write transaction.

    The decision is `identity.plan_batch`'s, the rule the networkx store applies record by
    record; here are only its reads (the batch's redirects, the stored papers of its title
    keys) and writes (stored title nodes moved onto their arXiv node, new redirects).
    `incoming` maps ids to properties and ends up keyed by the final ids.
    """
    redirectable, keys = identity.batch_lookups(incoming)
    redirects = {r["id"]: r["to"] for r in tx.run(cypher.REDIRECTS_OF(), ids=redirectable)}
    stored = [
        identity.StoredPaper(r["id"], r["title_key"], r["props"])
        for r in tx.run(cypher.PAPERS_BY_TITLE_KEY(), keys=keys)
    ]
    plan = identity.plan_batch(incoming, stored, redirects, merge_properties)
    incoming.clear()
    incoming.update(plan.papers)
    if plan.absorbed:
        # The arXiv node must exist before relationships move onto it; the caller's write
        # then sets its final properties.
        tx.run(cypher.ENSURE_ABSORBING_PAPERS(), pairs=plan.absorbed).consume()
        for edge_type in EdgeType:
            _move_relationships(tx, edge_type, plan.absorbed, outgoing=True)
            _move_relationships(tx, edge_type, plan.absorbed, outgoing=False)
        tx.run(cypher.DELETE_ABSORBED(), pairs=plan.absorbed).consume()
    if plan.new_redirects:
        tx.run(
            cypher.SAVE_REDIRECTS(),
            rows=[{"id": old, "to": new} for old, new in sorted(plan.new_redirects.items())],
        ).consume()


def _move_relationships(
    tx: Any, edge_type: EdgeType, pairs: list[dict[str, str]], *, outgoing: bool
) -> None:
    """Re-create one type's relationships of each old paper on its new one, merging.

    Read, merge in Python with the shared rules (the new node may already hold the same
    relationship), write back: the same read-merge-write as every other write here.
    """
    read, write = (
        (cypher.OUTGOING_TO_MOVE, cypher.MOVE_OUTGOING)
        if outgoing
        else (cypher.INCOMING_TO_MOVE, cypher.MOVE_INCOMING)
    )
    rows = [
        {
            "new": record["new"],
            "other": record["other"],
            "key": record["key"],
            "props": {
                **merge_properties(
                    {k: v for k, v in (record["existing"] or {}).items() if k != "key"},
                    {k: v for k, v in record["moved"].items() if k != "key"},
                ),
                "key": record["key"],
            },
        }
        for record in tx.run(read(type=edge_type), pairs=pairs)
    ]
    if not rows:
        return
    tx.run(write(type=edge_type), rows=rows).consume()


def _missing_endpoint(tx: Any, wanted: list[tuple[str, NodeLabel]]) -> str:
    """The first of the (id, label) endpoints that has no node."""
    for node_id, label in sorted(wanted):
        found = tx.run(cypher.COUNT_NODE(label=label), id=node_id).single()
        if not found or found["c"] == 0:
            return node_id
    return "?"


def _reason(error: BaseException) -> str:
    # The server's own message for a Neo4jError; for anything else, str(). Driver errors
    # have a `message` too, but in driver 5.x it is a GQL status preview that warns on access.
    message = error.message if isinstance(error, Neo4jError) else None
    text = message or str(error) or type(error).__name__
    return " ".join(text.split())


def _short_reason(error: BaseException) -> str:
    """For a retry's log line: Neo4j's error code, or the driver's first sentence."""
    code = getattr(error, "code", None)
    if isinstance(code, str) and code.startswith("Neo."):
        return code
    reason = _reason(error)
    return reason if len(reason) <= 120 else reason[:119] + "…"


def _transient(error: BaseException) -> bool:
    """Worth retrying: a failure that says nothing about the statement itself.

    The driver's own classification (deadlocks, leader switches, an unavailable or
    restarting server, a lost connection), plus a commit whose outcome is unknown
    (IncompleteCommit): the driver will not guess, but our writes are idempotent merges, so
    running one again is right whether or not it had committed.
    """
    if isinstance(error, IncompleteCommit | ConnectionError):
        return True
    is_retryable = getattr(error, "is_retryable", None)
    return bool(is_retryable and is_retryable())


def _backoff() -> Iterator[float]:
    delay = _FIRST_RETRY_DELAY
    while True:
        yield delay * random.uniform(0.8, 1.2)
        delay = min(delay * 2, _LONGEST_RETRY_DELAY)


def _answers_http(uri: str, error: BaseException) -> bool:
    """Whether the server behind a failed Bolt connection is a web server.

    The driver says so itself when an HTTP server answers its Bolt handshake (Neo4j's own
    HTTP port does); otherwise one plain HTTP request is sent to the same address, on a
    short timeout, and the first bytes of the answer tell.
    """
    if "looks like HTTP" in _reason(error):
        return True
    try:
        parts = urlsplit(uri)
        host, port = parts.hostname, parts.port or DEFAULT_BOLT_PORT
    except ValueError:
        return False
    if not host:
        return False
    try:
        with socket.create_connection((host, port), timeout=2) as probe:
            probe.settimeout(2)
            probe.sendall(f"HEAD / HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())
            return probe.recv(5) == b"HTTP/"
    except OSError:
        return False
