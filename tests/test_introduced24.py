"""A framework the text also calls a model is introduced as a model (the guideline: a named
framework is not labelled "unless the text also calls it a model"): "We propose ZorbCap, a
novel framework ... the ZorbCap model outperforms ..." introduces the model ZorbCap."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import ONE_FAMILY_CATALOG, found, small_linker_fixture

small = small_linker_fixture(ONE_FAMILY_CATALOG)


@pytest.mark.parametrize(
    "later",
    [
        "Experiments show that the ZorbCap model outperforms strong baselines.",
        "We pre-train a series of ZorbCap models from scratch on 150B tokens.",
        "Our ZorbCap network runs in real time.",
        "The ZorbCap architecture is simple.",
    ],
)
def test_a_framework_also_called_a_model_is_introduced(small: Linker, later: str) -> None:
    abstract = f"In this work, we propose ZorbCap, a novel framework for audio captioning. {later}"
    assert found(small, abstract) == {"model:zorbcap"}


@pytest.mark.parametrize(
    "later",
    [
        # "models" as a verb: the framework models something.
        "Specifically, ZorbCap models weak signal features from two dimensions.",
        # A compound that is no model word.
        "The ZorbCap model-agnostic loss helps.",
        # Never called a model.
        "ZorbCap outperforms strong baselines on three datasets.",
    ],
)
def test_a_framework_not_called_a_model_stays_a_method(small: Linker, later: str) -> None:
    abstract = f"In this work, we propose ZorbCap, a novel framework for audio captioning. {later}"
    assert found(small, abstract) == set()


def test_a_titles_framework_also_called_a_model_is_introduced(small: Linker) -> None:
    linked = found(
        small,
        "We study captions. The ZorbCap model outperforms strong baselines.",
        title="ZorbCap: A Framework for Audio Captioning",
    )
    assert linked == {"model:zorbcap"}


@pytest.mark.parametrize(
    "abstract",
    [
        "Here, we introduce Seq2Zorb, a Sequence to Zorb network designed to find elements.",
        "We propose ZorbCap, a Caption of Images model for radiology.",
        # A description that ends with its Title Case words keeps its head before them.
        "We introduce ZorbCap, a Transformer for Graphs.",
    ],
)
def test_a_title_case_long_form_with_a_preposition_keeps_its_head(
    small: Linker, abstract: str
) -> None:
    assert len(found(small, abstract)) == 1


def test_a_long_form_word_with_a_short_lower_case_prefix_still_spells_the_acronym(
    small: Linker,
) -> None:
    abstract = (
        "We propose a novel network architecture of Resolution Adaptation and "
        "re-Identification Network (RAIN) to solve cross-resolution person re-ID."
    )
    assert found(small, abstract) == {"model:rain"}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        ("ZorbEval: a novel curated evaluation data set for comparing models", "We study it."),
        ("A Study", "We introduce ZorbSet, a new data set of 10k images."),
    ],
)
def test_data_set_in_two_words_is_a_dataset_head(small: Linker, title: str, abstract: str) -> None:
    linked = found(small, abstract, title=title)
    assert len(linked) == 1 and next(iter(linked)).startswith("dataset:")
