"""GraphML and GEXF files for Gephi, Cytoscape, yEd and networkx.

Both formats hold scalar attributes only: lists (sources, aliases) are written as JSON text
and missing values are left out (see `sanitize.scalar_attrs`). Every node also gets a
`label` (its title or name) because that is the column Gephi shows on the canvas.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import networkx as nx

from citegraph.graph import atomic
from citegraph.graph.display import display_name

from .errors import ExportError
from .sanitize import scalar_attrs


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write `graph` as GraphML (edge attribute `type` is the relationship type)."""
    clean = _scalar_copy(graph, edge_type_name="type")
    return _write(path, lambda handle: nx.write_graphml(clean, handle, encoding="utf-8"))


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write `graph` as GEXF 1.2 for Gephi.

    GEXF reserves an edge's `type` for directed/undirected, so the relationship type is the
    edge `label` and the `relationship` attribute instead.
    """
    clean = _scalar_copy(graph, edge_type_name="relationship")
    for _, _, attrs in clean.edges(data=True):
        attrs["label"] = attrs.get("relationship", "")
    return _write(path, lambda handle: nx.write_gexf(clean, handle, encoding="utf-8"))


def _scalar_copy(graph: nx.MultiDiGraph, *, edge_type_name: str) -> nx.MultiDiGraph:
    clean = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        props = scalar_attrs(attrs)
        props["label"] = display_name(attrs, node)
        clean.add_node(str(node), **props)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        props = scalar_attrs(attrs)
        if "type" in props:
            props[edge_type_name] = props.pop("type")
        clean.add_edge(str(source), str(target), key=str(key), **props)
    return clean


def _write(path: str | os.PathLike[str], write: Callable[[IO[Any]], None]) -> Path:
    try:
        with atomic.atomic_open(path, "wb") as handle:
            write(handle)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return Path(path)
