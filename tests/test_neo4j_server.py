"""The test server itself: reachable, the expected version, schema works, survives a crash.

These guard the fixtures every other Neo4j test builds on; in particular the kill/restart test
proves that the harness keeps its store on disk: a server killed mid-load keeps every
committed transaction and a load run again converges. The `citegraph build` tests that meet a
server going away midway are in test_neo4j_reliability.py, on the session's server behind a
proxy that cuts their connections (tests/outage_proxy.py); what only a real kill shows, the
recovery from the transaction log, is checked here.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import neo4j
import pytest

from tests import neo4j_server
from tests.neo4j_server import (
    ENV_URI,
    POM,
    GuestServer,
    HarnessServer,
    free_port,
    wipe_database,
)
from tests.test_neo4j_reliability import SCHEMES, run

pytestmark = [
    pytest.mark.neo4j,
    # On one pytest-xdist worker, so that `_private_server` is one JVM start, not one per
    # worker.
    pytest.mark.xdist_group("neo4j-server"),
]


def _harness_version() -> str:
    match = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text())
    assert match, "neo4j.version property missing from pom.xml"
    return match.group(1)


def _count_papers(uri: str) -> int:
    with neo4j.GraphDatabase.driver(uri, auth=None) as driver:
        records, _, _ = driver.execute_query("MATCH (p:Paper) RETURN count(p) AS n")
    return records[0]["n"]


def test_return_one(neo4j_driver: neo4j.Driver) -> None:
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1


def test_server_version(neo4j_driver: neo4j.Driver) -> None:
    records, _, _ = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition "
        "RETURN name, versions[0] AS version, edition"
    )
    component = records[0]
    assert component["name"] == "Neo4j Kernel"
    assert component["version"].startswith("5.")
    if not os.environ.get(ENV_URI):
        # The harness must be exactly what pom.xml pins, and community like the compose image.
        assert component["version"] == _harness_version()
        assert component["edition"] == "community"


def test_harness_listens_on_loopback_only(neo4j_uri: str) -> None:
    if os.environ.get(ENV_URI):
        pytest.skip(f"{ENV_URI} is set: the session server is not the harness")
    assert re.fullmatch(r"bolt://127\.0\.0\.1:\d+", neo4j_uri)


def test_unique_constraint(neo4j_driver: neo4j.Driver) -> None:
    create = "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE"
    neo4j_driver.execute_query(create)
    neo4j_driver.execute_query(create)  # IF NOT EXISTS: idempotent, as the loaders rely on

    records, _, _ = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "WHERE name = 'paper_id' RETURN type, labelsOrTypes, properties"
    )
    assert [r.data() for r in records] == [
        {"type": "UNIQUENESS", "labelsOrTypes": ["Paper"], "properties": ["id"]}
    ]

    neo4j_driver.execute_query("CREATE (:Paper {id: '2401.00001'})")
    with pytest.raises(neo4j.exceptions.ConstraintError):
        neo4j_driver.execute_query("CREATE (:Paper {id: '2401.00001'})")


def test_wipe_removes_data_and_schema(neo4j_driver: neo4j.Driver) -> None:
    neo4j_driver.execute_query(
        "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE"
    )
    neo4j_driver.execute_query("CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title)")
    neo4j_driver.execute_query("UNWIND range(1, 100) AS i CREATE (:Paper {id: i})-[:CITES]->(:X)")

    wipe_database(neo4j_driver)

    nodes, _, _ = neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n")
    constraints, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS")
    indexes, _, _ = neo4j_driver.execute_query("SHOW INDEXES YIELD type RETURN type")
    assert nodes[0]["n"] == 0
    assert constraints == []
    assert {r["type"] for r in indexes} <= {"LOOKUP"}


def _recoveries(server: HarnessServer) -> int:
    """How often the ``neo4j`` database replayed its transaction log, per the server's debug.log.

    debug.log lives outside the harness's throw-away home and accumulates across restarts, so
    the count tells a crash (replay needed) from a clean shutdown (checkpoint, nothing to replay).
    """
    log = server.data_dir / "logs" / "debug.log"
    return sum(
        "[neo4j/" in line and "Recovery required" in line
        for line in log.read_text(errors="replace").splitlines()
    )


@pytest.fixture(scope="module")
def _private_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HarnessServer]:
    """One harness of this module's own, for the tests that kill, stop and restart it.

    Shared by them because each JVM start costs 8-15 s on a busy box: every test starts
    from a running server on an emptied database (`own_server`) and counts log replays from
    its own start, so they neither see nor need each other's history (but the two tests that
    read one kill, `killed_mid_load`). Its Bolt port is fixed,
    so that a client keeps its URI across a restart, as with a real server's restart. With an
    external server (CITEGRAPH_TEST_NEO4J_URI) it also serves Neo4j's HTTP API (the Browser's
    port), for the test that connects to that port (`http_server`); otherwise that test takes
    the session's server, which serves the Browser, and this one starts without HTTP (~1 s
    less CPU per start, four starts a run; 2026-12-07).
    """
    server = HarnessServer(
        tmp_path_factory.mktemp("neo4j-private"),
        bolt_port=free_port(),
        http=bool(os.environ.get(ENV_URI)),
    )
    yield server
    server.stop()


def _running_and_emptied(server: HarnessServer) -> HarnessServer:
    if not server.running:
        server.kill()  # reaps a JVM that died on its own; no-op otherwise
        server.start()
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        wipe_database(driver)
    return server


@pytest.fixture
def own_server(_private_server: HarnessServer) -> HarnessServer:
    """The module's private server, running (restarted if a test before left it stopped or
    dead), its database emptied."""
    return _running_and_emptied(_private_server)


@pytest.fixture
def http_server(request: pytest.FixtureRequest) -> HarnessServer | GuestServer:
    """A running server that also serves Neo4j's HTTP API (`http_uri`): the session's,
    which serves the Neo4j Browser, or with an external server the module's private one."""
    session = request.getfixturevalue("_neo4j_harness")
    return session if session is not None else request.getfixturevalue("own_server")


