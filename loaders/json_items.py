"""Shared plumbing of the JSON source loaders: streaming items, sniffing shapes, field checks.

The structured sources come as a JSON array (what an API list endpoint or a dump gives) or as
JSON Lines (one object per line, what people write when they page through an API). Dumps are
big (Papers with Code's code links file holds ~300k items), so neither shape is read with
`json.load`: `iter_items` feeds `json.JSONDecoder.raw_decode` one item at a time from a
buffer of 64 KiB chunks, and memory stays bounded by the largest single item.

Every item is reported with its 1-based index and the line it starts on, because users fix
bad input by opening the file at a place: pretty-printed arrays and JSON Lines give a useful
line, compact one-line arrays (raw API output) give line 1 and the item index tells them
apart.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import Edge, EdgeType, Evidence, Method, Repo, SourceRef

from .files import open_source

_CHUNK = 1 << 16
_DECODER = json.JSONDecoder()
_NOT_WS = re.compile(r"[^ \t\r\n]")
_STRUCTURE = re.compile(r'["{}\[\]]')
# A parse error this close to the end of the buffer may only mean the item goes on in the
# next chunk ("tru" of "true", half a \u escape), so the reader fetches more before failing.
_TRUNCATION_MARGIN = 8

Record = Any  # a Node or an Edge; loaders yield both


class ItemError(ValueError):
    """One item of a source is unusable; `load_items` adds the file, line and item index."""


@dataclass(frozen=True)
class Item:
    """A decoded top-level value and where it starts."""

    index: int
    line: int
    value: Any


# -- sniffing -------------------------------------------------------------------------------


def first_object_keys(head: bytes) -> frozenset[str] | None:
    """Top-level keys of the first object in `head`, or None when `head` is not JSON-shaped.

    The first object is the array's first element or the first value of a JSON Lines file. A
    Hub model with its file list can be far longer than the head, so this scans the
    (possibly cut-off) text for keys at the object's own depth instead of decoding it; the
    keys a loader sniffs on come first in every real source.
    """
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if not text.startswith(("{", "[")):
        return None
    target = 2 if text.startswith("[") else 1
    stack: list[str] = []
    keys: set[str] = set()
    pos = 0
    while True:
        match = _STRUCTURE.search(text, pos)
        if match is None:
            break
        char, pos = match.group(), match.end()
        if char == '"':
            end = _string_end(text, pos)
            if end < 0:
                break
            if len(stack) == target and stack[-1] == "{":
                after = _NOT_WS.search(text, end + 1)
                if after is not None and after.group() == ":":
                    with contextlib.suppress(ValueError):
                        keys.add(json.loads(text[pos - 1 : end + 1]))
            pos = end + 1
        elif char in "{[":
            stack.append(char)
        else:
            if not stack:
                break
            stack.pop()
            if len(stack) < target:
                break  # the first object is complete
    return frozenset(keys)


def _string_end(text: str, start: int) -> int:
    """Index of the quote closing the string whose body starts at `start`, or -1."""
    pos = start
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
        elif char == '"':
            return pos
        else:
            pos += 1
    return -1


# -- streaming ------------------------------------------------------------------------------


class _Reader:
    """A text buffer over a binary file, read in chunks, with the line number of `pos`."""

    def __init__(
        self, name: str, handle: BinaryIO, on_progress: Callable[[int], None] | None
    ) -> None:
        self.name = name
        self.handle = handle
        self.on_progress = on_progress
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.started = False

    def fill(self, size: int = _CHUNK) -> None:
        """Append at least one more chunk (or reach the end of the file)."""
        if self.eof:
            return
        raw = self.handle.read(size)
        if self.on_progress is not None and raw:
            self.on_progress(len(raw))
        if b"\x00" in raw:
            line = (
                self.line + self.buf.count("\n", self.pos) + raw[: raw.index(b"\x00")].count(b"\n")
            )
            raise InputError(self.name, line, "binary data (NUL byte); expected JSON")
        try:
            text = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            line = self.line + self.buf.count("\n", self.pos) + raw[: exc.start].count(b"\n")
            raise InputError(self.name, line, "not UTF-8 text") from None
        if not self.started:
            text = text.removeprefix("\ufeff")
            self.started = bool(text)
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        self.eof = not raw

    def peek(self) -> str:
        """The next non-blank character (consumed up to it), or "" at the end of the file."""
        while True:
            match = _NOT_WS.search(self.buf, self.pos)
            if match is not None:
                self.advance(match.start())
                return match.group()
            self.advance(len(self.buf))
            if self.eof:
                return ""
            self.fill()

    def advance(self, to: int) -> None:
        self.line += self.buf.count("\n", self.pos, to)
        self.pos = to

    def decode(self, index: int) -> Item:
        """Decode the value starting at `pos`, reading more of the file while it is cut off."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                truncated = exc.pos >= len(self.buf) - _TRUNCATION_MARGIN or exc.msg.startswith(
                    "Unterminated string"
                )
                if truncated and not self.eof:
                    self.fill(max(_CHUNK, len(self.buf) - self.pos))
                    continue
                line = self.line + self.buf.count("\n", self.pos, exc.pos)
                raise InputError(
                    self.name, line, f"item {index}: malformed JSON: {exc.msg}"
                ) from None
            except RecursionError:
                raise InputError(
                    self.name, self.line, f"item {index}: JSON nested too deeply"
                ) from None
            # Objects, arrays and strings end with their own delimiter; a number or literal
            # that touches the end of the buffer may go on in the next chunk.
            if end == len(self.buf) and not self.eof and self.buf[self.pos] not in '{["':
                self.fill()
                continue
            item = Item(index=index, line=self.line, value=value)
            self.advance(end)
            return item


