"""Paper identity: how a paper's id is made and read, and when two listings are one paper.

A paper is known by its arXiv id when a source gives one (`paper:arxiv:2305.14314`), else by
its title key (`paper:title:qlora-efficient-finetuning-of-quantized-llms`). The one rule:
**a paper listed by title merges into the arXiv paper that holds its title key, and its
title id redirects there** for good, so later records naming the old id land on the merged
node. Who holds a key depends only on what is stored (papers and saved redirects), never on
arrival order a stored graph cannot remember, so every path agrees:

1. once the key's title id redirects somewhere, that target holds the key for good
   (redirects are final: merged properties cannot be un-merged);
2. otherwise a stored title-only paper holds it, until an arXiv paper of the key arrives
   and absorbs it (the first to arrive absorbs);
3. otherwise the arXiv paper of the key with the smallest id (`arxiv_order`: the earliest
   posted) holds it.

This module is the only place that rule and the id spellings live. The three paths that
apply it call it: the networkx store decides record by record (`PaperIndex`, rebuilt from
the nodes and redirects when a graph file is reopened), the Neo4j store a batch at a time
(`plan_batch`: a `PaperIndex` seeded with what the database holds under the batch's keys,
placing the batch's papers in order; the store does the reads and writes in Cypher), and
`bulk` across files on Dask (`FileTitles` per file, `redirects_across_files` placing them
in input order). tests/test_paper_identity_contract.py feeds the same inputs to all three
and requires identical graphs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_TITLE_PREFIX = "paper:title:"
_ARXIV_PREFIX = "paper:arxiv:"
_ARXIV_NEW = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
_ARXIV_OLD = re.compile(r"^([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?$")
_TITLE_WORD = re.compile(r"[a-z0-9]+")
# Ids built from titles stay readable but bounded; the hash keeps truncated ones distinct.
_MAX_TITLE_SLUG = 120

Props = dict[str, Any]
# `store.merge_properties`, passed in: the merge of two versions of a node is the store
# protocol's rule, and graph/store.py imports the record model this module must not need.
Merge = Callable[[Props, Props], Props]


# -- making and reading ids -----------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case ASCII folding: accents and width variants must not split one title in two."""
    if text.isascii():
        return text.lower()  # the common case, and ten times faster
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalize_arxiv_id(raw: str) -> str | None:
    """`arXiv:2305.14314v2` -> `2305.14314`; None when `raw` is not an arXiv id.

    Versions are dropped because every version of a paper is the same node.
    """
    text = raw.strip()
    if text.lower().startswith("arxiv:"):
        text = text[6:].strip()
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(text)
        if match:
            return match.group(1)
    return None


def title_key(title: str) -> str:
    """The words of a title, folded and joined by `-`: what makes two listings one paper.

    Punctuation, case, accents and spacing differ between dumps of the same page (and LaTeX
    escapes such as `T\\"ULU` leave stray symbols), so only alphanumeric runs count.
    """
    if title.isascii():
        # The same runs in a few C calls: every listing pays this, and findall's match
        # object per word cost ten times as much.
        words = title.encode("ascii").translate(_ASCII_WORDS).split()
        return b"-".join(words).decode("ascii")
    return "-".join(_TITLE_WORD.findall(fold(title)))


# For ASCII titles: letters lower-cased, digits kept, every other byte a space.
_ASCII_WORDS = (
    bytes(ord(chr(byte).lower()) if chr(byte).isalnum() else ord(" ") for byte in range(128))
    + b" " * 128
)


def paper_id(*, arxiv_id: str | None = None, title: str | None = None) -> str:
    """Id of a paper: by arXiv id when known, else by its normalised title."""
    if arxiv_id:
        normalized = normalize_arxiv_id(arxiv_id)
        if normalized is None:
            raise ValueError(f"not an arXiv id: {arxiv_id!r}")
        return f"{_ARXIV_PREFIX}{normalized}"
    return title_paper_id(title_key(title) if title else "")


def title_paper_id(slug: str) -> str:
    """Id of a paper known by its title, from the title's `title_key`."""
    if not slug:
        raise ValueError("a paper needs an arXiv id or a title with letters or digits")
    if len(slug) > _MAX_TITLE_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
        slug = f"{slug[:_MAX_TITLE_SLUG].rstrip('-')}-{digest}"
    return f"{_TITLE_PREFIX}{slug}"


def is_title_id(node_id: str) -> bool:
    """Whether `node_id` names a paper by its title (the kind of id that merges away)."""
    return node_id.startswith(_TITLE_PREFIX)


def is_arxiv_id(node_id: str) -> bool:
    """Whether `node_id` names a paper by its arXiv id (the kind of id a title merges into)."""
    return node_id.startswith(_ARXIV_PREFIX)