_BATCH = 500
_TOTAL_BATCHES = 60


def _load_papers(uri: str, batches: range, committed: list[int]) -> None:
    """Idempotent batched load, one explicit transaction per batch, like the real loaders.

    Explicit transactions rather than execute_query because the latter retries for 30 s when
    the server vanishes, which would only slow the crash test down.
    """
    with neo4j.GraphDatabase.driver(uri, auth=None) as driver, driver.session() as session:
        session.run(
            "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE"
        ).consume()
        for batch in batches:
            with session.begin_transaction() as tx:
                tx.run(
                    "UNWIND range($lo, $hi) AS i MERGE (p:Paper {id: i}) SET p.batch = $batch",
                    lo=batch * _BATCH,
                    hi=(batch + 1) * _BATCH - 1,
                    batch=batch,
                ).consume()
                tx.commit()
            committed.append(batch)


@dataclass(frozen=True)
class Killed:
    """What `killed_mid_load` did and saw."""

    server: HarnessServer  # started again on the killed server's directory
    pid: int  # the killed JVM's
    restarted_pid: int  # the JVM started after the kill: the tests run on it, not on another
    replays_before: int  # transaction-log replays the server's debug.log showed before
    committed: list[int]  # batches the loader saw committed before the kill
    errors: list[BaseException]  # what the loader raised when the server died


@pytest.fixture(scope="module")
def killed_mid_load(_private_server: HarnessServer) -> Killed:
    """The private server SIGKILLed once, under a load, and started again on its directory.

    Before the load, one transaction commits a constraint and a paper (acknowledged, i.e. in
    the transaction log; no checkpoint has flushed it to the store files); then a batched
    load (one transaction per batch) runs in a thread, and the JVM is killed after its fifth
    batch. The two tests of what a kill leaves (the committed transaction and the schema
    recovered from the log; a load killed midway converges when run again) read this one
    kill: each killed and restarted the server before, a JVM start and a log replay apiece
    (~5 s of CPU)."""
    server = _running_and_emptied(_private_server)
    replays_before = _recoveries(server)
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        driver.execute_query(
            "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE"
        )
        driver.execute_query("CREATE (:Paper {id: '2401.00001', title: 'before the crash'})")

    committed: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            _load_papers(server.uri, range(_TOTAL_BATCHES), committed)
        except BaseException as exc:  # expected: the server disappears mid-transaction
            errors.append(exc)

    loader = threading.Thread(target=run)
    loader.start()
    deadline = time.monotonic() + 120
    while len(committed) < 5 and loader.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = server.pid
    assert pid is not None
    server.kill()
    loader.join(timeout=60)
    assert not loader.is_alive()
    assert not server.running
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the JVM is really gone (and reaped), not just detached

    server.start()  # a new JVM on the same directory
    assert server.pid is not None
    return Killed(server, pid, server.pid, replays_before, list(committed), list(errors))


