"""Introductions the patterns missed on the read collection round dev16 (read after its
as-found scores): "the novel" between the verb and the name ("we propose the novel
PNS-Net (...)"), "The resulting linear transformer, the Linformer,", a network-named name
an introducing verb presents with nothing said of it ("We present Prototype-GNN, which
..."), a head noun and a phrase of what it is for before the naming word ("a diffusion
model for paragraph-to-image generation task, termed ParaDiffusion"), enumerated
contributions ("we contribute: (1) VRT-Bench, a ... benchmark; ... (3) VRT-80k, a ...
dataset"), and a bracketed name before a passive introducing verb ("a depth-agnostic
dataset (DA-HAZE) is generated"). Names invented for the tests."""

from __future__ import annotations

import pytest

from tests.linking import introduced

TITLE = "Prosodic Zorbing for Neural Speech Synthesis"


def _introduced(abstract: str) -> list[tuple[str, str]]:
    return introduced(abstract, TITLE)


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "In this paper, we propose the novel ZNS-Net (Zorbly Normalized Self-attention "
            "Network), which learns from videos.",
            [("ZNS-Net", "model")],
        ),
        ("We present a new Zorb-Net, a network for zorb grading.", [("Zorb-Net", "model")]),
        (
            "We exploit this finding. The resulting linear transformer, the ZorbFormer, "
            "performs on par with standard Transformer models.",
            [("ZorbFormer", "model")],
        ),
        (
            "We present Zorbotype-GNN, which leverages distance-based classification.",
            [("Zorbotype-GNN", "model")],
        ),
        ("We present Zorb-GNN, which learns graph structure.", [("Zorb-GNN", "model")]),
        (
            "We introduce an information-enriched diffusion model for paragraph-to-image "
            "generation task, termed ZorbDiffusion, which transfers semantics.",
            [("ZorbDiffusion", "model")],
        ),
        (
            "To advance research, we contribute: (1) ZRT-Bench, a human-annotated benchmark "
            "for visual reasoning; (2) a new metric for reasoning traces; and (3) ZRT-80k, a "
            "large-scale dataset for model training.",
            [("ZRT-Bench", "dataset"), ("ZRT-80k", "dataset")],
        ),
        (
            "We first build two versions of zorb disease datasets from Internet images: (a) "
            "Zorb-10, which contains 10 classes; (b) Zorb-100, which is larger.",
            [("Zorb-10", "dataset"), ("Zorb-100", "dataset")],
        ),
        (
            "We propose a synthetic method, by which a depth-agnostic dataset (DZ-HAZE) is "
            "generated.",
            [("DZ-HAZE", "dataset")],
        ),
        (
            "In this work, a lightweight segmentation network (ZorbSeg) is proposed.",
            [("ZorbSeg", "model")],
        ),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_introduced(abstract)) == sorted(expected)


@pytest.mark.parametrize(
    "abstract",
    [
        # nothing says what it is, and its name is no network's
        "We present ZorbKit, which helps practitioners.",
        # an enumerated contribution that is a metric or a method
        "We contribute: (1) ZorbScore, a new metric for traces; (2) ZorbAlign, a method for "
        "alignment.",
        # enumerated, but no introducing "we <verb>" leads the list
        "Prior work falls into two groups: (a) ZorbNet-style models; (b) QuuxSet, which is "
        "a dataset.",
        # a passive verb after a bracketed loss or module: no model or dataset
        "A new contrastive loss (ZCL) is proposed to align the views.",
        # the phrase after the head noun holds a comma-free name: not a lower-case phrase
        "We introduce a model for Zorb generation, termed ZorbGen, for speech.",
    ],
)
def test_no_introduction(abstract: str) -> None:
    assert _introduced(abstract) == []


def test_a_list_after_namely_is_no_name_a_head_noun_phrase_gives() -> None:
    abstract = "We benchmark two models on two recent datasets, namely ZorbQA and QuuxCup."
    assert ("ZorbQA", "model") not in _introduced(abstract)
    abstract = "We train a model on a zorb dataset, termed ZorbQA, for retrieval."
    assert _introduced(abstract) == [("ZorbQA", "dataset")]  # the data set, not the model
