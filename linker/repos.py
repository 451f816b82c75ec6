"""Code and model repository URLs in text, normalised to host + owner/name.

GitHub, GitLab, Hugging Face and ModelScope links are what papers use to release code and
weights. Abstracts mangle them: trailing sentence punctuation, LaTeX braces, `/tree/main/...`
paths, `.git`. A Hugging Face or ModelScope *model* or *dataset* URL names that model or
dataset, so it resolves to a Model/Dataset id rather than to a code repo.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from citegraph.graph import ids

from . import regex_cache

# The path is what RFC 3986 allows unescaped in a URL, ASCII only: text pasted from PDFs and
# web pages ends a URL with what no URL holds ("github.com/owner/tool\u200b", "tool's", "tool”",
# a full-width "。", a LaTeX brace), and a name with such a tail would not be the repository.
# "github. com" (a space after the dot, from line-wrapped PDFs) is still the host, and
# "github.com/ owner/name" (a space after the host's slash) still its path. A LaTeX
# escape is the character it escapes: abstracts written in LaTeX spell "tool_kit" as
# "tool\_kit", and a path cut at the backslash would name another repository ("owner/tool").
_URL = regex_cache.compile(
    r"(?:https?://)?(?:www\.)?"
    r"(?P<host>github\. ?com|gitlab\. ?com|huggingface\. ?co|hf\.co|modelscope\.(?:cn|ai))"
    r"/(?: (?=[A-Za-z0-9][\w.\-]*/[A-Za-z0-9]))?"
    r"(?P<path>(?:[A-Za-z0-9_\-.~/%#?=&+:@!$*,;]|\\[_%&#~$])+)",
    re.IGNORECASE,
)
HOST_HINTS = ("github", "gitlab", "huggingface", "hf.co", "modelscope")
_HOSTS = {
    "github.com": "github",
    "gitlab.com": "gitlab",
    "huggingface.co": "hf",
    "hf.co": "hf",
    "modelscope.cn": "modelscope",
    "modelscope.ai": "modelscope",
}
_SEGMENT = regex_cache.compile(r"^[A-Za-z0-9][\w.\-]*$")
# First path segments that are site pages, not owners.
_NOT_OWNERS = frozenset(
    {"collections", "papers", "docs", "blog", "settings", "orgs", "topics", "search", "login",
     "join", "explore", "marketplace", "features", "sponsors", "about", "pricing", "tasks",
     "learn", "posts", "organizations"}
)  # fmt: skip


@dataclass(frozen=True)
class RepoLink:
    """A repository a text links to: where (span) and what (node id and kind)."""

    entity_type: Literal["repo", "model", "dataset"]
    entity_id: str
    host: str
    path: str
    url: str
    start: int
    end: int


def find_repo_links(text: str, hosts: list[tuple[int, int]] | None = None) -> list[RepoLink]:
    """Every recognisable repository link in `text`, once per target, in order.

    `hosts` are the spans where HOST_HINTS occur, when the caller already scanned for them:
    the URL pattern then runs only around those, not over the whole text.
    """
    links: dict[str, RepoLink] = {}
    if hosts is None:
        matches = list(_URL.finditer(text))
    else:
        matches = []
        for start, end in hosts:
            # "https://www." is at most 12 characters before the host name.
            match = _URL.search(text, max(0, start - 12), min(len(text), end + 400))
            if match is not None and match.start("host") == start:
                matches.append(match)
    for match in matches:
        if _on_a_subdomain(text, match.start("host")):
            continue
        tail = _glued_tail(text, match)
        if tail == "" and match.group("path").endswith("-"):
            # "github.com/owner/FAT-fast- adjustable-threshold": a name broken at its
            # hyphen by a line end runs on after the space.
            broken = _BROKEN_AT_HYPHEN.match(text, match.end())
            tail = broken.group() if broken else tail  # the space too: the span holds it
        link = _normalise(match, tail)
        if link is not None and link.entity_id not in links:
            links[link.entity_id] = link
    return list(links.values())


_LABEL_BEFORE = regex_cache.compile(r"([A-Za-z0-9\-]+)\.$")
# The lower-case rest of a name after a line break at its hyphen, up to what ends a name.
_BROKEN_AT_HYPHEN = regex_cache.compile(r" ([a-z0-9][a-z0-9_\-]*[a-z0-9])(?=[\s.,;:)]|$)")


def _on_a_subdomain(text: str, host_start: int) -> bool:
    """Whether the host name is part of a longer one: "gist.github.com/owner/abc123",
    "docs.github.com/en/...", "api.github.com/repos/..." are other sites' pages, and their
    paths no repository's "owner/name" ("www." is the same site)."""
    label = _LABEL_BEFORE.search(text, max(0, host_start - 64), host_start)
    return label is not None and label.group(1).lower() != "www"


