"""Dataset recall/precision round 18 of the linker's general rules, with invented names."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker

from .linking import found, small_linker_fixture

_CATALOG = """
version = "2026.11.0"

[[dataset]]
key = "zorbmed"
name = "ZorbMed"
aliases = ["ZorbMed abstracts"]
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "zorbset"
name = "ZorbSet"
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "zb9-thor"
name = "ZB9-THOR"
kind = "benchmark"
source = "test fixture"

[[dataset]]
key = "quxlt"
name = "QUXLT"
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "quxlt-2017"
name = "QUXLT-2017"
kind = "dataset"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


# -- a count before a source's plural items: items, not the dataset -----------------------------


@pytest.mark.parametrize(
    "abstract",
    [
        "We mine over 10 million ZorbMed abstracts published since 1975 to build a graph.",
        "Providing the top 3 ZorbMed abstracts raises the accuracy of the model.",
    ],
)
def test_a_count_of_a_sources_items_names_no_dataset(small: Linker, abstract: str) -> None:
    assert "dataset:zorbmed" not in found(small, abstract)


def test_the_sources_items_without_a_count_still_name_it(small: Linker) -> None:
    assert "dataset:zorbmed" in found(small, "We fine-tune the model on ZorbMed abstracts.")


# -- "the X subset of the Y benchmark": a named part of a dataset --------------------------------


def test_a_coined_subset_of_a_named_dataset_is_a_dataset(small: Linker) -> None:
    ids_found = found(small, "We test three LLMs on the QuoxLAW subset of the ZorbSet benchmark.")
    assert {"dataset:quoxlaw", "dataset:zorbset"} <= ids_found


@pytest.mark.parametrize(
    "abstract",
    [
        "We test three LLMs on a QuoxLAW subset of the ZorbSet benchmark.",  # not "the"
        "We test three LLMs on the QuoxLAW subset of our data.",  # a subset of no name
        "We test three LLMs on the Hard subset of the ZorbSet benchmark.",  # not coined
    ],
)
def test_no_subset_name_without_its_shape(small: Linker, abstract: str) -> None:
    assert not any(i.startswith("dataset:") and "zorbset" not in i for i in found(small, abstract))


# -- a coined name before "environment(s)": the environment evaluated in ------------------------


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("Simulation experiments in the ZB-THOR environment show gains.", "dataset:zb-thor"),
        ("We evaluate on a toy example and QPE environments across scenarios.", "dataset:qpe"),
        ("Our agent navigates in the ZAB2- THOR environment simulator.", "dataset:zab2-thor"),
    ],
)
def test_a_coined_name_before_environment_is_a_dataset(
    small: Linker, abstract: str, expected: str
) -> None:
    assert expected in found(small, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "We test our agent in a simulated ZorbWorld environment.",  # singular without "the"
        "We run all jobs on the Zorbia Colab environment.",  # not a coined name
        "Gains across a variety of Multi-Agent Learning environments.",
    ],
)
def test_no_environment_name_without_its_shape(small: Linker, abstract: str) -> None:
    assert not any(i.startswith("dataset:") for i in found(small, abstract))


# -- "a dataset called X": the name a dataset head noun is given --------------------------------


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We curate a new dataset called ZorbProbe for school.", "dataset:zorbprobe"),
        ("We build a large image-text dataset dubbed QX-Zorb.", "dataset:qx-zorb"),
    ],
)
def test_a_dataset_called_a_coined_name_is_that_dataset(
    small: Linker, abstract: str, expected: str
) -> None:
    assert expected in found(small, abstract)


def test_a_dataset_named_after_a_word_names_nothing(small: Linker) -> None:
    abstract = "We build a dataset named after its source and a corpus called Wikipedia-like."
    assert not any(i.startswith("dataset:") for i in found(small, abstract))


# -- "X-2017 en-fr (X)": the bracketed short form of the dataset just named ---------------------


def test_a_bracketed_short_form_names_no_second_dataset(small: Linker) -> None:
    ids_found = found(small, "We use three datasets: ZorbSet, QUXLT-2017 en-fr (QUXLT), and more.")
    assert "dataset:quxlt-2017" in ids_found
    assert "dataset:quxlt" not in ids_found


def test_a_bracketed_dataset_after_another_name_is_still_linked(small: Linker) -> None:
    assert "dataset:quxlt" in found(small, "We use ZorbSet (QUXLT) and more.")


def test_a_catalog_name_broken_at_its_hyphen_is_the_catalogs(small: Linker) -> None:
    assert "dataset:zb9-thor" in found(small, "Our agent navigates in the ZB9- THOR environment.")
