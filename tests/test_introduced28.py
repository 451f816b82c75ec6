"""Introductions the patterns missed on the read collection round dev17 (read after its
as-found scores): a data head noun before a naming word introduces a data set even when a
capitalised word inside the description stopped the description pattern ("we collect the
largest Chinese dialogue dataset named WDC-Dialogue"), and a capitalised word before a head
noun that a name follows is the head's modifier, not the name ("propose a novel SR model
MKM-SR"). Names invented for the tests."""

from __future__ import annotations

import pytest

from tests.linking import introduced

TITLE = "Zorbing for Session Recommendation"


def _introduced(abstract: str) -> list[tuple[str, str]]:
    return sorted(introduced(abstract, TITLE))


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "To build it, we collect the largest Chinese dialogue dataset named ZDC-Dialogue "
            "from social media.",
            [("ZDC-Dialogue", "dataset")],
        ),
        (
            "These insights motivate us to propose a novel SR model ZKM-SR in this paper.",
            [("ZKM-SR", "model")],
        ),
        ("We build a NER dataset ZorbNER of 5k sentences.", [("ZorbNER", "dataset")]),
        # a name before the head with nothing after it stays the name
        ("We propose a novel ZorbNet model for graphs.", [("ZorbNet", "model")]),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert _introduced(abstract) == expected


def test_a_list_after_namely_is_not_named_by_its_data_head() -> None:
    assert _introduced("We evaluate on two datasets, namely ZorbQA and QuuxQA.") == []
