"""Repository URLs broken by a page's text (read sets dev8 and dev16): a footnote's mark
and link glued after the name ("coco-mulla-repo.222https://kikyo-16.github.io/..."), and a
name broken at its hyphen by a line end ("FAT-fast- adjustable-threshold")."""

from __future__ import annotations

import pytest

from citegraph.linker.repos import find_repo_links


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
