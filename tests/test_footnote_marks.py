"""Footnote marks glued into an abstract copied from arXiv's HTML pages: the mark's digit
three times between a word and the footnote's text ("corpus Opencpop111https://...").
They read as spaces of the same length, so the name before them is a word again and the
spans still index the text as written; digits that belong to a name stay."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.candidates import FOOTNOTE_MARKS, without_footnote_marks
from tests.linking import paper, small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[dataset]]
key = "glorpcorp"
name = "Glorpcorp"
kind = "dataset"
source = "test fixture"
"""
)


def _unmarked(text: str) -> str:
    """The text as the linker reads it: the marks at every three-digit run a scan finds."""
    runs = [
        (start, start + 3)
        for mark in FOOTNOTE_MARKS
        for start in range(len(text))
        if text.startswith(mark, start)
    ]
    return without_footnote_marks(text, runs)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "the public singing corpus Opencpop111https://wenet.org.cn/opencpop/. Samples",
            "the public singing corpus Opencpop   https://wenet.org.cn/opencpop/. Samples",
        ),
        ("we train v-MLLM222v-MLLM is short for", "we train v-MLLM   v-MLLM is short for"),
        ("our framework MoGA222This work", "our framework MoGA   This work"),
        ("a repository111www.github.xxx", "a repository   www.github.xxx"),
        ("(see Table 1)333https://x.org", "(see Table 1)   https://x.org"),
    ],
)
def test_a_glued_footnote_mark_reads_as_spaces(text: str, plain: str) -> None:
    assert _unmarked(text) == plain
    assert len(plain) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "the S222K) split",  # no word after the digits
        "a 1000X speed-up",  # the digits follow a digit
        "an A100 GPU and a B200",  # no mark: not three of one digit
        "3x faster on T4 with batch 111 and 222 steps",  # digits after a space
        "ResNet101 and ResNet152",
        "the Zorb1111https://x.org run",  # four of one digit: no mark
    ],
)
def test_digits_that_are_no_footnote_mark_stay(text: str) -> None:
    assert _unmarked(text) is text


def test_a_catalog_name_before_a_glued_mark_is_linked_where_it_is_written(small: Linker) -> None:
    text = (
        "WeSinger achieves state-of-the-art performance on the recent public Chinese "
        "singing corpus Glorpcorp111https://example.org/glorpcorp/. Samples are online."
    )
    result = small.link(paper(text))
    (mention,) = result.mentions
    assert (mention.entity_id, mention.role) == ("dataset:glorpcorp", Role.EVALUATES_ON)
    start, end = mention.span
    assert (start - len("A Study\n\n"), mention.surface) == (text.index("Glorpcorp"), "Glorpcorp")
    assert end - start == len("Glorpcorp")
