"""Named queries: the questions users come for, answered the same on both stores.

`QUERIES` maps each name to its `NamedQuery`; `run_query` answers one on a networkx store or
a Neo4j store. Each query lives in its own module with its `.cypher` file beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citegraph.graph import cypher
from citegraph.graph.memory_store import NetworkxStore

if TYPE_CHECKING:  # the Neo4j driver is imported only where a Neo4j store is opened
    from citegraph.graph.neo4j_store import Neo4jStore

from . import (
    builds_on,
    co_mentioned,
    lineage,
    path,
    shared_base_model,
    similar_papers,
    top_entities,
)
from .base import NamedQuery, Param, QueryError, Row, Subject

QUERIES: dict[str, NamedQuery] = {
    module.QUERY.name: module.QUERY
    for module in (shared_base_model, lineage, builds_on, co_mentioned, top_entities,
                   similar_papers, path)
}  # fmt: skip


def get_query(name: str) -> NamedQuery:
    """The named query, or a QueryError listing the valid names."""
    try:
        return QUERIES[name]
    except KeyError:
        raise QueryError(f"unknown query {name!r}; choose one of: {', '.join(QUERIES)}") from None


def run_query(
    query: NamedQuery, store: NetworkxStore | Neo4jStore, params: dict[str, Any]
) -> list[Row]:
    """Answer `query` with bound `params` on either store: rows, best first."""
    if not isinstance(store, NetworkxStore):
        for param in query.params:
            if param.refers_to and params.get(param.name) is not None:
                _check_exists(store, param, params[param.name])
        rows = store.query(query.cypher, **params)
        if query.post_process is not None:
            rows = query.post_process(store.to_networkx(), rows, params)
    else:
        rows = query.run_networkx(store.graph, params)
    if not rows and query.empty_message:
        raise QueryError(query.empty_message.format(**params))
    return rows


def _check_exists(store: Neo4jStore, param: Param, value: str) -> None:
    """Fail like the networkx side does when a parameter names no node."""
    found = store.query(cypher.NAMED_NODE_EXISTS(labels=param.refers_to), value=value)
    if not found or found[0]["found"] == 0:
        from .lookup import did_you_mean, neo4j_entries  # only a failed look-up needs it

        hint = did_you_mean(value, neo4j_entries(store, param.refers_to))
        raise QueryError(f"no {param.what} called {value!r} in the graph{hint}")


__all__ = [
    "QUERIES", "NamedQuery", "Param", "QueryError", "Row", "Subject", "get_query", "run_query",
]  # fmt: skip
