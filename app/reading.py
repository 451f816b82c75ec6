"""Reading a stored graph (a file or Neo4j): counts, named queries and `show` cards.

Apart from `pipeline` because these need neither the loaders nor the linker and its
catalog: `citegraph stats` and `query` import only networkx and the queries (and the Neo4j
driver only for a Neo4j URI), which is what lets them start in a fraction of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citegraph.defaults import DEFAULT_GRAPH
from citegraph.graph.store import Stats
from citegraph.sources import GraphSource, open_store

if TYPE_CHECKING:
    from citegraph.queries import NamedQuery, Row
    from citegraph.queries.show import Shown


def stats(source: GraphSource = DEFAULT_GRAPH) -> Stats:
    """Node counts by label and edge counts by type of a saved graph or a Neo4j database."""
    with open_store(source) as store:
        return store.stats()


def query(
    name: str, source: GraphSource, given: dict[str, str], limit: int | None = None
) -> tuple[NamedQuery, list[Row]]:
    """Run a named query on a graph file or Neo4j; unknown names and parameters raise."""
    from citegraph.queries import get_query, run_query  # `stats` needs no query

    named = get_query(name)
    params = named.bind(given)
    with open_store(source) as store:
        rows = run_query(named, store, params)
    return named, rows[:limit] if limit is not None else rows


def show(source: GraphSource, text: str) -> Shown:
    """The card of the paper or entity `text` names in a graph file or Neo4j, or the
    nodes it could mean (see `citegraph.queries.show`)."""
    from citegraph.queries.show import show as show_node

    with open_store(source) as store:
        return show_node(store, text)