def title_ids(node_ids: Iterable[str]) -> list[str]:
    """The title ids among `node_ids`, sorted: the only ids that can have a redirect."""
    return sorted(node_id for node_id in node_ids if is_title_id(node_id))


def follow(redirects: Mapping[str, str], node_id: str) -> str:
    """The id a node lives under now: `node_id` through `redirects`, a cycle stopping it."""
    seen = set()
    while node_id in redirects and node_id not in seen:
        seen.add(node_id)
        node_id = redirects[node_id]
    return node_id


# -- deciding merges ------------------------------------------------------------------------


def arxiv_order(node_id: str) -> tuple[int, int, int, str]:
    """Sort key of an arXiv paper id: the earliest posted first, whatever the id's style.

    New-style ids (`2305.14314`) sort as their text does; old-style ones (`hep-th/9901001`,
    before 2007) would sort after every new one as text, so both are read as (year, month,
    number), the id itself breaking ties (one number in two archives in one month).
    """
    arxiv = node_id.removeprefix(_ARXIV_PREFIX)
    match = _ARXIV_NEW_PARTS.match(arxiv) or _ARXIV_OLD_PARTS.match(arxiv)
    if match is None:
        return (9999, 0, 0, arxiv)
    year, month, number = (int(part) for part in match.groups())
    return (year + (1900 if year >= 91 else 2000), month, number, arxiv)


_ARXIV_NEW_PARTS = re.compile(r"^(\d{2})(\d{2})\.(\d{4,5})$")
_ARXIV_OLD_PARTS = re.compile(r"^[a-z\-]+(?:\.[A-Z]{2})?/(\d{2})(\d{2})(\d{3})$")


@dataclass(frozen=True)
class Placement:
    """Where an incoming paper goes, and the stored title node it absorbs first, if any."""

    node_id: str
    absorbs: str | None = None


@dataclass
class PaperIndex:
    """The rule applied record by record: who holds each title key, from what is stored.

    The holder of a title key is a function of the stored papers and redirects alone (so a
    graph reopened from its file, Neo4j and `bulk` agree with one uninterrupted build):

    1. once the key's title id redirects, its target holds the key for good (merged
       properties cannot be un-merged);
    2. else a stored title-only paper of the key holds it, until an arXiv paper of the key
       arrives and absorbs it (the first to arrive);
    3. else the arXiv paper of the key with the smallest id (`arxiv_order`) holds it.

    `place` applies the rule to one incoming paper and records what it changes; `seeded`
    builds the index of what a store holds.
    """

    redirects: dict[str, str] = field(default_factory=dict)
    # Title ids of the stored title-only papers (clause 2), and the smallest stored arXiv
    # paper of each title key (clause 3).
    _titles: set[str] = field(default_factory=set)
    _smallest_arxiv: dict[str, str] = field(default_factory=dict)

    @classmethod
    def seeded(cls, papers: Iterable[tuple[str, str]], redirects: Mapping[str, str]) -> PaperIndex:
        """The index of stored papers ((id, title key) pairs) and their saved redirects."""
        index = cls(redirects=dict(redirects))
        for node_id, key in papers:
            index._note(node_id, key)
        return index

    def canonical(self, node_id: str) -> str:
        """The id a node lives under now (a title id may have been merged into an arXiv id)."""
        return follow(self.redirects, node_id)

    def holder(self, key: str) -> str | None:
        """The paper a title-only listing of title key `key` lands on (None: its own node)."""
        title_id = title_paper_id(key)
        if title_id in self.redirects:
            return self.canonical(title_id)
        if title_id in self._titles:
            return title_id
        return self._smallest_arxiv.get(key)

    def place(self, props: Mapping[str, Any]) -> Placement:
        """Where an incoming paper's properties go; records the merge the rule asks for.

        An arXiv paper absorbs the stored title-only paper of its title key (the caller
        moves that node's properties and edges); a title-only paper whose key an arXiv
        paper holds goes there. Either way the title id redirects to the arXiv id from now on.
        """
        node_id = self.canonical(props["id"])
        key = props.get("title_key") or ""
        if not key:
            return Placement(node_id)
        if is_title_id(node_id):
            holder = self.holder(key)
            if holder is None or holder == node_id:
                self._note(node_id, key)
                return Placement(node_id)
            self.redirects[node_id] = holder
            return Placement(holder)
        self._note(node_id, key)
        title_id = title_paper_id(key)
        if title_id in self._titles:
            self._titles.discard(title_id)
            self.redirects[title_id] = node_id
            return Placement(node_id, absorbs=title_id)
        return Placement(node_id)

    def _note(self, node_id: str, key: str) -> None:
        """Note a paper of title key `key` that is now stored."""
        if not key:
            return
        if is_title_id(node_id):
            self._titles.add(node_id)
            return
        known = self._smallest_arxiv.get(key)
        if known is None or arxiv_order(node_id) < arxiv_order(known):
            self._smallest_arxiv[key] = node_id


