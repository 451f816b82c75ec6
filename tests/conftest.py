"""Shared fixtures.

The bundled Daily Papers dumps are the real-world test data; small synthetic graphs
(with an XSS payload planted in a title) feed the export tests.

Neo4j: a real server per test session, an emptied database per test. By default the session
opens its own Neo4j 5.26 from the Maven Central test harness (see tests/neo4j_server.py), in
the one JVM the run's pytest-xdist workers share (`_neo4j_host`). Set
CITEGRAPH_TEST_NEO4J_URI to use an existing server instead, e.g. the one from
docker-compose.yml; that server's database is WIPED before every test that uses
``neo4j_driver``. Missing java/mvn or a server that will not start is a test error, never a
skip, so a broken setup cannot pass CI silently. See docs/neo4j-testing.md.
"""

from __future__ import annotations

import fcntl
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import neo4j
import networkx as nx
import pytest
from hypothesis import settings

from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.neo4j_store import Neo4jStore
from citegraph.linker import Catalog, Linker
from citegraph.linker.cache import compiled_linker
from citegraph.synthetic import synthetic_store
from tests.neo4j_server import (
    DEFAULT_PASSWORD,
    DEFAULT_USER,
    ENV_PASSWORD,
    ENV_URI,
    ENV_USER,
    Auth,
    GuestBroker,
    GuestBrokerClient,
    GuestFactory,
    GuestHost,
    GuestServer,
    HarnessFactory,
    HarnessServer,
    SchemaRule,
    free_port,
    schema_rules,
    wipe_database,
)

# Property tests assert behaviour, never timings: Hypothesis's default 200 ms deadline per
# example failed test_arbitrary_text_lines_give_records_or_input_error on a shared box at
# load 4-5 (295 ms, 2026-12-07), as it had failed another property test at load 10 before
# each test got its own deadline=None. One profile for every test, so a new one cannot
# bring the flake back.
settings.register_profile("citegraph", deadline=None)
settings.load_profile("citegraph")

REPO = Path(__file__).resolve().parent.parent
DUMPS_DIR = REPO / "examples" / "data" / "hf-papers"

# Fixtures that need a Neo4j server (the session's or a private one). A test that uses one,
# directly or through another fixture, is marked `neo4j` so that `make check` (-m "not neo4j
# and not browser") leaves it out; a test that reaches one by `request.getfixturevalue` must
# carry the mark itself, and fails below when it does not.
NEO4J_FIXTURES = frozenset(
    {
        "_neo4j_host",
        "_neo4j_harness",
        "_neo4j_server",
        "neo4j_uri",
        "neo4j_auth",
        "neo4j_driver",
        "_store_schema",
        "neo4j_harness_factory",
        "neo4j_guest_factory",
    }
)


# pytest-xdist (`make test` runs `-n 2 --dist loadgroup`): every worker is its own session,
# so each starts its own harness and wipes only its own database. An external server
# (CITEGRAPH_TEST_NEO4J_URI) is one database for all workers, and every test that uses it
# wipes it: then all `neo4j` tests go to one xdist group, i.e. one worker, one after another
# (the ones on private harnesses too: being `neo4j` is what the mark reliably tells).
EXTERNAL_SERVER_GROUP = "external-neo4j-server"


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    distribution = config.getoption("dist", default="no")
    if os.environ.get(ENV_URI) and workers and distribution != "loadgroup":
        raise pytest.UsageError(
            f"{ENV_URI} is set and -n {workers} runs tests in parallel with --dist "
            f"{distribution}: the tests that wipe that one database would race. Add --dist "
            "loadgroup (they then share one worker) or run without -n."
        )
    if workers and not hasattr(config, "workerinput") and not os.environ.get(ENV_URI):
        # pytest-xdist's controller, which outlives its workers: it keeps the one JVM their
        # Neo4j servers run in (see `_neo4j_host`), started on their first request.
        config.stash[_GUEST_BROKER] = GuestBroker(lambda: _guest_host(config))


def pytest_unconfigure(config: pytest.Config) -> None:
    broker = config.stash.get(_GUEST_BROKER, None)
    if broker is not None:
        broker.stop()


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: in its controller, for each worker
def pytest_configure_node(node: Any) -> None:
    broker = node.config.stash.get(_GUEST_BROKER, None)
    if broker is not None:
        node.workerinput[_GUEST_BROKER_ADDRESS] = broker.address


