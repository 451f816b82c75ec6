"""Compressing a model builds on it (docs/annotation-guideline.md: quantizing, pruning or
compressing a model's weights); what a model compresses or makes does not."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from tests.linking import rule_role


@pytest.mark.parametrize(
    "text",
    [
        "We compress a Zorbo model with our method.",
        "Our method compresses Zorbo by 20 times.",
        "Sparse pruning compresses a Zorbo model more than reducing its layers.",
        "Compressing Zorbo to 4 bits keeps its accuracy.",
    ],
)
def test_compressing_a_model_builds_on_it(text: str) -> None:
    assert rule_role(text, "Zorbo") == Role.BUILDS_ON


@pytest.mark.parametrize(
    "text",
    [
        "Compressed prompts produced by Zorbo are shorter.",
        "We compress long contexts with a small model into soft prompts for Zorbo.",
        "Prompt compression with Zorbo helps.",
    ],
)
def test_what_a_model_compresses_is_no_build(text: str) -> None:
    assert rule_role(text, "Zorbo") != Role.BUILDS_ON
