"""Loader for text dumps of Hugging Face Daily Papers search pages.

A dump is what a browser's "select all, copy" gives: page chrome, then one listing per paper
(title, abstract, and on some pages a metadata block). Dumps come in several layouts — blank
lines between paragraphs or none, with or without metadata — and mixtures of them, so the parser
works on the *shape* of each line rather than on a layout chosen up front:

* chrome: the page's fixed phrases ("new", "Subscribe", "Daily Papers", "byAK and the research
  community", "Get trending papers...") and lone date headers ("Oct 7"); in the page head a
  chrome phrase may be glued to the first title ("SubscribeGreaseLM: ...");
* metadata: "• 4 authors" or an organisation line, then "·", then the listing date with an
  optional upvote count ("Oct 25, 2022", "Sep 28, 2024 2", or "Jan 9 3" = Jan 9, 3 upvotes);
* text: a title (short, no sentence inside it) followed by its abstract (long, sentences).

Parsing streams: one line of lookahead, one pending listing, so memory does not grow with
the file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import Paper, SourceRef

from .files import open_source

NAME = "daily-papers"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A date line: "Oct 25, 2022", "Jan 9", optionally followed by the listing's upvote count.
_DATE_LINE = re.compile(
    rf"^{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?(?:\s+(?P<upvotes>\d+))?$"
)
_AUTHORS_LINE = re.compile(r"^(?:[•*·\-]\s*)?(?P<count>\d+)\s+authors?$", re.IGNORECASE)
# The characters those lines can start with: every line is tested against both, and titles
# and abstracts (nearly all lines) are ruled out by their first character without a
# pattern call.
_DATE_LINE_STARTS = frozenset(month[0].upper() for month in _MONTHS)


def _may_count_authors(first: str) -> bool:
    """Whether a line starting with `first` can be an authors line (a bullet or a digit;
    str.isdecimal is the regex's \\d)."""
    return first in "•*·-" or first.isdecimal()


_SEPARATOR = {"·", "•", "⋅"}  # one character each: test the length before hashing a line
# Fixed phrases of the page; compared case-insensitively after collapsing spaces.
_CHROME = (
    "new",
    "subscribe",
    "daily papers",
    "byak and the research community",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
    "get trending papers in your email inbox",
    "trending papers",
    "load more",
)
_CHROME_SET = frozenset(_CHROME)
_CHROME_MAX = max(len(phrase) for phrase in _CHROME)
# Longest first, so "get trending ... once a day!" wins over its prefix when stripping glue.
_CHROME_PREFIXES = sorted(_CHROME, key=len, reverse=True)
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]?\s+[A-Z(\"']")

# Titles on these pages stay well under this; abstracts rarely do.
_TITLE_MAX = 300


@dataclass
class _Listing:
    """A paper being assembled from consecutive lines."""

    title: str
    line: int
    abstract: list[str] = field(default_factory=list)
    authors_count: int | None = None
    organisation: str | None = None
    published_on: dt.date | None = None
    published_text: str | None = None
    upvotes: int | None = None
    has_metadata: bool = False


@dataclass(frozen=True)
class _Line:
    number: int
    text: str


def sniff(head: bytes) -> bool:
    """True when `head` (the first bytes of a file) looks like a Daily Papers text dump.

    Text dumps are the fallback format: anything that is UTF-8 text without NUL bytes and is
    not JSON is given to this loader, which then decides by structure.
    """
    if b"\x00" in head:
        return False
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return not stripped.startswith((b"{", b"["))


def load(
    path: str | os.PathLike[str],
    *,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Paper]:
    """Yield one `Paper` per listing in the dump at `path`, in file order.

    The same paper listed twice yields two records with the same id; stores merge them.
    Raises `InputError` naming the file and line for binary, non-UTF-8, empty or listing-less
    input. `on_progress` receives the number of bytes consumed, line by line.
    """
    name, handle = open_source(path)
    with handle:
        yield from _parse(name, _decoded_lines(name, handle, on_progress))


def _decoded_lines(
    name: str, handle: BinaryIO, on_progress: Callable[[int], None] | None
) -> Iterator[_Line]:
    """Non-blank lines, stripped, with 1-based numbers; rejects binary and non-UTF-8 input."""
    number = 0
    for raw in handle:
        number += 1
        if on_progress is not None:
            on_progress(len(raw))
        if b"\x00" in raw:
            raise InputError(name, number, "binary data (NUL byte); expected a text dump")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                name,
                number,
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
            ) from None
        if number == 1:
            text = text.removeprefix("\ufeff")
        text = _single_spaced(text)
        if text:
            yield _Line(number, text)
    if number == 0:
        raise InputError(name, 1, "empty file")


def _single_spaced(line: str) -> str:
    """The line with every whitespace run made one space, and no space at either end.

    Most lines are ASCII and already single-spaced (only the line end to drop); telling that
    with a few substring tests is several times cheaper than splitting a 2 kB abstract into
    words and joining them again.
    """
    stripped = line.strip()
    # Every character str.split() splits an ASCII line on, besides the single space; each
    # test is a vectorised memchr, cheaper than str.isprintable()'s per-character lookups.
    if stripped.isascii() and not (
        "  " in stripped
        or "\t" in stripped
        or "\n" in stripped
        or "\r" in stripped
        or "\x0b" in stripped
        or "\x0c" in stripped
        or "\x1c" in stripped
        or "\x1d" in stripped
        or "\x1e" in stripped
        or "\x1f" in stripped
    ):
        return stripped
    return " ".join(stripped.split())


