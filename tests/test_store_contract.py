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
from citegraph.graph.records import (
    Dataset,
    Edge,
    EdgeType,
    Evidence,
    Method,
    Model,
    Paper,
    Repo,
    Role,
    SourceRef,
)
from citegraph.linker import Linker
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



# -- the reads of the protocol (issue 16): same answers from both stores -------------------

T5 = Model(id="model:t5", name="T5")
FLAN_T5 = Model(id="model:flan-t5", name="Flan-T5", aliases=("FLAN-T5",))
FLAN_XL = Model(id="model:flan-t5-xl", name="Flan-T5-XL", size="3B")
GLUE = Dataset(id="dataset:glue", name="GLUE")
REPO = Repo(id="repo:github:google/flan", host="github", path="google/flan",
            url="https://github.com/google/flan")  # fmt: skip


def _read_fixture(store: object) -> None:
    """Three papers, a lineage of three models, a dataset and a repo: every edge type but
    CITES, parallel edges, and a node with no edges."""
    papers = [
        Paper(
            id=f"paper:arxiv:2401.0000{i}", title=f"Paper {i}", published_on=f"2024-0{i}-01",
            sources=(SourceRef(path="a.txt", line=i),),
        )
        for i in range(1, 4)
    ]
    lonely = Model(id="model:lonely", name="Lonely")
    store.upsert_nodes([*papers, T5, FLAN_T5, FLAN_XL, GLUE, REPO, lonely])

    def link(paper: Paper, target: str, kind: EdgeType, key: str, **fields: object) -> Edge:
        return Edge(source=paper.id, target=target, type=kind, key=key, **fields)  # type: ignore[arg-type]

    store.upsert_edges([
        link(papers[0], FLAN_XL.id, EdgeType.MENTIONS, "5", role=Role.BUILDS_ON, confidence=0.9),
        link(papers[0], FLAN_XL.id, EdgeType.MENTIONS, "40", role=Role.MENTIONS, confidence=0.3),
        link(papers[0], GLUE.id, EdgeType.MENTIONS, "60", role=Role.EVALUATES_ON),
        link(papers[1], T5.id, EdgeType.MENTIONS, "1", role=Role.COMPARES_WITH, confidence=0.6),
        link(papers[1], REPO.id, EdgeType.HAS_CODE, "github.com/google/flan"),
        link(papers[2], GLUE.id, EdgeType.MENTIONS, "9", role=Role.EVALUATES_ON),
        Edge(source=FLAN_XL.id, target=FLAN_T5.id, type=EdgeType.VARIANT_OF),
        Edge(source=FLAN_T5.id, target=T5.id, type=EdgeType.BASED_ON, relation="finetune"),
        Edge(source=FLAN_T5.id, target=GLUE.id, type=EdgeType.TRAINED_ON),
    ])  # fmt: skip


def _reference() -> NetworkxStore:
    reference = NetworkxStore()
    _read_fixture(reference)
    return reference


@pytest.fixture
def read_store(make_store: StoreFactory) -> object:
    store = make_store()
    _read_fixture(store)
    return store


def test_nodes_by_label_with_their_properties(read_store) -> None:
    want = _reference()
    for label in ("Paper", "Model", "Dataset", "Repo", None):
        got = dict(read_store.nodes(label))
        assert got == dict(want.nodes(label)), label
    assert sorted(dict(read_store.nodes("Model"))) == [
        "model:flan-t5", "model:flan-t5-xl", "model:lonely", "model:t5",
    ]  # fmt: skip
    assert dict(read_store.nodes("Model"))["model:flan-t5"]["aliases"] == ["FLAN-T5"]
    assert list(read_store.nodes("Nothing")) == []


def test_nodes_with_only_some_properties(read_store) -> None:
    got = dict(read_store.nodes("Model", properties=["name", "size", "aliases"]))
    assert got["model:flan-t5-xl"] == {
        "id": "model:flan-t5-xl", "name": "Flan-T5-XL", "size": "3B", "type": "Model",
    }  # fmt: skip
    assert got["model:t5"] == {"id": "model:t5", "name": "T5", "type": "Model"}
    assert dict(_reference().nodes("Model", properties=["name", "size", "aliases"])) == got


def test_nodes_come_in_id_order_on_neo4j(read_store) -> None:
    if isinstance(read_store, Neo4jStore):
        node_ids = [node_id for node_id, _ in read_store.nodes()]
        assert node_ids == sorted(node_ids) and len(node_ids) == 9


def test_edges_by_type_with_their_properties(read_store) -> None:
    want = _reference()
    for edge_type in (*(t.value for t in EdgeType), None):
        got = sorted(read_store.edges(edge_type))
        assert got == sorted(want.edges(edge_type)), edge_type
    mentions = sorted(read_store.edges("MENTIONS"))
    assert [(s, t, k) for s, t, k, _ in mentions][:2] == [
        ("paper:arxiv:2401.00001", "dataset:glue", "MENTIONS:60"),
        ("paper:arxiv:2401.00001", "model:flan-t5-xl", "MENTIONS:40"),
    ]
    assert mentions[1][3] == {"type": "MENTIONS", "role": "mentions", "confidence": 0.3}
    assert list(read_store.edges("CITES")) == []


