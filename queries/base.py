"""What a named query is: name, description, typed parameters, Cypher text, networkx code.

Queries are data so that the CLI, the docs test and the contract test can treat them all
alike: every query runs on a networkx graph (the embedded store, or a graph pulled from
Neo4j) and, through its `.cypher` file, on Neo4j itself; both must give the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import networkx as nx

from citegraph.graph.errors import CitegraphError
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

    def parse(self, text: str) -> Any:
        """A command-line value (`--param k=v`) as this parameter's type."""
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
class NamedQuery:
    """One question users ask, answerable on both stores."""

    name: str
    description: str
    params: tuple[Param, ...]
    run_networkx: Callable[[nx.MultiDiGraph, dict[str, Any]], list[Row]]
    # Columns computed in Python after the Cypher rows come back (PageRank needs no plugin
    # this way); receives the whole graph and the rows.
    post_process: Callable[[nx.MultiDiGraph, list[Row]], list[Row]] | None = None
    columns: tuple[str, ...] = field(default=())
    # Raised (formatted with the parameters) when the answer is empty, e.g. no path at all.
    empty_message: str | None = None

    @property
    def cypher_file(self) -> str:
        return f"{self.name.replace('-', '_')}.cypher"

    @property
    def cypher(self) -> str:
        """The query text users paste into the Neo4j Browser (with its `:param` header)."""
        return resources.files("citegraph.queries").joinpath(self.cypher_file).read_text("utf-8")

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


def _param_list(params: Iterable[Param]) -> str:
    return (
        ", ".join(
            f"{p.name} ({p.type.__name__}{', required' if p.required else ''})" for p in params
        )
        or "none"
    )


# -- helpers shared by the networkx implementations -------------------------------------------

LINEAGE_TYPES = frozenset({"VARIANT_OF", "BASED_ON"})

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


def is_builds_on(attrs: dict[str, Any], min_confidence: float) -> bool:
    """A paper's MENTIONS edge that says it builds on the model, confidently enough.

    The same test as the Cypher files' `coalesce(r.confidence, 1.0) >= $min_confidence`.
    """
    if attrs.get("type") != "MENTIONS" or attrs.get("role") != "builds_on":
        return False
    confidence = attrs.get("confidence")
    return confidence is None or confidence >= min_confidence


ENTITY_TYPES = frozenset({"Model", "Dataset", "Repo"})


def display_name(attrs: dict[str, Any]) -> str:
    """What a node is called: a paper's title, an entity's name, a repo's path."""
    return attrs.get("name") or attrs.get("title") or attrs.get("path") or attrs.get("id", "")


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
        raise QueryError(f"no {what} called {text!r} in the graph")
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
