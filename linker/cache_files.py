"""The files the linker keeps in the user's cache folder: where they live, and how each is
framed, written and checked.

Two kinds are kept, the compiled catalog (linker/cache.py) and the compiled patterns
(linker/regex_cache.py); both follow one rule, here: a file is a magic line naming its
kind and format, the crc32 of the rest, and the rest, written to a temporary file and
renamed, so that concurrent first runs each write a whole file and a damaged or partly
written one is told apart before anything in it is trusted. A folder that cannot be
written only means no cache.
"""

from __future__ import annotations

import logging
import os
import zlib
from pathlib import Path

from citegraph.graph.atomic import atomic_open

log = logging.getLogger(__name__)

CACHE_ENV = "CITEGRAPH_CACHE_DIR"


def default_cache_dir() -> Path:
    """$CITEGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/citegraph, else ~/.cache/citegraph."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citegraph"


def framed(magic: bytes, body: bytes) -> bytes:
    """A cache file's bytes: `magic`, the crc32 of `body`, then `body`."""
    return magic + zlib.crc32(body).to_bytes(4, "big") + body


def unframed(data: bytes, magic: bytes, kind: str) -> memoryview:
    """The body of a cache file's bytes (a view, not a copy), after checking its magic and
    its checksum; ValueError names what is wrong with a file that fails either."""
    start = len(magic) + 4
    if not data.startswith(magic) or len(data) < start:
        raise ValueError(f"not a {kind} file")
    body = memoryview(data)[start:]
    if zlib.crc32(body) != int.from_bytes(data[len(magic) : start], "big"):
        raise ValueError("checksum mismatch (a damaged or partly written file)")
    return body


def write(path: Path, data: bytes, kind: str) -> bool:
    """Write a cache file whole (a temporary file, then a rename); False, logged, when its
    folder cannot be written."""
    try:
        with atomic_open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        log.info("not caching the %s in %s: %s", kind, path.parent, exc)
        return False
    return True
