"""Stable, readable node ids: the only place ids are made.

Every write in citegraph is an idempotent upsert keyed on these ids, so the same input must
give the same id on every run, in every store, on every machine. Ids are meant to be read by
people in Cypher and JSON (`paper:arxiv:2305.14314`, `model:hf:meta-llama/Llama-2-7b-hf`,
`repo:github:owner/name`), hence slugs rather than hashes wherever the text allows.
"""

from __future__ import annotations

import re

# Paper ids and the title key are paper identity's (graph/identity.py, with the merge rule
# they serve); they are re-exported here so that every id is still made through `ids`.
from .identity import fold as _fold
from .identity import normalize_arxiv_id, paper_id, title_key, title_paper_id

__all__ = [
    "dataset_id",
    "hosted_id",
    "hosted_parts",
    "label_of",
    "model_id",
    "name_slug",
    "normalize_arxiv_id",
    "paper_id",
    "repo_id",
    "title_key",
    "title_paper_id",
]

_NAME_JUNK = re.compile(r"[^a-z0-9.+]+")


def name_slug(name: str) -> str:
    """Slug of an entity name that keeps every distinguishing character.

    Digits, dots and plus signs survive (`GPT-4` -> `gpt-4`, `GPT-4o` -> `gpt-4o`,
    `SQuAD 2.0` -> `squad-2.0`) because versions and sizes are what tell entities apart.
    """
    slug = _NAME_JUNK.sub("-", _fold(name)).strip("-.")
    if not slug:
        raise ValueError(f"name has no letters or digits: {name!r}")
    return slug


def model_id(*, hf_id: str | None = None, name: str | None = None) -> str:
    """`model:hf:<hub id>` when the Hub id is known, else `model:<slug of name>`."""
    return _entity_id("model", hf_id=hf_id, name=name)


def dataset_id(*, hf_id: str | None = None, name: str | None = None) -> str:
    """`dataset:hf:<hub id>` when the Hub id is known, else `dataset:<slug of name>`."""
    return _entity_id("dataset", hf_id=hf_id, name=name)


def _entity_id(prefix: str, *, hf_id: str | None, name: str | None) -> str:
    if hf_id:
        return f"{prefix}:hf:{hf_id.strip().strip('/')}"
    if name:
        return f"{prefix}:{name_slug(name)}"
    raise ValueError(f"a {prefix} needs a Hub id or a name")


def repo_id(host: str, path: str) -> str:
    """`repo:<host>:<owner>/<name>`; hosts are short names (github, gitlab, hf, modelscope)."""
    return hosted_id("repo", host, path)


def hosted_id(prefix: str, host: str, path: str) -> str:
    """`<prefix>:<host>:<owner>/<name>` for anything named by its place on a hosting site.

    A Hub model is `model:hf:<id>` whether it came from the Hub API, a catalog entry or a
    huggingface.co link in an abstract, so all three meet on one node.
    """
    cleaned = path.strip().strip("/").removesuffix(".git")
    if prefix not in _LABEL_BY_PREFIX or not cleaned:
        raise ValueError(f"cannot make a {prefix} id from {host}:{path!r}")
    return f"{prefix}:{host}:{cleaned}"


def hosted_parts(node_id: str) -> tuple[str, str] | None:
    """(host, path) of an id made by `hosted_id` (`repo:github:owner/name` ->
    (`github`, `owner/name`)); None for an id made from a name slug (`model:llama`).

    Slugs never hold a colon (`name_slug`), so a second colon is what marks a hosted id.
    """
    parts = node_id.split(":", 2)
    return (parts[1], parts[2]) if len(parts) == 3 else None


def label_of(node_id: str) -> str:
    """The node label (`Paper`, `Model`, `Dataset`, `Repo`) an id belongs to."""
    prefix = node_id.split(":", 1)[0]
    try:
        return _LABEL_BY_PREFIX[prefix]
    except KeyError:
        raise ValueError(f"not a citegraph id: {node_id!r}") from None


_LABEL_BY_PREFIX = {"paper": "Paper", "model": "Model", "dataset": "Dataset", "repo": "Repo"}
