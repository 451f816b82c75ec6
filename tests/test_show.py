"""`citegraph show` and the names look-ups suggest: a ten-entry catalog, then the bundled data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citegraph.graph.memory_store import NetworkxStore
from citegraph.queries import QueryError
from citegraph.queries.lookup import Entry, containing, did_you_mean, exact, suggestions
from citegraph.queries.show import show

CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))


def _entry(node_id: str, *names: str) -> Entry:
    label = node_id.split(":")[0].capitalize()
    return Entry(id=node_id, label=label, display=names[0], names=names)


ENTRIES = [
    _entry("model:t5", "T5", "Text-to-Text Transfer Transformer"),
    _entry("model:mt5", "mT5"),
    _entry("model:flan-t5-xl", "Flan-T5-XL", "Flan T5 XL"),
    _entry("model:llama-2", "Llama 2", "Llama2", "meta-llama/Llama-2-7b-hf"),
    _entry("model:llama-3", "Llama 3"),
    _entry("model:gpt-4", "GPT-4"),
    _entry("model:gpt", "GPT", "GPT family"),
    _entry("model:chatgpt", "ChatGPT"),
    _entry("dataset:cifar-10", "CIFAR-10"),
    _entry("paper:title:dspy", "DSPy: Compiling Declarative Language Model Calls"),
]


def _ids(entries: list[Entry]) -> list[str]:
    return [entry.id for entry in entries]


def test_exact_names_match_in_any_case_and_ids_exactly() -> None:
    assert _ids(exact("llama2", ENTRIES)) == ["model:llama-2"]
    assert _ids(exact("META-LLAMA/llama-2-7b-HF", ENTRIES)) == ["model:llama-2"]
    assert _ids(exact("model:gpt", ENTRIES)) == ["model:gpt"]
    assert exact("Llama", ENTRIES) == []


def test_whole_words_keep_digits_and_prefixes_honest() -> None:
    assert _ids(containing("T5", ENTRIES)) == ["model:t5", "model:flan-t5-xl"]  # not mT5
    assert _ids(containing("llama 2", ENTRIES)) == ["model:llama-2"]  # not Llama 3
    assert _ids(containing("dspy", ENTRIES)) == ["paper:title:dspy"]
    assert containing("CIFAR-100", ENTRIES) == []
    assert containing("  ", ENTRIES) == []


def test_suggestions_rank_close_spellings_and_leave_far_ones_out() -> None:
    assert _ids(suggestions("GPT-9", ENTRIES))[0] == "model:gpt-4"
    assert _ids(suggestions("Flan-T5 XXL", ENTRIES))[0] == "model:flan-t5-xl"
    assert did_you_mean("Llama", ENTRIES) == "; did you mean 'Llama 2' or 'Llama 3'?"
    assert did_you_mean("zzzz", ENTRIES) == ""


# -- on the bundled data -----------------------------------------------------------------------

DSPY = "DSPy: Compiling Declarative Language Model Calls into Self-Improving Pipelines"
DSPY_ID = (
    "paper:title:dspy-compiling-declarative-language-model-calls-into-self-improving-pipelines"
)


@pytest.fixture(scope="module")
def bundled_graph(bundled_graph_file: Path) -> Path:
    return bundled_graph_file  # the session's `citegraph build` of the bundled dumps


@pytest.fixture(scope="module")
def store(bundled_graph: Path) -> NetworkxStore:
    return NetworkxStore(bundled_graph).open(create=False)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CITEGRAPH, *args], capture_output=True, text=True, check=False)


def test_a_paper_card_has_metadata_sources_and_every_link_with_its_evidence(store) -> None:
    card = show(store, "dspy: compiling declarative language model calls").card
    assert card is not None and card["id"] == DSPY_ID and card["name"] == DSPY
    assert card["properties"]["sources"] == store.graph.nodes[DSPY_ID]["sources"]
    links = card["links"]
    out_links = [t for _, t, k in store.graph.out_edges(DSPY_ID, data="type")
                 if k in ("MENTIONS", "HAS_CODE")]  # fmt: skip
    assert sorted(link["id"] for link in links) == sorted(out_links)
    text = f"{DSPY}\n\n{store.graph.nodes[DSPY_ID]['abstract']}"
    for link in links:
        assert link["role"] and 0 < link["confidence"] <= 1
        start, end = link["evidence"]["span"]
        assert text[start:end] == link["evidence"]["surface"]
        assert f"[{link['evidence']['surface']}]" in link["evidence"]["context"]
    roles = [link["role"] for link in links]
    assert roles == sorted(roles, key=["builds_on", "introduces", "evaluates_on",
                                       "compares_with", "mentions"].index)  # fmt: skip
    repo = next(link for link in links if link["id"] == "repo:github:stanfordnlp/dspy")
    assert (repo["type"], repo["role"], repo["evidence"]["method"]) == (
        "HAS_CODE",
        "introduces",
        "pattern",
    )


def test_an_entity_card_has_lineage_and_papers_by_role(store) -> None:
    card = show(store, "flan t5").card
    assert card is not None and card["id"] == "model:flan-t5"
    assert {"direction": "ancestor", "distance": 1, "id": "model:t5", "name": "T5"} in [
        {k: row[k] for k in ("direction", "distance", "id", "name")} for row in card["lineage"]
    ]
    papers = card["papers"]
    linking = {
        (source, attrs["role"])
        for source, _, attrs in store.graph.in_edges("model:flan-t5", data=True)
        if attrs["type"] == "MENTIONS"
    }
    assert {(row["id"], role) for role, rows in papers.items() for row in rows} == linking
    assert next(iter(papers)) == "builds_on"


def test_several_matches_are_listed_and_none_suggests(store) -> None:
    shown = show(store, "DSPy")
    assert shown.card is None
    assert {entry.id for entry in shown.matches} == {DSPY_ID, "repo:github:stanfordnlp/dspy"}
    with pytest.raises(QueryError) as caught:
        show(store, "Mistrall")
    assert str(caught.value) == (
        "no paper, model, dataset or repo called 'Mistrall' in the graph; "
        "did you mean 'Mistral', 'Mixtral' or 'Mistral-7B-v0.1'?"
    )


@pytest.mark.slow
def test_show_from_the_command_line(bundled_graph: Path) -> None:
    paper = run("show", "Controllable Working Memory", "--graph", str(bundled_graph))
    assert paper.returncode == 0, paper.stderr
    lines = paper.stdout.splitlines()
    assert lines[0] == "Paper  Large Language Models with Controllable Working Memory"
    assert "  published_on    2022-11-09" in lines
    assert "Links (2)" in lines
    # Each link is its role, label, name and id, in columns; the role is the linker's (the
    # classifier's, which moves with each re-training), so it is read from the JSON form.
    linked = run("show", "Controllable Working Memory", "--graph", str(bundled_graph), "--json")
    t5 = next(link for link in json.loads(linked.stdout)["links"] if link["id"] == "model:t5")
    assert f"  {t5['role']:<15}Model    T5  model:t5" in lines
    assert any("[T5] and PaLM" in line for line in lines)
    model = run("show", "model:flan-t5", "--graph", str(bundled_graph), "--json")
    assert json.loads(model.stdout)["lineage"][0]["name"] == "T5"
    listed = run("show", "dspy", "--graph", str(bundled_graph))
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0] == "2 nodes match 'dspy'; show one by its id:"
    missing = run("show", "xyzzy", "--graph", str(bundled_graph))
    assert (missing.returncode, missing.stdout, missing.stderr) == (
        1, "", "Error: no paper, model, dataset or repo called 'xyzzy' in the graph\n"
    )  # fmt: skip


def test_query_errors_suggest_the_closest_names(bundled_graph: Path) -> None:
    result = run("query", "similar-papers", "-p", "paper=DSPy", "--graph", str(bundled_graph))
    assert (result.returncode, result.stderr) == (
        1, f"Error: no paper called 'DSPy' in the graph; did you mean {DSPY!r}?\n"
    )  # fmt: skip
    result = run("query", "lineage", "-p", "model=GPT-9", "--graph", str(bundled_graph))
    assert result.stderr == (
        "Error: no model called 'GPT-9' in the graph; did you mean 'GPT-2', 'GPT-3' or 'GPT-4'?\n"
    )
