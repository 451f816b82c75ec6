"""GraphML, GEXF and neo4j-admin CSV read back by real readers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from citegraph import exporting, pipeline
from citegraph.exports.admin_csv import write_admin_csv
from citegraph.exports.formats import write_gexf, write_graphml
from citegraph.graph.memory_store import NetworkxStore
from citegraph.sources import Neo4jSettings
from tests.neo4j_server import GuestFactory, neo4j_admin

from .conftest import XSS_ID, XSS_TITLE


def test_graphml_round_trips_with_scalar_attributes(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = nx.read_graphml(write_graphml(graph, tmp_path / "g.graphml"))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    paper = back.nodes[XSS_ID]
    assert paper["title"] == XSS_TITLE and paper["label"] == XSS_TITLE
    assert json.loads(paper["sources"]) == graph.nodes[XSS_ID]["sources"]
    assert "organisation" not in paper  # None is left out, not written as "None"
    types = {attrs["type"] for _, _, attrs in back.edges(data=True)}
    assert types == {"MENTIONS", "HAS_CODE"}


def test_gexf_round_trips_with_relationship_as_label(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    back = nx.read_gexf(write_gexf(graph, tmp_path / "g.gexf"))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[XSS_ID]["label"] == XSS_TITLE
    edge = next(iter(back.edges(data=True)))[2]
    assert edge["label"] == edge["relationship"] in {"MENTIONS", "HAS_CODE"}
    assert isinstance(back.nodes[XSS_ID]["upvotes"], int)


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_admin_csv_headers_rows_and_command(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    result = write_admin_csv(graph, tmp_path / "neo")
    assert result.node_files == [
        "nodes_Dataset.csv",
        "nodes_Model.csv",
        "nodes_Paper.csv",
        "nodes_Repo.csv",
    ]
    assert result.relationship_files == ["rels_HAS_CODE.csv", "rels_MENTIONS.csv"]
    papers = _read(tmp_path / "neo" / "nodes_Paper.csv")
    header = papers[0]
    assert header[:2] == ["id:ID", ":LABEL"]
    assert {"upvotes:int", "sources:string[]", "title:string", "abstract:string"} <= set(header)
    assert len(papers) == 1 + sum(1 for _, t in graph.nodes(data="type") if t == "Paper")
    row = dict(zip(header, next(r for r in papers if r[0] == XSS_ID), strict=True))
    assert row[":LABEL"] == "Paper" and row["title:string"] == XSS_TITLE
    models = _read(tmp_path / "neo" / "nodes_Model.csv")
    assert "aliases:string[]" in models[0]
    mentions = _read(tmp_path / "neo" / "rels_MENTIONS.csv")
    assert mentions[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"span_start:int", "score:double", "role:string", "key:string"} <= set(mentions[0])
    assert all(r[2] == "MENTIONS" for r in mentions[1:])
    assert result.command == (
        "neo4j-admin database import full --nodes=nodes_Dataset.csv --nodes=nodes_Model.csv "
        "--nodes=nodes_Paper.csv --nodes=nodes_Repo.csv --relationships=rels_HAS_CODE.csv "
        "--relationships=rels_MENTIONS.csv '--array-delimiter=;' --multiline-fields=true neo4j"
    )
    script = (tmp_path / "neo" / "import.sh").read_text()
    assert script.startswith("#!/bin/sh\n") and result.command in script


def test_admin_csv_arrays_use_the_delimiter_and_skip_missing(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("model:x", type="Model", name="X", aliases=["a;b", "c"], size=None)
    graph.add_node("model:y", type="Model", name="Y")
    write_admin_csv(graph, tmp_path)
    rows = _read(tmp_path / "nodes_Model.csv")
    assert rows == [
        ["id:ID", ":LABEL", "aliases:string[]", "name:string", "size:string"],
        ["model:x", "Model", "a,b;c", "X", ""],
        ["model:y", "Model", "", "Y", ""],
    ]


def test_admin_csv_keeps_merged_paper_ids_as_redirect_nodes(tmp_path: Path) -> None:
    """As a Bolt load does: later builds naming the old title id land on the arXiv paper."""
    graph = nx.MultiDiGraph(redirects={"paper:title:x": "paper:arxiv:2401.00001"})
    graph.add_node("paper:arxiv:2401.00001", type="Paper", title="X")
    result = write_admin_csv(graph, tmp_path)
    assert _read(tmp_path / "nodes_Redirect.csv") == [
        ["id:ID", ":LABEL", "to"],
        ["paper:title:x", "Redirect", "paper:arxiv:2401.00001"],
    ]
    assert result.node_files[0] == "nodes_Redirect.csv"
    assert "--nodes=nodes_Redirect.csv" in result.command


@pytest.mark.neo4j
def test_export_csv_loads_with_neo4j_admin_into_the_same_graph(
    bundled_dumps: list[Path], neo4j_guest_factory: GuestFactory, tmp_path: Path
) -> None:
    """The documented bulk path end to end: build, export csv, neo4j-admin import (its
    import.sh, run as a user would), start Neo4j on it, pull: the same graph, redirects too."""
    sources = sorted((Path(__file__).parent / "fixtures" / "sources").iterdir())
    graph = tmp_path / "graph.json"
    pipeline.build([*bundled_dumps, *sources], graph)
    exporting.export_csv(graph, tmp_path / "csv")
    neo4j_admin(tmp_path / "neo4j", ["sh", str(tmp_path / "csv" / "import.sh")])
    server = neo4j_guest_factory(tmp_path / "neo4j")
    settings = Neo4jSettings(uri=server.uri, user=None, password=None, database=None)
    pipeline.pull(settings, tmp_path / "pulled.json")
    built = NetworkxStore(graph).open(create=False)
    assert NetworkxStore(tmp_path / "pulled.json").open(create=False).to_node_link() == (
        built.to_node_link()
    )
    assert built.redirects  # the title -> arXiv merge of the fixtures survived the import
