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

This module deliberately does not import pytest: it is also handy from a REPL or a script.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Self

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
_CACHE_HEADER = "# pom.xml sha256: "
# Enough to diagnose a failed start without flooding the pytest report.
_STDERR_TAIL_CHARS = 20_000
_JVM_FLAGS = (
    # C1 only: on a busy 2-core CI box this roughly halves start-up (measured ~15 s -> ~8 s)
    # because C2 compiler threads stop competing with Neo4j's own start-up work. Test loads
    # are small; pass jvm_args=["-XX:TieredStopAtLevel=4"] for long benchmarks.
    "-XX:TieredStopAtLevel=1",
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
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
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
                [javac, "-nowarn", "-d", str(classes), "-cp", classpath, str(LAUNCHER)],
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


class HarnessServer:
    """One Neo4j process owning *data_dir*; restartable on the same directory.

    The constructor does no I/O so that fixtures can be built cheaply and a test can create the
    "restarted" server object before the first one is killed. Auth is disabled: connect with
    ``auth=None``. One live server per *data_dir*; a second start on a directory in use fails
    on Neo4j's store lock.
    """

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
        # Wall time of the last start() from launching java to BOLT_URI, classpath excluded;
        # kept because start-up cost is what decides how many restarts a test can afford.
        self.startup_seconds: float | None = None

    @property
    def uri(self) -> str:
        """The ``bolt://127.0.0.1:PORT`` URI; the port changes on every start."""
        if self._uri is None or not self.running:
            raise RuntimeError(f"Neo4j harness for {self.data_dir} is not running")
        return self._uri

    @property
    def http_uri(self) -> str:
        """The ``http://127.0.0.1:PORT`` of the HTTP API, for a server started with http=True."""
        if self._http_uri is None or not self.running:
            raise RuntimeError(f"Neo4j harness for {self.data_dir} serves no HTTP now")
        return self._http_uri

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
            str(self.data_dir.resolve()),
            str(self.pagecache_mb),
            *(["auth"] if self.auth else []),
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
