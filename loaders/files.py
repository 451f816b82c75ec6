"""Opening a source file the way every loader reports it."""

from __future__ import annotations

import os
from typing import BinaryIO

from citegraph.graph.errors import InputError


def open_source(path: str | os.PathLike[str]) -> tuple[str, BinaryIO]:
    """The path as text and the file opened for binary reading, or an InputError naming it.

    Loaders read bytes themselves so they can report undecodable input by line.
    """
    name = os.fspath(path)
    try:
        return name, open(name, "rb")
    except OSError as exc:
        raise InputError(name, 1, f"cannot open: {exc.strerror or exc}") from None
