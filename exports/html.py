"""A self-contained, offline, safe interactive HTML view of a graph.

pyvis assembles the vis-network node and edge objects, but its own HTML output cannot be
used: every `cdn_resources` mode still loads vis-network or Bootstrap from a CDN (pyvis
issues #228, #229), and its template turns `title` strings into HTML (an XSS hole for scraped
titles). So the page comes from our template in `assets/`, with the vis-network JS and CSS
that the pyvis wheel ships inlined, and a Content-Security-Policy that forbids every network
request and every script but ours (by hash) as a second line of defence behind escaping.

Paper text reaches the page only as JSON in a non-executed script element (escaped by
`sanitize.script_json`) and is shown through `textContent`; tooltips are our own DOM, never
vis-network's `title`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from citegraph.graph import atomic
from citegraph.graph.display import display_name

from .errors import ExportError
from .layout import fast_layout
from .sanitize import excerpt, markup_text, script_json

# Above this many nodes, positions are computed in Python and browser physics is off
# (physics needs seconds to settle from a few hundred nodes on: bench/bench_html.py).
LAYOUT_THRESHOLD = 300
VIS_VERSION = "9.1.2"

# Colour-blind-safe Tableau 10 colours; unknown types fall back to grey.
TYPE_COLOURS = {
    "Paper": "#4e79a7",
    "Model": "#e15759",
    "Dataset": "#59a14f",
    "Repo": "#f28e2b",
}
EDGE_COLOURS = {"MENTIONS": "#8c9bb0", "HAS_CODE": "#f2b36f"}
_OTHER_COLOUR = "#9d9d9d"
# A query's subject: as large as the largest node, ringed in near-black, its label large
# (vis scales labels with node size, and hides small ones when zoomed out).
_SUBJECT_RING = "#1f2933"
_SUBJECT_STYLE: dict[str, Any] = {"borderWidth": 5, "borderWidthSelected": 6}
_LABEL_CHARS = 42
_EXCERPT_CHARS = 280
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


@dataclass(frozen=True)
class HtmlView:
    """A rendered page and how it was laid out (the CLI reports it)."""

    html: str
    nodes: int
    edges: int
    precomputed_layout: bool


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "citegraph",
    note: str = "",
    layout_threshold: int = LAYOUT_THRESHOLD,
    highlight: Iterable[str] = (),
    centre: Iterable[str] = (),
) -> HtmlView:
    """The page for `graph`; `note` is shown in the status line (e.g. what was dropped).

    `highlight` nodes (a query's subject) are drawn as large as the largest node, with a
    dark ring and a large label; the view opens centred on the `centre` nodes (one: on it;
    several: on the middle of them, all in view) and the status line names them.
    """
    precompute = graph.number_of_nodes() > layout_threshold
    positions = fast_layout(graph) if precompute else {}
    marked = [str(node) for node in dict.fromkeys(highlight) if node in graph]
    centred = [str(node) for node in dict.fromkeys(centre) if node in graph]
    net = Network(directed=True)
    degree = dict(graph.degree())
    for node_id, attrs in graph.nodes(data=True):
        kind = str(attrs.get("type", "?"))
        extra: dict[str, Any] = {}
        if node_id in positions:
            extra["x"], extra["y"] = positions[node_id]
        colour = _node_colour(TYPE_COLOURS.get(kind, _OTHER_COLOUR))
        value = degree[node_id] + 1
        if node_id in marked:
            extra.update(_SUBJECT_STYLE, subject=True)
            colour["border"] = _SUBJECT_RING
            value = max(value, max(degree.values(), default=1) + 1)
        net.add_node(
            str(node_id),
            label=excerpt(display_name(attrs, node_id), _LABEL_CHARS),
            shape="dot",
            color=colour,
            value=value,
            kind=kind,
            info=_node_info(node_id, attrs, degree[node_id]),
            **extra,
        )
    for index, (source, target, attrs) in enumerate(graph.edges(data=True)):
        kind = str(attrs.get("type", "?"))
        net.add_edge(
            str(source),
            str(target),
            id=f"e{index}",
            kind=kind,
            color={"color": EDGE_COLOURS.get(kind, _OTHER_COLOUR), "opacity": 0.6},
            info=_edge_info(kind, attrs),
        )
    nodes, edges, *_ = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _vis_options(precompute, len(nodes)),
        "types": _legend(graph),
        "physics": not precompute,
        "subject": marked,
        "centre": centred,
    }
    page = _fill_template(title=title, note=note, data=data)
    return HtmlView(page, len(nodes), len(edges), precompute)


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike[str], **kwargs: Any) -> HtmlView:
    """Render `graph` and write the page atomically to `path`."""
    view = render_html(graph, **kwargs)
    try:
        atomic.write_text(path, view.html)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return view


def _node_colour(colour: str) -> dict[str, Any]:
    """The type colour, and a yellow highlight so a selected or found node stands out."""
    highlight = {"background": "#ffd43b", "border": "#b8860b"}
    return {
        "background": colour,
        "border": "#ffffff",
        "highlight": highlight,
        "hover": {"background": colour, "border": "#1f2933"},
    }


def _node_info(node_id: str, attrs: dict[str, Any], degree: int) -> dict[str, Any]:
    """What the tooltip and details panel show; all plain text, escaped by the JSON step."""
    facts = [["id", node_id], ["links", str(degree)]]
    for name in (
        "published_on",
        "published_text",
        "upvotes",
        "arxiv_id",
        "hf_id",
        "size",
        "organisation",
        "url",
    ):
        value = attrs.get(name)
        if value not in (None, "", []):
            facts.append([name.replace("_", " "), str(value)])
    aliases = attrs.get("aliases")
    if aliases:
        facts.append(["aliases", ", ".join(map(str, aliases))])
    return {
        "name": display_name(attrs, node_id),
        "excerpt": excerpt(str(attrs.get("abstract") or ""), _EXCERPT_CHARS),
        "facts": facts,
    }


def _edge_info(kind: str, attrs: dict[str, Any]) -> dict[str, Any]:
    facts = []
    for name in (
        "role",
        "confidence",
        "relation",
        "official",
        "surface",
        "score",
        "method",
        "declared_by",
    ):
        value = attrs.get(name)
        if value not in (None, ""):
            facts.append([name, str(value)])
    if attrs.get("span_start") is not None:
        facts.append(["span", f"{attrs['span_start']}-{attrs.get('span_end')}"])
    if attrs.get("source_file"):
        facts.append(["evidence", f"{attrs['source_file']}:{attrs.get('source_line', 0)}"])
    return {"name": kind, "excerpt": "", "facts": facts}


def _legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for _, kind in graph.nodes(data="type"):
        counts[str(kind)] = counts.get(str(kind), 0) + 1
    known = [k for k in TYPE_COLOURS if k in counts] + sorted(set(counts) - set(TYPE_COLOURS))
    return [
        {"type": k, "colour": TYPE_COLOURS.get(k, _OTHER_COLOUR), "count": counts[k]} for k in known
    ]


def _vis_options(precomputed: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options; large graphs trade eye candy for a fast first draw."""
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "scaling": {
                "min": 6,
                "max": 40,
                "label": {
                    "enabled": True,
                    "min": 11,
                    "max": 24,
                    "drawThreshold": 8,
                    "maxVisible": 28,
                },
            },
            "font": {
                "face": "system-ui, sans-serif",
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
            "width": 1,
            "selectionWidth": 2,
            "smooth": False if precomputed else {"type": "continuous"},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 80,
            "hideEdgesOnDrag": precomputed,
            "hideEdgesOnZoom": precomputed,
        },
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
    }
    if precomputed:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -45, "springLength": 70},
            "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25},
        }
    return options


@cache
def _asset(name: str) -> str:
    return resources.files("citegraph.exports").joinpath("assets", name).read_text("utf-8")


@cache
def _vis_asset(name: str) -> str:
    """vis-network as shipped in the pyvis wheel, checked to be safe to inline."""
    path = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}" / name
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise ExportError(f"pyvis does not ship {path}: {exc}") from None
    closing = "</style" if name.endswith(".css") else "</script"
    if closing in text.lower() or "<!--" in text:
        raise ExportError(f"{path} cannot be inlined: it contains {closing!r} or '<!--'")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _fill_template(*, title: str, note: str, data: dict[str, Any]) -> str:
    vis_js = _vis_asset("vis-network.min.js")
    view_js = _asset("view.js")
    values = {
        "TITLE": markup_text(title),
        "NOTE": markup_text(note),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIEW_CSS": _asset("view.css"),
        "VIS_JS": vis_js,
        "VIEW_JS": view_js,
        "DATA": script_json(data),
        "SCRIPT_HASHES": f"{_csp_hash(vis_js)} {_csp_hash(view_js)}",
    }
    # One pass over the template only: inserted text is never scanned for placeholders.
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], _asset("view.html"))
