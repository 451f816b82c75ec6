"""One writer at a time on a graph file.

A build reads the graph file, merges its inputs and renames a new file over the old one.
Two builds into one file that overlap would each merge into the file as it was when they
started, and the second rename would silently drop the first build's work. So every command
that rewrites a graph file holds an exclusive lock from reading it to the rename; a second
writer waits, then reads the file afresh and merges on top of it.

The lock is `fcntl.flock` on a lock file beside the graph (`graph.json.lock`): the kernel
releases it when the holder exits, however it exits, so a killed build never leaves a stale
lock to clean up. The holder writes its pid into the file so that a waiting writer can say
whom it waits for. The lock file is never deleted: unlinking it while another process waits
on the old inode would let a third process lock a new file and run beside the holder.

Readers take no lock: the graph file is only ever replaced whole (see `atomic`), so they
see the old file or the new one.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import StoreError

log = logging.getLogger(__name__)

# How often a writer with a timeout checks whether the lock came free.
_POLL_SECONDS = 0.1


def lock_path(graph: str | os.PathLike[str]) -> Path:
    """The lock file of a graph file: `graph.json` -> `graph.json.lock`, beside it."""
    graph = Path(graph)
    return graph.with_name(graph.name + ".lock")


@contextlib.contextmanager
def writing(graph: str | os.PathLike[str], timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive write lock of `graph` for the duration of the block.

    Waits as long as another process holds it (logging once whom it waits for), or at most
    `timeout` seconds, after which `StoreError` names the holder. The file may not exist yet:
    the lock guards its creation too.
    """
    path = lock_path(graph)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # 0o666 and the umask decide the mode, as for the graph file itself.
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as error:
        raise StoreError(f"{path}: cannot create the lock file: {error.strerror}") from None
    try:
        _acquire(fd, Path(graph), timeout)
        _record_holder(fd)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(fd: int, graph: Path, timeout: float | None) -> None:
    if _try_lock(fd):
        return
    log.warning("waiting for %s (held by %s)", graph.name, _holder(fd))
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise StoreError(
                f"{graph}: still locked by another writer ({_holder(fd)}) after "
                f"{timeout:g} s; nothing was written"
            )
        time.sleep(_POLL_SECONDS)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _record_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)


def _holder(fd: int) -> str:
    """`pid N` of the holder, as it recorded itself; it may not have written it yet."""
    for _ in range(20):
        text = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip()
        if text.isdigit():
            return f"pid {text}"
        time.sleep(0.01)
    return "another process"
