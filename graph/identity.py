"""Paper identity: how a paper's id is made and read, and when two listings are one paper.

A paper is known by its arXiv id when a source gives one (`paper:arxiv:2305.14314`), else by
its title key (`paper:title:qlora-efficient-finetuning-of-quantized-llms`). The one rule:
**a paper listed by title merges into the arXiv paper with the same title key, and its title
id redirects there** for good, so later records naming the old id land on the merged node.
When two arXiv papers share a title key, the one that claimed it first keeps it.

This module is the only place that rule and the id spellings live. The three paths that
apply it call it: the networkx store decides record by record (`PaperIndex`), the Neo4j
store decides a batch at a time against what the database holds (`plan_batch`, with the
store doing the reads and writes in Cypher), and `bulk` decides across files on Dask
(`first_arxiv_by_title`, `title_redirects`). tests/test_paper_identity_contract.py feeds
the same inputs to all three and requires identical graphs.
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


@dataclass(frozen=True)
class Placement:
    """Where an incoming paper goes, and the stored title node it absorbs first, if any."""

    node_id: str
    absorbs: str | None = None


@dataclass
class PaperIndex:
    """The rule applied record by record, as the networkx store writes them.

    Holds the redirects (title id -> arXiv id) and, per title key, the paper that holds it:
    an arXiv paper once one is known (the first wins), else the title paper.
    """

    redirects: dict[str, str] = field(default_factory=dict)
    _holder: dict[str, str] = field(default_factory=dict)

    def canonical(self, node_id: str) -> str:
        """The id a node lives under now (a title id may have been merged into an arXiv id)."""
        return follow(self.redirects, node_id)

    def index(self, node_id: str, key: str) -> None:
        """Note a stored paper of title key `key`; an arXiv id outranks a title id."""
        if not key:
            return
        known = self._holder.get(key)
        if known is None or is_title_id(known):
            self._holder[key] = node_id

    def place(self, props: Mapping[str, Any]) -> Placement:
        """Where an incoming paper's properties go; records the merge the rule asks for.

        A paper with an arXiv id absorbs the title node of its title key (the caller moves
        that node's properties and edges); a title-only paper whose title key has an arXiv
        paper goes there. Either way the title id redirects to the arXiv id from now on.
        """
        node_id = self.canonical(props["id"])
        key = props.get("title_key", "")
        known = self._holder.get(key)
        if known is None or known == node_id:
            self.index(node_id, key)
        elif props.get("arxiv_id") and is_title_id(known):
            self.redirects[known] = node_id
            self.index(node_id, key)
            return Placement(node_id, absorbs=known)
        elif is_title_id(node_id):
            self.redirects[node_id] = known
            node_id = known
        return Placement(node_id)


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


def redirect_batch(
    incoming: Mapping[str, Props], redirected: Mapping[str, str], merge: Merge
) -> dict[str, Props]:
    """The batch keyed by the ids its papers live under now: each title id in `redirected`
    (its redirect) is replaced by its arXiv id, properties merged by `merge`."""
    papers = dict(incoming)
    for old, new in redirected.items():
        _move(papers, old, new, merge)
    return papers


def plan_batch(
    papers: Mapping[str, Props], stored: Iterable[StoredPaper], merge: Merge
) -> BatchPlan:
    """The rule applied to a batch at once, as the Neo4j store writes them.

    `papers` maps the batch's ids to their properties (merged per id, redirects already
    followed by `redirect_batch`), `stored` lists the papers the database holds under the
    batch's title keys (in id order) and `merge` is `store.merge_properties`. The outcome
    is `PaperIndex`'s record by record, with one difference in what "first" means: the
    stored arXiv paper of a key that comes first is the one with the smallest id, as stored
    papers carry no arrival order (see the contract test's "two arXiv papers with one key").
    """
    papers = dict(papers)
    stored = list(stored)
    # The arXiv node of each title key: a stored one first (it was indexed earlier), else
    # the first in the batch, as `PaperIndex` indexes them in arrival order.
    arxiv_of: dict[str, str] = {}
    for paper in stored:
        if not is_title_id(paper.node_id):
            arxiv_of.setdefault(paper.title_key, paper.node_id)
    for node_id, props in papers.items():
        key = props.get("title_key")
        if key and props.get("arxiv_id") and not is_title_id(node_id):
            arxiv_of.setdefault(key, node_id)

    new_redirects: dict[str, str] = {}
    for node_id in [i for i in papers if is_title_id(i)]:
        target = arxiv_of.get(papers[node_id].get("title_key", ""))
        if target is not None:
            _move(papers, node_id, target, merge)
            new_redirects[node_id] = target
    absorbed = []
    for paper in stored:
        target = arxiv_of.get(paper.title_key)
        if is_title_id(paper.node_id) and target is not None:
            without_id = {k: v for k, v in paper.props.items() if k != "id"}
            papers[target] = merge(papers.get(target, {}), without_id)
            absorbed.append({"old": paper.node_id, "new": target})
            new_redirects[paper.node_id] = target
    return BatchPlan(papers, absorbed, new_redirects)


def _move(papers: dict[str, Props], old: str, new: str, merge: Merge) -> None:
    props = papers.pop(old, None)
    if props is not None:
        papers[new] = merge(papers.get(new, {}), props)


@dataclass
class FileTitles:
    """What `bulk` needs to know of one file's papers to apply the rule across files."""

    # title key -> (position in the file, arXiv paper id): the file's first arXiv paper of
    # each title; and title key -> title id of the papers listed by title.
    arxiv_titles: dict[str, tuple[int, str]] = field(default_factory=dict)
    title_ids: dict[str, str] = field(default_factory=dict)

    def add(self, position: int, node_id: str, key: str) -> None:
        """Note the file's paper at `position` (its place among the file's papers)."""
        if not key:
            return
        if is_title_id(node_id):
            self.title_ids[key] = node_id
        else:
            self.arxiv_titles.setdefault(key, (position, node_id))


def first_arxiv_by_title(
    files: Iterable[tuple[int, Mapping[str, tuple[int, str]]]],
) -> dict[str, str]:
    """Title key -> the arXiv id listed first in input order, from each file's
    (index, `FileTitles.arxiv_titles`): what one build's `PaperIndex` keeps."""
    first: dict[str, tuple[int, int, str]] = {}
    for index, arxiv_titles in files:
        for key, (position, node_id) in arxiv_titles.items():
            candidate = (index, position, node_id)
            if key not in first or candidate < first[key]:
                first[key] = candidate
    return {key: node_id for key, (_, _, node_id) in first.items()}


def title_redirects(titles: Mapping[str, str], arxiv_by_title: Mapping[str, str]) -> dict[str, str]:
    """A file's title ids (title key -> id) that merge into an arXiv paper of the same key."""
    return {
        node_id: arxiv_by_title[key] for key, node_id in titles.items() if key in arxiv_by_title
    }
