"""Structured sources and the title -> arXiv merge, on both stores (networkx and real Neo4j).

Same contract as tests/test_store_contract.py, whose `make_store` fixture runs every test here
once per store: a paper listed by title and the same paper with an arXiv id are one node in
either store, with the same properties, edges and redirects.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from citegraph import pipeline
from citegraph.graph import ids
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.neo4j_store import Neo4jStore
from citegraph.graph.records import Edge, EdgeType, Evidence, Method, Model, Paper, SourceRef
from citegraph.linker import Linker
from citegraph.loaders import load
from citegraph.sources import Neo4jSettings
from tests.test_store_contract import StoreFactory, graph_of, make_store

__all__ = ["make_store"]  # the fixture, imported so that pytest finds it here

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
SOURCES = sorted(FIXTURES.iterdir())
DUMP = Path(__file__).resolve().parent.parent / "examples/data/hf-papers/002_07f6c70c59064733.txt"
TITLE = "Camels in a Changing Climate: Enhancing LM Adaptation with Tulu 2"
ARXIV = "paper:arxiv:2311.10702"
TITLE_ID = ids.paper_id(title=TITLE)
LLAMA = Model(id="model:llama", name="LLaMA")


def redirects_of(store: object) -> dict[str, str]:
    assert isinstance(store, NetworkxStore | Neo4jStore)
    return dict(store.redirects)


def _mention(source: str, path: str, start: int) -> Edge:
    return Edge(
        source=source, target=LLAMA.id, type=EdgeType.MENTIONS, key="text",
        evidence=Evidence(
            surface="LLaMA", span=(start, start + 5), score=1.0, method=Method.EXACT,
            source=SourceRef(path=path, line=1),
        ),
    )  # fmt: skip


def _by_title(path: str, abstract: str = "") -> Paper:
    return Paper(
        id=TITLE_ID, title=TITLE, abstract=abstract, sources=(SourceRef(path=path, line=19),)
    )


def _by_arxiv(path: str, title: str = TITLE) -> Paper:
    return Paper(
        id=ARXIV, title=title, arxiv_id="2311.10702", upvotes=12,
        sources=(SourceRef(path=path, line=2),),
    )  # fmt: skip


@pytest.mark.parametrize("title_first", [True, False], ids=["title-first", "arxiv-first"])
def test_a_title_paper_and_its_arxiv_paper_are_one_node(
    make_store: StoreFactory, title_first: bool
) -> None:
    store = make_store()
    store.upsert_nodes([LLAMA])
    steps = [
        lambda: (
            store.upsert_nodes([_by_title("dump.txt", "A longer abstract from the dump.")]),
            store.upsert_edges([_mention(TITLE_ID, "dump.txt", 40)]),
        ),
        # The API's title differs in case and punctuation only: the same title key.
        lambda: (
            store.upsert_nodes([_by_arxiv("api.json", title=TITLE.upper() + "!")]),
            store.upsert_edges([_mention(ARXIV, "api.json", 40)]),
        ),
    ]
    for step in steps if title_first else reversed(steps):
        step()
    graph = graph_of(store)
    assert [n for n, t in graph.nodes(data="type") if t == "Paper"] == [ARXIV]
    attrs = graph.nodes[ARXIV]
    assert attrs["sources"] == ["api.json:2", "dump.txt:19"]
    assert (attrs["arxiv_id"], attrs["upvotes"]) == ("2311.10702", 12)
    assert attrs["abstract"] == "A longer abstract from the dump."
    assert redirects_of(store) == {TITLE_ID: ARXIV}
    # The two mentions of one entity under one key merge into one edge on the arXiv node.
    assert [(s, t, k) for s, t, k in graph.edges(keys=True)] == [
        (ARXIV, "model:llama", "MENTIONS:text")
    ]
    # Later records naming the old id land on the arXiv node, in this and later writes.
    store.upsert_nodes([_by_title("other.txt")])
    store.upsert_edges([_mention(TITLE_ID, "other.txt", 7)])
    graph = graph_of(store)
    assert graph.nodes[ARXIV]["sources"] == ["api.json:2", "dump.txt:19", "other.txt:19"]
    assert store.stats()["nodes"]["Paper"] == 1
    assert store.stats()["edges"]["MENTIONS"] == 1


def test_merging_moves_every_relationship_type_in_both_directions(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    model = Model(id="model:hf:allenai/tulu-2-7b", name="allenai/tulu-2-7b")
    store.upsert_nodes([LLAMA, model, _by_title("dump.txt")])
    cites = Edge(source=model.id, target=TITLE_ID, type=EdgeType.CITES, key="hf-hub")
    store.upsert_edges([_mention(TITLE_ID, "dump.txt", 3), cites])
    store.upsert_nodes([_by_arxiv("api.json")])
    graph = graph_of(store)
    assert sorted(graph.edges(keys=True)) == [
        (model.id, ARXIV, "CITES:hf-hub"),
        (ARXIV, "model:llama", "MENTIONS:text"),
    ]
    assert graph.edges[ARXIV, "model:llama", "MENTIONS:text"]["source_file"] == "dump.txt"


def test_a_paper_known_only_by_arxiv_id_takes_the_title_when_it_arrives(
    make_store: StoreFactory,
) -> None:
    store = make_store()
    store.upsert_nodes([Paper(id=ARXIV, arxiv_id="2311.10702")])
    store.upsert_nodes([_by_title("dump.txt")])  # no title key on the stub: stays apart
    assert store.stats()["nodes"]["Paper"] == 2
    store.upsert_nodes([_by_arxiv("api.json")])
    graph = graph_of(store)
    assert [n for n, t in graph.nodes(data="type") if t == "Paper"] == [ARXIV]
    assert graph.nodes[ARXIV]["title"] == TITLE


def _build(store: object, paths: list[Path], linker: Linker) -> None:
    for path in paths:
        pipeline.write_records(store, load(path), linker)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("dump_first", [True, False], ids=["dump-first", "dump-last"])
def test_text_dump_and_structured_sources_build_one_graph_in_both_stores(
    make_store: StoreFactory, linker: Linker, dump_first: bool
) -> None:
    paths = [DUMP, *SOURCES] if dump_first else [*SOURCES, DUMP]
    store = make_store()
    _build(store, paths, linker)
    reference = NetworkxStore()
    _build(reference, [DUMP, *SOURCES], linker)
    got, want = graph_of(store), reference.graph
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))
    assert redirects_of(store) == reference.redirects == {TITLE_ID: ARXIV}

    # One node per paper: the dump's listing, the papers API, PwC and Hub tags meet.
    assert TITLE_ID not in got
    sources = got.nodes[ARXIV]["sources"]
    assert f"{DUMP}:19" in sources and f"{FIXTURES / 'pwc_links.json'}:2" in sources
    assert got.nodes[ARXIV]["published_on"] == "2023-11-17"  # arXiv date, not the feature day
    _assert_declared_edges(got)

    # Building everything again changes nothing.
    before = store.stats()
    _build(store, list(reversed(paths)), linker)
    assert store.stats() == before


def _assert_declared_edges(graph: nx.MultiDiGraph) -> None:
    def based_on(model: str) -> dict[str, str]:
        return {
            target.removeprefix("model:hf:"): data["relation"]
            for _, target, data in graph.out_edges(f"model:hf:{model}", data=True)
            if data["type"] == "BASED_ON"
        }

    assert based_on("allenai/tulu-2-7b") == {"meta-llama/Llama-2-7b-hf": "finetune"}
    assert based_on("TheBloke/tulu-2-7B-GGUF") == {"allenai/tulu-2-7b": "quantized"}
    assert based_on("example-user/tulu-2-7b-medical-lora") == {"allenai/tulu-2-7b": "adapter"}
    assert based_on("example-user/tulu-mistral-slerp-7b") == {
        "allenai/tulu-2-7b": "merge",
        "mistralai/Mistral-7B-v0.1": "merge",
    }
    code = {
        (target, data["declared_by"], data["official"])
        for _, target, data in graph.out_edges(ARXIV, data=True)
        if data["type"] == "HAS_CODE"
    }
    assert code == {
        ("repo:github:allenai/open-instruct", "hf-papers", True),
        ("repo:github:allenai/open-instruct", "paperswithcode", True),
        ("repo:github:example-user/tulu2-reproduction", "paperswithcode", False),
    }
    for _, _, data in graph.edges(data=True):
        if data["type"] in ("BASED_ON", "CITES", "TRAINED_ON", "HAS_CODE") and data.get(
            "declared_by"
        ):
            assert data["method"] == "declared"
            assert data["source_file"].startswith(str(FIXTURES))
    # Hub tags: arxiv:2311.10702v2 cites the paper, version dropped; dataset tags.
    assert graph.has_edge("model:hf:allenai/tulu-2-7b", ARXIV, "CITES:hf-hub")
    assert graph.has_edge("model:hf:allenai/tulu-2-7b", ARXIV, "CITES:hf-papers")
    assert graph.has_edge(
        "model:hf:allenai/tulu-2-dpo-7b",
        "dataset:hf:HuggingFaceH4/ultrafeedback_binarized",
        "TRAINED_ON:hf-hub",
    )
    # A model named in an abstract is the Hub's node when the catalog maps the name.
    llama = "model:hf:meta-llama/Llama-2-7b-hf"
    mention = graph.edges["paper:arxiv:2401.00001", llama, "MENTIONS:text"]
    assert (mention["surface"], mention["method"]) == ("Llama 2 7B", "exact")
    assert graph.has_edge("model:hf:allenai/tulu-2-7b", llama, "BASED_ON:hf-hub")


def test_push_and_pull_keep_the_redirects(
    neo4j_driver: object, neo4j_uri: str, neo4j_auth: object, tmp_path: Path, linker: Linker
) -> None:
    saved = NetworkxStore(tmp_path / "g.json")
    _build(saved, [DUMP, FIXTURES / "pwc_links.json"], linker)
    saved.save()
    user, password = neo4j_auth if neo4j_auth else (None, None)  # type: ignore[misc]
    settings = Neo4jSettings(neo4j_uri, user=user, password=password)
    pipeline.push(tmp_path / "g.json", settings)
    with settings.open() as store:
        assert store.redirects == {TITLE_ID: ARXIV}
        # A later build of the dump alone, straight into Neo4j, still lands on the arXiv node.
        _build(store, [DUMP], linker)
        assert TITLE_ID not in store.to_networkx()
    pipeline.pull(settings, tmp_path / "pulled.json")
    assert NetworkxStore(tmp_path / "pulled.json").open().redirects == {TITLE_ID: ARXIV}
