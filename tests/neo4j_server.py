"""A real Neo4j 5.26 server for the tests, started from the Maven Central test harness.

Why not a mock: the loaders rely on Cypher semantics (MERGE, uniqueness constraints,
transaction boundaries, crash recovery) that only the real engine has. Why not Docker: CI
boxes and developer laptops do not all have a Docker engine, but they do have Java and
Maven, and ``org.neo4j.test:neo4j-harness`` is the same engine packaged as a library.

How it works:

1. ``neo4j_harness/pom.xml`` names the harness; ``mvn dependency:build-classpath`` resolves
   it (about 175 MB into ``~/.m2``, once) and we cache the classpath in
   ``neo4j_harness/classpath.txt``, keyed on the POM's hash so a version bump re-resolves.
2. ``neo4j_harness/Launcher.java`` is compiled once into ``neo4j_harness/target/`` (keyed on
   its hash and the JDK), then ``java -cp <classpath>:<launcher jar> Launcher DATA_DIR`` starts
   Neo4j with Bolt on a free 127.0.0.1 port, auth disabled, and prints ``BOLT_URI=...`` once
   it accepts connections.
3. Closing the launcher's stdin stops it gracefully; SIGKILL simulates a crash. Store files and
   transaction logs live in ``DATA_DIR/data``, so a restart on the same directory recovers them.
4. ``GuestHost`` runs ``Launcher --guests``: a JVM with no Neo4j of its own that opens Neo4j
   servers in itself on request (``GuestServer``, a "guest": its own store, logs and Bolt
   port). Servers that are never killed or restarted (the session's, one imported by
   ``neo4j-admin``, one with auth on) are guests of one such JVM, which ``GuestBroker`` shares
   among the pytest-xdist workers of a run: a JVM start and the compiling of Neo4j's code in
   its first statements are paid once per run instead of once per server.

This module deliberately does not import pytest: it is also handy from a REPL or a script.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import neo4j

HARNESS_DIR = Path(__file__).resolve().parent / "neo4j_harness"
POM = HARNESS_DIR / "pom.xml"
LAUNCHER = HARNESS_DIR / "Launcher.java"
CLASSPATH_CACHE = HARNESS_DIR / "classpath.txt"
# Git-ignored: the compiled launcher, and the lock that lets one process of a parallel run
# (pytest-xdist workers) resolve classpaths and compile while the others wait for the result.
BUILD_DIR = HARNESS_DIR / "target"

# The switch between "start a harness" and "use this server", read by tests/conftest.py.
ENV_URI = "CITEGRAPH_TEST_NEO4J_URI"
ENV_USER = "CITEGRAPH_TEST_NEO4J_USER"
ENV_PASSWORD = "CITEGRAPH_TEST_NEO4J_PASSWORD"
# Same defaults as docker-compose.yml, so `docker compose up -d --wait` plus the URI is enough.
DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "citegraph-password"

Auth = tuple[str, str] | None
"""Driver auth: None for the harness (auth disabled), (user, password) for external servers."""

_URI_PREFIX = "BOLT_URI="
_HTTP_URI_PREFIX = "HTTP_URI="
_GUESTS_READY = "READY"  # what `Launcher --guests` prints once it takes commands
_CACHE_HEADER = "# pom.xml sha256: "
# Enough to diagnose a failed start without flooding the pytest report.
_STDERR_TAIL_CHARS = 20_000
_C1_ONLY = "-XX:TieredStopAtLevel=1"
_JVM_FLAGS = (
    # C1 only: on a busy 2-core CI box this roughly halves start-up (measured ~15 s -> ~8 s)
    # because C2 compiler threads stop competing with Neo4j's own start-up work. Test loads
    # are small; pass jvm_args=["-XX:TieredStopAtLevel=4"] for long benchmarks.
    _C1_ONLY,
    # What the packaged server's neo4j.conf passes; without them the page cache runs in a
    # slower fallback mode and Netty warns about reflection.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:-OmitStackTraceInFastThrow",
    # Die loudly instead of limping on in a state no test result could be trusted from.
    "-XX:+ExitOnOutOfMemoryError",
    "-Dlog4j2.disable.jmx=true",
)


def _require_tool(name: str, purpose: str) -> str:
    """Return the absolute path of *name*, or fail with an actionable message.

    A bare ``FileNotFoundError`` from subprocess would not tell a contributor which package to
    install nor that an external server is an alternative.
    """
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(
            f"`{name}` was not found on PATH; it is needed {purpose}. Install a JDK 17+ and "
            "Maven (`bash scripts/system-deps.sh`, or on Debian `apt-get install "
            "default-jdk-headless maven`), or point the tests at an existing Neo4j 5 server "
            "with CITEGRAPH_TEST_NEO4J_URI (see docs/neo4j-testing.md)."
        )
    return path


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Hold an exclusive lock on BUILD_DIR/.lock while resolving or compiling.

    Four xdist workers of a fresh clone each ran Maven (and compiled the launcher) at the same
    moment; with the lock the first does it and the others read its result.
    """
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, every process does the work itself
        yield
        return
    with (BUILD_DIR / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pom_hash(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()


def _read_cached_classpath(cache: Path, pom_hash: str) -> str | None:
    """Return the cached classpath if it belongs to this POM and its jars still exist.

    The jar check matters because ``~/.m2`` gets pruned on CI caches and by hand; a stale
    entry would otherwise surface as an obscure ``package org.neo4j... does not exist``.
    """
    try:
        header, classpath = cache.read_text(encoding="utf-8").splitlines()[:2]
    except (OSError, ValueError):
        return None
    if header != _CACHE_HEADER + pom_hash or not classpath:
        return None
    if not all(Path(jar).exists() for jar in classpath.split(os.pathsep)):
        return None
    return classpath


def resolve_classpath(
    *,
    pom: Path | None = None,
    cache: Path | None = None,
    what: str = "the Neo4j test harness",
    timeout: float = 900.0,
) -> str:
    """Return the classpath of *pom*'s dependencies, running Maven only when *cache* is
    missing or stale.

    The first resolution of the harness downloads the whole Neo4j engine from Maven Central,
    hence the generous timeout; afterwards this is a file read. tests/neo4j_clients.py uses
    the same cache for cypher-shell and the Neo4j Browser. The defaults (the harness) are
    read at call time so a test can point them elsewhere.
    """
    pom = POM if pom is None else pom
    cache = CLASSPATH_CACHE if cache is None else cache
    pom_hash = _pom_hash(pom)
    cached = _read_cached_classpath(cache, pom_hash)
    if cached is not None:
        return cached
    with _build_lock():
        # Another process may have resolved it while this one waited for the lock.
        cached = _read_cached_classpath(cache, pom_hash)
        if cached is not None:
            return cached
        return _resolve_with_maven(pom, cache, pom_hash, what, timeout)


def _resolve_with_maven(pom: Path, cache: Path, pom_hash: str, what: str, timeout: float) -> str:
    mvn = _require_tool("mvn", f"once, to download {what} from Maven Central")
    with tempfile.TemporaryDirectory(prefix="citegraph-cp-") as tmp:
        out_file = Path(tmp) / "classpath.txt"
        cmd = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(pom),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={out_file}",
        ]
        try:
            # C1 only, as for the servers: Maven's JVM runs for seconds, where C2's compiles
            # cost more than they give (the harness's classpath 3.2 -> 1.6 s of CPU, the
            # clients' alike, with ~/.m2 filled; 2026-12-07).
            env = {**os.environ, "MAVEN_OPTS": f"{_C1_ONLY} {os.environ.get('MAVEN_OPTS', '')}"}
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(
                f"Maven did not resolve {what} within {timeout:.0f}s: {' '.join(cmd)}"
            ) from exc
        if proc.returncode != 0 or not out_file.exists():
            raise RuntimeError(
                f"Maven failed to resolve {what} (exit {proc.returncode}).\n"
                f"command: {' '.join(cmd)}\n"
                f"stdout:\n{proc.stdout[-_STDERR_TAIL_CHARS:]}\n"
                f"stderr:\n{proc.stderr[-_STDERR_TAIL_CHARS:]}"
            )
        classpath = out_file.read_text(encoding="utf-8").strip()

    # Write-then-rename so that parallel test processes never read a half-written cache.
    fd, tmp_name = tempfile.mkstemp(dir=cache.parent, prefix=".classpath-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{_CACHE_HEADER}{pom_hash}\n{classpath}\n")
    os.replace(tmp_name, cache)
    return classpath


@functools.cache
def launcher_jar(classpath: str) -> Path | None:
    """Launcher.java compiled into a jar, once per source and JDK; None without `javac`.

    Java's single-file source launcher compiled it at every server start: about 2 s of CPU
    and wall time each, measured on the 2-core box, and a test session starts 20-odd servers.
    The jar's name holds the hash of the source and of `java -version`, so an edit or another
    JDK compiles afresh; it is written under a temporary name and renamed into place. With a
    JRE only (no `javac`), servers start from the source file as before.
    """
    java = _require_tool("java", "to run the in-process Neo4j test server")
    javac = shutil.which("javac")
    if javac is None:
        return None
    version = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    key = hashlib.sha256(LAUNCHER.read_bytes() + version.stderr.encode()).hexdigest()[:16]
    jar = BUILD_DIR / f"launcher-{key}.jar"
    if jar.exists():
        return jar
    with _build_lock():
        if jar.exists():
            return jar
        with tempfile.TemporaryDirectory(prefix="citegraph-launcher-", dir=BUILD_DIR) as tmp:
            classes = Path(tmp) / "classes"
            proc = subprocess.run(
                # C1 only for javac's JVM too: 2.4 -> 1.3 s of CPU (2026-12-07).
                [javac, f"-J{_C1_ONLY}", "-nowarn", "-d", str(classes), "-cp", classpath,
                 str(LAUNCHER)],
                capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            if proc.returncode != 0:
                raise RuntimeError(
                    f"javac failed on {LAUNCHER} (exit {proc.returncode}):\n{proc.stderr}"
                )
            partial = Path(tmp) / jar.name
            with zipfile.ZipFile(partial, "w") as archive:
                for path in sorted(classes.rglob("*.class")):
                    archive.write(path, path.relative_to(classes).as_posix())
            os.replace(partial, jar)
    return jar


class _Addresses:
    """A server's Bolt and HTTP addresses while it runs: one implementation for a harness's
    own process (`HarnessServer`) and for a guest in a host's JVM (`GuestServer`), whose
    `running` differ."""

    data_dir: Path
    _uri: str | None
    _http_uri: str | None
    _kind = "server on"  # how the errors name it

    @property
    def running(self) -> bool:
        raise NotImplementedError

    @property
    def uri(self) -> str:
        """The ``bolt://127.0.0.1:PORT`` URI (a harness's port may change at each start)."""
        if self._uri is None or not self.running:
            raise RuntimeError(f"Neo4j {self._kind} {self.data_dir} is not running")
        return self._uri

    @property
    def http_uri(self) -> str:
        """The ``http://127.0.0.1:PORT`` of the HTTP API, for a server started with http."""
        if self._http_uri is None or not self.running:
            raise RuntimeError(f"Neo4j {self._kind} {self.data_dir} serves no HTTP now")
        return self._http_uri


class HarnessServer(_Addresses):
    """One Neo4j process owning *data_dir*; restartable on the same directory.

    The constructor does no I/O so that fixtures can be built cheaply and a test can create the
    "restarted" server object before the first one is killed. Auth is disabled: connect with
    ``auth=None``. One live server per *data_dir*; a second start on a directory in use fails
    on Neo4j's store lock.
    """

    _kind = "harness for"

    def __init__(
        self,
        data_dir: Path | str,
        *,
        start_timeout: float = 180.0,
        heap: str = "512m",
        pagecache_mb: int = 64,
        jvm_args: Sequence[str] = (),
        auth: bool = False,
        bolt_port: int = 0,
        http: bool = False,
        extra_classpath: Sequence[str] = (),
        keep_plans: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        # 0: a free port chosen at each start. A fixed one (see free_port()) keeps the URI
        # across restarts, for clients that must reconnect to the same address.
        self.bolt_port = bolt_port
        # Also serve Neo4j's HTTP API (what the Browser's port answers) at `http_uri`.
        self.http = http
        self._http_uri: str | None = None
        # Jars appended to the harness's classpath, e.g. the Neo4j Browser's, whose browser/
        # resources the server's HTTP connector then serves at /browser.
        self.extra_classpath = tuple(extra_classpath)
        # With auth on, the server has user neo4j with the (expired) initial password neo4j.
        self.auth = auth
        # Never plan a cached query again because the data's statistics moved (Launcher.java):
        # for servers whose database is emptied between tests. Off by default, Neo4j's own
        # behaviour, which the benches measure.
        self.keep_plans = keep_plans
        self.start_timeout = start_timeout
        self.heap = heap
        self.pagecache_mb = pagecache_mb
        self.jvm_args = tuple(jvm_args)
        self._proc: subprocess.Popen[bytes] | None = None
        self._uri: str | None = None
        # The launcher's stdout lines after the one start() waits for (GuestHost's answers).
        self._lines: queue.Queue[str | None] | None = None
        # Wall time of the last start() from launching java to BOLT_URI, classpath excluded;
        # kept because start-up cost is what decides how many restarts a test can afford.
        self.startup_seconds: float | None = None

    @property
    def pid(self) -> int | None:
        """PID of the JVM while started (running or crashed but not yet stopped)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def stderr_log(self) -> Path:
        """Launcher stderr, appended across restarts so a crash's output is not overwritten."""
        return self.data_dir / "launcher-stderr.log"

    def start(self) -> str:
        """Start the server and return its Bolt URI once it accepts connections."""
        if self.running:
            raise RuntimeError(f"Neo4j harness for {self.data_dir} is already running")
        if self._proc is not None:  # crashed on its own since the last start(): reap it
            self._kill_and_reap()
            self._forget()
        java = _require_tool("java", "to run the in-process Neo4j test server")
        harness = resolve_classpath()
        jar = launcher_jar(harness)
        launcher = [str(jar)] if jar else []
        classpath = os.pathsep.join([harness, *launcher, *self.extra_classpath])
        self.data_dir.mkdir(parents=True, exist_ok=True)

        cmd = [
            java,
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            *_JVM_FLAGS,
            f"-Dcitegraph.boltPort={self.bolt_port}",
            *(["-Dcitegraph.http=true"] if self.http else []),
            *(["-Dcitegraph.keepPlans=true"] if self.keep_plans else []),
            *self.jvm_args,
            "-cp",
            classpath,
            "Launcher" if jar else str(LAUNCHER),
            *self._launcher_args(),
        ]
        # Stderr goes to a file, not a pipe: Neo4j can be chatty for hours of a test session and
        # an undrained pipe would eventually block the JVM.
        with self.stderr_log.open("ab") as err:
            err.write(f"\n===== start {time.strftime('%Y-%m-%d %H:%M:%S')} =====\n".encode())
            err.flush()
            stderr_offset = err.tell()
            started = time.monotonic()
            # stdin stays open for the server's lifetime: its EOF is the stop signal, which
            # also stops the server if this Python process dies without cleaning up.
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err
            )

        lines: queue.Queue[str | None] = queue.Queue()
        assert self._proc.stdout is not None
        threading.Thread(
            target=_pump_stdout,
            args=(self._proc.stdout, lines),
            name=f"neo4j-harness-stdout-{self._proc.pid}",
            daemon=True,
        ).start()

        try:
            eof = self._await_uri(lines, deadline=started + self.start_timeout)
        except BaseException:
            # e.g. Ctrl-C while waiting: do not leave a half-started JVM behind.
            self._kill_and_reap()
            self._forget()
            raise
        if self._uri is not None:
            self.startup_seconds = time.monotonic() - started
            self._lines = lines
            return self._uri

        if eof:
            # stdout closes a moment before the process can be reaped; let the dying JVM finish
            # so the error reports its exit code rather than a bogus timeout.
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=10)
        timed_out = self._proc.poll() is None
        if timed_out:
            self._kill_and_reap()
        reason = (
            f"did not report {_URI_PREFIX}... within {self.start_timeout:.0f}s"
            if timed_out
            else f"exited with code {self._proc.returncode} before it was ready"
        )
        self._forget()
        raise RuntimeError(
            f"Neo4j harness for {self.data_dir} {reason}.\n"
            f"Logs: {self.stderr_log}, {self.data_dir / 'logs' / 'debug.log'}\n"
            f"--- launcher stderr ---\n{self._read_stderr_since(stderr_offset)}"
        )

    def _launcher_args(self) -> list[str]:
        return [
            str(self.data_dir.resolve()),
            str(self.pagecache_mb),
            *(["auth"] if self.auth else []),
        ]

    def _await_uri(self, lines: queue.Queue[str | None], *, deadline: float) -> bool:
        """Set ``self._uri`` from the launcher's line; return True if stdout hit EOF first."""
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                return False
            if line is None:
                return True
            if line.startswith(_HTTP_URI_PREFIX):
                self._http_uri = line[len(_HTTP_URI_PREFIX) :].strip()
            if line.startswith(_URI_PREFIX):
                self._uri = line[len(_URI_PREFIX) :].strip()
                return False
            if line.strip() == _GUESTS_READY:
                self._uri = ""  # a GuestHost, which serves no database of its own
                return False
        return False

    def stop(self, timeout: float = 60.0) -> None:
        """Shut down gracefully (checkpoint, release the store lock) by closing stdin.

        If the JVM does not exit within *timeout* it is killed and an error is raised, because a
        server that cannot shut down cleanly is itself a bug worth failing a test for.
        """
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.stdin is not None and not proc.stdin.closed:
                # A JVM that already died makes close() raise; wait() reports its exit code.
                with contextlib.suppress(BrokenPipeError):
                    proc.stdin.close()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._kill_and_reap()
                raise RuntimeError(
                    f"Neo4j harness for {self.data_dir} did not stop within {timeout:.0f}s "
                    f"and was killed; see {self.stderr_log}"
                ) from None
            if proc.returncode != 0:
                raise RuntimeError(
                    f"Neo4j harness for {self.data_dir} exited with code {proc.returncode} "
                    f"(it crashed earlier or failed to shut down); see {self.stderr_log}"
                )
        finally:
            self._forget()

    def kill(self) -> None:
        """SIGKILL the JVM: no checkpoint, no shutdown hook, exactly like a crash or OOM kill."""
        if self._proc is None:
            return
        self._kill_and_reap()
        self._forget()

    def _kill_and_reap(self) -> None:
        assert self._proc is not None
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()

    def _forget(self) -> None:
        if self._proc is not None and self._proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                self._proc.stdin.close()
        self._proc = None
        self._uri = None
        self._http_uri = None
        self._lines = None

    def _read_stderr_since(self, offset: int) -> str:
        try:
            with self.stderr_log.open("rb") as fh:
                fh.seek(offset)
                text = fh.read().decode("utf-8", errors="replace")
        except OSError as exc:
            return f"<could not read {self.stderr_log}: {exc}>"
        return text[-_STDERR_TAIL_CHARS:] or "<empty>"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self._uri if self.running else "stopped"
        return f"HarnessServer({str(self.data_dir)!r}, {state})"


class GuestHost(HarnessServer):
    """A launcher JVM that serves no database of its own (``Launcher --guests``) and opens
    Neo4j servers in itself on request: `open` returns a `GuestServer`.

    A guest is a whole DBMS like a `HarnessServer`'s (its store and transaction logs in
    DATA_DIR/data, logs in DATA_DIR/logs, its own Bolt port, HTTP and auth as asked), on a JVM
    that has loaded Neo4j's classes and compiled its code for the guests before: a fresh
    JVM pays about 4.5 s of CPU to start and about 5 s more in its first bundled build,
    measured on the 2-core box (2026-12-07). Only for servers a test neither kills nor
    restarts: their process is the host's. Thread-safe: `GuestBroker` serves one host to
    several processes.
    """

    def __init__(self, folder: Path | str, *, heap: str = "1g", **options: Any) -> None:
        super().__init__(folder, heap=heap, **options)
        self._commands = threading.Lock()

    def _launcher_args(self) -> list[str]:
        return ["--guests"]

    @property
    def uri(self) -> str:
        raise RuntimeError("a GuestHost serves no database of its own: see its guests' uri")

    def open(
        self, data_dir: Path | str, *, auth: bool = False, http: bool = False,
        bolt_port: int = 0, keep_plans: bool = False, pagecache_mb: int = 64,
        timeout: float = 180.0,
    ) -> GuestServer:  # fmt: skip
        """A Neo4j on *data_dir* in this JVM, with HarnessServer's options of the same names."""
        where = str(Path(data_dir).resolve())
        Path(where).mkdir(parents=True, exist_ok=True)
        options = {"pagecache": pagecache_mb, "auth": auth, "http": http,
                   "boltPort": bolt_port, "keepPlans": keep_plans}  # fmt: skip
        fields = [f"{name}={str(value).lower()}" for name, value in options.items()]
        kind, answer = self._command("OPEN", where, fields, timeout)
        if kind != "OPENED":
            raise RuntimeError(
                f"Neo4j guest on {where} did not start: {' '.join(answer)}\n"
                f"Logs: {self.stderr_log}, {Path(where) / 'logs' / 'debug.log'}"
            )
        return GuestServer(self, Path(where), answer[0], answer[1] if len(answer) > 1 else None)

    def _close_guest(self, guest: GuestServer, timeout: float = 60.0) -> None:
        kind, answer = self._command("CLOSE", str(guest.data_dir), [], timeout)
        if kind != "CLOSED":
            raise RuntimeError(
                f"Neo4j guest on {guest.data_dir} did not close: {' '.join(answer)}; "
                f"see {self.stderr_log}"
            )

    def _command(
        self, verb: str, where: str, fields: list[str], timeout: float
    ) -> tuple[str, list[str]]:
        """Send one command; the answer's kind (OPENED, CLOSED, FAILED) and its fields after
        the directory."""
        with self._commands:
            proc, lines = self._proc, self._lines
            if proc is None or proc.stdin is None or lines is None or not self.running:
                raise RuntimeError(f"Neo4j guest host in {self.data_dir} is not running")
            proc.stdin.write(("\t".join([verb, where, *fields]) + "\n").encode())
            proc.stdin.flush()
            deadline = time.monotonic() + timeout
            while (remaining := deadline - time.monotonic()) > 0:
                try:
                    line = lines.get(timeout=remaining)
                except queue.Empty:
                    break
                if line is None:
                    raise RuntimeError(
                        f"Neo4j guest host in {self.data_dir} exited during {verb} {where}; "
                        f"see {self.stderr_log}"
                    )
                kind, _, rest = line.rstrip("\r\n").partition("\t")
                answered, *answer = rest.split("\t")
                if answered == where:
                    return kind, answer
            raise RuntimeError(
                f"Neo4j guest host in {self.data_dir} did not answer {verb} {where} within "
                f"{timeout:.0f}s; see {self.stderr_log}"
            )

    def __repr__(self) -> str:
        return f"GuestHost({str(self.data_dir)!r}, {'running' if self.running else 'stopped'})"


class GuestServer(_Addresses):
    """A Neo4j opened in a `GuestHost`'s JVM (directly, or through a `GuestBroker`).

    What a test reads of a server it does not kill: `data_dir`, `uri`, `http_uri` (when opened
    with http), `running`, and `stop()`, which closes the guest (a checkpoint and the store
    lock released, as a graceful stop of a server). It has no process of its own: `kill()` and
    `start()` raise.
    """

    def __init__(
        self, host: GuestHost | GuestBrokerClient, data_dir: Path, uri: str, http_uri: str | None
    ) -> None:
        self.host = host
        self.data_dir = data_dir
        self._uri: str | None = uri
        self._http_uri = http_uri

    _kind = "guest on"

    @property
    def running(self) -> bool:
        return self._uri is not None and self.host.running

    def stop(self, timeout: float = 60.0) -> None:
        """Close the guest; nothing to do once closed, or when its host is gone with it."""
        if self._uri is None:
            return
        self._uri = None
        if self.host.running:
            self.host._close_guest(self, timeout)

    def start(self) -> str:
        raise RuntimeError("a guest server is opened once, by its host's open()")

    def kill(self) -> None:
        raise RuntimeError(
            "a guest server shares its host's JVM: a test that kills its server takes a "
            "harness of its own (neo4j_harness_factory)"
        )

    def __repr__(self) -> str:
        return f"GuestServer({str(self.data_dir)!r}, {self._uri or 'stopped'}, in {self.host!r})"


class GuestBroker:
    """One `GuestHost` for several processes: the pytest-xdist workers of a test run.

    Runs in the process that outlives them (xdist's controller, tests/conftest.py): a thread
    answers JSON lines on a TCP port of 127.0.0.1 (`address`), starts the host with
    `make_host()` on the first request (a run without Neo4j tests starts no JVM), and opens
    and closes guests in it as asked; the guests a connection opened are closed when it
    closes (its worker finished or died). `stop()` stops the host with the run.
    """

    def __init__(self, make_host: Callable[[], GuestHost]) -> None:
        self._make_host = make_host
        self._host: GuestHost | None = None
        self._starting = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._accept, name="neo4j-guest-broker", daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:  # stop() closed the listener
                return
            threading.Thread(
                target=self._serve, args=(connection,), name="neo4j-guest-broker-client",
                daemon=True,
            ).start()  # fmt: skip

    def _started_host(self) -> GuestHost:
        with self._starting:
            if self._host is None or not self._host.running:
                host = self._make_host()
                host.start()  # raises with the launcher's stderr: the requester's error
                self._host = host
            return self._host

    def _serve(self, connection: socket.socket) -> None:
        opened: dict[str, GuestServer] = {}
        with connection, connection.makefile("rwb") as stream:
            for raw in stream:
                request = json.loads(raw)
                reply: dict[str, Any]
                try:
                    if request["op"] == "open":
                        guest = self._started_host().open(request["dir"], **request["options"])
                        opened[str(guest.data_dir)] = guest
                        reply = {"uri": guest.uri, "http_uri": guest._http_uri}
                    else:
                        guest = opened.pop(request["dir"])
                        guest.stop()
                        reply = {"closed": True}
                except Exception as error:
                    reply = {"error": f"{type(error).__name__}: {error}"}
                stream.write(json.dumps(reply).encode() + b"\n")
                stream.flush()
        for guest in opened.values():  # the worker is gone: close what it left open
            with contextlib.suppress(Exception):
                guest.stop()

    def stop(self) -> None:
        self._listener.close()
        with self._starting:
            if self._host is not None:
                self._host.stop()


class GuestBrokerClient:
    """A worker's connection to the run's `GuestBroker`: `open` as `GuestHost.open`."""

    def __init__(self, address: str) -> None:
        host, _, port = address.rpartition(":")
        self._connection = socket.create_connection((host, int(port)))
        self._stream = self._connection.makefile("rwb")
        self._lock = threading.Lock()
        self.address = address

    @property
    def running(self) -> bool:
        return not self._stream.closed

    def _request(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._stream.write(json.dumps(request).encode() + b"\n")
            self._stream.flush()
            line = self._stream.readline()
        if not line:
            raise RuntimeError(f"the Neo4j guest broker at {self.address} closed the connection")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply

    def open(self, data_dir: Path | str, **options: Any) -> GuestServer:
        where = str(Path(data_dir).resolve())
        reply = self._request({"op": "open", "dir": where, "options": options})
        return GuestServer(self, Path(where), reply["uri"], reply["http_uri"])

    def _close_guest(self, guest: GuestServer, timeout: float = 60.0) -> None:
        self._request({"op": "close", "dir": str(guest.data_dir)})

    def stop(self) -> None:
        """Close the connection: the broker closes the guests still open."""
        with contextlib.suppress(OSError):
            self._stream.close()
        self._connection.close()

    def __repr__(self) -> str:
        return f"GuestBrokerClient({self.address!r})"


def _pump_stdout(stream: IO[bytes], lines: queue.Queue[str | None]) -> None:
    """Forward stdout lines, then None at EOF.

    Runs for the server's whole life so the JVM can never block on a full stdout pipe, and so
    that start() sees EOF immediately when the JVM dies instead of waiting for its timeout.
    """
    with stream:
        for raw in stream:
            lines.put(raw.decode("utf-8", errors="replace"))
    lines.put(None)


def neo4j_admin(
    data_dir: Path | str,
    command: Sequence[str],
    *,
    cwd: Path | str | None = None,
    heap: str = "1g",
    jvm_args: Sequence[str] = ("-XX:TieredStopAtLevel=1",),
    timeout: float = 3600.0,
) -> subprocess.CompletedProcess[str]:
    """Run `command` with a `neo4j-admin` on PATH whose databases are those of a harness
    server on `data_dir` (start one there afterwards to open what it imported).

    There is no Neo4j distribution here, but the harness's jars include the admin tool
    (neo4j-command-line, neo4j-import-tool): `neo4j-admin` is a two-line script running its
    entry point, org.neo4j.cli.AdminTool, with NEO4J_CONF pointing the data directory at
    the one the launcher uses (DATA_DIR/data). `jvm_args` default to C1 only, as for the
    harness: the tests' imports are small, and it took a bundled-graph import from 7.3 s to
    4.4 s of CPU (2026-12-04); a benchmark of large imports passes ``jvm_args=()``.
    """
    data_dir = Path(data_dir).resolve()
    home = data_dir / "admin-home"
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "bin").mkdir(exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={data_dir / 'data'}\n", encoding="utf-8"
    )
    java = _require_tool("java", "to run neo4j-admin from the harness jars")
    script = home / "bin" / "neo4j-admin"
    script.write_text(
        f'#!/bin/sh\nexec "{java}" -Xmx{heap} {" ".join(jvm_args)} -cp "{resolve_classpath()}" '
        'org.neo4j.cli.AdminTool "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{home / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "NEO4J_HOME": str(home),
        "NEO4J_CONF": str(home / "conf"),
    }
    proc = subprocess.run(
        list(command), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
        check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(
            f"neo4j-admin run failed (exit {proc.returncode}): {' '.join(command)}\n"
            f"stdout:\n{proc.stdout[-_STDERR_TAIL_CHARS:]}\nstderr:\n{proc.stderr[-_STDERR_TAIL_CHARS:]}"
        )
    return proc


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now, for a server that must keep one across restarts.

    Another process could take it before the server binds it; on a test box that is rare,
    and the server's start then fails loudly rather than silently using another port.
    """
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


HarnessFactory = Callable[..., HarnessServer]
"""Type of the ``neo4j_harness_factory`` fixture: ``(data_dir=None, *, start=True, **options)``
with HarnessServer's keyword options (auth, bolt_port, http...)."""

GuestFactory = Callable[..., "GuestServer | HarnessServer"]
"""Type of the ``neo4j_guest_factory`` fixture: ``(data_dir=None, *, auth=False)``, a guest of
the run's JVM for Neo4j servers (a private harness with an external server)."""


def bench_server_from_env(allow_wipe: bool) -> tuple[str, tuple[str, str]] | None:
    """The existing server a bench is pointed at, with its credentials, or None.

    CITEGRAPH_TEST_NEO4J_URI (with its *_USER/*_PASSWORD) wins over NEO4J_URI (with
    NEO4J_USERNAME/NEO4J_PASSWORD). The benches delete everything in it, so without
    `allow_wipe` (their --wipe) this exits with a one-line error instead.
    """
    uri = os.environ.get(ENV_URI) or os.environ.get("NEO4J_URI")
    if not uri:
        return None
    if not allow_wipe:
        sys.exit(f"Error: the bench deletes everything in {uri}; pass --wipe to allow it")
    if os.environ.get(ENV_URI):
        user = os.environ.get(ENV_USER, DEFAULT_USER)
        password = os.environ.get(ENV_PASSWORD, DEFAULT_PASSWORD)
    else:
        user = os.environ.get("NEO4J_USERNAME", DEFAULT_USER)
        password = os.environ.get("NEO4J_PASSWORD", DEFAULT_PASSWORD)
    return uri, (user, password)


SchemaRule = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
"""A constraint or user index as the server shows it: ("CONSTRAINT" or "INDEX", name, type,
labels or relationship types, properties)."""


def schema_rules(driver: neo4j.Driver) -> frozenset[SchemaRule]:
    """Every constraint and every index that no constraint owns, lookup indexes excepted."""
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "RETURN name, type, labelsOrTypes, properties"
    )
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint "
        "WHERE type <> 'LOOKUP' AND owningConstraint IS NULL "
        "RETURN name, type, labelsOrTypes, properties"
    )
    return frozenset(
        (kind, r["name"], r["type"], tuple(r["labelsOrTypes"] or ()), tuple(r["properties"] or ()))
        for kind, records in (("CONSTRAINT", constraints), ("INDEX", indexes))
        for r in records
    )


