"""Rules from the twentieth collection round's errors (tests/gold/dev20, read after its
as-found scores): a version's letter in either case ("NYU Depth v2"), a glued version
written apart ("MobileNet-V1"), a second version after a data set's ("Something-Something
V1 and V2"), "this letter proposes", "we provide X, a benchmark", surveys that say so in
other words ("This review identifies ...", "provides a comprehensive review of"), a title's
viewpoint that is no position paper ("... from the Perspective of Graph"), what a paper was
inspired by, and models side by side in one list given one role. Catalog names are the
catalog's; the rest invented for the tests."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.candidates import glued_version_spellings, version_case_spellings
from citegraph.linker.role_features import paper_features
from citegraph.linker.role_model import INSPIRED_BY, may_say_builds_on
from tests.linking import found, introduced, paper


def _roles(linker: Linker, abstract: str, title: str = "A Study") -> dict[str, str]:
    return {m.entity_id: m.role.value for m in linker.link(paper(abstract, title)).mentions}


# -- spellings ---------------------------------------------------------------------------------


def test_a_version_letter_in_the_other_case_is_the_same_version() -> None:
    assert version_case_spellings("NYU Depth V2") == {"NYU Depth v2"}
    assert version_case_spellings("Hopper-v2") == {"Hopper-V2"}
    assert version_case_spellings("T5 v1.1") == {"T5 V1.1"}
    assert version_case_spellings("NYU Depth") == set()  # no version: nothing to swap


def test_a_glued_version_may_be_written_apart_but_keeps_its_letter() -> None:
    assert glued_version_spellings("MobileNetV1") == {"MobileNet-V1", "MobileNet V1"}
    assert glued_version_spellings("EfficientNetV2") == {"EfficientNet-V2", "EfficientNet V2"}
    # a word with "v" in it is not split, nor a name already hyphenated, nor one letter
    # before the "v"; an acronym before a lower-case "v" is since the thirty-fourth
    # collection round's "YOLO v5" (test_linker37.py)
    for alias in ("wav2vec", "Tv2", "Pendulum-v1"):
        assert glued_version_spellings(alias) == set()


def test_the_spellings_link_their_catalog_entries(linker: Linker) -> None:
    linked = found(linker, "Experiments on the NYU Depth v2 dataset show sharper depth maps.")
    assert "dataset:nyu-depth-v2" in linked
    linked = found(linker, "We compress MobileNet-V1 with different shrinking hyperparameters.")
    assert "model:mobilenetv1" in linked


def test_versions_must_still_agree(linker: Linker) -> None:
    linked = found(linker, "We compress MobileNet-V2 with different shrinking hyperparameters.")
    assert "model:mobilenetv1" not in linked
    linked = found(linker, "Experiments on the NYU Depth v3 dataset show sharper depth maps.")
    assert "dataset:nyu-depth-v2" not in linked


def test_a_second_version_after_a_data_sets_adds_that_version(linker: Linker) -> None:
    abstract = (
        "We conduct experiments on the temporal-dependent Something-Something V1 and V2 "
        "datasets."
    )
    linked = found(linker, abstract)
    assert {"dataset:something-something-v1", "dataset:something-something-v2"} <= linked
    # a version the catalog lacks adds nothing
    abstract = "We conduct experiments on the Something-Something V1 and V7 datasets."
    assert not any(i.endswith("-v7") for i in found(linker, abstract))


# -- introductions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "This letter proposes a Hybrid Spectral Zorbing Neural Network (HybridZN) for "
            "hyperspectral image classification.",
            [("HybridZN", "model")],
        ),
        (
            "To address these challenges, we provide ZHD, a benchmark for long-form "
            "hallucination detection that contains diverse entity types.",
            [("ZHD", "dataset")],
        ),
        # "provide" with no name and description after it introduces nothing
        ("We provide a thorough analysis of ZorbNet on three tasks.", []),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(introduced(abstract, "Zorbing Long Sequences")) == expected


# -- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "abstract",
    [
        "This review identifies four major factors that influence drug-target predictions, "
        "and integrating emerging technologies, including large language models and "
        "AlphaFold, to advance feature engineering.",
        "This paper provides a comprehensive review of the emerging OCR-free paradigm. We "
        "dissect generative frameworks such as AlphaFold.",
    ],
)
def test_a_review_in_other_words_builds_on_nothing(linker: Linker, abstract: str) -> None:
    assert "survey" in paper_features("In Silico Methods", 1, False, abstract)
    assert _roles(linker, abstract, "In Silico Methods")["model:alphafold"] != "builds_on"


def test_a_viewpoint_in_a_title_is_no_position_paper() -> None:
    for title in (
        "Training-free Visual Token Pruning for Multimodal Models from the Perspective of Graph",
        "Reasoning with Exploration: An Entropy Perspective on Zorbing",
        "Multi-Perspective Fusion for Emotion Recognition",
    ):
        assert "survey" not in paper_features(title.lower(), 1, False, "")
    for title in ("Autonomous Molecular Design: A Perspective", "Perspectives on Open Problems"):
        assert "survey" in paper_features(title, 1, False, "")


def test_what_the_paper_was_inspired_by_is_not_built_on(linker: Linker) -> None:
    abstract = (
        "In this paper, we investigate the challenges of adapting demixing models. "
        "Subsequently, inspired by the Hybrid Demucs architecture, we propose the Hybrid "
        "Spectrogram Zorb Separation Network (HS-ZorbNet), which utilises both domains."
    )
    assert _roles(linker, abstract)["model:hybrid-demucs"] != "builds_on"
    # the guard lifts when a rule says builds_on for another of the model's mentions
    assert not may_say_builds_on({INSPIRED_BY})
    assert may_say_builds_on({INSPIRED_BY, "strongest=builds_on"})


def test_models_side_by_side_in_one_list_take_one_role(linker: Linker) -> None:
    abstract = (
        "We propose a novel pruning criterion for mixture-of-experts models. Our method "
        "achieves near-lossless compression on code generation tasks with Qwen3-Coder-480B "
        "and Kimi-K2, even after pruning 50% of experts."
    )
    roles = _roles(linker, abstract, "Pruning the Experts: One-Shot MoE Compression")
    listed = [roles[i] for i in ("model:qwen3-coder-480b", "model:kimi-k2")]
    assert len(set(listed)) == 1


def test_a_list_split_by_a_guard_is_left_as_decided(linker: Linker) -> None:
    # the second model is compared with: its own role stands whatever the first gets
    abstract = "We fine-tune Zorb-7B on our corpus. Our model outperforms GPT-4 and ZorbChat-13B."
    roles = _roles(linker, abstract)
    assert roles.get("model:gpt-4") != Role.BUILDS_ON.value
