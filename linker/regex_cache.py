"""The linker's regular expressions, compiled once per Python and kept between runs.

The linker's modules compile about 500 patterns when they are imported, some of them
thousands of characters long (alternations of cue words, names and head nouns). CPython
parses and compiles a pattern in Python code (`re._parser`, `re._compiler`) and only the
last step, building the matcher from the compiled code, in C: kept, the patterns cut a
fresh process that imports the linker from 0.51 s to 0.36 s of CPU (2026-12-06), paid by
every command that links and every process the test suite starts.

The compiled code depends only on the pattern, its flags and the Python that compiled it,
so it is kept in the user's cache directory (beside the compiled catalog, linker/cache.py)
in a file named by the Python version and the regex engine's own version numbers, and
rebuilt from there with `_sre.compile`, which takes microseconds. A pattern enters the file
only after the pattern built from its stored code has compared equal to what `re.compile`
makes (a Pattern's equality compares its compiled code), so the cache can hand out nothing
`re.compile` would not. Anything unexpected (another Python implementation, internals that
changed, an unreadable or damaged file) falls back to `re.compile`, silently: the cache
only saves time.

The file is written when a command loads the compiled catalog (`save`, called by
linker/cache.py, into the same folder), holding the patterns compiled so far in this
process, through a temporary file and a rename, like the compiled catalog; not at import,
so that a process that chose another cache folder after importing the linker (the test
suite does) writes nothing to the default one.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
import sys
from pathlib import Path

from . import cache_files

log = logging.getLogger(__name__)

FORMAT = 1
_MAGIC = b"citegraph-patterns-1\n"

try:  # CPython's regex engine: the compiler in Python, the matcher in C
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations compile as usual
    _sre = None

# What `_sre.compile` takes to build a pattern: (pattern, flags, code, groups, groupindex,
# indexgroup), by (pattern, flags).
Arguments = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
_stored: dict[tuple[str, int], Arguments] = {}  # read from the file (or written to it)
_compiled: dict[tuple[str, int], Arguments] = {}  # every pattern this process asked for
_state = {"loaded": False, "enabled": _sre is not None, "from_source": 0}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache file when it holds the pattern."""
    if not _state["enabled"] or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    arguments = _compiled.get(key)
    if arguments is None:
        if not _state["loaded"]:
            _load()
        arguments = _stored.get(key)
        if arguments is None:
            arguments = _checked_arguments(pattern, flags)
            if arguments is None:
                return re.compile(pattern, flags)
        _compiled[key] = arguments
    return _sre.compile(*arguments)


def _checked_arguments(pattern: str, flags: int) -> Arguments | None:
    """The pattern's `_sre.compile` arguments, as `re._compiler.compile` makes them, if the
    pattern they build equals `re.compile`'s; else None, and the cache is off from here on."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        arguments: Arguments = (
            pattern, int(flags | parsed.state.flags), [int(c) for c in code],
            parsed.state.groups - 1, groupindex, tuple(indexgroup),
        )  # fmt: skip
        if _sre.compile(*arguments) == re.compile(pattern, flags):
            _state["from_source"] += 1
            return arguments
    except Exception as exc:  # internals changed: compile as usual from now on
        log.debug("not caching compiled patterns: %s", exc)
    _state["enabled"] = False
    return None


def cache_file(folder: Path | None = None) -> Path:
    """The cache file for this Python and regex engine."""
    engine = f"{FORMAT} {sys.version} {sys.implementation.cache_tag} "
    if _sre is not None:
        engine += f"{_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} {_sre.MAXGROUPS}"
    digest = hashlib.sha256(engine.encode()).hexdigest()[:24]
    return (folder or cache_files.default_cache_dir()) / f"patterns-{digest}.pickle"


def _load() -> None:
    _state["loaded"] = True
    path = cache_file()
    try:
        data = path.read_bytes()
    except OSError:
        return
    try:
        stored = pickle.loads(cache_files.unframed(data, _MAGIC, "compiled-patterns"))
        if not isinstance(stored, dict):
            raise ValueError("not a compiled-patterns file")
    except Exception as exc:  # a damaged or foreign file: compiled again and rewritten
        log.warning("ignoring unreadable compiled patterns %s: %s", path, exc)
        return
    _stored.update(stored)


def save(folder: Path | None = None) -> None:
    """Write the patterns this process asked for to the cache file in `folder` (default:
    the cache directory), if any of them was not in the file read (a first run, a changed
    pattern, a damaged file). A cache that cannot be written is no error."""
    if not _state["enabled"] or _compiled.keys() <= _stored.keys():
        return
    body = pickle.dumps(dict(_compiled), protocol=pickle.HIGHEST_PROTOCOL)
    if cache_files.write(cache_file(folder), cache_files.framed(_MAGIC, body), "compiled patterns"):
        _stored.update(_compiled)


def compiled_from_source() -> int:
    """How many patterns this process compiled itself (none in a process whose cache file
    held them all)."""
    return int(_state["from_source"])


def patterns_in_use() -> int:
    """How many patterns this process has asked for (each counted once)."""
    return len(_compiled)


def arguments_in_use() -> dict[tuple[str, int], Arguments]:
    """Each pattern this process asked for, by (pattern, flags), with what built it."""
    return dict(_compiled)