_GUEST_BROKER = pytest.StashKey[GuestBroker]()
_GUEST_BROKER_ADDRESS = "citegraph_neo4j_guest_broker"


def _guest_host(config: pytest.Config) -> GuestHost:
    """The JVM the run's Neo4j servers are guests of (tests/neo4j_server.py, `GuestHost`),
    in the run's base temp directory, with the Neo4j Browser's jar on its classpath (for
    test_neo4j_clients.py's Browser tests, served by the session's server)."""
    from tests.neo4j_clients import browser_jar

    folder = config._tmp_path_factory.getbasetemp() / "neo4j-host"  # type: ignore[attr-defined]
    return GuestHost(folder, extra_classpath=[browser_jar()])


# A test that uses the bundled dumps' build (a `citegraph build` process, seconds) is marked
# `slow` the same way, so that `make check` does not pay the build in whichever of its tests
# asks first.
SLOW_FIXTURES = frozenset({"bundled_graph_file"})


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker, and before xdist groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    external = bool(os.environ.get(ENV_URI))
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        uses_neo4j = NEO4J_FIXTURES.intersection(fixtures)
        if uses_neo4j and item.get_closest_marker("neo4j") is None:
            item.add_marker(pytest.mark.neo4j)
        if SLOW_FIXTURES.intersection(fixtures) and item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.slow)
        if external and item.get_closest_marker("neo4j") is not None:
            _into_external_server_group(item)


def _into_external_server_group(item: pytest.Item) -> None:
    """Put `item` in the external server's group instead of any group of its own.

    xdist joins the names of several groups into a new one, which would take the test off
    the shared worker; so the groups of the test, its class and its module are dropped
    (they only keep a module's fixtures on one worker, which saves time, not correctness).
    """
    for node in item.listchain():
        node.own_markers[:] = [mark for mark in node.own_markers if mark.name != "xdist_group"]
    item.add_marker(pytest.mark.xdist_group(EXTERNAL_SERVER_GROUP))


@pytest.hookimpl(trylast=True)  # after xdist has turned the groups into node ids
def pytest_collection_finish(session: pytest.Session) -> None:
    """Fail a worker whose xdist groups did not take, instead of racing silently.

    pytest-xdist carries a test's group to its scheduler as an ``@group`` suffix of the
    node id; when a pytest release changes node ids it may stop doing so without an error
    (pytest-xdist issue #1386), and the tests of one group would run on several workers.
    """
    if not session.config.getoption("loadgroup", default=False):
        return  # not an xdist worker with --dist loadgroup
    for item in session.items:
        if item.get_closest_marker("xdist_group") and "@" not in item.nodeid.rsplit("]", 1)[-1]:
            raise pytest.UsageError(
                f"{item.nodeid} is marked xdist_group but pytest-xdist did not group it "
                "(pytest-xdist issue #1386?): install the pytest version pyproject.toml allows"
            )


