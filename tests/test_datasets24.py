"""Data-set rules from a ninth collection round's errors (tests/gold/dev9), written from the
guideline: a slash after a glued number names the sibling ("CIFAR10/100"), "namely," before
a list, a title's Title Case phrase that the abstract writes in lower case is words, one
name for "the ZorbZilla Benchmark Suite", and a one-word name written in lower case is the
word. From a tenth round's (tests/gold/dev10): a long form's first words beside its acronym
name no second data set, and an acronym listed after error metrics is a metric."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import found, small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[dataset]]
key = "cifar-10"
name = "CIFAR-10"
aliases = ["CIFAR10"]
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "cifar-100"
name = "CIFAR-100"
aliases = ["CIFAR100"]
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "zorb-retrieval"
name = "ZorbRetrieval"
kind = "benchmark"
source = "test fixture"

[[family]]
key = "mae"
name = "MAE"
kind = "vision"
source = "test fixture"

[[dataset]]
key = "zorbicity"
name = "Zorbicity"
kind = "dataset"
source = "test fixture"
"""
)


@pytest.mark.parametrize(
    "abstract",
    [
        "PSP is validated on the popular CIFAR10/100 and other datasets.",
        "We evaluate on CIFAR-10/-100.",
        "We evaluate on CIFAR-10/100.",
    ],
)
def test_a_slash_after_a_datasets_number_names_its_sibling(small: Linker, abstract: str) -> None:
    assert found(small, abstract) == {"dataset:cifar-10", "dataset:cifar-100"}


def test_a_number_after_and_is_a_count_not_a_sibling(small: Linker) -> None:
    assert found(small, "We train on CIFAR10 and 100 samples of our own.") == {"dataset:cifar-10"}


@pytest.mark.parametrize("glue", ["namely", "namely,", "including", "i.e.,"])
def test_a_list_after_namely_and_a_comma_is_a_list_of_datasets(small: Linker, glue: str) -> None:
    abstract = f"We benchmark two models on two recent datasets, {glue} ZorbQA and ByteCup."
    assert found(small, abstract) == {"dataset:zorbqa", "dataset:bytecup"}


def test_a_titles_title_case_phrase_written_in_lower_case_in_the_abstract_is_words(
    small: Linker,
) -> None:
    title = "Efficient Cross-Modal Zorb Retrieval with Meta-Optimized Frames"
    abstract = "Cross-modal zorb retrieval aims to retrieve the relevant videos given a text."
    assert found(small, abstract, title=title) == set()
    # The name written as the catalog writes it is still the data set. (Its words apart,
    # "Zorb Retrieval", read as a task since the nineteenth session: a two-word camel-case
    # name ending in a task's noun is not matched spaced, tests/test_candidates30.py.)
    assert found(small, "We report results on ZorbRetrieval.", title=title) == {
        "dataset:zorbretrieval"
    }


def test_two_readings_of_one_title_case_name_give_one_dataset(small: Linker) -> None:
    linked = found(small, "We evaluate on the ZorbZilla Benchmark Suite.")
    assert linked == {"dataset:zorbzilla-benchmark-suite"}


def test_a_one_word_name_written_in_lower_case_is_the_word(small: Linker) -> None:
    abstract = "We shift molecules to the desired range for zorbicity and melting point."
    assert found(small, abstract) == set()
    assert found(small, "We report results on Zorbicity and CIFAR-10.") == {
        "dataset:zorbicity", "dataset:cifar-10"
    }


def test_the_start_of_a_long_form_is_not_a_second_dataset_beside_its_acronym(
    small: Linker,
) -> None:
    abstract = (
        "We evaluate on a reverberated version of the Zorbson audio-visual database of "
        "emotional speech and song (ZAVDESS) dataset using real room responses."
    )
    assert found(small, abstract) == {"dataset:zavdess"}


def test_an_acronym_listed_after_error_metrics_is_a_metric(small: Linker) -> None:
    abstract = "The study assesses these models using RMSE, MSE, MAE, and R2 metrics."
    assert found(small, abstract) == set()
    assert found(small, "We fine-tune MAE on our images.") == {"model:mae"}
