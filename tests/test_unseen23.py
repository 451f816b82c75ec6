"""A single coined name after "models such as" / "models like" ends where a verb follows
it: "simpler models like Zorbit delivered consistent performance" names Zorbit."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import ONE_FAMILY_CATALOG, found, small_linker_fixture

small = small_linker_fixture(ONE_FAMILY_CATALOG)


@pytest.mark.parametrize(
    "abstract",
    [
        "Imputation models such as ZORBI exhibited sensitivity to preprocessing.",
        "Simpler models like ZORBI delivered consistent and efficient performance.",
        "Models such as ZORBI can be brittle.",
        "Strong models such as ZORBI still fail on long inputs.",
    ],
)
def test_a_verb_after_a_single_listed_name_ends_it(small: Linker, abstract: str) -> None:
    assert found(small, abstract) == {"model:zorbi"}


def test_a_noun_after_a_single_listed_name_is_still_a_modifier(small: Linker) -> None:
    # "such as Indic scripts": the name is the noun's modifier, no model's name.
    assert found(small, "Models such as ZORBI features help here.") == set()
