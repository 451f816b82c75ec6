"""What a named query is: name, description, typed parameters, Cypher text, networkx code.

Queries are data so that the CLI, the docs test and the contract test can treat them all
alike: every query runs on a networkx graph (the embedded store, or a graph pulled from
Neo4j) and, through its `.cypher` file, on Neo4j itself; both must give the same rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Protocol

import networkx as nx

# Re-exported: the queries name nodes by graph's one rule (graph/display.py).
from citegraph.graph.display import display_name as display_name
from citegraph.graph.errors import CitegraphError
from citegraph.graph.store import GraphStore
from citegraph.graph.vocabulary import BUILDS_ON_MIN_CONFIDENCE

Row = dict[str, Any]


class QueryError(CitegraphError):
    """A named query asked for something it cannot answer (unknown name, bad parameter)."""


@dataclass(frozen=True)
class Param:
    """A typed query parameter; `default=None` with `required=False` means "not given"."""

    name: str
    type: type
    help: str
    required: bool = False
    default: Any = None
    # For parameters naming a node: the labels it may have, and what to call it in errors.
    refers_to: frozenset[str] = frozenset()
    what: str = ""
    # For date parameters: a year or month given alone means its last day, not its first.
    end_of_period: bool = False

    def parse(self, text: str) -> Any:
        """A command-line value (`--param k=v`) as this parameter's type.

        Dates are given as YYYY, YYYY-MM or YYYY-MM-DD and bound as ISO text, the form both
        stores hold `published_on` in; a year or month stands for its first day, or its last
        with `end_of_period` (`until=2023` keeps all of 2023).
        """
        if self.type is dt.date:
            return _iso_date(self.name, text, self.end_of_period)
        if self.type is bool:
            lowered = text.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise QueryError(f"parameter {self.name} must be true or false, not {text!r}")
        try:
            return self.type(text)
        except ValueError:
            raise QueryError(
                f"parameter {self.name} must be {self.type.__name__}, not {text!r}"
            ) from None


@dataclass(frozen=True)
class Subject:
    """What an answer is about, for views of it: the model of `lineage`, the seed paper of
    `similar-papers`. `centre` nodes go in the middle of the view; `also` nodes are
    highlighted with them (the entities similar papers share with the seed)."""

    centre: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    @property
    def nodes(self) -> tuple[str, ...]:
        return (*self.centre, *(node for node in self.also if node not in self.centre))

    def within(self, graph: nx.MultiDiGraph) -> Subject:
        """The part of the subject still in `graph` (after --focus or --max-nodes)."""
        return Subject(
            tuple(node for node in self.centre if node in graph),
            tuple(node for node in self.also if node in graph),
        )


@dataclass(frozen=True)
class NamedQuery:
    """One question users ask, answerable on both stores."""

    name: str
    description: str
    params: tuple[Param, ...]
    run_networkx: Callable[[nx.MultiDiGraph, dict[str, Any]], list[Row]]
    # Columns computed in Python after the Cypher rows come back (PageRank needs no plugin
    # this way); receives the store (to read only what it needs through the store
    # protocol, never the whole graph), the rows and the bound parameters.
    post_process: Callable[[GraphStore, list[Row], dict[str, Any]], list[Row]] | None = None
    columns: tuple[str, ...] = field(default=())
    # Raised (formatted with the parameters) when the answer is empty, e.g. no path at all.
    empty_message: str | None = None
    # The answer's subject, from the graph, the bound parameters and the rows; None for
    # queries about the whole graph (shared-base-model, top-entities).
    subject: Callable[[nx.MultiDiGraph, dict[str, Any], list[Row]], Subject] | None = None

    @property
    def cypher_file(self) -> str:
        return f"{self.name.replace('-', '_')}.cypher"

    @property
    def cypher(self) -> str:
        """The query text users paste into the Neo4j Browser (with its `:param` header)."""
        return resources.files("citegraph.queries").joinpath(self.cypher_file).read_text("utf-8")

    def answer_networkx(self, graph: nx.MultiDiGraph, params: dict[str, Any]) -> list[Row]:
        """The rows on a graph in memory (the networkx store answers this way)."""
        return self.run_networkx(graph, params)

    def answer_cypher(self, store: CypherStore, params: dict[str, Any]) -> list[Row]:
        """The rows of the Cypher text on a server (the Neo4j store answers this way).

        A parameter naming no node fails first, as `resolve` fails on the networkx side.
        """
        for param in self.params:
            if param.refers_to and params.get(param.name) is not None:
                _check_exists(store, param, params[param.name])
        rows = store.query(self.cypher, **params)
        if self.post_process is not None:
            rows = self.post_process(store, rows, params)
        return rows

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameter values from `k=v` strings; unknown or missing ones are errors."""
        known = {param.name: param for param in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name} has no parameter {unknown[0]}; "
                f"its parameters: {_param_list(self.params)}"
            )
        values: dict[str, Any] = {}
        for param in self.params:
            if param.name in given:
                values[param.name] = param.parse(given[param.name])
            elif param.required:
                raise QueryError(
                    f"query {self.name} needs --param {param.name}=...; "
                    f"its parameters: {_param_list(self.params)}"
                )
            else:
                values[param.name] = param.default
        return values