def _still_the_restarted_server(killed: Killed) -> HarnessServer:
    assert killed.server.running and killed.server.pid == killed.restarted_pid, (
        "the server was restarted since the kill: run these tests together"
    )
    return killed.server


def test_committed_data_survives_sigkill_and_restart(killed_mid_load: Killed) -> None:
    server = _still_the_restarted_server(killed_mid_load)
    assert _recoveries(server) == killed_mid_load.replays_before + 1, (
        "restart after SIGKILL should replay the transaction log"
    )
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (p:Paper {id: '2401.00001'}) RETURN p.title AS title"
        )
        assert [r["title"] for r in records] == ["before the crash"]
        # The schema was recovered too, so re-running a load keeps converging.
        with pytest.raises(neo4j.exceptions.ConstraintError):
            driver.execute_query("CREATE (:Paper {id: '2401.00001'})")


def test_kill_during_load_then_reload_converges(killed_mid_load: Killed) -> None:
    server = _still_the_restarted_server(killed_mid_load)
    committed = killed_mid_load.committed
    assert 5 <= len(committed) < _TOTAL_BATCHES, "the kill did not land mid-load"
    assert killed_mid_load.errors, "the loader should have seen the server die"
    # The load's papers are those with a batch (the paper committed before it has none).
    loaded = "MATCH (p:Paper) WHERE p.batch IS NOT NULL"
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        records, _, _ = driver.execute_query(f"{loaded} RETURN count(p) AS n")
        survived = records[0]["n"]
        # Every acknowledged batch survived; the in-flight one is all or nothing.
        assert survived % _BATCH == 0
        assert survived >= len(committed) * _BATCH

        _load_papers(server.uri, range(_TOTAL_BATCHES), [])  # re-run from the start
        records, _, _ = driver.execute_query(
            f"{loaded} RETURN count(p) AS n, count(DISTINCT p.id) AS ids"
        )
    total = _TOTAL_BATCHES * _BATCH
    assert records[0].data() == {"n": total, "ids": total}


def test_stdin_eof_and_sigterm_shut_down_cleanly(own_server: HarnessServer) -> None:
    server = own_server
    replays_before = _recoveries(server)
    with neo4j.GraphDatabase.driver(server.uri, auth=None) as driver:
        driver.execute_query("UNWIND range(1, 1000) AS i CREATE (:Paper {id: i})")

    server.stop()  # closes stdin; raises unless the JVM exits 0 in time
    assert not server.running
    server.start()  # same object, same directory, same (fixed) port
    assert _count_papers(server.uri) == 1000

    pid = server.pid
    assert pid is not None
    os.kill(pid, signal.SIGTERM)  # what CI runners and `docker stop`-like tools send
    deadline = time.monotonic() + 60
    while server.running and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not server.running, "the JVM ignored SIGTERM"
    server.kill()  # only reaps the already-exited process

    server.start()
    assert _count_papers(server.uri) == 1000
    assert _recoveries(server) == replays_before, "a clean shutdown must not need log replay"


def test_second_server_on_same_dir_is_refused(own_server: HarnessServer) -> None:
    first = own_server
    intruder = HarnessServer(first.data_dir)
    with pytest.raises(RuntimeError, match="exited with code 1") as excinfo:
        intruder.start()
    # The launcher's stderr is in the message, so CI logs show the cause without digging.
    assert "Lock file has been locked by another process" in str(excinfo.value)
    assert first.running
    assert _count_papers(first.uri) == 0


def test_missing_java_is_a_clear_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="`java` was not found on PATH"):
        HarnessServer(tmp_path / "db").start()


def test_missing_mvn_is_a_clear_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neo4j_server, "CLASSPATH_CACHE", tmp_path / "classpath.txt")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="`mvn` was not found on PATH"):
        neo4j_server.resolve_classpath()


# -- a port that answers HTTP (from test_neo4j_reliability.py, which started a server for it) --


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_a_port_that_answers_http_is_named(
    scheme: str, http_server: HarnessServer | GuestServer, driver_env: dict[str, str]
) -> None:
    uri = f"{scheme}://{http_server.http_uri.split('://', 1)[1]}"
    result = run("stats", "--neo4j-uri", uri, env=driver_env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: cannot connect to Neo4j at {uri}: this port answers HTTP (the Neo4j "
        f"Browser's port?), not Bolt; connect to the Bolt port (7687 by default) and {SCHEMES}\n"
    )
    # The Bolt port of the same server works, with either driver.
    bolt = run("stats", "--json", "--neo4j-uri", http_server.uri, env=driver_env)
    assert bolt.returncode == 0, bolt.stderr
