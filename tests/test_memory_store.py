"""The networkx store: merging by id, title-to-arXiv folding, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citegraph.graph import ids
from citegraph.graph.errors import StoreError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import (
    Edge,
    EdgeType,
    Evidence,
    Method,
    Model,
    Paper,
    Role,
    SourceRef,
)
from citegraph.graph.store import merge_properties
from citegraph.synthetic import synthetic_store

TITLE = "QLoRA: Efficient Finetuning of Quantized LLMs"


def _paper(path: str, line: int, **fields) -> Paper:
    fields.setdefault("title", TITLE)
    node_id = ids.paper_id(arxiv_id=fields.get("arxiv_id"), title=fields["title"])
    return Paper(id=node_id, sources=(SourceRef(path=path, line=line),), **fields)


def _mention(paper_id: str, model: Model, start: int) -> Edge:
    return Edge(
        source=paper_id,
        target=model.id,
        type=EdgeType.MENTIONS,
        key=f"{start}",
        role=Role.BUILDS_ON,
        evidence=Evidence(surface="LLaMA", span=(start, start + 5), score=1.0, method=Method.EXACT),
    )


LLAMA = Model(id=ids.model_id(name="LLaMA"), name="LLaMA")


def test_same_paper_from_two_listings_is_one_node_with_both_sources() -> None:
    store = NetworkxStore()
    store.upsert_nodes([_paper("a.txt", 3, abstract="Short."), _paper("b.txt", 9, upvotes=4)])
    store.upsert_nodes([_paper("b.txt", 9, abstract="Short. But complete.", authors_count=5)])
    ((node_id, attrs),) = store.graph.nodes(data=True)
    assert node_id == "paper:title:qlora-efficient-finetuning-of-quantized-llms"
    assert attrs["sources"] == ["a.txt:3", "b.txt:9"]
    assert attrs["abstract"] == "Short. But complete."
    assert (attrs["upvotes"], attrs["authors_count"], attrs["type"]) == (4, 5, "Paper")


def test_title_node_merges_into_arxiv_node_when_the_id_arrives(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "g.json")
    title_paper = _paper("dump.txt", 13, abstract="We present QLoRA.")
    store.upsert_nodes([title_paper, LLAMA])
    store.upsert_edges([_mention(title_paper.id, LLAMA, 40)])

    store.upsert_nodes([_paper("api.json", 1, arxiv_id="2305.14314")])
    arxiv = "paper:arxiv:2305.14314"
    assert sorted(store.graph.nodes) == [LLAMA.id, arxiv]
    assert store.graph.nodes[arxiv]["sources"] == ["api.json:1", "dump.txt:13"]
    assert store.graph.nodes[arxiv]["abstract"] == "We present QLoRA."
    assert [(s, t) for s, t in store.graph.edges()] == [(arxiv, LLAMA.id)]
    store.save()

    # A later run lists the paper by title again and links it again: still one node, one edge.
    again = NetworkxStore(tmp_path / "g.json").open()
    again.upsert_nodes([title_paper])
    again.upsert_edges([_mention(title_paper.id, LLAMA, 40)])
    assert again.stats() == store.stats()
    assert again.graph.number_of_edges() == 1


def test_rebuilding_the_same_records_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    for _ in range(2):
        store = NetworkxStore(path).open()
        paper = _paper("a.txt", 1, abstract="Uses LLaMA.")
        store.upsert_nodes([paper, LLAMA])
        store.upsert_edges([_mention(paper.id, LLAMA, 5), _mention(paper.id, LLAMA, 5)])
        store.save()
        if _ == 0:
            first = path.read_bytes()
    assert path.read_bytes() == first
    data = json.loads(first)
    assert data["graph"]["format"] == "citegraph/1"
    assert [edge["type"] for edge in data["edges"]] == ["MENTIONS"]
    assert data["edges"][0]["role"] == "builds_on"


def test_parallel_mentions_with_different_keys_stay_apart() -> None:
    store = NetworkxStore()
    paper = _paper("a.txt", 1)
    store.upsert_nodes([paper, LLAMA])
    store.upsert_edges([_mention(paper.id, LLAMA, 5), _mention(paper.id, LLAMA, 90)])
    assert store.stats()["edges"]["MENTIONS"] == 2


def test_edge_to_unknown_node_is_refused() -> None:
    store = NetworkxStore()
    paper = _paper("a.txt", 1)
    store.upsert_nodes([paper])
    with pytest.raises(StoreError, match="unknown node model:llama"):
        store.upsert_edges([_mention(paper.id, LLAMA, 5)])


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    store = NetworkxStore(path)
    store.upsert_nodes([_paper("a.txt", 1)])
    store.save()
    before = path.read_bytes()
    store.graph.graph["unserialisable"] = object()
    with pytest.raises(TypeError):
        store.save()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "cannot read graph file"),
        ('{"nodes": []}', "not a citegraph graph file"),
    ],
)
def test_a_file_that_is_not_a_graph_is_a_store_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "g.json"
    path.write_text(content)
    with pytest.raises(StoreError, match=message):
        NetworkxStore(path).open()


def test_reading_a_missing_graph_is_an_error_but_building_one_is_not(tmp_path: Path) -> None:
    assert NetworkxStore(tmp_path / "new.json").open().stats()["nodes"]["Paper"] == 0
    with pytest.raises(StoreError, match="no such graph file"):
        NetworkxStore(tmp_path / "new.json").open(create=False)


def test_the_saved_file_is_the_node_link_data_one_element_per_line(tmp_path: Path) -> None:
    store = synthetic_store(300)
    store.graph.nodes["paper:arxiv:2401.00001"]["title"] = 'Quotes " and ünïcode \u2028 too'
    path = store.save(tmp_path / "g.json")
    assert json.loads(path.read_text(encoding="utf-8")) == store.to_node_link()
    # A line per node and per edge, so that files diff and grep well.
    lines = path.read_text(encoding="utf-8").split("\n")[1:]
    elements = store.graph.number_of_nodes() + store.graph.number_of_edges()
    assert len([line for line in lines if line.startswith("{")]) == elements
    reopened = NetworkxStore(path).open(create=False)
    assert reopened.save(tmp_path / "again.json").read_bytes() == path.read_bytes()


@given(
    st.lists(st.text(max_size=3), max_size=12),
    st.lists(st.text(max_size=3), min_size=1, max_size=10),
    st.booleans(),
)
def test_list_merges_are_the_sorted_union_whatever_the_order_of_the_stored_list(
    old: list[str], new: list[str], stored_sorted: bool
) -> None:
    """The fast path (insert into an already sorted list) gives what re-sorting gives."""
    if stored_sorted:
        old = sorted(set(old))
    merged = merge_properties({"sources": old}, {"sources": new})
    assert merged["sources"] == sorted(set(old) | set(new))
