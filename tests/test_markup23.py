"""LaTeX that arXiv abstracts keep: old-style font groups, citations and footnotes, and the
non-breaking space. Each is read as spaces of the same length, so a name keeps its place and
its cue, and the spans still index the text as written."""

from __future__ import annotations

import pytest

from citegraph.graph.records import Role
from citegraph.linker import Linker, linked_text
from citegraph.linker.candidates import without_markup
from tests.linking import paper, small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[family]]
key = "zorb"
name = "Zorb"
kind = "llm"
source = "test fixture"

[[family]]
key = "quux-7b"
name = "Quux-7B"
kind = "llm"
source = "test fixture"

[[dataset]]
key = "flim-set"
name = "Flim Set"
kind = "dataset"
source = "test fixture"

[[dataset]]
key = "glorp"
name = "Glorp"
kind = "dataset"
source = "test fixture"
"""
)


def _blank(markup: str) -> str:
    return " " * len(markup)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("We tune {\\em Zorb} on {\\sc Glorp}.", "We tune      Zorb  on      Glorp ."),
        (
            "Zorb\\cite{a,b} and Zorb~\\citep[p.~3]{c}.",
            "Zorb" + _blank("\\cite{a,b}") + " and Zorb" + _blank("~\\citep[p.~3]{c}") + ".",
        ),
        (
            "Zorb\\footnote{see x} into Quux-7B",
            "Zorb" + _blank("\\footnote{see x}") + " into Quux-7B",
        ),
        ("on Flim~Set and Flim~Set.", "on Flim Set and Flim Set."),
        ("Zorb\\textsuperscript{1}", "Zorb\\textsuperscript{1}"),
    ],
)
def test_latex_is_blanked_without_moving_the_text(text: str, plain: str) -> None:
    assert without_markup(text) == plain
    assert len(plain) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "about ~50% faster",  # "~" for "about", not a space between words
        "see https://example.edu/~zorb/code",  # a home folder in a URL
        "x ~ y",
    ],
)
def test_a_tilde_that_joins_no_two_words_stays(text: str) -> None:
    assert without_markup(text) == text


def _roles(linker: Linker, abstract: str) -> dict[str, Role]:
    return {m.entity_id: m.role for m in linker.link(paper(abstract)).mentions}


def test_an_old_style_font_group_hides_neither_a_name_nor_its_cue(small: Linker) -> None:
    rules = Linker(small.catalog, role_models={})
    assert _roles(rules, "We fine-tune {\\em Zorb} on {\\sc Glorp}.") == {
        "model:zorb": Role.BUILDS_ON,
        "dataset:glorp": Role.EVALUATES_ON,
    }


def test_a_footnote_does_not_part_a_name_from_its_cue(small: Linker) -> None:
    rules = Linker(small.catalog, role_models={})
    plain = _roles(rules, "We distill Zorb into Quux-7B.")
    assert plain["model:quux-7b"] == Role.BUILDS_ON
    assert _roles(rules, "We distill Zorb\\footnote{The 2024 release.} into Quux-7B.") == plain


def test_a_non_breaking_space_inside_a_name_is_a_space(small: Linker) -> None:
    listed = paper("Results on Flim~Set and Glorp~\\cite{g} are reported.")
    mentions = {m.entity_id: m for m in small.link(listed).mentions}
    assert set(mentions) == {"dataset:flim-set", "dataset:glorp"}
    start, end = mentions["dataset:flim-set"].span
    assert linked_text(listed)[start:end] == "Flim~Set"  # the span indexes the text as written
    assert mentions["dataset:flim-set"].surface == "Flim Set"  # the name as the catalog reads it
