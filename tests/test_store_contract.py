"""One contract, two stores: the networkx store and a real Neo4j 5 must behave the same.

Every test here runs against both; the Neo4j side talks to the session's real server (see
tests/conftest.py), never a mock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest

from citegraph import pipeline
from citegraph.graph import ids
from citegraph.graph.errors import StoreError
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.neo4j_store import Neo4jStore
from citegraph.graph.records import Edge, EdgeType, Evidence, Method, Model, Paper, Role, SourceRef
from citegraph.linker import Linker, load_catalog
from citegraph.loaders import daily_papers

StoreFactory = Callable[[], object]


def graph_of(store: object) -> nx.MultiDiGraph:
    """The store's graph in the networkx store's shape."""
    if isinstance(store, Neo4jStore):
        return store.to_networkx()
    assert isinstance(store, NetworkxStore)
    return store.graph


@pytest.fixture(params=["networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def make_store(request: pytest.FixtureRequest) -> Iterator[StoreFactory]:
    """A factory of fresh, empty stores of one kind (Neo4j ones share the wiped database)."""
    if request.param == "networkx":
        yield NetworkxStore
        return
    request.getfixturevalue("neo4j_driver")  # wipes the database
    uri = request.getfixturevalue("neo4j_uri")
    auth = request.getfixturevalue("neo4j_auth")
    opened: list[Neo4jStore] = []

    def factory() -> Neo4jStore:
        user, password = auth if auth else (None, None)
        store = Neo4jStore(uri, user=user, password=password, batch_size=7).connect()
        store.ensure_schema()
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()


def _paper(path: str, line: int, **fields: object) -> Paper:
    fields.setdefault("title", "QLoRA: Efficient Finetuning of Quantized LLMs")
    node_id = ids.paper_id(title=str(fields["title"]))
    return Paper(id=node_id, sources=(SourceRef(path=path, line=line),), **fields)  # type: ignore[arg-type]


LLAMA = Model(id="model:llama", name="LLaMA", aliases=("LLaMA", "Llama"))


def _mention(paper: Paper, start: int, role: Role = Role.BUILDS_ON) -> Edge:
    return Edge(
        source=paper.id,
        target=LLAMA.id,
        type=EdgeType.MENTIONS,
        key=str(start),
        role=role,
        evidence=Evidence(
            surface="LLaMA", span=(start, start + 5), score=1.0, method=Method.EXACT,
            source=paper.sources[0],
        ),
    )  # fmt: skip


def test_nodes_merge_by_id_with_the_shared_rules(make_store: StoreFactory) -> None:
    store = make_store()
    store.upsert_nodes([_paper("a.txt", 3, abstract="Short.", upvotes=2), LLAMA])
    store.upsert_nodes([_paper("b.txt", 9, abstract="Short. But complete.", authors_count=5)])
    store.upsert_nodes([_paper("a.txt", 3, upvotes=7)])
    attrs = graph_of(store).nodes["paper:title:qlora-efficient-finetuning-of-quantized-llms"]
    assert attrs["sources"] == ["a.txt:3", "b.txt:9"]
    assert attrs["abstract"] == "Short. But complete."
    assert (attrs["upvotes"], attrs["authors_count"], attrs["type"]) == (7, 5, "Paper")
    assert store.stats()["nodes"] == {"Paper": 1, "Model": 1, "Dataset": 0, "Repo": 0}


def test_edges_merge_by_key_and_parallel_edges_stay_apart(make_store: StoreFactory) -> None:
    store = make_store()
    paper = _paper("a.txt", 1)
    store.upsert_nodes([paper, LLAMA])
    for _ in range(2):
        store.upsert_edges([_mention(paper, 5), _mention(paper, 90), _mention(paper, 5)])
    assert store.stats()["edges"]["MENTIONS"] == 2
    edges = sorted(graph_of(store).edges(data=True, keys=True), key=lambda e: e[2])
    assert [(key, data["role"], data["span_start"]) for _, _, key, data in edges] == [
        ("MENTIONS:5", "builds_on", 5),
        ("MENTIONS:90", "builds_on", 90),
    ]
    assert edges[0][3]["source_file"] == "a.txt"


def test_an_edge_written_again_merges_its_properties_with_the_shared_rules(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    paper = _paper("b.txt", 1)
    store.upsert_nodes([paper, LLAMA])
    store.upsert_edges([_mention(paper, 5)])
    # The same paper (same title, so same id) listed in another file, read another way.
    store.upsert_edges([_mention(_paper("a.txt", 1), 5, role=Role.COMPARES_WITH)])
    ((_, _, data),) = graph_of(store).edges(data=True)
    # The smaller of two differing values wins, whichever arrived first.
    assert (data["role"], data["source_file"]) == ("builds_on", "a.txt")


def test_an_edge_to_an_unknown_node_is_refused(make_store: StoreFactory) -> None:
    store = make_store()
    paper = _paper("a.txt", 1)
    store.upsert_nodes([paper])
    with pytest.raises(StoreError, match="unknown node model:llama"):
        store.upsert_edges([_mention(paper, 5)])


@pytest.mark.slow
def test_the_bundled_build_is_the_same_graph_in_both_stores(
    make_store: StoreFactory, bundled_dumps: list[Path], linker: Linker
) -> None:
    store = make_store()
    for dump in bundled_dumps:
        pipeline.write_records(store, daily_papers.load(dump), linker)
    reference = NetworkxStore()
    for dump in bundled_dumps:
        pipeline.write_records(reference, daily_papers.load(dump), linker)
    assert store.stats() == reference.stats()
    assert store.stats()["nodes"]["Paper"] == 436
    got, want = graph_of(store), reference.graph
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))
    # Building again changes nothing.
    for dump in reversed(bundled_dumps):
        pipeline.write_records(store, daily_papers.load(dump), linker)
    assert store.stats() == reference.stats()


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(load_catalog())
