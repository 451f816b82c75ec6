"""Atomic file writes: readers see the old file or the new one, never half of one.

A build, export or extract interrupted half-way (Ctrl-C, a full disk, bad input found late)
must not leave a truncated graph, HTML view or JSON Lines file, nor a CSV directory that
neo4j-admin half-imports. Every file citegraph writes goes through `atomic_open`.

The temp file comes from `mkstemp`, which creates it 0600 whatever the umask; it is given
the mode an ordinary `open()` would have given the file (0644 under umask 022) before the
rename, so that neo4j-admin running as another user can read the CSV files and an HTML view
can be served as written.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask (reading it means setting it, hence the lock and the restore)."""
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def default_mode(*, executable: bool = False) -> int:
    """The mode `open()` (or, executable, `chmod +x` of it) would give a new file now."""
    return (0o777 if executable else 0o666) & ~current_umask()


@contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w", *, executable: bool = False, **kwargs: object
) -> Iterator[IO]:
    """Open a temp file beside `path`; on success fsync and rename it over `path`.

    The file ends with the umask's ordinary mode; `executable` adds the execute bits the
    umask allows (a script such as import.sh), set before the rename so it is never seen
    without them.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, default_mode(executable=executable))
        with os.fdopen(fd, mode, **kwargs) as handle:  # type: ignore[call-overload]
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_text(path: str | os.PathLike[str], text: str, *, executable: bool = False) -> Path:
    """Write `text` as UTF-8 to `path` atomically."""
    with atomic_open(path, "w", executable=executable, encoding="utf-8", newline="") as handle:
        handle.write(text)
    return Path(path)
