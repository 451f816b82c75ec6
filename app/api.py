"""citegraph from Python and notebooks: `citegraph.open(...)` and the object it returns.

    import citegraph
    g = citegraph.open("graph.json")                   # or "bolt://localhost:7687"
    g.query("builds-on", model="T5", limit=5)          # rows, as `citegraph query --json`
    g.query("lineage", model="Flan-T5").to_pandas()    # a DataFrame (needs pandas)
    g.show("builds-on", model="T5")                    # an HTML view, inline in Jupyter
    g.analytics.pagerank("Model", limit=10)
    g.networkx()                                       # the networkx MultiDiGraph

Everything here is a call the CLI also makes (named queries, the HTML export, the analytics
helpers), so a notebook and `citegraph query ...` give the same answers. Nothing heavy is
imported before it is used: the HTML view pulls in pyvis only in `show()`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from citegraph.graph import ids
from citegraph.graph.errors import CitegraphError
from citegraph.rows import NotInstalledError, Rows
from citegraph.sources import GraphSource, Neo4jSettings, describe, open_store, read_graph

if TYPE_CHECKING:
    import networkx as nx
    import pandas

    from citegraph.graph.memory_store import NetworkxStore
    from citegraph.graph.store import GraphStore
    from citegraph.views import GraphView

# The CLI's default (`pipeline.DEFAULT_GRAPH`, equal by test): not imported from there,
# because the pipeline brings the linker and loaders that reading a graph never needs.
DEFAULT_GRAPH = "graph.json"


def open(  # shadows the builtin on purpose: `citegraph.open(...)`
    source: str | os.PathLike[str] | Neo4jSettings | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    retry_seconds: float | None = None,
) -> OpenGraph:
    """The graph in a file (`graph.json`) or a Neo4j database (`bolt://host:7687`).

    A source with `://` is a Neo4j URI; the connection options default to the same
    environment variables as the CLI's `--neo4j-*` options (`NEO4J_USERNAME`,
    `NEO4J_PASSWORD`, `NEO4J_DATABASE`), the user to `neo4j` when only a password is given.
    With no source, `NEO4J_URI` is used when set, else `graph.json`, as the CLI does.

    The graph is reached once here so that a missing file or an unreachable server fails
    now, with the same one-line `CitegraphError` the CLI shows, not at the first query.
    """
    if source is None:
        source = os.environ.get("NEO4J_URI") or DEFAULT_GRAPH
    if isinstance(source, str) and "://" in source:
        source = _neo4j_settings(source, user, password, database, retry_seconds)
    elif not isinstance(source, Neo4jSettings) and (user or password or database):
        raise CitegraphError(f"{source}: user, password and database are for a Neo4j URI")
    graph = OpenGraph(source)
    graph.check()
    return graph


def _neo4j_settings(
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None,
    retry_seconds: float | None,
) -> Neo4jSettings:
    """The CLI's rules: explicit options, else the NEO4J_* variables; user `neo4j` when a
    password alone is given."""
    user = user or os.environ.get("NEO4J_USERNAME")
    password = password or os.environ.get("NEO4J_PASSWORD")
    database = database or os.environ.get("NEO4J_DATABASE")
    if password and not user:
        user = "neo4j"
    retry = {} if retry_seconds is None else {"retry_seconds": retry_seconds}
    return Neo4jSettings(uri=uri, user=user, password=password, database=database, **retry)


class OpenGraph:
    """One graph, file or Neo4j, with the questions and views the CLI offers.

    A file is read on first use and again only when it changes on disk (a `citegraph build`
    ran meanwhile). On Neo4j, `query()` runs the shipped Cypher on the server every time,
    and `analytics.pagerank()` reads the links it ranks (not the whole graph) every time;
    `networkx()`, `show()` and the other analytics work on a copy pulled once (`refresh()`
    pulls again).
    """

    def __init__(self, source: GraphSource) -> None:
        self.source = source
        self._store: NetworkxStore | None = None
        self._read_stamp: tuple[int, int, int] | None = None

    def __repr__(self) -> str:
        return f"citegraph.open({str(self.source)!r})"

    @property
    def name(self) -> str:
        """The file's name or the server's URI, as view titles show it."""
        return describe(self.source)

    def check(self) -> None:
        """Reach the graph: read the file, or connect to Neo4j (and close again)."""
        with self._reading():
            pass

    def stats(self) -> dict[str, dict[str, int]]:
        """Nodes by label and edges by type, as `citegraph stats --json`."""
        with self._reading() as store:
            return store.stats()

    @overload
    def query(
        self,
        name: str,
        /,
        *,
        limit: int | None = ...,
        as_frame: Literal[False] = ...,
        **params: Any,
    ) -> Rows: ...

    @overload
    def query(
        self, name: str, /, *, limit: int | None = ..., as_frame: Literal[True], **params: Any
    ) -> pandas.DataFrame: ...

    def query(
        self, name: str, /, *, limit: int | None = None, as_frame: bool = False, **params: Any
    ) -> Rows | pandas.DataFrame:
        """The rows of a named query, exactly as `citegraph query NAME --json` prints them.

        `name` is a query's name (`builds-on`; `builds_on` works too) and `params` its
        parameters as Python values (`model="T5"`, `exact=True`, `min_confidence=0.7`);
        a parameter given as None is left out. Returns `Rows` (a list of dicts), or a pandas
        DataFrame with `as_frame=True`.
        """
        from citegraph.queries import QUERIES, get_query, run_query

        name = name if name in QUERIES else name.replace("_", "-")
        named = get_query(name)
        given = {key: _as_text(value) for key, value in params.items() if value is not None}
        params_bound = named.bind(given)
        with self._reading() as store:
            answer = run_query(named, store, params_bound)
        answer = answer[:limit] if limit is not None else answer
        rows = Rows(answer, query=name, params=given)
        return rows.to_pandas() if as_frame else rows

    def networkx(self) -> nx.MultiDiGraph:
        """The graph as a networkx MultiDiGraph: node and edge attribute `type` is the label
        or relationship type. The same object until the graph is read again; copy it
        before changing it, or later queries see the change."""
        return self._memory().graph

    def show(
        self,
        what: str | Rows | None = None,
        /,
        *,
        focus: str | None = None,
        depth: int = 1,
        max_nodes: int | None = None,
        height: int = 600,
        **params: Any,
    ) -> GraphView:
        """An interactive HTML view, shown inline by Jupyter; `.save(path)` writes it.

        `what` is a query name (with its `params`) or the `Rows` a query returned: the
        view is the query's whole answer, as `citegraph export html --query` draws it (a
        `limit` only cut the rows). Without it the view is the whole graph, or `focus`'s
        neighbourhood within `depth` hops; `max_nodes` keeps the best-connected part.
        """
        from citegraph import exporting
        from citegraph.exports import html
        from citegraph.views import GraphView

        query: str | None = None
        given = {key: _as_text(value) for key, value in params.items() if value is not None}
        if isinstance(what, Rows):
            if what.query is None:
                raise CitegraphError("these rows do not say which query made them")
            query, given = what.query, {**what.params, **given}
        elif what is not None:
            from citegraph.queries import QUERIES

            query = what if what in QUERIES else what.replace("_", "-")
        elif given:
            raise CitegraphError(f"parameters {', '.join(sorted(given))} need a query to show")
        selection = exporting.select_from(
            self._memory(), self.name, focus=focus, depth=depth, max_nodes=max_nodes,
            query=query, params=given,
        )  # fmt: skip
        note = exporting.describe_dropped(selection, max_nodes)
        view = html.render_html(
            selection.graph, title=selection.title, note=note,
            highlight=selection.subject.nodes, centre=selection.subject.centre,
        )  # fmt: skip
        return GraphView(
            html=view.html, title=selection.title, nodes=view.nodes, edges=view.edges,
            note=note, height=height,
        )  # fmt: skip

    @property
    def analytics(self) -> Analytics:
        """PageRank, communities and similar papers on this graph."""
        return Analytics(self)

    def refresh(self) -> None:
        """Forget the graph read so far: the next call reads the file or pulls Neo4j again."""
        self._store = None
        self._read_stamp = None

    @contextmanager
    def _reading(self) -> Iterator[GraphStore]:
        """The store questions go to. On Neo4j a connection per call, as each CLI command
        makes: nothing to close, and a restarted server is simply reached again. A file is
        the graph in memory (`_memory`), read again only when the file changed."""
        if isinstance(self.source, Neo4jSettings):
            with open_store(self.source) as store:
                yield store
        else:
            yield self._memory()

    def _memory(self) -> NetworkxStore:
        """The graph in memory, read again when the file changed since the last read."""
        if isinstance(self.source, Neo4jSettings):
            if self._store is None:
                self._store = read_graph(self.source)
            return self._store
        stamp = _file_stamp(self.source)
        if self._store is None or stamp != self._read_stamp:
            self._store = read_graph(self.source)
            self._read_stamp = stamp
        return self._store


class Analytics:
    """The `citegraph.analytics` helpers on one open graph, answering in rows."""

    def __init__(self, graph: OpenGraph) -> None:
        self._open = graph

    def pagerank(self, label: str | None = None, *, limit: int | None = None) -> Rows:
        """Nodes by PageRank over paper links and lineage, best first (optionally one
        label: Paper, Model, Dataset, Repo). Rows `{"id", "type", "name", "pagerank"}`."""
        from citegraph import analytics
        from citegraph.graph.display import NAME_PROPERTIES, display_name

        # The projection PageRank needs, and the names of the ranked nodes only: on Neo4j
        # a few paged reads, not the whole graph.
        with self._open._reading() as store:
            ranked = analytics.store_pagerank(store, label)[:limit]
            wanted = {node for node, _ in ranked}
            found = {
                node_id: props
                for each in sorted({ids.label_of(node) for node in wanted})
                for node_id, props in store.nodes(each, properties=NAME_PROPERTIES)
                if node_id in wanted
            }
        return Rows(
            {
                "id": node,
                "type": found[node].get("type"),
                "name": display_name(found[node], node),
                "pagerank": score,
            }
            for node, score in ranked
        )

    def communities(
        self, label: str = "Paper", *, seed: int = 42, limit: int | None = None
    ) -> Rows:
        """Louvain communities, largest first: of papers linked by shared entities
        (`label="Paper"`), or of entities of one label linked by co-mention.

        Rows `{"community", "size", "around", "members"}`: `around` names what the
        community is about (its papers' most-linked entities, or its most central members),
        `members` lists `{"id", "name"}`.
        """
        from citegraph import analytics

        graph = self._open.networkx()
        if label == "Paper":
            projection = analytics.paper_projection(graph)
        else:
            projection = analytics.entity_projection(graph, label)
        groups = analytics.communities(projection, seed=seed)[:limit]
        return Rows(
            {
                "community": index,
                "size": len(group),
                "around": analytics.names(graph, _central(graph, projection, group, label)),
                "members": [
                    {"id": node, "name": name}
                    for node, name in zip(
                        sorted(group), analytics.names(graph, sorted(group)), strict=True
                    )
                ],
            }
            for index, group in enumerate(groups, start=1)
        )

    def similar_papers(self, paper: str, *, limit: int | None = None) -> Rows:
        """Papers sharing entities with `paper` (id or title), Adamic-Adar first: the
        `similar-papers` named query."""
        return self._open.query("similar-papers", paper=paper, limit=limit)

    def paper_projection(self) -> nx.Graph:
        """Papers linked when they share an entity (`weight`: how many)."""
        from citegraph import analytics

        return analytics.paper_projection(self._open.networkx())

    def entity_projection(self, label: str | None = None) -> nx.Graph:
        """Entities linked when a paper mentions both (`weight`: how many papers)."""
        from citegraph import analytics

        return analytics.entity_projection(self._open.networkx(), label)


def _central(
    graph: nx.MultiDiGraph, projection: nx.Graph, group: set[str], label: str
) -> list[str]:
    """Up to four ids naming a community: for papers, the entities most of them link to;
    for entities, the members with the heaviest ties inside the community. Ties by id."""
    if label == "Paper":
        counts: dict[str, int] = {}
        for paper in group:
            for entity in {t for _, t, kind in graph.out_edges(paper, data="type")
                           if kind in ("MENTIONS", "HAS_CODE")}:  # fmt: skip
                counts[entity] = counts.get(entity, 0) + 1
        return sorted(counts, key=lambda node: (-counts[node], node))[:4]
    strength = {
        node: sum(
            weight
            for _, other, weight in projection.edges(node, data="weight", default=1)
            if other in group
        )
        for node in group
    }
    return sorted(strength, key=lambda node: (-strength[node], node))[:4]


def _as_text(value: Any) -> str:
    """A Python parameter value as the CLI's `--param k=v` text, so both parse alike."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _file_stamp(path: str | os.PathLike[str]) -> tuple[int, int, int] | None:
    try:
        info = Path(path).stat()
    except OSError:
        return None  # reading reports the missing file the way the CLI does
    return (info.st_mtime_ns, info.st_size, info.st_ino)


__all__ = ["Analytics", "NotInstalledError", "OpenGraph", "Rows", "open"]
