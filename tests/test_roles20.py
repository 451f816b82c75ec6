"""Role rules of round 20: a comparison cue governs its whole list of names, however long
(invented names)."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker.roles import (
    Sentences,
    compares_directly,
    list_head,
    mention_role,
    rule_cues,
)


def _role(text: str, name: str) -> Role:
    start = text.rindex(name)
    return mention_role(Sentences(text), start, start + len(name), "model")


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
