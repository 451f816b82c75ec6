"""Source-format loaders: one module per format, each a pure parser plus a streaming `load`.

`load(path)` picks the loader by sniffing the file's first bytes, never by its name, so a dump
saved as `papers.json.txt` or without an extension still reads correctly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from types import ModuleType

from citegraph.graph.errors import InputError
from citegraph.graph.records import Edge, Node

from . import code_links, daily_papers, hub_models, papers_api
from .files import open_source, source_files

__all__ = ["LOADERS", "load", "sniff", "source_files"]
from .json_items import first_object_keys

# Checked in order; the first whose `sniff(head)` accepts the file loads it. The JSON
# loaders decide by the keys of the file's first object, the text loader takes non-JSON.
LOADERS: dict[str, ModuleType] = {
    module.NAME: module for module in (daily_papers, code_links, papers_api, hub_models)
}
# Enough for the keys of a first JSON object even when a long author list comes first.
_HEAD_BYTES = 1 << 16


def sniff(path: str | os.PathLike[str]) -> ModuleType:
    """The loader module for the file at `path`, decided from its first bytes."""
    name, handle = open_source(path)
    with handle:
        head = handle.read(_HEAD_BYTES)
    if not head:
        raise InputError(name, 1, "empty file")
    for loader in LOADERS.values():
        if loader.sniff(head):
            return loader
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        raise InputError(name, line, "binary data (NUL byte); expected a text or JSON source")
    keys = first_object_keys(head)
    if keys is not None:
        shown = ", ".join(sorted(keys)[:8]) or "none"
        raise InputError(
            name,
            1,
            "JSON of an unknown shape (first object's keys: "
            f"{shown}); expected HF Hub models, HF papers API or Papers with Code links",
        )
    raise InputError(name, 1, f"unknown source format; readable formats: {', '.join(LOADERS)}")


def load(
    path: str | os.PathLike[str], *, on_progress: Callable[[int], None] | None = None
) -> Iterator[Node | Edge]:
    """Stream the records of one source file, whatever its (sniffed) format."""
    return sniff(path).load(path, on_progress=on_progress)
