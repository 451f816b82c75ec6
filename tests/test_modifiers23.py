"""Words around a catalog name that describe it rather than lengthen it or stand for it:
a modifier hyphenated after it ("LLaMA2-7B-Based models"), a lower-case participle
hyphenated before it ("compressed-PSPNet-based"), and a name of plain Title Case words
written in lower case but for a sentence's capital ("The stack tracks ...")."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import found, small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[family]]
key = "zorbo-7b"
name = "Zorbo-7B"
kind = "llm"
source = "test fixture"

[[family]]
key = "quuxnet"
name = "QuuxNet"
kind = "vision"
source = "test fixture"

[[dataset]]
key = "flim-set"
name = "Flim Set"
kind = "dataset"
source = "test fixture"
"""
)


@pytest.mark.parametrize(
    "abstract",
    [
        "It ranks first among Zorbo-7B-Based models on our benchmark.",
        "It ranks first among Zorbo-7B-based models on our benchmark.",
        "We build Zorbo-7B-Powered agents.",
    ],
)
def test_a_modifier_after_a_name_leaves_the_name(small: Linker, abstract: str) -> None:
    assert found(small, abstract) == {"model:zorbo-7b"}


def test_a_capitalised_part_after_a_name_still_makes_a_longer_one(small: Linker) -> None:
    assert found(small, "We compare with Zorbo-7B-Math.") == {"model:zorbo-7b-math"}


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose a compressed-QuuxNet-based cascade network.",
        "We start from a pretrained-QuuxNet backbone.",
    ],
)
def test_a_participle_hyphenated_before_a_name_describes_it(small: Linker, abstract: str) -> None:
    assert "model:quuxnet" in found(small, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "We compare with Sentence-QuuxNet.",  # another model's name
        "We compare with red-QuuxNet.",  # a short word, no participle
    ],
)
def test_other_words_hyphenated_before_a_name_make_another_name(
    small: Linker, abstract: str
) -> None:
    assert "model:quuxnet" not in found(small, abstract)


@pytest.mark.parametrize(
    ("abstract", "linked"),
    [
        ("We evaluate on Flim Set.", True),
        ("Flim Set is our benchmark.", True),
        ("The parser reads a flim set of rules.", False),
        ("Flim set tracks the status of the search.", False),  # a sentence's capital only
    ],
)
def test_a_name_of_plain_words_needs_its_capitals(
    small: Linker, abstract: str, linked: bool
) -> None:
    assert ("dataset:flim-set" in found(small, abstract)) is linked
