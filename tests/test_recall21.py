"""Recall round 21 of the linker's general rules, each with invented names."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker

from .linking import found, small_linker, small_linker_fixture

_CATALOG = """
version = "2026.11.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"

[[family]]
key = "zorb-transformer"
name = "Zorb Transformer"
kind = "audio"
source = "test fixture"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


# -- a title head in lower case, coined by a digit or capital, that the subtitle describes --


@pytest.mark.parametrize(
    "title, entity",
    [
        ("zrb2q: A Code Translation Dataset for Hardware Generation", "dataset:zrb2q"),
        ("qzT7: A Multilingual Language Model for Indonesian", "model:qzt7"),
    ],
)
def test_a_lower_case_coined_title_head_is_what_its_subtitle_says(
    small: Linker, title: str, entity: str
) -> None:
    abstract = "We present it and fine-tune Zorbilla on FlimSet to show its value."
    assert entity in found(small, abstract, title)


@pytest.mark.parametrize(
    "title",
    [
        # No capital or digit inside: a plain word, not a coined name.
        "zorbo: A Code Translation Dataset for Hardware Generation",
        # Coined, but the subtitle calls it a framework, and a framework is no model.
        "mZORB: A Multiple-path Simultaneous Learning Framework for Graphs",
    ],
)
def test_other_lower_case_title_heads_stay_unlinked(small: Linker, title: str) -> None:
    abstract = "We fine-tune Zorbilla on FlimSet to show its value."
    assert found(small, abstract, title) <= {"model:zorbilla", "dataset:flimset"}


# -- coined names listed after a known name of several words -------------------------------


def test_names_listed_after_a_known_name_of_several_words_are_models(small: Linker) -> None:
    text = (
        "Our model beats three baselines, namely Zorb Transformer, QuilpJ, and a plain "
        "recurrent network, on FlimSet."
    )
    assert {"model:zorb-transformer", "model:quilpj"} <= found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        # A comma alone: the next capitalised word may start a clause.
        "We fine-tune Zorb Transformer, QuilpJ improves it further on FlimSet.",
        # Not coined: a plain capitalised word is no model's name.
        "We compare Zorb Transformer and Baseline on FlimSet.",
    ],
)
def test_no_name_is_listed_after_a_known_name_without_a_list(small: Linker, text: str) -> None:
    assert not any(
        i.startswith("model:") and i != "model:zorb-transformer" for i in found(small, text)
    )


# -- a last list item of several Title Case words among known datasets ------------------------

_DATASETS = """
version = "2026.11.0"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "quor-voc-2012"
name = "Quor VOC 2012"
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "brix20k"
name = "BRIX20K"
kind = "dataset"
source = "test fixture"
"""


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> Linker:
    return small_linker(tmp_path_factory.mktemp("datasets"), _DATASETS)


@pytest.mark.parametrize(
    "text",
    [
        "Experiments are conducted on the datasets of Quor VOC 2012, BRIX20K and Quor Context.",
        "We evaluate on FlimSet, BRIX20K and Quor Context datasets, where we improve.",
    ],
)
def test_a_title_case_name_ending_a_list_of_known_datasets_is_a_dataset(
    datasets: Linker, text: str
) -> None:
    assert "dataset:quor-context" in found(datasets, text)


@pytest.mark.parametrize(
    "text",
    [
        # One known dataset only: "and Deep Learning" may be anything in title case.
        "We evaluate on FlimSet and Quor Context. It works.",
        # Not the list's end: the words go on in lower case.
        "We evaluate on FlimSet, BRIX20K and Quor Context splits. It works.",
    ],
)
def test_a_title_case_name_needs_a_closed_list_of_two_known_datasets(
    datasets: Linker, text: str
) -> None:
    assert "dataset:quor-context" not in found(datasets, text)


# -- "the" and a description before an acronym and "model" ---------------------------------


def test_an_acronym_after_the_and_a_description_before_model_is_a_model(small: Linker) -> None:
    text = "The strengths of the highly successful QUIRB model are discussed on FlimSet."
    assert "model:quirb" in found(small, text)


@pytest.mark.parametrize(
    "text",
    [
        # A preposition: the acronym names a class ("the expressivity of QUIRB models").
        "We analyse the expressivity of QUIRB model families on FlimSet.",
        # Plural: a class of models, not one.
        "We study the popular QUIRB models on FlimSet.",
    ],
)
def test_no_acronym_model_after_a_preposition_or_in_the_plural(small: Linker, text: str) -> None:
    assert "model:quirb" not in found(small, text)


# -- a second verb coordinated with the introducing one --------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "We address this gap by first creating and disseminating Quib-Data, a "
            "comprehensive dataset of telecommunications material.",
            "dataset:quib-data",
        ),
        ("We collect and annotate QuibSet, a benchmark of chemistry questions.", "dataset:quibset"),
    ],
)
def test_a_name_after_two_coordinated_verbs_is_introduced(
    small: Linker, text: str, entity: str
) -> None:
    assert entity in found(small, text)


def test_an_article_after_the_coordinated_verb_is_no_name(small: Linker) -> None:
    # "and the": the second conjunct is a noun phrase, not a verb, and nothing is named.
    text = "We train and the Quib results follow, a comprehensive dataset of material."
    assert not any(i.startswith("dataset:quib") for i in found(small, text))


# -- a word with a release's "v" version is a coined name --------------------------------------


@pytest.mark.parametrize("version", ["V6", "v2"])
def test_a_word_and_its_v_version_listed_with_known_models_is_a_model(
    small: Linker, version: str
) -> None:
    text = f"We compare with Zorb Transformer, Zorbilla, and Quibdream {version}. It is fast."
    assert f"model:quibdream-{version.lower()}" in found(small, text)


def test_a_word_and_a_bare_number_listed_with_known_models_is_no_model(small: Linker) -> None:
    # A number alone follows any noun ("Table 3"); only a "v" version marks a release.
    text = "We compare with Zorb Transformer, Zorbilla, and Table 3. It is fast."
    assert not any(i.startswith("model:table") for i in found(small, text))


# -- a model's description in brackets after a coined name --------------------------------------


def test_a_coined_name_with_a_bracketed_model_description_is_a_model(small: Linker) -> None:
    text = "We evaluate our approach on QUIBARD (a Zorbilla model for SQL parsing) and FlimSet."
    assert "model:quibard" in found(small, text)


def test_a_bracketed_description_of_no_model_makes_no_model(small: Linker) -> None:
    text = "We evaluate our approach on QUIBARD (a suite of SQL parsing tasks) and FlimSet."
    assert "model:quibard" not in found(small, text)