# "&" also ends a path: an HTML entity a web page left in the text ("tool&nbsp;").
_FRAGMENT_OR_QUERY = regex_cache.compile(r"[#?&]")
_LATEX_ESCAPE = regex_cache.compile(r"\\([_%&#~$])")
_URL_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.~/%#?=&+:@!$*,;"
)
_URL_PATH = regex_cache.compile(r"[A-Za-z0-9_\-.~/%#?=&+:@!$*,;]+")


def _glued_tail(text: str, match: re.Match[str]) -> str | None:
    """What a URL path runs on into when it stops at a letter or digit outside ASCII ("" when
    it stops at a break, None when its real end cannot be read).

    A path that stops at punctuation or a space outside ASCII ("tool”", "tool。", "tool\u200b")
    ends there. One that stops inside a word was cut, not ended: PDF text spells "ffi" as the
    ligature "\ufb03" ("github.com/lab/e\ufb03cient-net"), which compatibility normalisation
    (NFKC) turns back into ASCII; any other letter leaves the name unknown, and the name cut
    at it ("lab/e") would be a link to another repository, so then the URL is not read.
    """
    end = stop = match.end()
    if _FRAGMENT_OR_QUERY.search(match.group("path")):
        return ""  # the name ended before the fragment or query
    while stop < len(text) and (
        text[stop] in _URL_CHARS
        or (not text[stop].isascii() and (_in_word(text[stop]) or text[stop] == _PDF_UNDERSCORE))
    ):
        stop += 1
    if stop == end:
        return ""
    tail = text[end:stop].replace(_PDF_UNDERSCORE, "_")
    if not _URL_PATH.fullmatch(unicodedata.normalize("NFKC", tail)):
        return None
    return tail


# The dot above ("\u02d9") that some PDFs' text gives for an underscore:
# "github.com/owner/High\u02d9Resolution\u02d9Image" is owner/High_Resolution_Image, not
# owner/High.
_PDF_UNDERSCORE = "\u02d9"


def _in_word(char: str) -> bool:
    """Letters, digits and combining marks: what continues a word rather than ending it."""
    return unicodedata.category(char)[0] in "LNM"


# A URL at a sentence's end whose full stop, footnote mark and next sentence the page's text
# runs together: arXiv's HTML renders a footnote mark as its number three times
# ("github.com/basiralab/X-Node.111This paper has been selected ..."). A dot, a footnote
# number and a capitalised word end no repository name; a dot and a capitalised word alone
# may ("JamesNK/Newtonsoft.Json"), so those stay.
_GLUED_SENTENCE = regex_cache.compile(r"\.\d{1,3}[A-Z][a-z]*$")
# The same before a footnote's link: "coco-mulla-repo.222https://kikyo-16.github.io/...":
# the name ends at the dot, whatever path the link after it has.
_GLUED_FOOTNOTE_LINK = regex_cache.compile(r"\.?([1-9])\1\1(?:https?:|www\.)")


# A host's name or a scheme inside a repository's name: where a second address begins (not
# after a dot: "user.github.com" is a Pages repository's own name).
_HOST_AGAIN = regex_cache.compile(
    r"(?<![.\-])(?:https?:|www\.|github\.com|gitlab\.com|huggingface\.co)", re.I
)


