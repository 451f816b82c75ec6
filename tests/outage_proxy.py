"""A TCP proxy in front of a real Neo4j server that can go away the way a server does.

A client (the driver in a `citegraph` process) connects to the proxy's port, and every
connection is piped byte for byte to the real server. `cut()` is what the client sees when
the server's process dies: every open connection is closed under it (the server, too, sees its
connections close and rolls back what was in flight) and the port refuses new connections.
`restore()` makes the port answer again, as a server restarted on the same port does.
`cut_after(n)` cuts once the clients have sent `n` bytes through it: the outage lands at the
same point of a build however fast the box runs it, where a test that watched the database
and then cut raced the build (and needed a build long enough to lose that race rarely).

Tests that check how citegraph meets an outage (a build that gives up with one error line, a
build that retries through a restart) use it instead of killing and restarting a server of
their own: the client sees the same closed sockets and refused connects, and no JVM has to
start again. What only a real kill shows, the server's recovery from its transaction log, is
tested on a killed server in test_neo4j_server.py.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType
from urllib.parse import urlsplit

_CHUNK = 65536


class OutageProxy:
    """Pipe connections from 127.0.0.1:`port` to the Bolt server at `upstream_uri`."""

    def __init__(self, upstream_uri: str) -> None:
        parts = urlsplit(upstream_uri)
        assert parts.hostname and parts.port, f"no host and port in {upstream_uri}"
        # neo4j:// would route: the server's routing table names its own address, and the
        # driver would go round the proxy. bolt:// talks to the address it is given.
        self.scheme = "bolt" if parts.scheme == "neo4j" else parts.scheme
        self.upstream = (parts.hostname, parts.port)
        self.port = 0
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._sent = 0  # bytes the clients sent upstream, over every connection
        self._cut_at: int | None = None
        self.was_cut = threading.Event()

    @property
    def uri(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self) -> OutageProxy:
        """Listen (again, on the same port once it has one) and pipe each connection."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    restore = start

    def cut_after(self, sent: int) -> threading.Event:
        """Cut (once) when the clients' bytes to the server reach `sent`: the chunk that
        reaches it is not forwarded. Returns `was_cut`, set when it happened."""
        with self._lock:
            self._cut_at = self._sent + sent
        return self.was_cut

    @property
    def sent(self) -> int:
        """Bytes the clients have sent to the server through the proxy so far."""
        with self._lock:
            return self._sent

    def cut(self) -> None:
        """Close every connection both ways and refuse new ones, as a dead server's port."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._open = self._open, set()
        if listener is not None:
            _close(listener)
        for sock in sockets:
            _close(sock)
        self.was_cut.set()

    close = cut

    def __enter__(self) -> OutageProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut: the listener was closed
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:  # cut while this one was connecting
                    _close(client)
                    _close(server)
                    continue
                self._open.update((client, server))
            for source, sink, upstream in ((client, server, True), (server, client, False)):
                threading.Thread(
                    target=self._pipe, args=(source, sink, upstream), daemon=True
                ).start()

    def _reaches_cut(self, size: int) -> bool:
        """Count `size` more bytes upstream; True (once) when they reach the cut."""
        with self._lock:
            self._sent += size
            if self._cut_at is None or self._sent < self._cut_at:
                return False
            self._cut_at = None
            return True

    def _pipe(self, source: socket.socket, sink: socket.socket, upstream: bool) -> None:
        try:
            while data := source.recv(_CHUNK):
                if upstream and self._reaches_cut(len(data)):
                    self.cut()
                    return
                sink.sendall(data)
        except OSError:
            pass
        # One side closed (or the proxy cut): close both, as the other end would see it.
        with self._lock:
            self._open.difference_update((source, sink))
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # not connected, or already shut down
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
