"""Introductions the patterns missed on the read collection rounds (tests/gold/dev8,
dev13): a plain capitalised name an appositive calls a model ("we introduce Zorbaka, a
model trained with ..."), and a coined name after a network acronym's description ("a
lightweight CNN (ZRB-Net)"). Plain words stay names only where the appositive says model
or dataset."""

from __future__ import annotations

import pytest

from citegraph.linker.introduced import find_introductions

TITLE = "Prosodic Zorbing for Neural Speech Synthesis"


def _introduced(abstract: str) -> list[tuple[str, str]]:
    text = f"{TITLE}\n\n{abstract}"
    return [
        (i.name, i.entity_type)
        for i in find_introductions(text, len(TITLE))
        if i.entity_type != "method"
    ]


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "In this paper, we introduce Zorbaka, a model trained with a two-stage process.",
            [("Zorbaka", "model")],
        ),
        ("We release Quorpus, a corpus of 2M zorb recordings.", [("Quorpus", "dataset")]),
        (
            "We also propose a lightweight CNN (ZRB-Net) that grades zorbs.",
            [("ZRB-Net", "model")],
        ),
        ("We propose a dynamic BNN (DyZNN) with learnable thresholds.", [("DyZNN", "model")]),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert _introduced(abstract) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        # the appositive says what the word is, and it is no model or dataset
        "We present Bologna, a city with many zorbs.",
        "We introduce Zorbaka, a method for prosody transfer.",
        # no article: a list, not an appositive
        "We train Chinese, English and French models.",
        # a generic word never becomes a name
        "We introduce Transformer, a model of zorbs.",
    ],
)
def test_plain_words_stay_plain(abstract: str) -> None:
    assert _introduced(abstract) == []
