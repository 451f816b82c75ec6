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
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pydantic

from . import cache_files, regex_cache
from .cache_files import default_cache_dir
from .catalog import SHIPPED_FILES, build_catalog, catalog_sources
from .policy import Linker
from .role_model import WEIGHTS_FILE

log = logging.getLogger(__name__)

FORMAT = 3  # the pickled shape; the code's own bytes are part of the key as well
_MAGIC = b"citegraph-linker-3\n"


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
    # The linker's patterns are all compiled by now (its modules are imported): keep them
    # beside the compiled catalog for the next process (regex_cache).
    regex_cache.save(folder)
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
    cache_files.write(path, _file_bytes(linker), "compiled catalog")
    return linker


# A cache file (cache_files.framed): magic, crc32 of the rest, the number of out-of-band
# buffers and their lengths (8 bytes each), the buffers, then the main pickle (protocol 5).
def _file_bytes(linker: Linker) -> bytes:
    buffers: list[pickle.PickleBuffer] = []
    main = pickle.dumps(linker, protocol=5, buffer_callback=buffers.append)
    raw = [bytes(buffer.raw()) for buffer in buffers]
    body = b"".join(
        [len(raw).to_bytes(4, "big"), *(len(r).to_bytes(8, "big") for r in raw), *raw, main]
    )
    return cache_files.framed(_MAGIC, body)


def _read(path: Path) -> object:
    """The object pickled in a cache file, after checking the file is whole.

    Most of a compiled catalog is pickles kept as they are (`packed.Pickles`), unpickled
    only when a paper needs them; a damaged byte in one would surface as an error in the
    middle of a run, so the whole file's checksum is checked first (zlib's crc32: a few
    milliseconds). The buffers are handed to the unpickler as slices of the file's bytes.
    """
    view = cache_files.unframed(path.read_bytes(), _MAGIC, "compiled catalog")
    if len(view) < 4:
        raise ValueError("not a compiled catalog file")
    count = int.from_bytes(view[:4], "big")
    lengths_at = 4
    at = lengths_at + 8 * count
    buffers = []
    for number in range(count):
        length = int.from_bytes(view[lengths_at + 8 * number : lengths_at + 8 * number + 8], "big")
        buffers.append(view[at : at + length])
        at += length
    return pickle.loads(view[at:], buffers=buffers)


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
