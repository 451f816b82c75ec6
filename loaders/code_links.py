"""Loader for Papers with Code's `links-between-papers-and-code.json`.

Each item links one paper to one repository: `paper_url` (the PwC slug), `paper_title`,
`paper_arxiv_id`, `repo_url`, `is_official`, `mentioned_in_paper`, `mentioned_in_github`,
`framework`. The dump is a frozen snapshot (Papers with Code shut down in July 2025), still
the largest paper -> code seed there is, and large (~300k links), hence streaming.

Each item gives the `Paper` (by arXiv id when PwC knows it, else by title, so it meets the
same paper from a text dump either way), the `Repo`, and a `HAS_CODE` edge with `official`
from `is_official`, `method=declared`, `declared_by="paperswithcode"` and the key
`paperswithcode`: one edge per source between a paper and a repo, so PwC's and the HF paper
page's claims stay apart and either can be filtered on. Repositories outside GitHub and
GitLab are skipped (logged): no other host appears in practice.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from typing import Any

from citegraph.graph import ids
from citegraph.graph.records import Paper, SourceRef

from .json_items import ItemError, first_object_keys, has_code, load_items, repo_from_url, text

NAME = "pwc-code-links"
DECLARED_BY = "paperswithcode"

log = logging.getLogger(__name__)


def sniff(head: bytes) -> bool:
    """True when the first JSON object in `head` is a paper -> code link."""
    keys = first_object_keys(head)
    return bool(
        keys and "repo_url" in keys and keys & {"paper_url", "paper_title", "paper_arxiv_id"}
    )


def load(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Any]:
    """Stream the papers, repos and HAS_CODE edges of every link in the file."""
    return load_items(path, parse, on_progress=on_progress)


def parse(item: dict[str, Any], ref: SourceRef) -> Iterator[Any]:
    """Records of one link; `ItemError` when it is unusable."""
    repo_url = text(item, "repo_url", required=True) or ""
    title = text(item, "paper_title")
    raw_arxiv = text(item, "paper_arxiv_id")
    arxiv_id = ids.normalize_arxiv_id(raw_arxiv) if raw_arxiv else None
    if arxiv_id is None and title is None:
        raise ItemError("needs paper_arxiv_id or paper_title to name the paper")
    official = item.get("is_official")
    if official is not None and not isinstance(official, bool):
        raise ItemError("is_official must be true, false or null")
    paper = Paper(
        id=ids.paper_id(arxiv_id=arxiv_id, title=title),
        title=title or "",
        arxiv_id=arxiv_id,
        sources=(ref,),
    )
    yield paper
    repo = repo_from_url(repo_url, ref)
    if repo is None:
        log.info("%s: skipping repository on an unsupported host: %s", ref, repo_url)
        return
    yield repo
    yield has_code(paper.id, repo, "repo_url", repo_url, ref, DECLARED_BY, official)