def test_a_node_by_id(read_store) -> None:
    assert read_store.node("model:flan-t5") == _reference().node("model:flan-t5")
    assert read_store.node("model:flan-t5")["name"] == "Flan-T5"
    assert read_store.node("model:nope") is None
    assert read_store.node("not an id") is None


@pytest.mark.parametrize("node_id", ["model:t5", "paper:arxiv:2401.00001", "model:lonely"])
@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_a_neighbourhood_is_the_focus_cut_of_the_whole_graph(read_store, node_id, depth) -> None:
    from citegraph.exports.subgraph import focus

    saved = NetworkxStore.from_graph(nx.node_link_graph(
        _reference().to_node_link(), directed=True, multigraph=True, edges="edges"
    ))  # as read back from a file: nodes by id, edges by (source, target, key)  # fmt: skip
    got = read_store.neighbourhood(node_id, depth)
    want = focus(saved.graph, node_id, depth)
    assert sorted(got.nodes) == sorted(want.nodes)
    assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))
    if isinstance(read_store, Neo4jStore):  # in a saved graph's order, like its focus cut
        assert list(got.nodes) == list(want.nodes)
        assert list(got.edges(keys=True)) == list(want.edges(keys=True))
    for node in want:
        assert {k: v for k, v in got.nodes[node].items() if k != "id"} == want.nodes[node]
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))


def test_a_neighbourhood_of_a_missing_node_or_a_negative_depth_is_an_error(read_store) -> None:
    with pytest.raises(StoreError, match="model:nope: no such node"):
        read_store.neighbourhood("model:nope", 1)
    with pytest.raises(StoreError, match="depth must be 0 or more"):
        read_store.neighbourhood("model:t5", -1)


@pytest.mark.parametrize(
    "node_id", ["model:t5", "model:flan-t5", "model:flan-t5-xl", "model:lonely"]
)
def test_reachable_is_the_lineage_up_and_down(read_store, node_id: str) -> None:
    lineage = {"VARIANT_OF", "BASED_ON"}
    got = read_store.reachable(node_id, lineage)
    want = _reference().reachable(node_id, lineage)
    assert sorted(got.nodes) == sorted(want.nodes)
    assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))
    if node_id != "model:lonely":
        assert sorted(got.nodes) == ["model:flan-t5", "model:flan-t5-xl", "model:t5"]
    assert got.nodes[node_id]["type"] == "Model"


def test_links_are_a_projection_with_only_the_wanted_properties(read_store) -> None:
    wanted = dict(
        edge_types=["MENTIONS", "HAS_CODE", "BASED_ON"], edge_properties=["confidence"],
        source_properties=["published_on"],
    )  # fmt: skip
    got = sorted(read_store.links(**wanted))
    assert got == sorted(_reference().links(**wanted))
    assert len(got) == 7
    first = got[0]
    assert (first.source, first.target, first.type, first.key) == (
        "model:flan-t5", "model:t5", "BASED_ON", "BASED_ON:",
    )  # fmt: skip
    assert (first.edge, first.source_node) == ({"type": "BASED_ON"}, {"type": "Model"})
    assert got[2].edge == {"type": "MENTIONS", "confidence": 0.3}
    assert got[2].source_node == {"type": "Paper", "published_on": "2024-01-01"}


def test_canonical_id_follows_a_title_merged_into_its_arxiv_paper(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    by_title = _paper("a.txt", 1)
    by_arxiv = Paper(
        id=ids.paper_id(arxiv_id="2305.14314"), arxiv_id="2305.14314", title=by_title.title,
        sources=(SourceRef(path="b.txt", line=1),),
    )  # fmt: skip
    store.upsert_nodes([by_title])
    assert store.canonical_id(by_title.id) == by_title.id
    store.upsert_nodes([by_arxiv])
    assert store.canonical_id(by_title.id) == "paper:arxiv:2305.14314"
    assert store.canonical_id("model:llama") == "model:llama"
    assert store.node(by_title.id) is None
    assert store.node("paper:arxiv:2305.14314")["sources"] == ["a.txt:1", "b.txt:1"]


@pytest.mark.neo4j
@pytest.mark.parametrize("make_store", ["neo4j"], indirect=True)
def test_neo4j_reads_in_pages_give_what_one_page_gives(make_store: StoreFactory) -> None:
    """Pages of two nodes: every paged read crosses page boundaries, none repeats or skips."""
    store = make_store()
    assert isinstance(store, Neo4jStore)
    _read_fixture(store)
    one_page = (
        list(store.nodes()), list(store.nodes("Model", ["name"])), list(store.edges()),
        list(store.links(["MENTIONS", "VARIANT_OF"], edge_properties=["role"])),
        sorted(store.neighbourhood("model:flan-t5", 2).edges(keys=True)),
    )  # fmt: skip
    store.read_page = 2
    paged = (
        list(store.nodes()), list(store.nodes("Model", ["name"])), list(store.edges()),
        list(store.links(["MENTIONS", "VARIANT_OF"], edge_properties=["role"])),
        sorted(store.neighbourhood("model:flan-t5", 2).edges(keys=True)),
    )  # fmt: skip
    assert paged == one_page
    assert len(one_page[0]) == 9 and len(one_page[2]) == 9


def test_the_whole_graph_is_the_same_in_both_stores(read_store) -> None:
    got, want = read_store.whole_graph(), _reference().graph
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))
