"""Loader for the Hugging Face papers API: `/api/daily_papers` items and `/api/papers/{id}`.

Both shapes may be mixed in one file (a JSON array or JSON Lines):

* a Daily Papers item wraps the paper, `{"paper": {...}, "publishedAt": ..., "title": ...}`.
  Its top-level `publishedAt` is the day the paper was *featured*, while `paper.publishedAt`
  is the arXiv date: the paper's `published_on` is always the arXiv date, so a paper gets one
  date whichever endpoint listed it;
* a paper object is flat: `id` (the arXiv id), `title`, `summary`, `authors`, `publishedAt`,
  `upvotes`, `githubRepo`, `linkedModels`, `linkedDatasets`...

Each item gives a `Paper` keyed by its arXiv id (so it absorbs the same paper listed by
title in a text dump), `HAS_CODE` to its `githubRepo` (`official`: the paper page's own
repository), and `CITES` from every linked model and dataset to the paper (they reference
its arXiv id). Edges carry `method=declared`, `declared_by="hf-papers"` and the key
`hf-papers`. The paper's title and summary are linked like any listing by the pipeline.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

from citegraph.graph import ids
from citegraph.graph.records import Dataset, Edge, EdgeType, Model, Paper, SourceRef

from .json_items import (
    ItemError,
    count,
    date_of,
    declared,
    first_object_keys,
    has_code,
    hub_id,
    load_items,
    mapping,
    objects,
    repo_from_url,
    text,
)

NAME = "hf-papers-api"
DECLARED_BY = "hf-papers"
# A wrapped item has `paper`; a flat paper has `authors`/`summary`/`upvotes`..., and neither
# has a model's `author` or `pipeline_tag` at its top level.
_SNIFF_KEYS = frozenset(
    {"paper", "authors", "summary", "upvotes", "submittedOnDailyAt", "githubRepo",
     "linkedModels", "linkedDatasets", "ai_summary", "discussionId"}
)  # fmt: skip


def sniff(head: bytes) -> bool:
    """True when the first JSON object in `head` is a papers-API paper or daily item."""
    keys = first_object_keys(head)
    return bool(keys and keys & _SNIFF_KEYS and "repo_url" not in keys)


def load(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Any]:
    """Stream the papers and declared edges of every item in the file."""
    return load_items(path, parse, on_progress=on_progress)


def parse(item: dict[str, Any], ref: SourceRef) -> Iterator[Any]:
    """Records of one daily-papers item or paper object; `ItemError` when it is unusable."""
    wrapped = "paper" in item
    paper = mapping(item, "paper") if wrapped else item
    where = "paper." if wrapped else ""
    raw_id = text(paper, "id", where=where, required=True)
    arxiv_id = ids.normalize_arxiv_id(raw_id or "")
    if arxiv_id is None:
        raise ItemError(f"{where}id is not an arXiv id: {raw_id!r}")
    # The wrapper repeats title and summary; the paper's own win when both are present.
    title = text(paper, "title", where=where) or (text(item, "title") if wrapped else None)
    if title is None:
        raise ItemError(f"missing required field {where}title")
    summary = text(paper, "summary", where=where) or (text(item, "summary") if wrapped else None)
    authors = paper.get("authors")
    if authors is not None and not isinstance(authors, list):
        raise ItemError(f"{where}authors must be a list")
    organisation = mapping(paper, "organization", where=where) or (
        mapping(item, "organization") if wrapped else {}
    )
    record = Paper(
        id=ids.paper_id(arxiv_id=arxiv_id),
        title=title,
        abstract=summary or "",
        arxiv_id=arxiv_id,
        authors_count=len(authors) if authors is not None else None,
        organisation=text(organisation, "fullname", where=f"{where}organization.")
        or text(organisation, "name", where=f"{where}organization."),
        published_on=date_of(paper, "publishedAt", where=where),
        upvotes=count(paper, "upvotes", where=where),
        sources=(ref,),
    )
    yield record

    github = text(paper, "githubRepo", where=where)
    repo = repo_from_url(github, ref) if github else None
    if repo is not None:
        yield repo
        yield has_code(record.id, repo, "githubRepo", github, ref, DECLARED_BY, official=True)
    for field, node_type, make_id in (
        ("linkedModels", Model, ids.model_id),
        ("linkedDatasets", Dataset, ids.dataset_id),
    ):
        for linked in objects(paper, field, where=where):
            linked_hub_id = hub_id(
                text(linked, "id", where=f"{where}{field}[].", required=True) or ""
            )
            node_id = make_id(hf_id=linked_hub_id)
            extra = _model_fields(linked, f"{where}{field}[].") if node_type is Model else {}
            yield node_type(
                id=node_id, name=linked_hub_id, hf_id=linked_hub_id, origin="hub",
                sources=(ref,), **extra,
            )  # fmt: skip
            yield Edge(
                source=node_id,
                target=record.id,
                type=EdgeType.CITES,
                key=DECLARED_BY,
                evidence=declared(f"{field}: {linked_hub_id}", ref, DECLARED_BY),
            )


def _model_fields(linked: dict[str, Any], where: str) -> dict[str, Any]:
    """The light model metadata a paper page lists with each linked model."""
    return {
        "author": text(linked, "author", where=where),
        "pipeline_tag": text(linked, "pipeline_tag", where=where),
        "downloads": count(linked, "downloads", where=where),
        "likes": count(linked, "likes", where=where),
    }
