"""Repository URLs whose sentence runs on into the next one with a footnote mark between."""

from __future__ import annotations

import pytest

from citegraph.linker.repos import find_repo_links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arXiv's HTML writes footnote 1 as "111": the stop, the mark and the next sentence
        # are glued to the URL.
        (
            "explanations. https://github.com/basiralab/X-Node.111This paper has been selected",
            "repo:github:basiralab/X-Node",
        ),
        ("code at https://github.com/owner/tool.2Our code", "repo:github:owner/tool"),
        # A dot and a capitalised word may be the name itself.
        ("https://github.com/JamesNK/Newtonsoft.Json", "repo:github:JamesNK/Newtonsoft.Json"),
        # Digits after a dot are a version in the name ("v1.2"), kept.
        ("https://github.com/owner/tool-v1.2", "repo:github:owner/tool-v1.2"),
    ],
)
def test_a_footnote_mark_and_the_next_sentence_are_no_part_of_the_name(
    text: str, expected: str
) -> None:
    assert [link.entity_id for link in find_repo_links(text)] == [expected]


def test_the_evidence_span_ends_with_the_name() -> None:
    text = "explanations. https://github.com/basiralab/X-Node.111This paper"
    [link] = find_repo_links(text)
    assert text[link.start : link.end] == "https://github.com/basiralab/X-Node"


def test_inside_the_path_the_same_letters_are_part_of_the_name() -> None:
    [link] = find_repo_links("https://github.com/owner/tool.1Beta/tree/main")
    assert link.entity_id == "repo:github:owner/tool.1Beta"
