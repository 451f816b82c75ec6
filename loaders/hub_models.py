"""Loader for Hugging Face Hub model metadata, as `/api/models/{id}` returns it.

A file is a JSON array of such objects or one per line (JSON Lines). Each gives a `Model`
node and the links the Hub *declares* for it, never inferred from text:

* `BASED_ON` to every base model, from `cardData.base_model` (one id or a list), the tags
  `base_model:<id>` and `base_model:<relation>:<id>`, and `baseModels` when it was expanded.
  The relation is the typed tag's, else `cardData.base_model_relation`, else
  `baseModels.relation`, else what the Hub itself infers: two or more bases are a `merge`,
  one is a `finetune`;
* `CITES` to the paper of every `arxiv:<id>` tag (version suffixes dropped: every version is
  one paper);
* `TRAINED_ON` to every `dataset:<id>` tag and `cardData.datasets` entry.

Models, papers and datasets that are only referenced get nodes too (a paper known by its
arXiv id alone has no title until a paper source supplies one). Every edge carries
`method=declared`, `declared_by="hf-hub"` and the file and line of the model's object, and
the key `hf-hub`, so loading the same or a newer snapshot again merges instead of adding.
Authors write `base_model` themselves and nothing on the Hub checks it against the weights:
these edges say what the card claims.
"""

from __future__ import annotations

import logging
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
    hub_id,
    load_items,
    mapping,
    strings,
    text,
)

NAME = "hf-hub-models"
DECLARED_BY = "hf-hub"
RELATIONS = ("adapter", "merge", "quantized", "finetune")
# Keys only a model object has at its top level (papers have `authors`, not `author`).
_SNIFF_KEYS = frozenset(
    {"modelId", "author", "pipeline_tag", "library_name", "cardData", "baseModels", "siblings",
     "tags", "sha", "downloads", "likes", "createdAt", "lastModified"}
)  # fmt: skip

log = logging.getLogger(__name__)


def sniff(head: bytes) -> bool:
    """True when the first JSON object in `head` has a Hub model's keys."""
    keys = first_object_keys(head)
    return bool(keys and keys & _SNIFF_KEYS and "paper" not in keys and "authors" not in keys)


def load(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Any]:
    """Stream the nodes and declared edges of every model object in the file."""
    return load_items(path, parse, on_progress=on_progress)


def parse(item: dict[str, Any], ref: SourceRef) -> Iterator[Any]:
    """Records of one `/api/models/{id}` object; `ItemError` when it is unusable."""
    raw_id = text(item, "id") or text(item, "modelId")
    if raw_id is None:
        raise ItemError("missing required field id")
    model_hub_id = hub_id(raw_id)
    card = mapping(item, "cardData")
    tags = strings(item, "tags", single=False)
    model = Model(
        id=ids.model_id(hf_id=model_hub_id),
        name=model_hub_id,
        hf_id=model_hub_id,
        origin="hub",
        author=text(item, "author"),
        pipeline_tag=text(item, "pipeline_tag"),
        library_name=text(item, "library_name"),
        downloads=count(item, "downloads"),
        likes=count(item, "likes"),
        created_on=date_of(item, "createdAt"),
        sources=(ref,),
    )
    yield model
    yield from _lineage(model, item, card, tags, ref)
    yield from _papers(model, tags, ref)
    yield from _datasets(model, card, tags, ref)


def _lineage(
    model: Model, item: dict[str, Any], card: dict[str, Any], tags: list[str], ref: SourceRef
) -> Iterator[Any]:
    # base id -> (relation its typed tag names, the declaration shown as evidence)
    bases: dict[str, tuple[str | None, str]] = {}
    for base in strings(card, "base_model", where="cardData."):
        bases.setdefault(hub_id(base), (None, f"cardData.base_model: {base}"))
    expanded = mapping(item, "baseModels")
    listed = expanded.get("models") or []
    if not isinstance(listed, list):
        raise ItemError("baseModels.models must be a list")
    for entry in listed:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            bases.setdefault(hub_id(entry["id"]), (None, f"baseModels: {entry['id']}"))
    for tag in tags:
        if not tag.startswith("base_model:"):
            continue
        rest = tag.removeprefix("base_model:")
        relation, typed, target = rest.partition(":")
        if typed and relation in RELATIONS:
            bases[hub_id(target)] = (relation, tag)
        elif typed:
            log.info("%s: unknown base model relation in tag %r", ref, tag)
            bases.setdefault(hub_id(target), (None, tag))
        else:
            known = bases.get(hub_id(rest))
            if known is None or known[0] is None:
                bases[hub_id(rest)] = (None, tag)
    bases.pop(model.hf_id or "", None)  # a card naming itself is no lineage
    bases.pop("", None)

    declared_relation = _relation(text(card, "base_model_relation", where="cardData."))
    expanded_relation = _relation(expanded.get("relation"))
    inferred = "merge" if len(bases) >= 2 else "finetune"
    for base, (tag_relation, surface) in bases.items():
        base_id = ids.model_id(hf_id=base)
        yield Model(id=base_id, name=base, hf_id=base, origin="hub", sources=(ref,))
        yield Edge(
            source=model.id,
            target=base_id,
            type=EdgeType.BASED_ON,
            key=DECLARED_BY,
            relation=tag_relation or declared_relation or expanded_relation or inferred,
            evidence=declared(surface, ref, DECLARED_BY),
        )


def _relation(value: Any) -> str | None:
    """A relation the Hub knows, lower-cased; anything else is left to inference."""
    if isinstance(value, str) and value.strip().lower() in RELATIONS:
        return value.strip().lower()
    return None


def _papers(model: Model, tags: list[str], ref: SourceRef) -> Iterator[Any]:
    seen: set[str] = set()
    for tag in tags:
        if not tag.startswith("arxiv:"):
            continue
        arxiv_id = ids.normalize_arxiv_id(tag.removeprefix("arxiv:"))
        if arxiv_id is None or arxiv_id in seen:
            continue
        seen.add(arxiv_id)
        paper_id = ids.paper_id(arxiv_id=arxiv_id)
        yield Paper(id=paper_id, arxiv_id=arxiv_id, sources=(ref,))
        yield Edge(
            source=model.id,
            target=paper_id,
            type=EdgeType.CITES,
            key=DECLARED_BY,
            evidence=declared(tag, ref, DECLARED_BY),
        )


def _datasets(model: Model, card: dict[str, Any], tags: list[str], ref: SourceRef) -> Iterator[Any]:
    named = {
        hub_id(tag.removeprefix("dataset:")): tag for tag in tags if tag.startswith("dataset:")
    }
    for dataset in strings(card, "datasets", where="cardData."):
        named.setdefault(hub_id(dataset), f"cardData.datasets: {dataset}")
    named.pop("", None)
    for dataset, surface in named.items():
        dataset_id = ids.dataset_id(hf_id=dataset)
        yield Dataset(id=dataset_id, name=dataset, hf_id=dataset, origin="hub", sources=(ref,))
        yield Edge(
            source=model.id,
            target=dataset_id,
            type=EdgeType.TRAINED_ON,
            key=DECLARED_BY,
            evidence=declared(surface, ref, DECLARED_BY),
        )
