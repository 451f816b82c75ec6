"""Ids are stable, readable, and keep what tells entities apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citegraph.graph import ids


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2305.14314", "2305.14314"),
        ("arXiv:2305.14314v2", "2305.14314"),
        ("hep-th/9901001v1", "hep-th/9901001"),
        ("not an id", None),
    ],
)
def test_arxiv_ids_are_normalised(raw: str, expected: str | None) -> None:
    assert ids.normalize_arxiv_id(raw) == expected


def test_paper_ids() -> None:
    assert ids.paper_id(arxiv_id="2305.14314v3") == "paper:arxiv:2305.14314"
    assert ids.paper_id(
        title="Camels in a Changing Climate: Enhancing LM Adaptation with Tulu 2"
    ) == ("paper:title:camels-in-a-changing-climate-enhancing-lm-adaptation-with-tulu-2")
    # Spacing, case and accents do not split one title in two.
    assert ids.paper_id(title="Café  GPT-2") == ids.paper_id(title="cafe gpt 2")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_title_keys_are_the_alphanumeric_runs(title: str) -> None:
    # ASCII titles take a byte-table shortcut; it must give what the general rule gives.
    assert ids.title_key(title) == "-".join(re.findall(r"[a-z0-9]+", title.lower()))


def test_long_titles_give_bounded_distinct_ids() -> None:
    base = "word " * 60
    first, second = ids.paper_id(title=base + "one"), ids.paper_id(title=base + "two")
    assert first != second
    assert len(first) < 150


@pytest.mark.parametrize(
    "left, right",
    [("GPT-4", "GPT-4o"), ("Llama-2-7b", "Llama-2-13b"), ("CIFAR-10", "CIFAR-100"), ("T5", "mT5")],
)
def test_entity_slugs_keep_versions_and_sizes(left: str, right: str) -> None:
    assert ids.model_id(name=left) != ids.model_id(name=right)


def test_entity_ids() -> None:
    assert ids.model_id(hf_id="meta-llama/Llama-2-7b-hf") == "model:hf:meta-llama/Llama-2-7b-hf"
    assert ids.model_id(name="Llama 2") == "model:llama-2"
    assert ids.dataset_id(name="SQuAD 2.0") == "dataset:squad-2.0"
    assert ids.repo_id("github", "/owner/name.git/") == "repo:github:owner/name"
    assert ids.label_of("repo:github:owner/name") == "Repo"
    with pytest.raises(ValueError):
        ids.label_of("author:someone")
