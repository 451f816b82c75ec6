"""The JSON source loaders: HF Hub models, HF papers API, Papers with Code code links.

Fixtures in tests/fixtures/sources/ are written from the sources' real field names
(docs: ../shared/reference/ecosystem.md sections 1-2); tests here write smaller ones inline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citegraph import loaders
from citegraph.graph.errors import InputError
from citegraph.graph.records import Edge, EdgeType, Method, Model, Paper
from citegraph.loaders import code_links, hub_models, json_items, papers_api

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
DUMP = Path(__file__).resolve().parent.parent / "examples/data/hf-papers/002_07f6c70c59064733.txt"
CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def _write(tmp_path: Path, items: list[Any], *, lines: bool = False, name: str = "in") -> Path:
    path = tmp_path / name
    if lines:
        path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    else:
        path.write_text(json.dumps(items, indent=2), encoding="utf-8")
    return path


def _edges(records: list[Any], edge_type: EdgeType) -> list[Edge]:
    return [r for r in records if isinstance(r, Edge) and r.type == edge_type]


# -- sniffing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, loader",
    [
        ("hub_models.json", hub_models),
        ("hub_models.jsonl", hub_models),
        ("daily_papers.json", papers_api),
        ("papers.jsonl", papers_api),
        ("pwc_links.json", code_links),
    ],
)
def test_formats_are_sniffed_from_content(name: str, loader: object, tmp_path: Path) -> None:
    assert loaders.sniff(FIXTURES / name) is loader
    renamed = tmp_path / "no-extension"
    renamed.write_bytes((FIXTURES / name).read_bytes())
    assert loaders.sniff(renamed) is loader


def test_sniffing_reads_past_a_long_author_list(tmp_path: Path) -> None:
    authors = [{"_id": f"{i:024x}", "name": f"Author {i}", "hidden": False} for i in range(300)]
    path = _write(tmp_path, [{"id": "2401.00001", "authors": authors, "title": "T"}], lines=True)
    assert loaders.sniff(path) is papers_api


def test_json_of_an_unknown_shape_names_its_keys(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"name": "x", "value": 1}])
    with pytest.raises(InputError) as caught:
        loaders.sniff(path)
    assert str(caught.value) == (
        f"{path}:1: JSON of an unknown shape (first object's keys: name, value); "
        "expected HF Hub models, HF papers API or Papers with Code links"
    )


def test_first_object_keys_only_sees_the_top_level() -> None:
    head = b'[{"id": "a", "cardData": {"base_model": "b", "x": [{"y": 1}]}, "tags": ["t"'
    assert json_items.first_object_keys(head) == {"id", "cardData", "tags"}
    assert json_items.first_object_keys(b"Title\nabstract") is None


# -- HF Hub models --------------------------------------------------------------------------


def _hub(**fields: Any) -> dict[str, Any]:
    return {"id": "org/child", "author": "org", **fields}


@pytest.mark.parametrize(
    "fields, expected",
    [
        # one base, no relation anywhere: the Hub infers finetune
        ({"cardData": {"base_model": "org/base"}}, {"org/base": "finetune"}),
        # two or more bases: a merge
        ({"cardData": {"base_model": ["org/a", "org/b"]}}, {"org/a": "merge", "org/b": "merge"}),
        # the card's base_model_relation
        (
            {"cardData": {"base_model": "org/base", "base_model_relation": "quantized"}},
            {"org/base": "quantized"},
        ),
        # the typed tag wins over the card, and over inference from two bases
        (
            {
                "tags": ["base_model:org/a", "base_model:adapter:org/a", "base_model:org/b"],
                "cardData": {"base_model_relation": "finetune"},
            },
            {"org/a": "adapter", "org/b": "finetune"},
        ),
        # plain tags only (older repos) and a card naming the base by URL
        (
            {
                "tags": ["base_model:org/a"],
                "cardData": {"base_model": "https://huggingface.co/org/a"},
            },
            {"org/a": "finetune"},
        ),
        # expanded baseModels
        (
            {"baseModels": {"relation": "quantized", "models": [{"_id": "x", "id": "org/q"}]}},
            {"org/q": "quantized"},
        ),
        # a card naming the model itself is no lineage
        ({"cardData": {"base_model": "org/child"}}, {}),
    ],
)
def test_hub_base_model_relations(
    fields: dict[str, Any], expected: dict[str, str], tmp_path: Path
) -> None:
    records = list(loaders.load(_write(tmp_path, [_hub(**fields)])))
    edges = _edges(records, EdgeType.BASED_ON)
    assert {e.target.removeprefix("model:hf:"): e.relation for e in edges} == expected
    node_ids = {r.id for r in records if isinstance(r, Model)}
    assert {e.target for e in edges} <= node_ids  # bases only referenced get nodes
    for edge in edges:
        assert (edge.key, edge.evidence.method, edge.evidence.declared_by) == (
            "hf-hub", Method.DECLARED, "hf-hub",
        )  # fmt: skip


def test_hub_model_node_tags_and_places() -> None:
    records = list(hub_models.load(FIXTURES / "hub_models.json"))
    model = records[0]
    assert isinstance(model, Model)
    assert model.model_dump(exclude={"sources", "aliases", "size"}) == {
        "id": "model:hf:allenai/tulu-2-7b", "name": "allenai/tulu-2-7b",
        "hf_id": "allenai/tulu-2-7b", "origin": "hub", "author": "allenai",
        "pipeline_tag": "text-generation", "library_name": "transformers", "downloads": 1824,
        "likes": 8, "created_on": dt.date(2023, 11, 13),
    }  # fmt: skip
    assert str(model.sources[0]) == f"{FIXTURES / 'hub_models.json'}:2"
    cites = _edges(records, EdgeType.CITES)
    assert (cites[0].source, cites[0].target, cites[0].evidence.surface) == (
        "model:hf:allenai/tulu-2-7b", "paper:arxiv:2311.10702", "arxiv:2311.10702v2",
    )  # fmt: skip
    cited = next(r for r in records if isinstance(r, Paper))
    assert (cited.id, cited.title, cited.arxiv_id) == ("paper:arxiv:2311.10702", "", "2311.10702")
    trained = _edges(records, EdgeType.TRAINED_ON)
    assert [e.target for e in trained[:1]] == ["dataset:hf:allenai/tulu-v2-sft-mixture"]
    # the quantized model starts on line 26 of the pretty-printed array
    assert [str(e.evidence.source) for e in _edges(records, EdgeType.BASED_ON)][1] == (
        f"{FIXTURES / 'hub_models.json'}:26"
    )


# -- HF papers API --------------------------------------------------------------------------


def test_daily_papers_item_uses_the_arxiv_date_and_the_nested_paper() -> None:
    records = list(papers_api.load(FIXTURES / "daily_papers.json"))
    paper = records[0]
    assert isinstance(paper, Paper)
    assert (paper.id, paper.arxiv_id, paper.title_key) == (
        "paper:arxiv:2311.10702", "2311.10702",
        "camels-in-a-changing-climate-enhancing-lm-adaptation-with-tulu-2",
    )  # fmt: skip
    # paper.publishedAt is the arXiv date; the item's own publishedAt is the feature day.
    assert (paper.published_on, paper.upvotes, paper.authors_count, paper.organisation) == (
        dt.date(2023, 11, 17), 12, 4, "Ai2",
    )  # fmt: skip
    assert paper.abstract.startswith("Since the release of")
    (code,) = _edges(records, EdgeType.HAS_CODE)
    assert (code.target, code.official, code.key, code.evidence.declared_by) == (
        "repo:github:allenai/open-instruct", True, "hf-papers", "hf-papers",
    )  # fmt: skip


def test_flat_paper_links_models_and_datasets_to_it() -> None:
    records = list(papers_api.load(FIXTURES / "papers.jsonl"))
    cites = _edges(records, EdgeType.CITES)
    assert [(e.source, e.target) for e in cites] == [
        ("model:hf:allenai/tulu-2-7b", "paper:arxiv:2311.10702"),
        ("model:hf:allenai/tulu-2-dpo-7b", "paper:arxiv:2311.10702"),
        ("dataset:hf:allenai/tulu-v2-sft-mixture", "paper:arxiv:2311.10702"),
    ]
    linked = next(r for r in records if isinstance(r, Model))
    assert (linked.downloads, linked.likes, linked.author) == (1900, 9, "allenai")


# -- Papers with Code -----------------------------------------------------------------------


def test_code_links_carry_official_and_their_source(tmp_path: Path) -> None:
    records = list(code_links.load(FIXTURES / "pwc_links.json"))
    code = _edges(records, EdgeType.HAS_CODE)
    assert [(e.target, e.official) for e in code] == [
        ("repo:github:allenai/open-instruct", True),
        ("repo:github:example-user/tulu2-reproduction", False),
        ("repo:github:eric-mitchell/direct-preference-optimization", True),
    ]
    assert {(e.key, e.evidence.declared_by, e.evidence.method) for e in code} == {
        ("paperswithcode", "paperswithcode", Method.DECLARED)
    }
    # Without an arXiv id the paper is named by its title, like a text dump's listing.
    path = _write(tmp_path, [{"paper_url": "u", "paper_title": "Graph Language Models",
                              "paper_arxiv_id": None, "repo_url": "https://github.com/o/r.git",
                              "is_official": None}])  # fmt: skip
    paper, repo, edge = list(loaders.load(path))
    assert (paper.id, repo.id, repo.url, edge.official) == (
        "paper:title:graph-language-models", "repo:github:o/r", "https://github.com/o/r", None,
    )  # fmt: skip


# -- streaming ------------------------------------------------------------------------------


def test_items_larger_than_the_read_chunk_stream_with_their_lines(tmp_path: Path) -> None:
    big = "x" * 150_000  # over two 64 KiB chunks per item
    items = [_hub(id=f"org/m{i}", cardData={"note": big}) for i in range(5)]
    path = _write(tmp_path, items)
    got = list(json_items.iter_items(path))
    assert [item.value["id"] for item in got] == [f"org/m{i}" for i in range(5)]
    text = path.read_text()
    starts = [text.count("\n", 0, text.index(f'"org/m{i}"')) for i in range(5)]
    assert [item.line for item in got] == starts  # the line of each item's `{`
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(items))
    assert [(i.index, i.line) for i in json_items.iter_items(compact)] == [
        (n, 1) for n in range(1, 6)
    ]


# -- bad input ------------------------------------------------------------------------------


_BAD = [
    ('[\n{"id": "org/a", "tags": []},\n{"id": "org/b", "tags": [}\n]',
     "3: item 2: malformed JSON: Expecting value"),
    ('[\n{"id": "org/a", "author": "o"},\n{"author": "o"}\n]',
     "3: item 2: missing required field id"),
    ('{"id": "org/a", "author": "o", "tags": "gguf"}\n',
     "1: item 1: tags must be a list of strings"),
    ('{"id": "org/a", "author": "o", "downloads": -1}\n',
     "1: item 1: downloads must be a non-negative integer, got -1"),
    ('{"id": "org/a", "author": "o", "cardData": {"base_model": [1]}}\n',
     "1: item 1: cardData.base_model must be a string or a list of strings"),
    # Found by tests/test_fuzz_loaders.py: was a TypeError traceback.
    ('{"id": "0", "modelId": null, "baseModels": {"models": 1.0}}\n',
     "1: item 1: baseModels.models must be a list"),
    ('{"id": "org/a", "author": "o"}\n[1]\n',
     "2: item 2: expected a JSON object, got an array"),
    ('[{"id": "org/a", "author": "o"}', "1: end of file inside the JSON array"),
    ('[{"id": "org/a", "author": "o"} {"id": "b"}]',
     "1: after item 1: expected ',' or ']', got '{'"),
    ('[{"id": "org/a", "author": "o"}] []', "1: text after the JSON array's closing ]"),
    ('{"paper": {"id": "not-arxiv", "title": "T"}}',
     "1: item 1: paper.id is not an arXiv id: 'not-arxiv'"),
    ('{"paper": {"id": "2401.00001"}, "upvotes": 1}',
     "1: item 1: missing required field paper.title"),
    ('{"paper_url": "u", "paper_title": "T", "repo_url": null}',
     "1: item 1: missing required field repo_url"),
    ('{"paper_url": "u", "repo_url": "https://github.com/o/r"}',
     "1: item 1: needs paper_arxiv_id or paper_title to name the paper"),
    ("[]", "1: JSON of an unknown shape (first object's keys: none); "
     "expected HF Hub models, HF papers API or Papers with Code links"),
]  # fmt: skip


@pytest.mark.parametrize("content, reason", _BAD)
def test_bad_input_names_file_line_item_and_reason(
    content: str, reason: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(loaders.load(path))
    assert str(caught.value) == f"{path}:{reason}"


def test_deeply_nested_json_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '[{"id": "a", "author": "o", "cardData": ' + "[" * 100_000 + "]" * 100_000 + "}]"
    )
    with pytest.raises(InputError, match=r":1: item 1: JSON nested too deeply$"):
        list(loaders.load(path))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
_FIELDS = (
    "id", "modelId", "author", "tags", "cardData", "downloads", "likes", "createdAt",
    "baseModels", "paper", "title", "summary", "authors", "publishedAt", "upvotes",
    "githubRepo", "linkedModels", "linkedDatasets", "organization", "paper_url",
    "paper_title", "paper_arxiv_id", "repo_url", "is_official",
)  # fmt: skip
_ITEM = st.dictionaries(
    st.sampled_from(_FIELDS),
    _JSON
    | st.sampled_from(["2311.10702v2", "org/name", "https://github.com/o/r", "2024-01-01"])
    | st.lists(st.sampled_from(["arxiv:2401.00001", "base_model:merge:o/b", "dataset:d/e"])),
    min_size=1,
)


@pytest.mark.slow
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=300)
    | st.builds(lambda items: json.dumps(items).encode(), st.lists(_ITEM, max_size=3))
)
def test_arbitrary_bytes_give_records_or_an_input_error(data: bytes, tmp_path: Path) -> None:
    for prefix in (b"", b"[", b"{"):
        path = tmp_path / "fuzz"
        path.write_bytes(prefix + data)
        with contextlib.suppress(InputError):
            for record in loaders.load(path):
                assert isinstance(record, Paper | Model | Edge) or record.id


# -- through the command --------------------------------------------------------------------


def _citegraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CITEGRAPH, *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.slow
def test_build_of_a_dump_with_structured_sources(tmp_path: Path) -> None:
    sources = sorted(map(str, FIXTURES.iterdir()))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    result = _citegraph("build", str(DUMP), *sources, "--out", str(first))
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("(300 listings from 6 files)\n")
    result = _citegraph("build", *reversed(sources), str(DUMP), "--out", str(second))
    assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()  # input order does not matter
    data = json.loads(first.read_text())
    papers = {n["id"] for n in data["nodes"] if n["type"] == "Paper"}
    assert "paper:arxiv:2311.10702" in papers
    assert not any("camels" in paper for paper in papers)  # one node per paper
    declared = {
        (
            e["source"],
            e["type"],
            e["target"],
            e.get("relation"),
            e.get("official"),
            e["declared_by"],
        )
        for e in data["edges"]
        if e.get("method") == "declared"
    }
    assert {
        ("model:hf:TheBloke/tulu-2-7B-GGUF", "BASED_ON", "model:hf:allenai/tulu-2-7b",
         "quantized", None, "hf-hub"),
        ("model:hf:example-user/tulu-mistral-slerp-7b", "BASED_ON",
         "model:hf:mistralai/Mistral-7B-v0.1", "merge", None, "hf-hub"),
        ("model:hf:example-user/tulu-mistral-slerp-7b", "BASED_ON",
         "model:hf:allenai/tulu-2-7b", "merge", None, "hf-hub"),
        ("paper:arxiv:2311.10702", "HAS_CODE", "repo:github:allenai/open-instruct", None, True,
         "hf-papers"),
        ("paper:arxiv:2311.10702", "HAS_CODE", "repo:github:allenai/open-instruct", None, True,
         "paperswithcode"),
    } <= declared  # fmt: skip
    # Building again changes nothing.
    before = first.read_bytes()
    assert _citegraph("build", str(DUMP), *sources, "--out", str(first)).returncode == 0
    assert first.read_bytes() == before


@pytest.mark.slow
def test_skip_bad_goes_on_past_a_bad_json_source(tmp_path: Path) -> None:
    bad = tmp_path / "models.json"
    bad.write_text('[{"id": "org/a", "author": "o"},\n{"author": "o"}]')
    graph = tmp_path / "g.json"
    result = _citegraph("build", str(bad), str(FIXTURES / "pwc_links.json"), "--out", str(graph))
    assert (result.returncode, result.stderr) == (
        1, f"Error: {bad}:2: item 2: missing required field id\n",
    )  # fmt: skip
    result = _citegraph(
        "build", str(bad), str(FIXTURES / "pwc_links.json"), "--out", str(graph), "--skip-bad"
    )
    assert result.returncode == 0
    assert result.stderr == f"Skipped {bad}:2: item 2: missing required field id\n"
    assert "2 papers," in result.stdout and "(3 listings from 1 file, 1 skipped)" in result.stdout
