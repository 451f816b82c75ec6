"""The HTML view as text: self-contained, escaped, laid out when large."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx

from citegraph.exports.html import render_html, write_html

from .conftest import XSS_ID, XSS_TITLE


def _data(page: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph).html
    assert "vis-network" in page and "new vis.Network" in page
    # No external resource of any kind: no src/href attributes at all, no CDN names.
    assert not re.search(r"""\s(src|href)\s*=""", page.split('id="graph-data"')[0])
    assert "cdnjs" not in page and "jsdelivr" not in page and "bootstrap" not in page.lower()
    assert "default-src 'none'" in page  # the CSP forbids requests even if something tried


def test_hostile_title_never_appears_as_markup(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph, title=XSS_TITLE).html
    assert "<img src=x" not in page
    assert "<script>window.__xss" not in page
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in page  # the <title>
    node = next(n for n in _data(page)["nodes"] if n["id"] == XSS_ID)
    assert node["info"]["name"] == XSS_TITLE  # intact once parsed, shown via textContent
    assert "title" not in node  # vis-network popups are not used


def test_nodes_coloured_by_type_sized_by_degree_with_legend(graph: nx.MultiDiGraph) -> None:
    data = _data(render_html(graph).html)
    colours = {n["kind"]: n["color"]["background"] for n in data["nodes"]}
    assert len(set(colours.values())) == 4
    assert [t["type"] for t in data["types"]] == ["Paper", "Model", "Dataset", "Repo"]
    hub = max(graph.nodes, key=graph.degree)
    node = next(n for n in data["nodes"] if n["id"] == hub)
    assert node["value"] == graph.degree(hub) + 1


def test_edges_carry_role_and_evidence(graph: nx.MultiDiGraph) -> None:
    data = _data(render_html(graph).html)
    mention = next(e for e in data["edges"] if e["kind"] == "MENTIONS")
    facts = dict(mention["info"]["facts"])
    assert {"role", "surface", "score", "method", "span", "evidence"} <= set(facts)
    assert facts["evidence"].startswith("synthetic.txt:")


def test_small_graph_uses_browser_physics(graph: nx.MultiDiGraph) -> None:
    view = render_html(graph)
    data = _data(view.html)
    assert not view.precomputed_layout and data["physics"]
    assert "x" not in data["nodes"][0]


def test_large_graph_is_laid_out_in_python_with_physics_off(graph: nx.MultiDiGraph) -> None:
    view = render_html(graph, layout_threshold=10)
    data = _data(view.html)
    assert view.precomputed_layout and not data["physics"]
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_write_html_replaces_the_file(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    out.write_text("old")
    view = write_html(graph, out)
    assert out.read_text(encoding="utf-8") == view.html
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]  # no temp file left