def iter_items(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Item]:
    """Stream the top-level values of a JSON array, or of a JSON Lines file, in order.

    A single object (one saved API response) is a JSON Lines file of one item. Raises
    `InputError` with the file and line for unreadable, malformed or truncated input.
    """
    name, handle = open_source(path)
    with handle:
        reader = _Reader(name, handle, on_progress)
        reader.fill()
        first = reader.peek()
        if first == "":
            raise InputError(name, 1, "empty file")
        in_array = first == "["
        if in_array:
            reader.advance(reader.pos + 1)
        index = 0
        while True:
            char = reader.peek()
            if in_array:
                if char == "":
                    raise InputError(name, reader.line, "end of file inside the JSON array")
                if char == "]":
                    reader.advance(reader.pos + 1)
                    if reader.peek() != "":
                        raise InputError(name, reader.line, "text after the JSON array's closing ]")
                    return
                if index > 0:
                    if char != ",":
                        reason = f"after item {index}: expected ',' or ']', got {char!r}"
                        raise InputError(name, reader.line, reason)
                    reader.advance(reader.pos + 1)
                    char = reader.peek()
                if char == "":
                    raise InputError(name, reader.line, "end of file inside the JSON array")
            elif char == "":
                return
            index += 1
            yield reader.decode(index)


def load_items(
    path: str | os.PathLike[str],
    parse: Callable[[dict[str, Any], SourceRef], Iterable[Record]],
    *,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Record]:
    """Stream the records `parse` makes of each object item, naming the place of bad ones.

    `parse` raises `ItemError` (or a record's own validation error) for an item it cannot
    use; the message becomes `FILE:LINE: item N: reason`.
    """
    name = os.fspath(path)
    for item in iter_items(name, on_progress=on_progress):
        if not isinstance(item.value, dict):
            raise InputError(
                name,
                item.line,
                f"item {item.index}: expected a JSON object, got {_kind(item.value)}",
            )
        try:
            records = list(parse(item.value, SourceRef(path=name, line=item.line)))
        except ValueError as exc:
            raise InputError(name, item.line, f"item {item.index}: {_reason(exc)}") from None
        yield from records


def _reason(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):  # a pydantic ValidationError: the first problem is enough
        first = errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return f"{where}: {first['msg']}" if where else str(first["msg"])
    return str(exc)


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return "a number"


