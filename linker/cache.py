"""The compiled catalog: a Linker built once per catalog, then loaded from the user's cache.

Building a Linker parses and validates every catalog entry (TOML, pydantic) and generates
the spelling variants of every alias: about a second for the shipped catalog, paid by every
command that links, and growing with the catalog. The result depends only on the catalog
files, the role classifier's weights, the linker's code and the Python and pydantic
versions, so it is pickled once under a key made of all of them (sha256 of the contents),
in the user's cache directory, and later runs load it.

Loading must not grow with the catalog either: the records in it (entries, nodes, lineage
edges, each automaton key's alias hits) stay pickled until a paper names them
(`packed.PackedMap`), so a warm load unpickles a list of keys and a few dicts of bytes.
The Aho-Corasick automaton cannot be pickled (the crate has no serialisation); it is built
from the compiled key list on the first scan (`AliasIndex._automaton`).

A cache that cannot be read or written is no error: the linker is then built as without
one, and a file that does not unpickle to a Linker is rebuilt over. Files are written to a
temporary file and renamed, so concurrent runs never read half of one and the last writer
wins with a whole file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import platform
import zlib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pydantic

from citegraph.graph.atomic import atomic_open

from .catalog import SHIPPED_FILES, build_catalog, catalog_sources
from .policy import Linker
from .role_model import WEIGHTS_FILE

log = logging.getLogger(__name__)

CACHE_ENV = "CITEGRAPH_CACHE_DIR"
FORMAT = 2  # the pickled shape; the code's own bytes are part of the key as well
_MAGIC = b"citegraph-linker\n"


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
    return load_compiled(catalog_sources(extra), shipped=len(SHIPPED_FILES), cache_dir=cache_dir)


def load_compiled(
    sources: list[tuple[str, str]],
    *,
    shipped: int,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Linker:
    """The Linker for catalog `sources` ((label, text), the first `shipped` of them the
    shipped files, as `build_catalog` takes them), compiled once and then cached."""
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    path = folder / f"linker-{cache_key(sources, shipped)[:32]}.pickle"
    try:
        linker = _read(path)
        if isinstance(linker, Linker):
            return linker
        log.warning("ignoring %s: not a compiled linker", path)
    except FileNotFoundError:
        pass
    except Exception as exc:  # any unreadable cache is rebuilt, never fatal
        log.warning("ignoring unreadable compiled catalog %s: %s", path, exc)
    linker = Linker(build_catalog(sources, shipped=shipped))
    try:
        payload = pickle.dumps(linker, protocol=pickle.HIGHEST_PROTOCOL)
        with atomic_open(path, "wb") as handle:
            handle.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
    except OSError as exc:
        log.info("not caching the compiled catalog in %s: %s", folder, exc)
    return linker


def _read(path: Path) -> object:
    """The object pickled in a cache file, after checking the file is whole.

    Most of a compiled catalog is pickles inside the pickle, unpickled only when a paper
    needs them; a damaged byte in one would surface as an error in the middle of a run,
    so the whole file's checksum is checked first (zlib's crc32: a millisecond or two).
    """
    data = path.read_bytes()
    header = len(_MAGIC) + 4
    if not data.startswith(_MAGIC) or len(data) < header:
        raise ValueError("not a compiled catalog file")
    payload = memoryview(data)[header:]
    if zlib.crc32(payload) != int.from_bytes(data[len(_MAGIC) : header], "big"):
        raise ValueError("checksum mismatch (a damaged or partly written file)")
    return pickle.loads(payload)


def cache_key(sources: list[tuple[str, str]], shipped: int = len(SHIPPED_FILES)) -> str:
    """sha256 of the catalog texts, the role weights, the linker's own code and the Python
    and pydantic versions (pickles of pydantic models follow both)."""
    versions = f"{FORMAT} {shipped} {platform.python_version()} {pydantic.VERSION}"
    digest = hashlib.sha256(f"citegraph-linker {versions}".encode())
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
