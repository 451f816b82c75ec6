"""Named queries: behaviour on small hand-made graphs, on the bundled data, and from the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import Dataset, Edge, EdgeType, Evidence, Method, Model, Paper, Role
from citegraph.graph.vocabulary import BUILDS_ON_MIN_CONFIDENCE
from citegraph.queries import QUERIES, QueryError, get_query, run_query
from tests.conftest import citegraph_in_process

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def _paper(title: str) -> Paper:
    return Paper(id=ids.paper_id(title=title), title=title)


def _mention(
    paper: Paper, target: str, role: Role, surface: str, confidence: float | None = None
) -> Edge:
    return Edge(
        source=paper.id, target=target, type=EdgeType.MENTIONS, key="text", role=role,
        confidence=confidence,
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
        {"direction": "ancestor", "distance": 1, "id": "model:t5", "name": "T5",
         "relation": "finetune", "declared_by": None},
        {"direction": "descendant", "distance": 1, "id": "model:hf:google/flan-t5-xl",
         "name": "Flan-T5-XL", "relation": "variant", "declared_by": None},
    ]  # fmt: skip


def test_lineage_rows_carry_the_relation_that_joins_each_model(t5_graph) -> None:
    """Two steps away, the row names the edge at its own end of the path."""
    quantized = Model(id="model:hf:someone/flan-t5-xl-gguf", name="flan-t5-xl-gguf")
    t5_graph.upsert_nodes([quantized])
    t5_graph.upsert_edges([
        Edge(source=quantized.id, target="model:hf:google/flan-t5-xl", type=EdgeType.BASED_ON,
             key="hf-hub", relation="quantized",
             evidence=Evidence(surface="base_model:quantized:google/flan-t5-xl", span=(0, 0),
                               score=1.0, method=Method.DECLARED, declared_by="hf-hub")),
    ])  # fmt: skip
    rows = {row["name"]: row for row in ask(t5_graph, "lineage", model="T5")}
    assert {name: (row["distance"], row["relation"], row["declared_by"])
            for name, row in rows.items()} == {
        "Flan-T5": (1, "finetune", None),
        "Flan-T5-XL": (2, "variant", None),
        "flan-t5-xl-gguf": (3, "quantized", "hf-hub"),
    }  # fmt: skip
    up = ask(t5_graph, "lineage", model=quantized.id)
    assert [(r["name"], r["relation"]) for r in up] == [
        ("Flan-T5-XL", "quantized"), ("Flan-T5", "variant"), ("T5", "finetune"),
    ]  # fmt: skip


def test_builds_on_includes_derived_models(t5_graph) -> None:
    rows = ask(t5_graph, "builds-on", model="T5")
    assert [(r["title"], r["via_models"], r["evidence"]) for r in rows] == [
        ("Tuning Flan", ["Flan-T5-XL"], ["Flan-T5 XL"])
    ]


def test_builds_on_lists_a_paper_once_with_every_model_it_names(t5_graph) -> None:
    twice = _paper("Two Checkpoints")
    t5_graph.upsert_nodes([twice])
    t5_graph.upsert_edges([
        _mention(twice, "model:t5", Role.BUILDS_ON, "T5"),
        _mention(twice, "model:hf:google/flan-t5-xl", Role.BUILDS_ON, "flan-t5-xl"),
    ])  # fmt: skip
    rows = ask(t5_graph, "builds-on", model="T5")
    assert [row["paper_id"] for row in rows] == ["paper:title:tuning-flan",
                                                 "paper:title:two-checkpoints"]  # fmt: skip
    assert rows[1] == {
        "paper_id": "paper:title:two-checkpoints", "title": "Two Checkpoints",
        "via_models": ["Flan-T5-XL", "T5"],
        "via_model_ids": ["model:hf:google/flan-t5-xl", "model:t5"],
        "evidence": ["flan-t5-xl", "T5"],
    }  # fmt: skip


def test_co_mentioned_rolls_up_families_and_names_the_papers(t5_graph) -> None:
    tuner = {"id": "paper:title:tuning-flan", "title": "Tuning Flan"}
    comparer = {"id": "paper:title:beating-t5", "title": "Beating T5"}
    # T5 stands for its family: the paper tuning Flan-T5-XL counts with the one naming T5.
    assert ask(t5_graph, "co-mentioned", entity="T5") == [
        {"id": "dataset:squad", "name": "SQuAD", "type": "Dataset", "count": 2,
         "papers": [comparer, tuner]},
    ]  # fmt: skip
    # Seen from SQuAD, Flan-T5-XL counts for its family root T5.
    assert ask(t5_graph, "co-mentioned", entity="SQuAD", type="model") == [
        {"id": "model:t5", "name": "T5", "type": "Model", "count": 2,
         "papers": [comparer, tuner]},
    ]  # fmt: skip


def test_co_mentioned_exact_counts_exact_nodes(t5_graph) -> None:
    assert ask(t5_graph, "co-mentioned", entity="SQuAD", type="model", exact="true") == [
        {"id": "model:hf:google/flan-t5-xl", "name": "Flan-T5-XL", "type": "Model", "count": 1,
         "papers": [{"id": "paper:title:tuning-flan", "title": "Tuning Flan"}]},
        {"id": "model:t5", "name": "T5", "type": "Model", "count": 1,
         "papers": [{"id": "paper:title:beating-t5", "title": "Beating T5"}]},
    ]  # fmt: skip
    assert [row["count"] for row in ask(t5_graph, "co-mentioned", entity="T5", exact="true")] == [1]


@pytest.fixture
def dated_graph() -> NetworkxStore:
    """Three papers on SQuAD with T5: 2022 (sure of it), 2023 (unsure: just at the default
    threshold, so counted unless a query asks for more), and one undated."""
    store = NetworkxStore()
    t5, squad = Model(id="model:t5", name="T5"), Dataset(id="dataset:squad", name="SQuAD")
    papers = [
        Paper(id=ids.paper_id(title=title), title=title, published_on=date)
        for title, date in (("Old", dt.date(2022, 3, 1)), ("New", dt.date(2023, 12, 31)),
                            ("Undated", None))
    ]  # fmt: skip
    store.upsert_nodes([t5, squad, *papers])
    unsure = BUILDS_ON_MIN_CONFIDENCE
    for paper, confidence in zip(papers, (0.95, unsure, 0.95), strict=True):
        store.upsert_edges([
            _mention(paper, t5.id, Role.BUILDS_ON, "T5", confidence),
            _mention(paper, squad.id, Role.EVALUATES_ON, "SQuAD", confidence),
        ])  # fmt: skip
    return store


def _titles(rows: list[dict]) -> list[str]:
    return sorted(
        paper["title"] for row in rows for paper in row.get("papers", [row])
        if isinstance(paper, dict)
    )  # fmt: skip


@pytest.mark.parametrize(
    "given, titles",
    [
        ({}, ["New", "Old", "Undated"]),
        ({"since": "2023"}, ["New"]),
        ({"until": "2023-11"}, ["Old"]),
        ({"until": "2023"}, ["New", "Old"]),  # a year alone runs to its last day
        ({"since": "2022-03-01", "until": "2022-03-01"}, ["Old"]),
        ({"min_confidence": "0.9"}, ["Old", "Undated"]),
    ],
)
def test_every_paper_query_filters_by_date_and_confidence(
    dated_graph, given: dict[str, str], titles: list[str]
) -> None:
    assert _titles(ask(dated_graph, "shared-base-model", **given)) == titles
    assert _titles(ask(dated_graph, "builds-on", model="T5", **given)) == titles
    assert _titles(ask(dated_graph, "co-mentioned", entity="T5", **given)) == titles
    counts = {row["name"]: row["papers"] for row in ask(dated_graph, "top-entities", **given)}
    assert counts == {"SQuAD": len(titles), "T5": len(titles)}
    # The seed paper is compared whatever its date; the others are filtered.
    similar = ask(dated_graph, "similar-papers", paper="Undated", **given)
    assert [row["title"] for row in similar] == [t for t in titles if t != "Undated"]


@pytest.mark.parametrize(
    "text, bound", [("2024-02", "2024-02-29"), ("2023", "2023-12-31"), ("2023-05-04", "2023-05-04")]
)
def test_until_binds_the_last_day_of_a_year_or_month(text: str, bound: str) -> None:
    assert get_query("builds-on").bind({"model": "T5", "until": text})["until"] == bound


@pytest.mark.parametrize(
    "text, bound", [("2024-02", "2024-02-01"), ("2023", "2023-01-01"), ("2023-05-04", "2023-05-04")]
)
def test_since_binds_the_first_day_of_a_year_or_month(text: str, bound: str) -> None:
    assert get_query("builds-on").bind({"model": "T5", "since": text})["since"] == bound


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
        (
            "builds-on",
            {"model": "T5", "since": "last year"},
            "parameter since must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not 'last year'",
        ),
        (
            "top-entities",
            {"until": "2023-02-30"},
            "parameter until must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not '2023-02-30'",
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
def bundled_graph(bundled_graph_file: Path) -> Path:
    return bundled_graph_file  # the session's `citegraph build` of the bundled dumps


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
    assert table.stdout.splitlines()[0].split() == [
        "DIRECTION", "DISTANCE", "NAME", "RELATION", "DECLARED_BY", "ID"
    ]
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


@pytest.mark.parametrize(
    "query, params, centre, also",
    [
        ("lineage", {"model": "Flan-T5"}, ("model:flan-t5",), ()),
        ("builds-on", {"model": "T5"}, ("model:t5",), ()),
        ("co-mentioned", {"entity": "SuperGLUE"}, ("dataset:hf:aps/super_glue",), ()),
        ("similar-papers", {"paper": "Large Language Models with Controllable Working Memory"},
         ("paper:title:large-language-models-with-controllable-working-memory",),
         ("model:palm", "model:t5")),
        ("path", {"source": "Flan-T5", "target": "MIMIC-III"},
         ("model:flan-t5", "dataset:mimic-iii"), ()),
        ("shared-base-model", {}, (), ()),
    ],
)  # fmt: skip
def test_a_query_view_holds_its_subject(
    bundled_graph: Path, query: str, params: dict, centre: tuple, also: tuple
) -> None:
    """What a query is about is in its view even when no row names it (lineage's model,
    similar-papers' seed), and stays there under --max-nodes."""
    from citegraph import exporting

    selection = exporting.select(bundled_graph, query=query, params=params)
    assert (selection.subject.centre, selection.subject.also) == (centre, also)
    assert all(node in selection.graph for node in centre + also)
    if centre:
        small = exporting.select(
            bundled_graph, query=query, params=params, max_nodes=len(centre + also)
        )
        assert small.subject == selection.subject
        assert set(small.graph) == set(centre + also)


@pytest.mark.slow
def test_lineage_follows_declared_hub_bases(bundled_dumps: list[Path], tmp_path: Path) -> None:
    """Hub metadata's base models (finetune, quantized, adapter, merge) extend the lineage."""
    sources = sorted((Path(__file__).parent / "fixtures" / "sources").iterdir())
    graph = tmp_path / "g.json"
    citegraph_in_process("build", *map(str, bundled_dumps), *map(str, sources), "--out", str(graph))
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


# -- output formats ----------------------------------------------------------------------------


def _query(bundled_graph: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("query", "co-mentioned", "-p", "entity=T5", "--limit", "4",
               "--graph", str(bundled_graph), *args)  # fmt: skip


@pytest.mark.slow
def test_every_format_holds_the_json_rows(bundled_graph: Path) -> None:
    as_json = _query(bundled_graph, "--json")
    assert as_json.returncode == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert len(rows) == 4 and all(len(row["papers"]) == row["count"] for row in rows)
    assert _query(bundled_graph, "--format", "json").stdout == as_json.stdout
    lines = _query(bundled_graph, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        text = _query(bundled_graph, "--format", fmt).stdout
        read = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        assert text.splitlines()[0].split(delimiter) == ["name", "type", "count", "id", "papers"]
        assert [
            {**row, "count": int(row["count"]), "papers": json.loads(row["papers"])}
            for row in read
        ] == rows


@pytest.mark.slow
def test_tables_cut_long_cells_unless_wide(bundled_graph: Path) -> None:
    rows = json.loads(_query(bundled_graph, "--json").stdout)
    first_title = rows[0]["papers"][0]["title"]
    cut = _query(bundled_graph).stdout.splitlines()
    wide = _query(bundled_graph, "--wide").stdout.splitlines()
    assert cut[0].split() == ["NAME", "TYPE", "COUNT", "ID", "PAPERS"]
    assert all(len(line) < 160 for line in cut) and cut[1].endswith("…")
    assert first_title in wide[1] and "; " in wide[1]


@pytest.mark.slow
def test_output_file_takes_its_format_from_its_extension(
    bundled_graph: Path, tmp_path: Path
) -> None:
    for name, fmt in (("rows.csv", "csv"), ("rows.jsonl", "jsonl"), ("rows.txt", "table")):
        out = tmp_path / name
        result = _query(bundled_graph, "-o", str(out))
        assert (result.returncode, result.stdout) == (0, "")
        assert result.stderr == f"{out}: 4 rows ({fmt})\n"
        assert out.read_text(encoding="utf-8") == _query(bundled_graph, "--format", fmt).stdout
    forced = tmp_path / "rows.csv"
    _query(bundled_graph, "-o", str(forced), "--format", "tsv")
    assert "\t" in forced.read_text(encoding="utf-8").splitlines()[0]
    clash = _query(bundled_graph, "--json", "--format", "csv")
    assert clash.returncode == 2
    assert clash.stderr.endswith("Error: --json and --format csv exclude each other\n")


def test_csv_cells_are_text_a_spreadsheet_reads() -> None:
    from citegraph.rendering import render_rows

    rows = [{"a": None, "b": True, "c": 0.5, "d": ["x", "y"], "e": "comma, and \"quote\""}]
    assert "".join(render_rows(rows, ("e",), "csv")) == (
        'e,a,b,c,d\n"comma, and ""quote""",,true,0.5,"[""x"", ""y""]"\n'
    )
    assert "".join(render_rows([], ("name", "id"), "csv")) == "name,id\n"
    assert "".join(render_rows([], ("name", "id"), "table")) == "(no rows)\n"
    assert "".join(render_rows([], ("name", "id"), "jsonl")) == ""
