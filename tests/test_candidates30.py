"""A camel-case catalog name whose words are a task's name ("VideoRetrieval",
"EmotionAnalysis", mteb tasks) is not matched in its spaced spelling: "Partially Relevant
Video Retrieval (PRVR)" named mteb's VideoRetrieval on dev19 (read after its as-found
score), and a longer unseen "dataset" around it."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from citegraph.linker.candidates import camel_case_spellings
from tests.linking import paper


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("VideoRetrieval", set()),
        ("EmotionAnalysis", set()),
        ("DeepPlanning", set()),
        # a network's or a corpus's words stay spellings of the name
        ("TabNet", {"Tab-Net", "Tab Net"}),
        ("SwitchTransformers", {"Switch-Transformers", "Switch Transformers"}),
        # three words are a name more often than a task
        ("CodeSearchNetRetrieval", {"Code-Search-Net-Retrieval", "Code Search Net Retrieval"}),
    ],
)
def test_camel_case_spellings(alias: str, expected: set[str]) -> None:
    assert camel_case_spellings(alias) == expected


def test_a_task_phrase_names_no_dataset(linker: Linker) -> None:
    abstract = "Partially Relevant Video Retrieval (PRVR) is a challenging task in retrieval."
    assert linker.link(paper(abstract)).mentions == []
    joined = linker.link(paper("We evaluate on VideoRetrieval from MTEB.")).mentions
    assert "dataset:hf:mteb/VideoRetrieval" in [m.entity_id for m in joined]
