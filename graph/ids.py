"""Stable, readable node ids: the only place ids are made.

Every write in citegraph is an idempotent upsert keyed on these ids, so the same input must
give the same id on every run, in every store, on every machine. Ids are meant to be read by
people in Cypher and JSON (`paper:arxiv:2305.14314`, `model:hf:meta-llama/Llama-2-7b-hf`,
`repo:github:owner/name`), hence slugs rather than hashes wherever the text allows.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ARXIV_NEW = re.compile(r"^(\d{4}\.\d{4,5})(v\d+)?$")
_ARXIV_OLD = re.compile(r"^([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?$")
_TITLE_WORD = re.compile(r"[a-z0-9]+")
_NAME_JUNK = re.compile(r"[^a-z0-9.+]+")
# Ids built from titles stay readable but bounded; the hash keeps truncated ones distinct.
_MAX_TITLE_SLUG = 120


def _fold(text: str) -> str:
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
    return "-".join(_TITLE_WORD.findall(_fold(title)))


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
        return f"paper:arxiv:{normalized}"
    return title_paper_id(title_key(title) if title else "")


def title_paper_id(slug: str) -> str:
    """Id of a paper known by its title, from the title's `title_key`."""
    if not slug:
        raise ValueError("a paper needs an arXiv id or a title with letters or digits")
    if len(slug) > _MAX_TITLE_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
        slug = f"{slug[:_MAX_TITLE_SLUG].rstrip('-')}-{digest}"
    return f"paper:title:{slug}"


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


def label_of(node_id: str) -> str:
    """The node label (`Paper`, `Model`, `Dataset`, `Repo`) an id belongs to."""
    prefix = node_id.split(":", 1)[0]
    try:
        return _LABEL_BY_PREFIX[prefix]
    except KeyError:
        raise ValueError(f"not a citegraph id: {node_id!r}") from None


_LABEL_BY_PREFIX = {"paper": "Paper", "model": "Model", "dataset": "Dataset", "repo": "Repo"}
