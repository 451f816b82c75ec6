"""Source-format loaders: one module per format, each a pure parser plus a streaming `load`.

`load(path)` picks the loader by sniffing the file's first bytes, never by its name, so a dump
saved as `papers.json.txt` or without an extension still reads correctly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from types import ModuleType

from citegraph.graph.errors import InputError
from citegraph.graph.records import Node

from . import daily_papers

# Checked in order; the first whose `sniff(head)` accepts the file loads it.
LOADERS: dict[str, ModuleType] = {daily_papers.NAME: daily_papers}
_HEAD_BYTES = 4096


def sniff(path: str | os.PathLike[str]) -> ModuleType:
    """The loader module for the file at `path`, decided from its first bytes."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(name, 1, f"cannot open: {exc.strerror or exc}") from None
    if not head:
        raise InputError(name, 1, "empty file")
    for loader in LOADERS.values():
        if loader.sniff(head):
            return loader
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        raise InputError(name, line, "binary data (NUL byte); expected a text or JSON source")
    raise InputError(name, 1, f"unknown source format; readable formats: {', '.join(LOADERS)}")


def load(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Node]:
    """Stream the records of one source file, whatever its (sniffed) format."""
    return sniff(path).load(path, on_progress=on_progress)
