"""Repository URLs broken by a page's text (read sets dev8 and dev16): a footnote's mark
and link glued after the name ("coco-mulla-repo.222https://kikyo-16.github.io/..."), and a
name broken at its hyphen by a line end ("FAT-fast- adjustable-threshold")."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from citegraph.linker.repos import find_repo_links
from tests.linking import paper


@pytest.mark.parametrize(
    ("text", "expected", "surface"),
    [
        (
            "demos are available online111https://github.com/owner/zorb-repo.222https://"
            "owner.github.io/zorb/. We thank all.",
            "repo:github:owner/zorb-repo",
            "https://github.com/owner/zorb-repo",
        ),
        (
            "Code: https://github.com/owner/zorb-fast- adjustable-threshold. We thank all.",
            "repo:github:owner/zorb-fast-adjustable-threshold",
            "https://github.com/owner/zorb-fast- adjustable-threshold",
        ),
        # a hyphen before a capitalised word or the sentence's end is no broken name
        ("Code: https://github.com/owner/zorb-. We thank all.", "repo:github:owner/zorb", None),
        ("Code: https://github.com/owner/zorb- We thank all.", "repo:github:owner/zorb", None),
    ],
)
def test_broken_urls_name_their_repository(
    text: str, expected: str, surface: str | None
) -> None:
    (link,) = find_repo_links(text)
    assert link.entity_id == expected
    if surface is not None:
        assert text[link.start : link.end] == surface


@pytest.mark.parametrize(
    ("abstract", "role"),
    [
        ("Results are strong. The project link is https://github.com/owner/zorb.", "introduces"),
        ("A taxonomy.111Data and demo video: https://github.com/owner/zorb", "introduces"),
        (
            "One can visit https://github.com/owner/zorb-list for a comprehensive paper list.",
            "introduces",
        ),
        ("We propose ZorbLM111https://github.com/owner/ZorbLM, a novel framework.", "introduces"),
        # someone else's code stays a mention
        ("We compare against four baselines from https://github.com/other/tool.", "mentions"),
        ("The model is based on https://github.com/other/tool and beats it.", "mentions"),
    ],
)
def test_a_link_is_the_papers_own_unless_the_text_says_otherwise(
    linker: Linker, abstract: str, role: str
) -> None:
    """Every repository labelled on the read sets (243) is the paper's own: a link without
    a release cue is too, unless the words before it make it someone else's."""
    (mention,) = [m for m in linker.link(paper(abstract)).mentions if m.entity_type == "repo"]
    assert mention.role.value == role
