"""A title whose description ends in "Challenges" (plural) is a survey's problems, not a data
set; a competition names itself in the singular. Found on the eleventh collection round
(tests/gold/dev11), where "Few-Shot Object Detection: Research Advances and Challenges"
became an introduced data set."""

from __future__ import annotations

import pytest

from citegraph.linker.introduced import find_introductions

ABSTRACT = "We present a new resource and survey the field of zorbing."


def _introduced(title: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n{ABSTRACT}"
    return [(i.name, i.entity_type) for i in find_introductions(text, len(title))]


@pytest.mark.parametrize(
    "title",
    [
        "Few-Shot Zorb Detection: Research Advances and Challenges",
        "Zorb-Shot Segmentation: Open Challenges",
        "Zorb-Based Retrieval: Progress and Challenges",
    ],
)
def test_challenges_in_a_title_are_no_dataset(title: str) -> None:
    assert _introduced(title) == []


def test_a_challenge_in_the_singular_still_names_one() -> None:
    assert _introduced("ZorbQA: A Question Answering Challenge") == [("ZorbQA", "dataset")]
