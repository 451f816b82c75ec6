"""Named queries: the questions users come for, answered the same on both stores.

`QUERIES` maps each name to its `NamedQuery`; `run_query` answers one on a networkx store or
a Neo4j store. Each query lives in its own module with its `.cypher` file beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from citegraph.graph.store import GraphStore

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


def run_query(query: NamedQuery, store: GraphStore, params: dict[str, Any]) -> list[Row]:
    """Answer `query` with bound `params` on either store: rows, best first.

    The store picks the way (`GraphStore.answer`): the networkx code on a graph in memory,
    the Cypher text on Neo4j; both give the same rows.
    """
    rows = store.answer(query, params)
    if not rows and query.empty_message:
        raise QueryError(query.empty_message.format(**params))
    return rows


__all__ = [
    "QUERIES", "NamedQuery", "Param", "QueryError", "Row", "Subject", "get_query", "run_query",
]  # fmt: skip
