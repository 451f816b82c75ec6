"""Text copied from PDFs and web pages: soft hyphens, zero-width characters, ligatures and
full-width letters. A paper's title and abstract hold them as a reader sees them, so an
alias and a cue match, and every span indexes the text the paper holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from citegraph.graph import ids
from citegraph.graph.records import Paper, Role, plain_text
from citegraph.linker import Linker, linked_text
from citegraph.loaders import daily_papers
from tests.linking import small_linker_fixture

small = small_linker_fixture(
    """
version = "2026.11.0"

[[family]]
key = "zorbral-7b"
name = "Zorbral-7B"
kind = "llm"
source = "test fixture"

[[dataset]]
key = "flimset"
name = "FlimSet"
kind = "dataset"
source = "test fixture"
"""
)


_SEEN = "Zorbral\u20117B \u2013 na\u00efve \u00a0caf\u00e9 \uff61"


@pytest.mark.parametrize(
    ("copied", "read"),
    [
        ("Zor\u00adbral-7B", "Zorbral-7B"),  # a soft hyphen where the PDF broke the line
        ("fine\u200b-tune Zorbral\u200d-7B", "fine-tune Zorbral-7B"),  # zero-width
        ("\ufeffWe \ufb01ne-tune", "We fine-tune"),  # a byte-order mark, the fi ligature
        ("e\ufb03cient in\ufb02uence o\ufb00", "efficient influence off"),
        ("\uff26\uff4c\uff49\uff4d\uff33\uff45\uff54\uff01", "FlimSet!"),  # full-width
        (_SEEN, _SEEN),  # what a reader sees stays: the linker reads these itself
    ],
)
def test_a_papers_text_is_what_a_reader_sees(copied: str, read: str) -> None:
    assert plain_text(copied) == read
    listed = Paper(id=ids.paper_id(title="A Study"), title="A Study", abstract=copied)
    assert listed.abstract == read


def test_ascii_text_is_returned_as_it_is() -> None:
    text = "We fine-tune Zorbral-7B."
    assert plain_text(text) is text


def test_the_title_key_reads_the_plain_title() -> None:
    copied = Paper(id=ids.paper_id(title="E\ufb03cient Zorb"), title="E\ufb03cient Zor\u00adb")
    assert copied.title == "Efficient Zorb"
    assert copied.title_key == ids.title_key("Efficient Zorb")


def test_a_dump_copied_from_a_pdf_links_like_the_plain_one(small: Linker, tmp_path: Path) -> None:
    dump = tmp_path / "copied.txt"
    dump.write_text(
        "A Zorb Study\n\nWe \ufb01ne-tune Zor\u00adbral-7B on FlimSet and release it.\n",
        encoding="utf-8",
    )
    (copied,) = daily_papers.load(dump)
    assert copied.abstract == "We fine-tune Zorbral-7B on FlimSet and release it."
    mentions = small.link(copied).mentions
    roles = {m.entity_id: m.role for m in mentions}
    assert roles == {"model:zorbral-7b": Role.BUILDS_ON, "dataset:flimset": Role.EVALUATES_ON}
    for mention in mentions:
        start, end = mention.span
        assert linked_text(copied)[start:end] == mention.surface
