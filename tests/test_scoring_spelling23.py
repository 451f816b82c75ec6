"""The scorer reads a label as a reader does: "ResNet38", "ResNet-38" and "ResNet 38" are one
name, whichever spelling the linker's id of an unseen name was made from; the number itself
must still agree."""

from __future__ import annotations

import pytest

from citegraph.evaluation import GoldEntity, label_ids
from citegraph.linker import Linker
from tests.linking import small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[family]]
key = "zorbnet"
name = "ZorbNet"
kind = "vision"
source = "test fixture"
"""
)


def _accepted(linker: Linker, name: str, entity_type: str = "model") -> frozenset[str]:
    return label_ids(linker, GoldEntity(type=entity_type, name=name, surfaces=(), role="mentions"))


@pytest.mark.parametrize("written", ["ZorbNet38", "ZorbNet-38", "ZorbNet 38"])
def test_a_number_joined_on_or_hyphenated_is_one_name(small: Linker, written: str) -> None:
    accepted = _accepted(small, written)
    assert {"model:zorbnet38", "model:zorbnet-38"} <= accepted
    assert not {"model:zorbnet", "model:zorbnet-3", "model:zorbnet-380"} & accepted


def test_datasets_read_alike(small: Linker) -> None:
    assert {"dataset:flim2", "dataset:flim-2"} <= _accepted(small, "Flim 2", "dataset")


def test_a_name_without_letters_before_a_number_has_one_spelling(small: Linker) -> None:
    assert _accepted(small, "Quux") == {"model:quux"}
    assert _accepted(small, "4-bit Quux") == {"model:4-bit-quux"}