@dataclass(frozen=True)
class StoredPaper:
    """A paper the database already holds under the title key of an incoming one."""

    node_id: str
    title_key: str
    props: Props


@dataclass
class BatchPlan:
    """What the rule makes of a batch of papers against what is stored (see `plan_batch`)."""

    # The batch keyed by final ids, with merged-away papers' properties merged in.
    papers: dict[str, Props]
    # Stored title nodes to merge into an arXiv node: their relationships move, they go.
    absorbed: list[dict[str, str]]
    # Title ids that redirect from now on (both the batch's and the absorbed stored ones).
    new_redirects: dict[str, str]


def batch_lookups(papers: Mapping[str, Props]) -> tuple[list[str], list[str]]:
    """What `plan_batch` needs read from the database for a batch: the title ids whose
    redirects matter (the batch's own and its keys'), and the title keys whose stored
    papers matter, both sorted."""
    keys = sorted({props["title_key"] for props in papers.values() if props.get("title_key")})
    redirectable = {node_id for node_id in papers if is_title_id(node_id)}
    redirectable.update(title_paper_id(key) for key in keys)
    return sorted(redirectable), keys


def plan_batch(
    papers: Mapping[str, Props],
    stored: Iterable[StoredPaper],
    redirects: Mapping[str, str],
    merge: Merge,
) -> BatchPlan:
    """The rule applied to a batch at once, as the Neo4j store writes them: literally
    `PaperIndex`, seeded with what is stored, placing the batch's papers in order.

    `papers` maps the batch's ids to their properties (merged per id), `stored` lists the
    papers the database holds under the batch's title keys, `redirects` the stored
    redirects of the title ids `batch_lookups` names, and `merge` is
    `store.merge_properties`.
    """
    stored = list(stored)
    index = PaperIndex.seeded(((p.node_id, p.title_key) for p in stored), redirects)
    stored_props = {paper.node_id: paper.props for paper in stored}
    planned: dict[str, Props] = {}
    absorbed: list[dict[str, str]] = []
    for props in papers.values():
        placed = index.place(props)
        if placed.absorbs is not None:
            _move(planned, placed.absorbs, placed.node_id, merge)
            if placed.absorbs in stored_props:
                without_id = {k: v for k, v in stored_props[placed.absorbs].items() if k != "id"}
                planned[placed.node_id] = merge(planned.get(placed.node_id, {}), without_id)
                absorbed.append({"old": placed.absorbs, "new": placed.node_id})
        planned[placed.node_id] = merge(planned.get(placed.node_id, {}), props)
    new_redirects = {
        old: new for old, new in index.redirects.items() if redirects.get(old) != new
    }
    return BatchPlan(planned, absorbed, new_redirects)


def _move(papers: dict[str, Props], old: str, new: str, merge: Merge) -> None:
    props = papers.pop(old, None)
    if props is not None:
        papers[new] = merge(papers.get(new, {}), props)


@dataclass
class FileTitles:
    """What `bulk` needs to know of one file's papers to apply the rule across files.

    Per title key, the few of the file's papers that can change who holds the key, in file
    order: the first arXiv paper before the key's first title-only listing (it absorbs a
    title node stored by an earlier file), the smallest arXiv paper before that listing
    (clause 3), the listing itself, and the first arXiv paper after it (it absorbs the
    listing's node when nothing held the key). `PaperIndex` placing only these gives the
    holder that placing all the file's papers would.
    """

    events: dict[str, list[str]] = field(default_factory=dict)

    def add(self, node_id: str, key: str) -> None:
        """Note the file's next paper (files are read in order)."""
        if not key:
            return
        events = self.events.setdefault(key, [])
        titled = next((i for i, event in enumerate(events) if is_title_id(event)), None)
        if is_title_id(node_id):
            if titled is None:
                events.append(node_id)
        elif titled is not None:
            if titled == len(events) - 1:
                events.append(node_id)
        elif not events or (len(events) == 1 and arxiv_order(node_id) < arxiv_order(events[0])):
            events.append(node_id)
        elif len(events) == 2 and arxiv_order(node_id) < arxiv_order(events[1]):
            events[1] = node_id


def redirects_across_files(files: Iterable[Mapping[str, Iterable[str]]]) -> dict[str, str]:
    """The title ids that redirect, and where, from each file's `FileTitles.events` in
    input order: `PaperIndex` placing them as one build places the files' papers."""
    index = PaperIndex()
    for events in files:
        for key, node_ids in events.items():
            for node_id in node_ids:
                index.place({"id": node_id, "title_key": key})
    return index.redirects