def _parse(name: str, lines: Iterator[_Line]) -> Iterator[Paper]:
    pending: _Listing | None = None
    in_page_head = True  # until the first abstract; chrome may be glued to a title there
    after_separator = False
    emitted = 0
    upcoming = next(lines, None)
    while upcoming is not None:
        current, upcoming = upcoming, next(lines, None)
        text = current.text

        if len(text) == 1 and text in _SEPARATOR:
            after_separator = True
            continue
        date = _DATE_LINE.match(text) if text[0] in _DATE_LINE_STARTS else None
        if date:
            if after_separator and pending is not None:
                _apply_date(pending, date, text)
            # else: a date header of the page ("Oct 7"), chrome.
            after_separator = False
            continue
        after_separator = False
        authors = _AUTHORS_LINE.match(text) if _may_count_authors(text[0]) else None
        if authors:
            if pending is not None:
                pending.authors_count = int(authors.group("count"))
                pending.has_metadata = True
            continue
        if len(text) <= _CHROME_MAX and text.casefold() in _CHROME_SET:
            continue
        if in_page_head:
            text = _strip_glued_chrome(text)
            if not text:
                continue

        if (
            upcoming is not None
            and len(upcoming.text) == 1
            and upcoming.text in _SEPARATOR
            and pending is not None
        ):
            # The line before "·" that is not "N authors" names an organisation.
            pending.organisation = text
            pending.has_metadata = True
            continue

        if pending is None:
            pending = _Listing(title=text, line=current.number)
            continue
        if pending.abstract:
            starts_listing = _looks_like_title(text)
        else:
            # Two titles in a row mean the pending listing had no abstract; a title-like line
            # followed by another title-like line is a short abstract instead.
            starts_listing = (
                _looks_like_title(text)
                and upcoming is not None
                and not _looks_like_title(upcoming.text)
            )
        if starts_listing:
            paper = _finish(name, pending)
            if paper is not None:
                emitted += 1
                yield paper
            pending = _Listing(title=text, line=current.number)
        else:
            # The abstract, or a further paragraph of it.
            pending.abstract.append(text)
            in_page_head = False

    paper = _finish(name, pending) if pending is not None else None
    if paper is not None:
        emitted += 1
        yield paper
    if emitted == 0:
        raise InputError(name, 1, "no paper listings found (a title line followed by an abstract)")


def _looks_like_title(text: str) -> bool:
    """Short and not made of sentences; abstracts are long and end like prose."""
    if len(text) > _TITLE_MAX:
        return False
    ends_like_prose = text.endswith((".", ".)", '."'))
    return not (ends_like_prose and (len(text) > 200 or _SENTENCE_BREAK.search(text)))


def _strip_glued_chrome(text: str) -> str:
    """`SubscribeGreaseLM: ...` -> `GreaseLM: ...`: the page head glues chrome to titles."""
    folded = text.casefold()
    for phrase in _CHROME_PREFIXES:
        if folded.startswith(phrase) and len(text) > len(phrase):
            rest = text[len(phrase) :]
            # Only when the glue is visible: "Subscribe" + capital/digit, not "Newton ...".
            if rest[0].isupper() or rest[0].isdigit() or rest[0] in " \"'":
                return rest.strip()
    return text


def _apply_date(listing: _Listing, match: re.Match[str], text: str) -> None:
    month = _MONTHS[match.group("month")[:3].lower()]
    day = int(match.group("day"))
    listing.has_metadata = True
    listing.published_text = text if match.group("upvotes") is None else text.rsplit(" ", 1)[0]
    if match.group("upvotes") is not None:
        listing.upvotes = int(match.group("upvotes"))
    if match.group("year"):
        try:
            listing.published_on = dt.date(int(match.group("year")), month, day)
        except ValueError:
            listing.published_on = None


def _finish(name: str, listing: _Listing) -> Paper | None:
    """Turn a pending listing into a Paper, or None for a stray title-like line.

    A title-like line with neither abstract nor metadata is page chrome we do not know (a
    footer, a new banner), not evidence of a paper, so it is dropped; so is a "title" with no
    letters or digits, which could not be told apart from any other.
    """
    if not listing.abstract and not listing.has_metadata:
        return None
    key = ids.title_key(listing.title)
    if not key:
        return None
    return _validate_paper(
        {
            "id": ids.title_paper_id(key),
            "title": listing.title,
            "title_key": key,
            "abstract": "\n\n".join(listing.abstract),
            "authors_count": listing.authors_count,
            "organisation": listing.organisation,
            "published_on": listing.published_on,
            "published_text": listing.published_text,
            "upvotes": listing.upvotes,
            "sources": (_validate_source({"path": name, "line": listing.line}),),
        }
    )


# Paper(**fields) and SourceRef(**fields) minus BaseModel.__init__'s own Python (keyword
# packing and checks), which cost as much again as the validation itself; the records are
# validated all the same. Every listing makes one of each.
_validate_paper = Paper.__pydantic_validator__.validate_python
_validate_source = SourceRef.__pydantic_validator__.validate_python
