"""Role rules of round 20: a comparison cue governs its whole list of names, however long
(invented names)."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.roles import (
    Sentences,
    compares_directly,
    list_head,
    rule_cues,
)

from .linking import rule_role, small_linker_fixture

_CATALOG = """
version = "2026.12.0"

[[family]]
key = "zorbilla"
name = "Zorbilla"
kind = "llm"
source = "test fixture"
"""


small = small_linker_fixture(_CATALOG)


def _role(text: str, name: str) -> Role:
    return rule_role(text, name, last=True)


# -- a list inherits its comparison cue --------------------------------------------------------

_LONG_LIST = (
    "ZorbLM-1B, Quux-1.5B, Flimmer-2-2B, Gadget-3-mini, Wobble-7B, Mistle-7B-v0.3 and BlargLM 8B"
)


@pytest.mark.parametrize(
    "text",
    [
        f"Our small model outperforms {_LONG_LIST} on reasoning.",
        f"Our model is compared with {_LONG_LIST} on reasoning.",
        "It beats strong baselines with 100M to 1B parameters, such as ZorbLM, Quux-1.5B, "
        "Flimmer-2B, Wobble-1B, BlargLM in commonsense benchmarks.",
        "It performs on par with other open models such as Mistle 7B, Gadget 7B and BlargLM.",
    ],
)
def test_every_item_of_a_compared_list_is_compared_beyond_the_cue_window(text: str) -> None:
    assert text.index("BlargLM") - text.index("ZorbLM" if "ZorbLM" in text else "Mistle") > 20
    assert _role(text, "BlargLM") is Role.COMPARES_WITH


def test_a_far_item_of_a_directly_compared_list_is_a_direct_object() -> None:
    text = f"Our small model outperforms {_LONG_LIST} on reasoning."
    start = text.index("BlargLM")
    assert start - text.index("outperforms") > 90  # out of the cue window
    assert compares_directly(Sentences(text), start, start + len("BlargLM 8B"))


@pytest.mark.parametrize(
    "text",
    [
        f"Our small model outperforms {_LONG_LIST} on reasoning.",
        f"We use {_LONG_LIST} as judges of the answers.",
        f"We release {_LONG_LIST} as open models.",
        "Our model is compared with ZorbLM, and BlargLM is used as an evaluator of it.",
    ],
)
def test_the_scans_cue_words_give_the_same_reading_as_the_plain_patterns(
    small: Linker, text: str
) -> None:
    scanned = Sentences(text, small.index.scan(text).words)
    for name in ("ZorbLM", "Mistle", "BlargLM"):
        if name not in text:
            continue
        start = text.index(name)
        end = start + len(name)
        assert rule_cues(scanned, start, end, "model") == rule_cues(
            Sentences(text), start, end, "model"
        )
        assert compares_directly(scanned, start, end) == compares_directly(
            Sentences(text), start, end
        )


def test_a_list_without_a_comparison_cue_takes_none() -> None:
    text = f"We release {_LONG_LIST} as open models."
    assert _role(text, "BlargLM") is Role.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case word that is no part of a name ends the list
        f"Our model outperforms {_LONG_LIST.replace(' and', ', human experts and')} here.",
        # so does a clause break ("while") or a semicolon
        f"Our model outperforms ZorbLM; {_LONG_LIST.replace('ZorbLM-1B, ', '')} are slow.",
    ],
)
def test_a_list_ends_at_a_word_that_is_no_name(text: str) -> None:
    start = text.rindex("BlargLM")
    assert "compares_before:outperform" not in rule_cues(
        Sentences(text), start, start + 7, "model"
    )[1]


def test_the_list_head_is_the_first_item_after_the_cue() -> None:
    text = "It outperforms the ZorbLM 7B (chat), Quux-2/Quux-3, and BlargLM."
    assert list_head(Sentences(text), text.index("BlargLM")) == text.index("ZorbLM")
    assert list_head(Sentences(text), text.index("ZorbLM")) == text.index("ZorbLM")
    # a name after a size, not after list glue, is no later list item
    text = "It outperforms 175B BlargLM."
    assert list_head(Sentences(text), text.index("BlargLM")) == text.index("BlargLM")


def test_a_list_is_bounded_by_its_sentence() -> None:
    text = "Our model outperforms ZorbLM. Quux-7B, Wobble-7B and BlargLM are released."
    assert list_head(Sentences(text), text.index("BlargLM")) == text.index("Quux-7B")
    assert _role(text, "BlargLM") is Role.MENTIONS


def test_a_builds_cue_does_not_carry_across_a_long_list() -> None:
    # Measured: carrying builds_on cues across lists cost builds_on precision, so only
    # comparison cues carry; the cue window still covers a short list.
    text = f"We fine-tune {_LONG_LIST} on legal text."
    assert _role(text, "BlargLM") is Role.MENTIONS
    assert _role("We fine-tune ZorbLM, Quux-7B and BlargLM on legal text.", "BlargLM") is (
        Role.BUILDS_ON
    )


# -- a model used as a tool for data or outputs is no part of the paper's system -------------


@pytest.mark.parametrize(
    "text",
    [
        "We use BlargLM as a judge to score the answers.",
        "BlargLM is used as the evaluator of generated answers.",
        "We employ BlargLM as an annotator to label the corpus.",
        "Using BlargLM as a grader, we score each answer.",
        "We leverage BlargLM as a critic to give feedback on drafts.",
        "We utilize ZorbLM and BlargLM as oracles for the queries.",
        "We use BlargLM, Quux 3 and ZorbLM as judges of the answers.",
        "We adopt BlargLM-as-a-judge to rate outputs.",
        "We use BlargLM to generate synthetic training data.",
        "We use BlargLM to label the unlabelled reviews.",
        "We use BlargLM to filter the noisy training data.",
        "BlargLM was then used to annotate the reviews.",
        "BlargLM is used to generate the training data.",
        "We leverage BlargLM to produce pseudo-labels for the unlabeled images.",
        "We use BlargLM to evaluate the generated answers.",
        "We use BlargLM-generated captions to train our model.",
        "We train our model on synthetic data generated by BlargLM.",
    ],
)
def test_a_model_used_as_a_tool_is_not_built_on(text: str) -> None:
    start = text.index("BlargLM")
    role, cues = rule_cues(Sentences(text), start, start + 7, "model")
    assert role is Role.MENTIONS
    assert any(cue.startswith("tool:") for cue in cues)


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tune BlargLM as a judge of answers.",  # its weights change
        "We use BlargLM as the teacher to distil a small judge.",  # distillation
        "We distill reasoning traces generated by BlargLM into a small model.",
        "We use BlargLM as the judge backbone.",  # a component
        "We use BlargLM as the reward model.",  # the guideline's component
        "To that end we use BlargLM to score candidates.",  # a reranker: a component
        "We generate answers with our pipeline and fine-tune BlargLM on them.",
    ],
)
def test_a_change_of_weights_a_teacher_or_a_component_stays_built_on(text: str) -> None:
    assert _role(text, "BlargLM") is Role.BUILDS_ON


def test_a_tool_cue_vetoes_the_classifiers_builds_on_unless_a_rule_says_builds_on() -> None:
    from citegraph.linker.role_features import mention_features
    from citegraph.linker.role_model import may_say_builds_on

    text = "We use BlargLM as a judge to score the answers."
    start = text.index("BlargLM")
    features = mention_features(Sentences(text), start, start + 7, "model", 0)[1]
    assert "tool_use" in features
    assert not may_say_builds_on(frozenset({*features, "strongest=mentions"}))
    # another mention of it that a rule reads as builds_on ("we also fine-tune BlargLM")
    assert may_say_builds_on(frozenset({*features, "strongest=builds_on"}))
