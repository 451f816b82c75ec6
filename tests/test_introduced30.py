"""Introductions the patterns missed on the read collection round dev19 (read after its
as-found scores): a lower-case head of two words after a Title Case long form ("a
Multi-Token Zorb Recognition neural network (MTZR)"), a second long form the same verb
introduces ("a novel ... module (ZM), and a ... network (ZN)"), a naming word after an
aside that follows the introduced model's head noun ("to train a ... model, specifically
designed to ..., dubbed ZorbAssistant"), a data set the paper generates ("we generate
ZorbNet 3.0, a dataset of ...") and one it calls new ("on a newly collected Zorb-Room
dataset"); a passive after a name and its long form ("a new dataset ..., VAID (Vehicle
Aerial ...), is also introduced"); a title's plain phrase the abstract introduces ("Audio
Dialogues: ..." and "we introduce Audio Dialogues: a multi-turn dialogue dataset"). Names
invented for the tests."""

from __future__ import annotations

import pytest

from tests.linking import introduced

TITLE = "Zorbing Long Sequences"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "We introduce a Multi-Token Zorb Recognition neural network (MTZR), enabling the "
            "model to handle inputs up to 10 times longer.",
            [("MTZR", "model")],
        ),
        (
            "We introduced a novel series-decomposition module (ZSD), and a Multi-Token Zorb "
            "Recognition neural network(MTZR), enabling the model to handle longer inputs.",
            [("MTZR", "model")],
        ),
        (
            "We then use the generated data to train a humanized document understanding and "
            "reasoning model, specifically designed to solve complex questions that require "
            "reasoning, dubbed ZorbAssistant. Experiments show its value.",
            [("ZorbAssistant", "model")],
        ),
        (
            "We use this model to generate ZorbNet 3.0, a dataset of 2.8 million point clouds "
            "and grasp labels.",
            [("ZorbNet 3.0", "dataset")],
        ),
        (
            "Experimental results on a newly collected Zorb-Audio-Room dataset demonstrate "
            "the effectiveness.",
            [("Zorb-Audio-Room", "dataset")],
        ),
        ("We evaluate on a new ZorbRoom benchmark of ours.", [("ZorbRoom", "dataset")]),
        # only before a data head noun
        ("In a new ZorbRoom setting, agents act.", []),
        # the long form must still spell the acronym
        ("We introduce a Multi-Token Zorb neural network (QXW) for speed.", []),
        # a module's name after the same aside is no model
        (
            "We then design a module, specifically made to solve complex questions that "
            "require reasoning, dubbed ZorbUnit. Experiments show its value.",
            [],
        ),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(introduced(abstract, TITLE)) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "A new dataset for vehicle detection, ZAID (Zorb Aerial Imaging from Drone), is "
            "also introduced for public use.",
            [("ZAID", "dataset")],
        ),
        # a sentence's capital "A", and "also" before the passive verb
        ("A new hazy dataset (ZA-HAZE) is also generated.", [("ZA-HAZE", "dataset")]),
        ("A new hazy dataset (ZA-HAZE) is used.", []),
    ],
)
def test_a_passive_introduces_a_name_and_its_long_form(
    abstract: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted(introduced(abstract, TITLE)) == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        (
            "Zorb Dialogues: Dialogues dataset for audio and music understanding",
            "To address this gap, we introduce Zorb Dialogues: a multi-turn dialogue dataset "
            "containing 163.8k samples.",
            [("Zorb Dialogues", "dataset")],
        ),
        # a phrase before the colon that the abstract does not introduce is no name
        (
            "Zorb Dialogues: Dialogues dataset for audio and music understanding",
            "Zorb dialogues are studied in a multi-turn dialogue dataset of 163.8k samples.",
            [],
        ),
    ],
)
def test_a_title_phrase_the_abstract_introduces_is_a_name(
    title: str, abstract: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted(introduced(abstract, title)) == expected


def test_a_title_name_of_two_parts_joined_by_a_slash() -> None:
    """"AC/DC: LLM-based Audio Comprehension ..." and "We propose an ... model": the title
    gives the unnamed model its name (dev19)."""
    title = "ZB/QX: LLM-based Audio Comprehension via Dialogue Continuation"
    abstract = "We propose an instruction-following audio comprehension model for audio."
    assert introduced(abstract, title) == [("ZB/QX", "model")]


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We reduce its size and finally proposed our ZorbAttnGAN.", [("ZorbAttnGAN", "model")]),
        ("Experiments show that our ZorbFormer outperforms others.", [("ZorbFormer", "model")]),
        # a method's or system's name before its head noun is no model
        ("Our ZorbNet framework optimizes an early-exiting policy.", []),
        ("Our proposed ZorbNet MSS system achieves a high SDR.", []),
        # a name not shaped like a network's needs a head noun
        ("Experiments show that our Zorbo outperforms others.", []),
    ],
)
def test_our_network_shaped_name_is_the_papers_model(
    abstract: str, expected: list[tuple[str, str]]
) -> None:
    """"finally proposed our SEAttnGAN" (dev2): a name shaped like a network's right after
    "our" is the paper's model without a head noun."""
    assert sorted(introduced(abstract, TITLE)) == expected

