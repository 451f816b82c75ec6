"""Named queries: behaviour on small hand-made graphs, on the bundled data, and from the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import Dataset, Edge, EdgeType, Evidence, Method, Model, Paper, Role
from citegraph.queries import QUERIES, QueryError, get_query, run_query

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def _paper(title: str) -> Paper:
    return Paper(id=ids.paper_id(title=title), title=title)


def _mention(paper: Paper, target: str, role: Role, surface: str) -> Edge:
    return Edge(
        source=paper.id, target=target, type=EdgeType.MENTIONS, key="text", role=role,
        evidence=Evidence(surface=surface, span=(0, len(surface)), score=1.0, method=Method.EXACT),
    )  # fmt: skip


@pytest.fixture
def t5_graph() -> NetworkxStore:
    """T5 <- Flan-T5 <- Flan-T5-XL; one paper fine-tunes Flan-T5-XL, one only compares with T5."""
    store = NetworkxStore()
    t5 = Model(id="model:t5", name="T5")
    flan = Model(id="model:flan-t5", name="Flan-T5", aliases=("FLAN-T5",))
    flan_xl = Model(id="model:hf:google/flan-t5-xl", name="Flan-T5-XL")
    squad = Dataset(id="dataset:squad", name="SQuAD")
    tuner, comparer, evaluator = (
        _paper("Tuning Flan"), _paper("Beating T5"), _paper("Evaluating on SQuAD"),
    )  # fmt: skip
    store.upsert_nodes([t5, flan, flan_xl, squad, tuner, comparer, evaluator])
    store.upsert_edges(
        [
            Edge(source=flan_xl.id, target=flan.id, type=EdgeType.VARIANT_OF),
            Edge(source=flan.id, target=t5.id, type=EdgeType.BASED_ON, relation="finetune"),
            _mention(tuner, flan_xl.id, Role.BUILDS_ON, "Flan-T5 XL"),
            _mention(tuner, squad.id, Role.EVALUATES_ON, "SQuAD"),
            _mention(comparer, t5.id, Role.COMPARES_WITH, "T5"),
            _mention(comparer, squad.id, Role.EVALUATES_ON, "SQuAD"),
            _mention(evaluator, squad.id, Role.EVALUATES_ON, "SQuAD"),
        ]
    )
    return store


def ask(store: NetworkxStore, name: str, **given: str) -> list[dict]:
    query = get_query(name)
    return run_query(query, store, query.bind(given))


def test_shared_base_model_rolls_checkpoints_up_and_ignores_comparisons(t5_graph) -> None:
    assert ask(t5_graph, "shared-base-model") == [
        {"base_model": "T5", "base_model_id": "model:t5",
         "papers": [{"id": "paper:title:tuning-flan", "title": "Tuning Flan"}], "count": 1},
    ]  # fmt: skip
    exact = ask(t5_graph, "shared-base-model", exact="true")
    assert [row["base_model"] for row in exact] == ["Flan-T5-XL"]


def test_lineage_goes_both_ways_nearest_first(t5_graph) -> None:
    assert ask(t5_graph, "lineage", model="flan-t5") == [
        {"direction": "ancestor", "distance": 1, "id": "model:t5", "name": "T5"},
        {"direction": "descendant", "distance": 1, "id": "model:hf:google/flan-t5-xl",
         "name": "Flan-T5-XL"},
    ]  # fmt: skip


def test_builds_on_includes_derived_models(t5_graph) -> None:
    rows = ask(t5_graph, "builds-on", model="T5")
    assert [(r["title"], r["via_model"], r["evidence"]) for r in rows] == [
        ("Tuning Flan", "Flan-T5-XL", "Flan-T5 XL")
    ]


def test_co_mentioned_counts_shared_papers(t5_graph) -> None:
    assert ask(t5_graph, "co-mentioned", entity="SQuAD", type="model") == [
        {"id": "model:hf:google/flan-t5-xl", "name": "Flan-T5-XL", "type": "Model", "papers": 1},
        {"id": "model:t5", "name": "T5", "type": "Model", "papers": 1},
    ]


def test_top_entities_rank_by_papers_with_pagerank(t5_graph) -> None:
    rows = ask(t5_graph, "top-entities")
    assert [(r["type"], r["name"], r["papers"]) for r in rows] == [
        ("Dataset", "SQuAD", 3), ("Model", "Flan-T5-XL", 1), ("Model", "T5", 1),
    ]  # fmt: skip
    assert all(0 < r["pagerank"] < 1 for r in rows)


def test_similar_papers_weigh_rare_entities_more(t5_graph) -> None:
    rows = ask(t5_graph, "similar-papers", paper="Tuning Flan")
    assert [(r["title"], r["shared"]) for r in rows] == [
        ("Beating T5", ["SQuAD"]), ("Evaluating on SQuAD", ["SQuAD"]),
    ]  # fmt: skip
    assert rows[0]["score"] == pytest.approx(1 / 1.0986, abs=1e-3)  # 1/log(3 papers)


def test_path_shows_what_lies_between(t5_graph) -> None:
    rows = ask(t5_graph, "path", source="Flan-T5-XL", target="Beating T5")
    assert [(r["name"], r["via"]) for r in rows] == [
        ("Flan-T5-XL", "-[VARIANT_OF]->"), ("Flan-T5", "-[BASED_ON]->"),
        ("T5", "<-[MENTIONS]-"), ("Beating T5", ""),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "name, given, message",
    [
        (
            "lineage",
            {},
            "query lineage needs --param model=...; its parameters: model (str, required), "
            "declared (bool)",
        ),
        ("lineage", {"model": "GPT-9"}, "no model called 'GPT-9' in the graph"),
        (
            "lineage",
            {"model": "T5", "depth": "2"},
            "query lineage has no parameter depth; its parameters: model (str, required), "
            "declared (bool)",
        ),
        (
            "shared-base-model",
            {"exact": "maybe"},
            "parameter exact must be true or false, not 'maybe'",
        ),
        (
            "co-mentioned",
            {"entity": "T5", "type": "paper"},
            "type must be model, dataset or repo, not 'paper'",
        ),
        ("path", {"source": "T5", "target": "Evaluating on SQuAD"}, None),
    ],
)
def test_bad_parameters_are_query_errors(
    t5_graph, name: str, given: dict, message: str | None
) -> None:
    if message is None:  # T5 -> Beating T5 -> SQuAD -> Evaluating on SQuAD exists: no error
        assert ask(t5_graph, name, **given)
        return
    with pytest.raises(QueryError) as caught:
        ask(t5_graph, name, **given)
    assert str(caught.value) == message


def test_unknown_query_lists_the_valid_names() -> None:
    with pytest.raises(
        QueryError, match="unknown query 'nope'; choose one of: shared-base-model, "
    ):
        get_query("nope")


# -- on the bundled data -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_graph(bundled_dumps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = tmp_path_factory.mktemp("queries") / "graph.json"
    subprocess.run([CITEGRAPH, "build", *map(str, bundled_dumps), "--out", str(graph)], check=True,
                   capture_output=True)  # fmt: skip
    return graph


@pytest.mark.slow
def test_the_t5_group_holds_t5_variant_builders_not_mere_comparisons(bundled_graph: Path) -> None:
    store = NetworkxStore(bundled_graph).open()
    rows = ask(store, "shared-base-model")
    t5 = next(row for row in rows if row["base_model_id"] == "model:t5")
    titles = {paper["title"] for paper in t5["papers"]}
    # Fine-tunes Flan-T5 XL/XXL: in the T5 family group.
    sdoh = "Large Language Models to Identify Social Determinants of Health in Electronic Health"
    assert f"{sdoh} Records" in titles
    # Instantiates SETRec on T5: in.
    assert (
        "Order-agnostic Identifier for Large Language Model-based Generative Recommendation"
        in titles
    )
    # Only compares its LLM prompt encoder against CLIP and T5-series models: not in.
    assert (
        "Exploring the Role of Large Language Models in Prompt Encoding for Diffusion Models"
        not in titles
    )
    for paper in t5["papers"]:
        roles = {
            attrs["role"]
            for _, target, attrs in store.graph.out_edges(paper["id"], data=True)
            if attrs.get("type") == "MENTIONS" and target.startswith("model:")
        }
        assert "builds_on" in roles


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_cli_list_and_json(bundled_graph: Path) -> None:
    listed = run("query", "--list")
    assert listed.returncode == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()] == list(QUERIES)
    result = run("query", "co-mentioned", "--graph", str(bundled_graph), "--param", "entity=T5",
                 "--param", "type=dataset", "--json", "--limit", "2")  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 2 and {row["type"] for row in rows} == {"Dataset"}


@pytest.mark.slow
def test_cli_table_and_errors(bundled_graph: Path) -> None:
    table = run("query", "lineage", "--graph", str(bundled_graph), "-p", "model=Flan-T5")
    assert table.returncode == 0
    assert table.stdout.splitlines()[0].split() == ["DIRECTION", "DISTANCE", "NAME", "ID"]
    unknown = run("query", "nope", "--graph", str(bundled_graph))
    assert unknown.returncode == 1
    assert unknown.stderr.startswith(
        "Error: unknown query 'nope'; choose one of: shared-base-model"
    )
    missing = run("query", "path", "--graph", str(bundled_graph), "-p", "source=T5")
    assert (missing.returncode, missing.stderr) == (
        1, "Error: query path needs --param target=...; its parameters: source (str, required), "
        "target (str, required)\n",
    )  # fmt: skip


@pytest.mark.slow
def test_export_html_of_a_query_answer(bundled_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "t5.html"
    result = run("export", "html", "--graph", str(bundled_graph), "-o", str(out),
                 "--query", "builds-on", "--param", "model=T5")  # fmt: skip
    assert result.returncode == 0, result.stderr
    nodes, edges = (int(result.stdout.split()[i]) for i in (1, 3))
    assert nodes > 20 and edges > 20  # papers, the T5 checkpoints they use, and the lineage
    stray = run("export", "html", "--graph", str(bundled_graph), "-o", str(out), "-p", "model=T5")
    assert stray.returncode == 2 and "--param needs --query" in stray.stderr


@pytest.mark.slow
def test_lineage_follows_declared_hub_bases(bundled_dumps: list[Path], tmp_path: Path) -> None:
    """Hub metadata's base models (finetune, quantized, adapter, merge) extend the lineage."""
    sources = sorted((Path(__file__).parent / "fixtures" / "sources").iterdir())
    graph = tmp_path / "g.json"
    built = run("build", *map(str, bundled_dumps), *map(str, sources), "--out", str(graph))
    assert built.returncode == 0, built.stderr
    store = NetworkxStore(graph).open()
    merged = ask(store, "lineage", model="example-user/tulu-mistral-slerp-7b")
    parents = {r["id"] for r in merged if r["direction"] == "ancestor" and r["distance"] == 1}
    assert parents == {"model:hf:allenai/tulu-2-7b", "model:hf:mistralai/Mistral-7B-v0.1"}
    roots = {r["name"] for r in merged if r["direction"] == "ancestor"}
    assert {"Llama 2", "Mistral"} <= roots
    relations = {
        (source, attrs["relation"])
        for source, target, attrs in store.graph.edges(data=True)
        if attrs.get("type") == "BASED_ON" and attrs.get("method") == "declared"
    }
    assert ("model:hf:TheBloke/tulu-2-7B-GGUF", "quantized") in relations
    assert ("model:hf:example-user/tulu-mistral-slerp-7b", "merge") in relations
    below = {r["id"] for r in ask(store, "lineage", model="meta-llama/Llama-2-7b-hf")
             if r["direction"] == "descendant"}  # fmt: skip
    assert "model:hf:TheBloke/tulu-2-7B-GGUF" in below
    declared = ask(store, "lineage", model="meta-llama/Llama-2-7b-hf", declared="true")
    assert {r["direction"] for r in declared} == {"descendant"}  # the catalog's family is not
    assert "model:hf:TheBloke/tulu-2-7B-GGUF" in {r["id"] for r in declared}