class CypherStore(GraphStore, Protocol):
    """A store that also runs Cypher text: what `answer_cypher` is handed."""

    def query(self, cypher: str, **parameters: Any) -> list[Row]: ...


def _check_exists(store: CypherStore, param: Param, value: str) -> None:
    """Fail like the networkx side does when a parameter names no node."""
    from citegraph.graph import cypher  # the statement text: Neo4j's side only

    found = store.query(cypher.NAMED_NODE_EXISTS(labels=param.refers_to), value=value)
    if not found or found[0]["found"] == 0:
        from .lookup import did_you_mean, store_entries  # only a failed look-up needs it

        hint = did_you_mean(value, store_entries(store, param.refers_to))
        raise QueryError(f"no {param.what} called {value!r} in the graph{hint}")


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _iso_date(name: str, text: str, end_of_period: bool) -> str:
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        if day is not None:
            return dt.date(int(year), int(month), int(day)).isoformat()
        first, last = (int(month), int(month)) if month is not None else (1, 12)
        month_number = last if end_of_period else first
        day_number = calendar.monthrange(int(year), month_number)[1] if end_of_period else 1
        return dt.date(int(year), month_number, day_number).isoformat()
    except ValueError:
        raise QueryError(
            f"parameter {name} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not {text!r}"
        ) from None


def _param_list(params: Iterable[Param]) -> str:
    return (
        ", ".join(
            f"{p.name} ({p.type.__name__}{', required' if p.required else ''})" for p in params
        )
        or "none"
    )


# -- helpers shared by the networkx implementations -------------------------------------------

LINEAGE_TYPES = frozenset({"VARIANT_OF", "BASED_ON"})

def model_subject(graph: nx.MultiDiGraph, params: dict[str, Any], rows: list[Row]) -> Subject:
    """The model a `model=` query is about (all of them, when the name is shared)."""
    return Subject(tuple(resolve(graph, params["model"], {"Model"}, "model")))


MODEL_PARAM = Param(
    "model", str, "model id, name or alias", required=True,
    refers_to=frozenset({"Model"}), what="model",
)  # fmt: skip
MIN_CONFIDENCE_PARAM = Param(
    "min_confidence", float,
    f"least role confidence of a builds_on link (default {BUILDS_ON_MIN_CONFIDENCE})",
    default=BUILDS_ON_MIN_CONFIDENCE,
)  # fmt: skip
LINK_TYPES = frozenset({"MENTIONS", "HAS_CODE"})
# The filters every query about papers takes. Papers without a published date are left out
# as soon as a date bound is given: nothing says they fall inside it.
SINCE_PARAM = Param(
    "since", dt.date, "only papers published on or after this date (YYYY-MM-DD, YYYY-MM, YYYY)"
)
UNTIL_PARAM = Param(
    "until", dt.date, "only papers published on or before this date (YYYY-MM-DD, YYYY-MM, YYYY)",
    end_of_period=True,
)  # fmt: skip
LINK_CONFIDENCE_PARAM = Param(
    "min_confidence", float,
    "least role confidence of a paper's link (default 0: every link counts)", default=0.0,
)  # fmt: skip
DATE_PARAMS = (SINCE_PARAM, UNTIL_PARAM)


