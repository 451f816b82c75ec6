"""The compiled catalog: a Linker built once per catalog, then loaded from the user's cache.

Building a Linker parses and validates every catalog entry (TOML, pydantic) and generates
the spelling variants of every alias: about a second for the shipped catalog, paid by every
command that links, and growing with the catalog. The result depends only on the catalog
files, the role classifier's weights and the linker's code, so it is pickled once under a
key made of all three, in the user's cache directory, and later runs load it (the
Aho-Corasick automata cannot be pickled; they are built on first use).

A cache that cannot be read or written is no error: the linker is then built as without
one. Files are written atomically, so concurrent runs never read half of one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from citegraph.graph.atomic import atomic_open

from .catalog import SHIPPED_FILES, build_catalog, catalog_sources
from .policy import Linker
from .role_model import WEIGHTS_FILE

log = logging.getLogger(__name__)

CACHE_ENV = "CITEGRAPH_CACHE_DIR"
FORMAT = 1  # the pickled shape; the code's own bytes are part of the key as well


def default_cache_dir() -> Path:
    """$CITEGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/citegraph, else ~/.cache/citegraph."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "citegraph"


def compiled_linker(
    extra: Iterable[str | Path] = (), cache_dir: str | os.PathLike[str] | None = None
) -> Linker:
    """The Linker for the shipped catalog plus `extra` user catalog files, from the cache
    when one was compiled from the same catalog, weights and code."""
    sources = catalog_sources(extra)
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    path = folder / f"linker-{cache_key(sources)[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            linker = pickle.load(handle)
        if isinstance(linker, Linker):
            return linker
        log.warning("ignoring %s: not a compiled linker", path)
    except FileNotFoundError:
        pass
    except Exception as exc:  # any unreadable cache is rebuilt, never fatal
        log.warning("ignoring unreadable compiled catalog %s: %s", path, exc)
    linker = Linker(build_catalog(sources, shipped=len(SHIPPED_FILES)))
    try:
        with atomic_open(path, "wb") as handle:
            pickle.dump(linker, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as exc:
        log.info("not caching the compiled catalog in %s: %s", folder, exc)
    return linker


def cache_key(sources: list[tuple[str, str]]) -> str:
    """sha256 of the catalog texts, the role weights and the linker's own code."""
    digest = hashlib.sha256(f"citegraph-linker-{FORMAT}".encode())
    for label, text in sources:
        digest.update(b"\0" + label.encode() + b"\0" + text.encode())
    package = resources.files("citegraph.linker")
    digest.update(package.joinpath(WEIGHTS_FILE).read_bytes())
    for module in sorted(p.name for p in package.iterdir() if p.name.endswith(".py")):
        digest.update(module.encode() + package.joinpath(module).read_bytes())
    # graph/ holds the record models the linker makes; their code shapes what is pickled.
    graph = resources.files("citegraph.graph")
    for module in sorted(p.name for p in graph.iterdir() if p.name.endswith(".py")):
        digest.update(module.encode() + graph.joinpath(module).read_bytes())
    return digest.hexdigest()