def _require_neo4j_mark(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("neo4j") is None:
        pytest.fail(
            f"{request.node.nodeid} uses Neo4j but is not marked neo4j, so `make check` "
            "would run it: add @pytest.mark.neo4j (or marks= on the fixture parameter)",
            pytrace=False,
        )


def _run_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder of this run's base temp directory that pytest-xdist workers share."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # shared by the workers of this run
    folder = root / name
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalog_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests (and the commands they run) keep the compiled catalog out of the user's home.

    One cache folder per run, shared by the pytest-xdist workers: each worker compiled the
    shipped catalog again in a folder of its own (2-3 s of CPU). Its files are written to a
    temporary file and renamed, so workers compiling at once both succeed
    (test_linker_cache.py's concurrent first runs); the tests of the cache itself use folders
    of their own.
    """
    previous = os.environ.get("CITEGRAPH_CACHE_DIR")
    os.environ["CITEGRAPH_CACHE_DIR"] = str(_run_folder(tmp_path_factory, "cache"))
    yield
    if previous is None:
        os.environ.pop("CITEGRAPH_CACHE_DIR", None)
    else:
        os.environ["CITEGRAPH_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def bundled_dumps() -> list[Path]:
    """The four bundled dumps, in name order."""
    dumps = sorted(DUMPS_DIR.glob("*.txt"))
    assert len(dumps) == 4, f"expected 4 bundled dumps in {DUMPS_DIR}"
    return dumps


@pytest.fixture(scope="session")
def bundled_graph_file(bundled_dumps: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled dumps built into one graph file by `citegraph build`, as the README's main
    command does. READ ONLY: a test that writes to it copies it first.

    Built once per run: eight modules each built the same file before (a `citegraph`
    process apiece). pytest-xdist workers share it through their common base temp directory,
    the first to need it building it under a lock.
    """
    folder = _run_folder(tmp_path_factory, "bundled-graph")
    graph = folder / "graph.json"
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not graph.exists():
            partial = folder / "building" / "graph.json"
            partial.parent.mkdir(exist_ok=True)
            citegraph = str(Path(sys.executable).with_name("citegraph"))
            result = subprocess.run(
                [citegraph, "build", *map(str, bundled_dumps), "--out", str(partial)],
                capture_output=True, text=True, check=False, timeout=600,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            partial.replace(graph)
    return graph


XSS_TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script> Hostile </script>'
XSS_ID = "paper:arxiv:2401.00025"  # the first planted paper of synthetic_store(40, ...)


@pytest.fixture(scope="session")
def linker() -> Linker:
    """The shipped linker, shared so its automata are built once per session: the compiled
    catalog's (linker/cache.py, one per run in `_compiled_catalog_cache`'s folder), which
    links byte-identically to `Linker(load_catalog())` (test_linker_cache.py) and costs
    each worker a few hundredths of a second instead of seconds."""
    return compiled_linker()


@pytest.fixture(scope="session")
def catalog(linker: Linker) -> Catalog:
    """The shipped catalog, as the shared linker holds it: immutable."""
    return linker.catalog


@pytest.fixture
def store() -> NetworkxStore:
    """40 nodes of every type, plus one paper whose title is an XSS payload."""
    return synthetic_store(40, extra_titles=(XSS_TITLE,))


@pytest.fixture
def graph(store: NetworkxStore) -> nx.MultiDiGraph:
    return store.graph


@pytest.fixture
def graph_file(store: NetworkxStore, tmp_path: Path) -> Path:
    return store.save(tmp_path / "graph.json")


SessionServer = tuple[str, Auth]


@pytest.fixture(scope="session")
def _neo4j_host(request: pytest.FixtureRequest) -> Iterator[GuestHost | GuestBrokerClient | None]:
    """What opens the session's server and the guests of `neo4j_guest_factory`: the run's one
    JVM for Neo4j servers, started on first use; None with an external server
    (CITEGRAPH_TEST_NEO4J_URI).

    Under pytest-xdist the JVM belongs to the controller and every worker opens its servers
    in it through the controller's `GuestBroker`; in one process the session starts it
    itself. Before (until 2026-12-07) each worker started a JVM of its own, and so did three
    tests for a server of their own: each a JVM's start (~4.5 s of CPU) and its code compiled
    again in its first statements (a cold JVM's first bundled build ~11 s of the server's CPU,
    a new server in a warm JVM ~7 s, the next builds ~0.7 s).
    """
    if os.environ.get(ENV_URI):
        yield None
        return
    address = getattr(request.config, "workerinput", {}).get(_GUEST_BROKER_ADDRESS)
    if address:
        client = GuestBrokerClient(address)
        try:
            yield client
        finally:
            client.stop()
        return
    host = _guest_host(request.config)
    host.start()
    try:
        yield host
    finally:
        host.stop()


@pytest.fixture(scope="session")
def _neo4j_harness(
    _neo4j_host: GuestHost | GuestBrokerClient | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[GuestServer | None]:
    """The session's server, a guest of `_neo4j_host`, opened on first use; None with an
    external server (CITEGRAPH_TEST_NEO4J_URI).

    It also serves the Neo4j Browser (its HTTP connector on, the Browser's jar on the host's
    classpath, its Bolt port fixed so that the HTTP discovery document names it), for
    test_neo4j_clients.py's Browser tests: they started a harness of their own before, a
    JVM's start (~5 s of CPU) and a cold JVM's first push of the bundled graph (~4.5 s of
    the server's CPU, against ~0.4 s on a server that has built before).
    """
    if _neo4j_host is None:
        yield None
        return
    # keep_plans: the wipe before every test moves the data's statistics, and Neo4j planned
    # every statement again on its next use (Launcher.java): a third of this server's CPU.
    options = {"keep_plans": True, "http": True}
    for attempt in range(3):
        # A port free a moment ago may be taken by another process before Neo4j binds it;
        # the next try starts afresh in a folder of its own.
        try:
            folder = tmp_path_factory.mktemp("neo4j-session")
            server = _neo4j_host.open(folder, bolt_port=free_port(), **options)
            break
        except RuntimeError as error:
            if attempt == 2 or "already in use" not in str(error):
                raise
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _neo4j_server(_neo4j_harness: HarnessServer | None) -> SessionServer:
    """(uri, auth) of the session's server: the harness unless one is configured.

    One server per session because a JVM start costs seconds; per-test isolation comes from
    wiping the database in ``neo4j_driver`` instead.
    """
    if _neo4j_harness is not None:
        return _neo4j_harness.uri, None
    user = os.environ.get(ENV_USER, DEFAULT_USER)
    password = os.environ.get(ENV_PASSWORD, DEFAULT_PASSWORD)
    return os.environ[ENV_URI], (user, password)


@pytest.fixture(scope="session")
def neo4j_uri(_neo4j_server: SessionServer) -> str:
    """Bolt URI of the session's Neo4j server."""
    return _neo4j_server[0]


@pytest.fixture(scope="session")
def neo4j_auth(_neo4j_server: SessionServer) -> Auth:
    """(user, password) for an external server; None for the harness, which runs without auth."""
    return _neo4j_server[1]


@pytest.fixture(scope="session")
def _store_schema(neo4j_uri: str, neo4j_auth: Auth) -> frozenset[SchemaRule]:
    """The schema a citegraph store creates, as the session's server shows it: what the
    per-test wipe keeps (see `wipe_database`)."""
    user, password = neo4j_auth or (None, None)
    with neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        wipe_database(driver)
        store = Neo4jStore(neo4j_uri, user=user, password=password).connect()
        try:
            store.ensure_schema()
        finally:
            store.close()
        return schema_rules(driver)


@pytest.fixture
def neo4j_driver(
    neo4j_uri: str,
    neo4j_auth: Auth,
    _store_schema: frozenset[SchemaRule],
    request: pytest.FixtureRequest,
) -> Iterator[neo4j.Driver]:
    """A driver on an empty database: no nodes, and no constraints or user indexes but
    citegraph's own (the ones every writing command creates: a schema change would empty the
    server's plan cache and make the next build plan every statement again).

    Wiping before (not after) each test leaves the last test's data in place for inspection
    and also cleans up after a test that crashed halfway. A test that needs no schema at all
    calls `wipe_database(driver)` itself.
    """
    _require_neo4j_mark(request)
    driver = neo4j.GraphDatabase.driver(neo4j_uri, auth=neo4j_auth)
    try:
        driver.verify_connectivity()
        wipe_database(driver, keep=_store_schema)
        yield driver
    finally:
        driver.close()


def neo4j_cli_args(uri: str, auth: Auth) -> list[str]:
    """The `citegraph` options that connect to the server at `uri` with `auth`."""
    args = ["--neo4j-uri", uri]
    if auth:
        args += ["--neo4j-user", auth[0], "--neo4j-password", auth[1]]
    return args


def citegraph_in_process(*args: str) -> str:
    """What `citegraph ARGS` prints on stdout, the command run in this process by click's
    runner (the same command code and output, without NEO4J_* from the environment) and
    asserted to succeed.

    For reading back what a test made (pull, stats, query) and for the set-up or reference
    builds a test compares with, where a `citegraph` process (half a second of CPU to start)
    was only the means: the commands as users run them, in processes, are test_cli*.py's,
    test_queries.py's and test_inputs.py's.
    """
    from click.testing import CliRunner

    from citegraph.cli import cli

    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("NEO4J_")}
    result = CliRunner().invoke(cli, list(args), env=unset)
    assert result.exit_code == 0, (args, result.stderr, result.exception)
    return result.stdout


@pytest.fixture
def neo4j_cli(neo4j_driver: neo4j.Driver, neo4j_uri: str, neo4j_auth: Auth) -> list[str]:
    """`citegraph` options for the session's server, wiped (by `neo4j_driver`)."""
    return neo4j_cli_args(neo4j_uri, neo4j_auth)


@pytest.fixture
def neo4j_harness_factory(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[HarnessFactory]:
    """Start private harness servers, e.g. to SIGKILL one and restart it on the same data dir.

    Always the harness, even when CITEGRAPH_TEST_NEO4J_URI is set: a test that kills its
    server must own the process. ``factory()`` returns a started server on a new directory;
    ``factory(data_dir)`` reuses a directory; ``start=False`` leaves starting to the test;
    other keywords go to HarnessServer (``auth=True``, ``bolt_port=...``, ``http=True``).
    Servers still running at teardown are stopped gracefully.
    """
    _require_neo4j_mark(request)
    servers: list[HarnessServer] = []

    def factory(
        data_dir: Path | None = None, *, start: bool = True, **options: Any
    ) -> HarnessServer:
        if data_dir is None:
            data_dir = tmp_path / f"neo4j-{len(servers)}"
        server = HarnessServer(data_dir, **options)
        servers.append(server)
        if start:
            server.start()
        return server

    yield factory
    _stop_all(servers)


def _stop_all(servers: Sequence[GuestServer | HarnessServer]) -> None:
    """Stop every server a factory fixture started, the others too when one fails; then
    report the first failure."""
    errors: list[Exception] = []
    for server in servers:
        try:
            server.stop()
        except Exception as exc:  # stop the others before reporting
            errors.append(exc)
    if errors:
        raise errors[0]


@pytest.fixture
def neo4j_guest_factory(
    _neo4j_host: GuestHost | GuestBrokerClient | None,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> Iterator[GuestFactory]:
    """Start servers on stores of the test's own, for a test that neither kills nor restarts
    them (a store `neo4j-admin` imported, auth on): ``factory(data_dir=None, *, auth=False)``
    returns a started server with `uri`, `data_dir` and `stop()`.

    They are guests in the run's JVM for Neo4j servers (`_neo4j_host`), not JVMs of their
    own: a fresh JVM's start and its first statements cost ~4.5 s and ~3 s of CPU for the
    `neo4j-admin` round trips' pulls, a guest's ~0.3 s and ~1 s. With
    CITEGRAPH_TEST_NEO4J_URI (no such JVM) each is a private harness, as
    `neo4j_harness_factory` gives. Servers still open at teardown are stopped.
    """
    _require_neo4j_mark(request)
    servers: list[GuestServer | HarnessServer] = []

    def factory(data_dir: Path | None = None, *, auth: bool = False) -> GuestServer | HarnessServer:
        if data_dir is None:
            data_dir = tmp_path / f"neo4j-{len(servers)}"
        server: GuestServer | HarnessServer
        if _neo4j_host is None:
            server = HarnessServer(data_dir, auth=auth)
            servers.append(server)
            server.start()
        else:
            server = _neo4j_host.open(data_dir, auth=auth)
            servers.append(server)
        return server

    yield factory
    _stop_all(servers)


# -- the lowest neo4j driver citegraph allows ------------------------------------------------


def neo4j_driver_floor() -> str:
    """The lowest neo4j driver citegraph's own requirements allow."""
    for requirement in importlib.metadata.requires("citegraph") or []:
        found = re.fullmatch(r"neo4j>=([\d.]+)", requirement.replace(" ", ""))
        if found:
            return found.group(1)
    raise AssertionError("citegraph does not pin a floor for the neo4j driver")


@pytest.fixture(scope="session")
def floor_driver(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The floor driver (and its Rust codec), installed from PyPI beside the test venv, once per
    run: test_neo4j_reliability.py and test_neo4j_server.py run commands with it. READ ONLY.

    pytest-xdist workers share it, the first to need it installing it under a lock (each
    worker installed its own before, a pip process of 2 s of CPU apiece).
    """
    floor = neo4j_driver_floor()
    folder = _run_folder(tmp_path_factory, "neo4j-driver-floor")
    target = folder / floor
    with open(folder / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not target.exists():
            partial = folder / "installing"
            shutil.rmtree(partial, ignore_errors=True)
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                 "--target", str(partial), f"neo4j=={floor}", f"neo4j-rust-ext=={floor}.0"],
                check=True, timeout=600,
            )  # fmt: skip
            partial.replace(target)
    return target


@pytest.fixture(params=["installed", "floor"])
def driver_env(request: pytest.FixtureRequest) -> dict[str, str]:
    """Run the command with the driver a fresh install resolves, or with the floor one."""
    if request.param == "installed":
        return {}
    target = request.getfixturevalue("floor_driver")
    return {"PYTHONPATH": str(target)}
