"""Where a graph lives: a node-link JSON file (the embedded default) or a Neo4j database.

Every command that reads or writes a graph takes one of these, so `--graph FILE` and the
`--neo4j-*` options mean the same thing everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citegraph.graph.neo4j_uri import check_uri
from citegraph.graph.store import DEFAULT_RETRY_SECONDS

if TYPE_CHECKING:
    from citegraph.graph.memory_store import NetworkxStore
    from citegraph.graph.neo4j_store import Neo4jStore
    from citegraph.graph.store import GraphStore


@dataclass(frozen=True)
class Neo4jSettings:
    """How to reach a Neo4j database; nothing is opened until `open()`."""

    uri: str
    user: str | None = None
    password: str | None = None
    database: str | None = None
    # How long transient failures (deadlocks, a restarting server) are retried.
    retry_seconds: float = DEFAULT_RETRY_SECONDS

    def open(self) -> Neo4jStore:
        """A connected store with the uniqueness constraints in place."""
        # The Neo4j driver is imported only by commands that reach a Neo4j server: it is
        # the largest import of all (a quarter to half a second), so an unusable URI is
        # refused before it.
        check_uri(self.uri)
        from citegraph.graph.neo4j_store import Neo4jStore

        store = Neo4jStore(
            self.uri, user=self.user, password=self.password, database=self.database,
            retry_seconds=self.retry_seconds,
        ).connect()  # fmt: skip
        try:
            store.ensure_schema()
        except BaseException:
            store.close()
            raise
        return store

    def __str__(self) -> str:
        return f"{self.uri} (database {self.database})" if self.database else self.uri


GraphSource = str | os.PathLike[str] | Neo4jSettings


def describe(source: GraphSource) -> str:
    """A short name for messages and view titles."""
    return str(source) if isinstance(source, Neo4jSettings) else Path(source).name


@contextmanager
def open_store(source: GraphSource) -> Iterator[GraphStore]:
    """The store a source names, opened for reading (closed again after, for Neo4j).

    The one place that knows which store a source is: everything after it reads through
    the store protocol (`graph.store.GraphStore`). A missing graph file is an error here,
    not an empty graph: a typo in `--graph` must not read as one.
    """
    if isinstance(source, Neo4jSettings):
        with source.open() as store:
            yield store
        return
    from citegraph.graph.memory_store import NetworkxStore  # networkx: only when reading

    yield NetworkxStore(source).open(create=False)


def read_graph(source: GraphSource) -> NetworkxStore:
    """The whole graph in memory, as a networkx store, from a file or from Neo4j (read in
    pages there, see `GraphStore.whole_graph`)."""
    from citegraph.graph.memory_store import NetworkxStore

    with open_store(source) as store:
        return NetworkxStore.from_graph(store.whole_graph())


__all__ = ["GraphSource", "Neo4jSettings", "describe", "open_store", "read_graph"]
