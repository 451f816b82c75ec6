"""Finding and opening source files the way every loader reports them."""

from __future__ import annotations

import errno
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from citegraph.graph.errors import InputError

# What a shell leaves in place of a pattern that matched nothing (without nullglob).
_GLOB_CHARACTERS = frozenset("*?[")


def source_files(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Collection[Path] = ()
) -> Iterator[str]:
    """The files to read for `paths`: a file as given, a folder as every file inside it.

    Folders are read recursively in sorted order, skipping hidden files and folders (names
    starting with a dot: editor swap files, `.git`); formats are still sniffed by content,
    so every file found is a candidate. `exclude` (resolved paths) keeps a build from reading
    its own graph file and lock when it writes into the folder it reads. Anything else is
    passed on for `open_source` to read or report: a missing file, a pattern the shell left
    unexpanded, a folder with nothing to read.
    """
    for path in paths:
        name = os.fspath(path)
        if not os.path.isdir(name):
            yield name
            continue
        found = [
            found
            for found in _walk(Path(name))
            if not exclude or found.resolve() not in exclude
        ]
        if not found:
            yield name  # open_source reports the empty folder by name
        yield from map(str, found)


def _walk(folder: Path) -> list[Path]:
    """Every visible file below `folder`, in sorted path order (folders' files in place)."""
    files: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        files.extend(Path(root, name) for name in names if not name.startswith("."))
    return sorted(files, key=lambda path: path.relative_to(folder).parts)


def open_source(path: str | os.PathLike[str]) -> tuple[str, BinaryIO]:
    """The path as text and the file opened for binary reading, or an InputError naming it.

    Loaders read bytes themselves so they can report undecodable input by line. A file that
    cannot be opened has no line to name, so its error has none.
    """
    name = os.fspath(path)
    if os.path.isdir(name):
        raise InputError(name, None, "a folder with no files to read (hidden files are skipped)")
    try:
        return name, open(name, "rb")
    except FileNotFoundError:
        if _GLOB_CHARACTERS & set(name) and not os.path.lexists(name):
            raise InputError(name, None, "no file matches this pattern") from None
        raise InputError(name, None, "no such file") from None
    except OSError as exc:
        reason = "permission denied" if exc.errno == errno.EACCES else exc.strerror or str(exc)
        raise InputError(name, None, f"cannot read: {reason}") from None