# -- fields ---------------------------------------------------------------------------------


def text(obj: dict[str, Any], key: str, *, where: str = "", required: bool = False) -> str | None:
    """A string field, stripped; None when absent, null or blank (unless `required`)."""
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ItemError(f"{where}{key} must be a string, got {_kind(value)}")
    value = value.strip() if value else None
    if required and not value:
        raise ItemError(f"missing required field {where}{key}")
    return value


def count(obj: dict[str, Any], key: str, *, where: str = "") -> int | None:
    """A non-negative integer field (downloads, likes, upvotes)."""
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ItemError(f"{where}{key} must be a non-negative integer, got {json.dumps(value)}")
    return value


def mapping(obj: dict[str, Any], key: str, *, where: str = "") -> dict[str, Any]:
    """An object field; {} when absent or null."""
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ItemError(f"{where}{key} must be an object, got {_kind(value)}")
    return value


def objects(obj: dict[str, Any], key: str, *, where: str = "") -> list[dict[str, Any]]:
    """A list-of-objects field; [] when absent or null."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ItemError(f"{where}{key} must be a list of objects")
    return value


def strings(obj: dict[str, Any], key: str, *, where: str = "", single: bool = True) -> list[str]:
    """A list-of-strings field; with `single`, one string too (model cards allow both)."""
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, str) and single:
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        kind = "a string or a list of strings" if single else "a list of strings"
        raise ItemError(f"{where}{key} must be {kind}")
    return [v.strip() for v in value if v.strip()]


def date_of(obj: dict[str, Any], key: str, *, where: str = "") -> dt.date | None:
    """The date of an ISO timestamp field (`2023-11-17T00:00:00.000Z`)."""
    value = text(obj, key, where=where)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ItemError(f"{where}{key} is not an ISO date: {value!r}") from None


def declared(surface: str, ref: SourceRef, by: str) -> Evidence:
    """Evidence of a link a structured source states outright (no text span, full score)."""
    return Evidence(
        surface=surface, span=(0, 0), score=1.0, method=Method.DECLARED, source=ref, declared_by=by
    )


def has_code(
    paper_id: str, repo: Repo, field: str, url: str, ref: SourceRef, by: str, official: bool | None
) -> Edge:
    """The HAS_CODE edge a source declares; keyed by the source, so each source's claim
    stays its own edge and reloading the source merges into it."""
    return Edge(
        source=paper_id,
        target=repo.id,
        type=EdgeType.HAS_CODE,
        key=by,
        official=official,
        evidence=declared(f"{field}: {url}", ref, by),
    )


_REPO_URL = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<domain>github\.com|gitlab\.com)/"
    r"(?P<owner>[A-Za-z0-9][\w.\-]*)/(?P<name>[A-Za-z0-9][\w.\-]*)(?:[/?#].*)?$",
    re.IGNORECASE,
)
_HOSTS = {"github.com": "github", "gitlab.com": "gitlab"}


def repo_from_url(url: str, ref: SourceRef) -> Repo | None:
    """The Repo node of a GitHub or GitLab URL, with the id and URL the linker gives it.

    Same normalisation as `linker/repos.py` (no case folding, `.git` dropped), so a
    repository declared here and one linked from an abstract meet on one node. None for
    other hosts, which no source here names in practice.
    """
    match = _REPO_URL.match(url.strip())
    if match is None:
        return None
    domain = match.group("domain").lower()
    name = match.group("name").removesuffix(".git").rstrip(".-")
    if not name:
        return None
    path = f"{match.group('owner')}/{name}"
    host = _HOSTS[domain]
    return Repo(
        id=ids.repo_id(host, path), host=host, path=path, url=f"https://{domain}/{path}",  # type: ignore[arg-type]
        sources=(ref,),
    )  # fmt: skip


def hub_id(raw: str) -> str:
    """A Hub repo id from what cards write: `org/name`, or a huggingface.co URL to it."""
    value = raw.strip()
    for prefix in ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    return value.strip("/")