def published_within(attrs: dict[str, Any], params: dict[str, Any]) -> bool:
    """A paper published between `since` and `until` (either may be absent).

    The same test as the Cypher files' `($since IS NULL OR p.published_on >= $since) AND
    ($until IS NULL OR p.published_on <= $until)`: ISO dates compare as text.
    """
    since, until = params.get("since"), params.get("until")
    if since is None and until is None:
        return True
    published = attrs.get("published_on")
    if published is None:
        return False
    return (since is None or published >= since) and (until is None or published <= until)


def link_counts(attrs: dict[str, Any], min_confidence: float) -> bool:
    """A MENTIONS/HAS_CODE edge whose role confidence reaches `min_confidence`; one without a
    confidence (declared by a structured source) always counts.

    The same test as the Cypher files' `coalesce(r.confidence, 1.0) >= $min_confidence`.
    """
    if attrs.get("type") not in LINK_TYPES:
        return False
    confidence = attrs.get("confidence")
    return confidence is None or confidence >= min_confidence


def is_builds_on(attrs: dict[str, Any], min_confidence: float) -> bool:
    """A paper's MENTIONS edge that says it builds on the model, confidently enough.

    The same test as the Cypher files' `coalesce(r.confidence, 1.0) >= $min_confidence`.
    """
    if attrs.get("type") != "MENTIONS" or attrs.get("role") != "builds_on":
        return False
    confidence = attrs.get("confidence")
    return confidence is None or confidence >= min_confidence


ENTITY_TYPES = frozenset({"Model", "Dataset", "Repo"})


def resolve(graph: nx.MultiDiGraph, text: str, types: Iterable[str], what: str) -> list[str]:
    """Nodes of the given types whose id is `text`, or whose name, title, Hub id or alias is
    `text` in any case.

    The same rule as the Cypher files' WHERE clause, so both stores pick the same nodes.
    """
    wanted = set(types)
    if text in graph and graph.nodes[text].get("type") in wanted:
        return [text]
    folded = text.casefold()
    found = []
    for node_id, attrs in graph.nodes(data=True):
        if attrs.get("type") not in wanted:
            continue
        names = [
            attrs.get("name"),
            attrs.get("title"),
            attrs.get("path"),
            attrs.get("hf_id"),
            *attrs.get("aliases", []),
        ]
        if any(isinstance(n, str) and n.casefold() == folded for n in names):
            found.append(node_id)
    if not found:
        from .lookup import did_you_mean, networkx_entries  # only a failed look-up needs it

        hint = did_you_mean(text, networkx_entries(graph, wanted))
        raise QueryError(f"no {what} called {text!r} in the graph{hint}")
    return sorted(found)


def out_edges_of_type(
    graph: nx.MultiDiGraph, node: str, types: frozenset[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    for _, target, attrs in graph.out_edges(node, data=True):
        if attrs.get("type") in types:
            yield target, attrs


def in_edges_of_type(
    graph: nx.MultiDiGraph, node: str, types: frozenset[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    for source, _, attrs in graph.in_edges(node, data=True):
        if attrs.get("type") in types:
            yield source, attrs


def reachable(
    graph: nx.MultiDiGraph,
    start: str,
    types: frozenset[str],
    *,
    forward: bool,
    declared_only: bool = False,
) -> dict[str, int]:
    """Nodes reachable over edges of `types` (following or against them), with hop counts.

    `declared_only` follows only edges a structured source declared (method "declared"),
    not the catalog's or the linker's.
    """
    step = out_edges_of_type if forward else in_edges_of_type
    distance = {start: 0}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for other, attrs in step(graph, node, types):
                if declared_only and attrs.get("method") != "declared":
                    continue
                if other not in distance:
                    distance[other] = distance[node] + 1
                    following.append(other)
        frontier = following
    return distance


def lineage_roots(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """Ancestors of `node`'s own type with no further parent of that type (itself when it
    has none): Flan-T5-XL -> Flan-T5 -> T5 gives T5; a dataset version gives its dataset."""
    kind = graph.nodes[node].get("type")
    ancestors = reachable(graph, node, LINEAGE_TYPES, forward=True)
    return sorted(
        ancestor
        for ancestor in ancestors
        if graph.nodes[ancestor].get("type") == kind
        and not any(
            graph.nodes[t].get("type") == kind
            for t, _ in out_edges_of_type(graph, ancestor, LINEAGE_TYPES)
        )
    )