def wipe_database(driver: neo4j.Driver, *, keep: frozenset[SchemaRule] = frozenset()) -> None:
    """Delete all data, and every constraint and index except the built-in token lookup indexes
    and the rules in `keep` (exactly as `schema_rules` shows them).

    Deletes in batches because one huge DETACH DELETE can exceed the harness's small heap; the
    lookup indexes stay because every fresh database has them and label scans depend on them.

    Why `keep`: any schema change empties the server's query-plan cache, and Neo4j plans
    citegraph's ~50 write statements again on the next build, about 6 s of server CPU on the
    2-core test box, where the writes themselves take under 1 s. The per-test fixture keeps
    citegraph's own schema (what every store creates on connect anyway), so a test pays for
    planning once per server instead of once per test.
    """
    with driver.session() as session:
        # CALL { } IN TRANSACTIONS only works in an auto-commit transaction, i.e. session.run.
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    # Constraints first: the indexes they own go with them (schema_rules leaves those out).
    with driver.session() as session:
        for kind, name, *_ in sorted(schema_rules(driver) - keep):
            session.run(f"DROP {kind} {_quote(name)} IF EXISTS").consume()


def _quote(name: str) -> str:
    """Backtick-quote a schema name; names come from the server but may contain anything."""
    return "`" + name.replace("`", "``") + "`"
