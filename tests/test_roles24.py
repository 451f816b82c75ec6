"""Two role rules from the guideline's "not builds_on" list, found short on a ninth
collection round (tests/gold/dev9): a model used to extend or create data is an
off-the-shelf tool, and an abstract that says the paper surveys is a survey's, whatever its
title says."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker.role_features import paper_features
from tests.linking import rule_role


@pytest.mark.parametrize(
    "text",
    [
        "We further adopt Zorbo to extend more captions based on human-written captions.",
        "We use Zorbo to create synthetic training data.",
        "We employ Zorbo to augment the training data.",
        "We leverage Zorbo to expand the instructions.",
    ],
)
def test_a_model_that_makes_more_data_is_a_tool(text: str) -> None:
    assert rule_role(text, "Zorbo") != Role.BUILDS_ON


def test_a_model_that_extends_the_papers_model_is_still_built_on() -> None:
    assert rule_role("We fine-tune Zorbo to extend its context window.", "Zorbo") == Role.BUILDS_ON


@pytest.mark.parametrize(
    "abstract",
    [
        "In this survey, we cover vision-language models.",
        "This paper explores state-of-the-art advancements in LVLMs, focusing on prominent models.",
        "This review summarizes recent progress in speech models.",
        "This article reviews the literature on pruning.",
    ],
)
def test_an_abstract_that_says_it_surveys_makes_a_survey(abstract: str) -> None:
    assert "survey" in paper_features("Advancing Vision-Language Models", 3, False, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        # A paper of its own that reviews others on the way.
        "We provide a brief review of open regional LLMs and detail the proposed LLMs.",
        "We review existing methods and propose a new one.",
    ],
)
def test_a_review_on_the_way_makes_no_survey(abstract: str) -> None:
    assert "survey" not in paper_features("Open Zorb Models", 3, False, abstract)


def test_a_paper_that_introduces_a_model_is_no_survey_by_its_abstract() -> None:
    abstract = "In this survey, we also introduce ZorbNet."
    assert "survey" not in paper_features("A Study", 3, False, abstract, introduces_model=True)