def _normalise(match: re.Match[str], glued_tail: str | None = "") -> RepoLink | None:
    if glued_tail is None:
        return None
    host = _HOSTS[match.group("host").lower().replace(" ", "")]
    # A fragment or a query names a place in the repository ("Megatron-LM#retro",
    # "?tab=readme"), not another one.
    whole_path = _LATEX_ESCAPE.sub(r"\1", match.group("path")) + unicodedata.normalize(
        "NFKC", glued_tail.lstrip(" ")
    )
    raw_path = _FRAGMENT_OR_QUERY.split(whole_path, maxsplit=1)[0]
    raw_path = raw_path.rstrip(".,;:!?'\"*")
    segments = [s for s in raw_path.split("/") if s]
    kind: Literal["repo", "model", "dataset"] = "repo"
    if (
        host in ("hf", "modelscope")
        and segments
        and segments[0] in ("datasets", "models", "spaces")
    ):
        prefix = segments.pop(0)
        kind = {"datasets": "dataset", "models": "model", "spaces": "repo"}[prefix]
        if prefix == "spaces":
            segments = ["spaces", *segments]
    elif host == "hf":
        kind = "model"  # huggingface.co/owner/name is a model repo
    footnote = None
    for index, segment in enumerate(segments[:3]):
        footnote = _GLUED_FOOTNOTE_LINK.search(segment)
        if footnote is not None:
            segments = [*segments[:index], segment[: footnote.start()]]
            break
    owner_and_name = segments[:3] if segments[:1] == ["spaces"] else segments[:2]
    if len(owner_and_name) < 2 or owner_and_name[0].lower() in _NOT_OWNERS:
        return None
    glued = _GLUED_SENTENCE.search(owner_and_name[-1])
    if glued and len(segments) > len(owner_and_name):
        glued = None  # "tool.1Beta/tree/main": inside the path, so part of the name
    name = owner_and_name[-1][: glued.start() if glued else None]
    if (again := _HOST_AGAIN.search(name, 1)) is not None:
        # "github.com/chunbolang/DCPgithub.com/chunbolang/DCP": a page's conversion wrote
        # the address twice, the second glued to the name
        name = name[: again.start()]
    name = name.removesuffix(".git").rstrip(".-")
    owner_and_name[-1] = name
    if not all(_SEGMENT.match(segment) for segment in owner_and_name):
        return None
    path = "/".join(owner_and_name)
    entity_id = ids.hosted_id(kind, host, path)
    matched = match.group(0) + glued_tail
    start, end = match.start(), match.start() + len(matched.rstrip(".,;:!?'\"*"))
    if glued:
        end -= len(glued.group())  # the span ends with the name, before the stop
    elif footnote is not None and (link := _GLUED_FOOTNOTE_LINK.search(matched)) is not None:
        end = start + link.start()  # before the footnote's mark and link
    return RepoLink(kind, entity_id, host, path, _canonical_url(host, kind, path), start, end)


# The name after a known Hub owner: "facebook/wav2vec2-large", "meta-llama/Llama-2-7b-hf".
_HUB_NAME = regex_cache.compile(r"[A-Za-z0-9][\w.\-]*")


@dataclass(frozen=True)
class HubOwners:
    """The Hugging Face Hub owners the catalog's Hub ids name, which let a bare Hub id in
    text ("we fine-tune Facebook/wav2vec2-large") be read as one.

    Only owners the catalog knows: without a host name, "input/output" or "and/or" has the
    same shape as a Hub id. `spelling` maps a lower-cased owner to its Hub spelling;
    `kinds` to the entity types the catalog has under it.
    """

    spelling: dict[str, str]
    kinds: dict[str, frozenset[str]]

    @classmethod
    def of(cls, hub_ids: list[tuple[str, str]]) -> HubOwners:
        """From (entity type, Hub id) pairs."""
        spelling: dict[str, str] = {}
        kinds: dict[str, set[str]] = {}
        for entity_type, hub_id in sorted(hub_ids):
            owner = hub_id.partition("/")[0]
            spelling.setdefault(owner.lower(), owner)
            kinds.setdefault(owner.lower(), set()).add(entity_type)
        return cls(spelling, {owner: frozenset(k) for owner, k in kinds.items()})

    def keywords(self) -> list[str]:
        """What the linker's scan looks for: each owner followed by its slash."""
        return [f"{owner}/" for owner in self.spelling]


def find_hub_ids(
    text: str, owner_spans: list[tuple[int, int]], owners: HubOwners
) -> list[tuple[str, int, int]]:
    """Bare Hub ids ("owner/name") at the spans where a known owner and its slash occur:
    (Hub id in the owner's Hub spelling, start, end).

    The id must stand alone (not the tail of a URL or a path) and its name must look like a
    model's or dataset's repository name: a digit or a hyphen in it ("llama/alpaca" is two
    animals).
    """
    found = []
    for start, end in owner_spans:
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/._-@:"):
            continue
        match = _HUB_NAME.match(text, end)
        if match is None:
            continue
        name = match.group().rstrip(".-_")
        if not any(ch.isdigit() or ch == "-" for ch in name):
            continue
        owner = owners.spelling.get(text[start : end - 1].lower())
        if owner is None:
            continue
        found.append((f"{owner}/{name}", start, end + len(name)))
    return found


def _canonical_url(host: str, kind: str, path: str) -> str:
    base = {
        "github": "https://github.com",
        "gitlab": "https://gitlab.com",
        "hf": "https://huggingface.co",
        "modelscope": "https://modelscope.cn",
    }[host]
    if host == "hf" and kind == "dataset":
        return f"{base}/datasets/{path}"
    if host == "modelscope" and kind in ("model", "dataset"):
        return f"{base}/{kind}s/{path}"
    return f"{base}/{path}"
